#include "ProjectRows.h"
#include "OtherLanguages.h"

#include "ProjectRepository.h"

#include <QDateTime>

namespace c2c {

Binder &Binder::operator<<(const std::optional<PartialDate> &d)
{
    if (!d)
        return *this << nullptr;
    if (d->year < 0 || d->year > 9999)
        return *this << d->toIso();
    // As PartialDate::toIso() writes it.
    char text[16];
    int n = 0;
    switch (d->precision) {
    case DatePrecision::Year:
        n = std::snprintf(text, sizeof text, "%04d", d->year);
        break;
    case DatePrecision::Month:
        n = std::snprintf(text, sizeof text, "%04d-%02d", d->year, d->month);
        break;
    case DatePrecision::Day:
        n = std::snprintf(text, sizeof text, "%04d-%02d-%02d", d->year, d->month, d->day);
        break;
    }
    return *this << std::string_view(text, std::size_t(std::clamp(n, 0, int(sizeof text) - 1)));
}

namespace {

// When a project is written, to the second: formatted again only when the second changes.
const QString &nowUtc()
{
    thread_local qint64 second = -1;
    thread_local QString text;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != second) {
        second = now;
        text = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate);
    }
    return text;
}

} // namespace

namespace rows {

void project(Binder &b, const Project &p)
{
    b << p.key;
    if (p.iatiIdentifier.isEmpty())
        b << nullptr;
    else
        b << p.iatiIdentifier;
    b << p.title.ko << p.title.en << p.description.ko << p.description.en;
    const QString other = otherlanguages::toJson(p);
    if (other.isEmpty())
        b << nullptr;
    else
        b << other;
    if (p.leadActorId)
        b << p.leadActorId;
    else
        b << nullptr;
    b << p.period.start << int(p.period.startActual) << p.period.end << int(p.period.endActual) << p.status
      << p.modality << p.fundingChannel << std::int64_t(p.cooperationForms) << std::int64_t(p.dimensions);
    if (p.regions.isEmpty())
        b << std::string_view();
    else
        b << p.regions.join(QLatin1Char(';'));
    b << p.amountAsPrinted << p.collaborationType << p.aidType;
    // When and by whom, so that a refused write can name the other writer.
    b << nowUtc() << ProjectRepository::writerName();
}

void country(Binder &b, std::int64_t pid, int seq, const PartnerCountry &c)
{
    b << pid << seq << c.code << c.locality.ko << c.locality.en << c.share;
}

void org(Binder &b, std::int64_t pid, int seq, const ParticipatingOrg &o)
{
    b << pid << seq;
    if (o.actorId)
        b << o.actorId;
    else
        b << nullptr;
    b << o.name.ko << o.name.en << o.ref << o.role;
}

void sector(Binder &b, std::int64_t pid, int seq, const SectorShare &s)
{
    b << pid << seq << s.vocabulary << s.code << s.share;
}

void sdg(Binder &b, std::int64_t pid, int seq, const SdgTag &s)
{
    b << pid << seq << s.goal << s.target;
}

void budget(Binder &b, std::int64_t pid, int seq, const BudgetLine &l)
{
    b << pid << seq << l.period.start << l.period.end << l.amount.minor() << l.amount.currency() << l.type << l.status
      << l.valueDate;
}

void transaction(Binder &b, std::int64_t pid, int seq, const Transaction &t)
{
    b << pid << seq << t.type << t.date << t.value.minor() << t.value.currency() << t.valueDate << t.description.ko
      << t.description.en;
}

void planned(Binder &b, std::int64_t pid, int seq, const PlannedDisbursement &d)
{
    b << pid << seq << d.period.start << d.period.end << d.value.minor() << d.value.currency();
    if (d.type)
        b << *d.type;
    else
        b << nullptr;
    b << d.valueDate;
}

void milestone(Binder &b, std::int64_t pid, int seq, const Milestone &m)
{
    b << pid << seq << m.title.ko << m.title.en << m.due << m.completion;
}

void source(Binder &b, std::int64_t pid, int seq, const Source &s)
{
    b << pid << seq << s.citation << s.url << s.page;
}

void note(Binder &b, std::int64_t pid, int seq, const QualityNote &n)
{
    b << pid << seq << n.field << n.note.ko << n.severity << n.note.en; // the columns' order after schema 5
}

} // namespace rows

} // namespace c2c

#include "ProjectDiff.h"

#include "reference/Reference.h"

#include <QLocale>

namespace c2c {

namespace {

constexpr qsizetype kLongest = 120; // a value longer than this is shortened: a description is checked, not read

QString shown(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
    if (text.size() > kLongest)
        text = text.left(kLongest - 1) + QChar(0x2026);
    return text.isEmpty() ? ProjectDiff::tr("(none)") : text;
}

QString percent(const std::optional<int> &share)
{
    return share ? QStringLiteral(" %1%").arg(QLocale().toString(*share / 100.0, 'g', 4)) : QString();
}

template <class E>
QString labels(std::uint32_t flags, Language lang)
{
    QStringList out;
    for (E v : valuesIn<E>(flags))
        out.append(label(v).text(lang));
    return out.join(QStringLiteral(", "));
}

QString periodText(const Period &p)
{
    if (p.isUnknown())
        return {};
    const auto end = [](const std::optional<PartialDate> &d, bool actual) {
        if (!d)
            return QStringLiteral("?");
        return actual ? d->toIso() : QStringLiteral("%1 (%2)").arg(d->toIso(), ProjectDiff::tr("planned"));
    };
    return end(p.start, p.startActual) + QStringLiteral(" – ") + end(p.end, p.endActual);
}

QString countriesText(const QList<PartnerCountry> &countries, Language lang)
{
    QStringList out;
    for (const PartnerCountry &c : countries) {
        const reference::Country *known = reference::country(c.code);
        QString text = known ? known->name.text(lang) : c.code;
        if (const QString locality = c.locality.text(lang); !locality.isEmpty())
            text += QStringLiteral(" (%1)").arg(locality);
        out.append(text + percent(c.share));
    }
    return out.join(QStringLiteral(", "));
}

QString budgetText(const QList<BudgetLine> &lines)
{
    QStringList out;
    for (const BudgetLine &b : lines) {
        QString text = b.amount.format(QLocale());
        QStringList about;
        if (!b.period.isUnknown())
            about.append(QStringLiteral("%1–%2").arg(b.period.start ? b.period.start->toIso() : QStringLiteral("?"),
                                                     b.period.end ? b.period.end->toIso() : QStringLiteral("?")));
        if (b.type == BudgetType::Revised)
            about.append(ProjectDiff::tr("revised"));
        if (!about.isEmpty())
            text += QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", ")));
        out.append(text);
    }
    return out.join(QStringLiteral(" + "));
}

QString transactionsText(const QList<Transaction> &transactions, Language lang)
{
    QStringList out;
    for (const Transaction &t : transactions)
        out.append(QStringLiteral("%1 %2 %3").arg(t.date.toString(Qt::ISODate), label(t.type).text(lang),
                                                  t.value.format(QLocale())));
    return out.join(QStringLiteral("; "));
}

QString plannedText(const QList<PlannedDisbursement> &planned)
{
    QStringList out;
    for (const PlannedDisbursement &d : planned)
        out.append(QStringLiteral("%1–%2 %3").arg(d.period.start ? d.period.start->toIso() : QStringLiteral("?"),
                                                  d.period.end ? d.period.end->toIso() : QStringLiteral("?"),
                                                  d.value.format(QLocale())));
    return out.join(QStringLiteral("; "));
}

QString organisationsText(const QList<ParticipatingOrg> &orgs, Language lang)
{
    QStringList out;
    for (const ParticipatingOrg &o : orgs)
        out.append(o.name.text(lang).isEmpty() ? o.ref : o.name.text(lang));
    return out.join(QStringLiteral(", "));
}

QString sectorsText(const QList<SectorShare> &sectors)
{
    QStringList out;
    for (const SectorShare &s : sectors)
        out.append(s.code + percent(s.share));
    return out.join(QStringLiteral(", "));
}

QString sdgsText(const QList<SdgTag> &sdgs)
{
    QStringList out;
    for (const SdgTag &s : sdgs)
        out.append(s.target.isEmpty() ? QString::number(s.goal) : s.target);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString FieldChange::text() const
{
    return QStringLiteral("%1: %2 → %3").arg(field, before, after);
}

QList<FieldChange> ProjectDiff::compare(const Project &a, const Project &b, const LocalizedText &actorBefore,
                                        const LocalizedText &actorAfter, Language lang)
{
    QList<FieldChange> out;
    // Compared as stored, shown as text: a difference the text cannot show (e.g. a share
    // the list omits) still appears, with both sides alike, rather than not at all.
    const auto add = [&](bool differs, const QString &field, const QString &before, const QString &after,
                         bool identity = false) {
        if (differs)
            out.append({field, shown(before), shown(after), identity});
    };
    add(a.iatiIdentifier != b.iatiIdentifier, tr("IATI identifier"), a.iatiIdentifier, b.iatiIdentifier);
    add(a.title.ko != b.title.ko, tr("Title (Korean)"), a.title.ko, b.title.ko, true);
    add(a.title.en != b.title.en, tr("Title (English)"), a.title.en, b.title.en, true);
    add(a.leadActorId != b.leadActorId, tr("Lead actor"), actorBefore.text(lang), actorAfter.text(lang), true);
    add(a.description.ko != b.description.ko, tr("Description (Korean)"), a.description.ko, b.description.ko);
    add(a.description.en != b.description.en, tr("Description (English)"), a.description.en, b.description.en);
    add(a.organisations != b.organisations, tr("Participating organisations"), organisationsText(a.organisations, lang),
        organisationsText(b.organisations, lang));
    add(a.countries != b.countries, tr("Partner countries"), countriesText(a.countries, lang), countriesText(b.countries, lang));
    add(a.regions != b.regions, tr("Regions"), a.regions.join(QStringLiteral(", ")), b.regions.join(QStringLiteral(", ")));
    add(a.period != b.period, tr("Period"), periodText(a.period), periodText(b.period));
    add(a.status != b.status, tr("Status"), label(a.status).text(lang), label(b.status).text(lang));
    add(a.modality != b.modality, tr("Modality"), label(a.modality).text(lang), label(b.modality).text(lang));
    add(a.fundingChannel != b.fundingChannel, tr("Funding channel"), label(a.fundingChannel).text(lang),
        label(b.fundingChannel).text(lang));
    add(a.cooperationForms != b.cooperationForms, tr("Cooperation forms"), labels<CooperationForm>(a.cooperationForms, lang),
        labels<CooperationForm>(b.cooperationForms, lang));
    add(a.dimensions != b.dimensions, tr("Partnership dimensions"), labels<PartnershipDimension>(a.dimensions, lang),
        labels<PartnershipDimension>(b.dimensions, lang));
    add(a.sectors != b.sectors, tr("Sectors"), sectorsText(a.sectors), sectorsText(b.sectors));
    add(a.sdgs != b.sdgs, tr("SDGs"), sdgsText(a.sdgs), sdgsText(b.sdgs));
    add(a.budget != b.budget, tr("Budget"), budgetText(a.budget), budgetText(b.budget));
    add(a.amountAsPrinted != b.amountAsPrinted, tr("Amount as printed"), a.amountAsPrinted, b.amountAsPrinted);
    add(a.transactions != b.transactions, tr("Transactions"), transactionsText(a.transactions, lang),
        transactionsText(b.transactions, lang));
    add(a.plannedDisbursements != b.plannedDisbursements, tr("Planned disbursements"), plannedText(a.plannedDisbursements),
        plannedText(b.plannedDisbursements));
    add(a.collaborationType != b.collaborationType, tr("Collaboration type"), a.collaborationType, b.collaborationType);
    add(a.aidType != b.aidType, tr("Aid type"), a.aidType, b.aidType);
    return out;
}

bool ProjectDiff::changesTitleOrActor(const Project &before, const Project &after)
{
    return before.title.ko != after.title.ko || before.title.en != after.title.en || before.leadActorId != after.leadActorId;
}

} // namespace c2c

// IATI 2.03 activities of the selected projects (QXmlStreamWriter), in the
// element order the schema requires. What IATI cannot represent is said, not
// invented: a project without any date is left out (IATI requires an activity
// date) and listed; a missing status is derived from the dates, and a missing
// description is stood in for by the title - each with an XML comment saying so,
// and recorded in the C2C extension element so that C2C Portfolio reads the
// project back as it was (IatiExtension.h).
#include "ExportFormats.h"
#include "IatiExtension.h"
#include "portfolio/Portfolio.h"

#include <QDate>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace c2c {

namespace {

void narratives(QXmlStreamWriter &xml, const LocalizedText &text)
{
    // English is the activity's default language; Korean and the others carry xml:lang.
    if (!text.en.isEmpty())
        xml.writeTextElement(QStringLiteral("narrative"), text.en);
    auto other = [&xml](const QString &lang, const QString &value) {
        xml.writeStartElement(QStringLiteral("narrative"));
        xml.writeAttribute(QStringLiteral("xml:lang"), lang);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    if (!text.ko.isEmpty())
        other(QStringLiteral("ko"), text.ko);
    for (auto it = text.other.begin(); it != text.other.end(); ++it)
        other(it.key(), it.value());
}

QString organisationType(ActorKind kind)
{
    if (isKoreanLocalGovernment(kind))
        return QStringLiteral("11"); // local government
    switch (kind) {
    case ActorKind::CentralAgency:
        return QStringLiteral("10");
    case ActorKind::CivilSociety:
        return QStringLiteral("22");
    case ActorKind::InternationalOrganisation:
        return QStringLiteral("40");
    default:
        return QStringLiteral("90");
    }
}

// Not a registered IATI organisation identifier: the portfolio's own, stable one.
QString actorRef(const Actor &a)
{
    return a.moisCode.isEmpty() ? QStringLiteral("C2C-ACTOR-%1").arg(a.id) : QStringLiteral("KR-MOIS-%1").arg(a.moisCode);
}

ActivityStatus derivedStatus(const Period &p)
{
    const QDate today = QDate::currentDate();
    if (p.start && p.start->firstDay() > today)
        return ActivityStatus::Pipeline;
    if (p.end && p.end->lastDay() < today)
        return ActivityStatus::Closed;
    return ActivityStatus::Implementation;
}

QString percent(int hundredths)
{
    return QString::number(hundredths / 100.0, 'f', 2);
}

void date(QXmlStreamWriter &xml, const char *element, const QString &iso, const char *typeCode = nullptr)
{
    xml.writeStartElement(QLatin1String(element));
    if (typeCode)
        xml.writeAttribute(QStringLiteral("type"), QLatin1String(typeCode));
    xml.writeAttribute(QStringLiteral("iso-date"), iso);
    xml.writeEndElement();
}

void value(QXmlStreamWriter &xml, const Money &m, const QDate &valueDate)
{
    xml.writeStartElement(QStringLiteral("value"));
    xml.writeAttribute(QStringLiteral("currency"), m.currency());
    xml.writeAttribute(QStringLiteral("value-date"), valueDate.toString(Qt::ISODate));
    xml.writeCharacters(m.toDecimalString());
    xml.writeEndElement();
}

} // namespace

Status Export::iati(Portfolio &portfolio, const PortfolioSummary &summary, const QString &path, QStringList *skipped,
                    const ExportProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const Snapshot &s = portfolio.snapshot();
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("iati-activities"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.03"));
    xml.writeAttribute(QStringLiteral("generated-datetime"), summary.generated.toUTC().toString(Qt::ISODate));
    const auto total = static_cast<std::int64_t>(summary.rows.size());
    std::int64_t done = 0;
    for (Row r : summary.rows) {
        if (progress && ++done % 1000 == 0)
            progress(done, total);
        auto read = portfolio.projects().read(s.projectId[r]);
        if (!read)
            return Status::failure(read.error());
        const Project &p = read.value();
        if (p.period.isUnknown()) {
            if (skipped)
                skipped->append(tr("%1: no start or end date; IATI requires at least one activity date.").arg(p.key));
            continue;
        }
        const auto actorIndex = s.actorIndex.value(p.leadActorId, NoId);
        const Actor lead = actorIndex == NoId ? Actor{} : s.actors[actorIndex];
        const QString orgRef = actorIndex == NoId ? QStringLiteral("C2C-ACTOR-0") : actorRef(lead);

        IatiStandIns standIns;
        standIns.identifier = p.iatiIdentifier.isEmpty();
        standIns.description = p.description.isEmpty();
        standIns.status = p.status == ActivityStatus::Unknown;
        standIns.organisations = p.organisations.isEmpty();
        xml.writeStartElement(QStringLiteral("iati-activity"));
        xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
        if (!p.budget.isEmpty())
            xml.writeAttribute(QStringLiteral("default-currency"), p.budget.first().amount.currency());
        xml.writeTextElement(QStringLiteral("iati-identifier"),
                             p.iatiIdentifier.isEmpty() ? orgRef + QLatin1Char('-') + p.key : p.iatiIdentifier);
        xml.writeStartElement(QStringLiteral("reporting-org"));
        xml.writeAttribute(QStringLiteral("ref"), orgRef);
        xml.writeAttribute(QStringLiteral("type"), organisationType(lead.kind));
        narratives(xml, lead.name);
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("title"));
        narratives(xml, p.title);
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("description"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("1"));
        if (p.description.isEmpty())
            xml.writeComment(QStringLiteral(" no description recorded; the title stands in "));
        narratives(xml, p.description.isEmpty() ? p.title : p.description);
        xml.writeEndElement();

        QList<ParticipatingOrg> orgs = p.organisations;
        if (orgs.isEmpty())
            orgs.append({lead.id, lead.name, orgRef, OrgRole::Accountable});
        for (const ParticipatingOrg &o : orgs) {
            xml.writeStartElement(QStringLiteral("participating-org"));
            if (!o.ref.isEmpty())
                xml.writeAttribute(QStringLiteral("ref"), o.ref);
            xml.writeAttribute(QStringLiteral("role"), QString::number(int(o.role)));
            narratives(xml, o.name);
            xml.writeEndElement();
        }
        if (p.status == ActivityStatus::Unknown)
            xml.writeComment(QStringLiteral(" status not recorded; derived from the dates "));
        xml.writeStartElement(QStringLiteral("activity-status"));
        xml.writeAttribute(QStringLiteral("code"),
                           QString::number(int(p.status == ActivityStatus::Unknown ? derivedStatus(p.period) : p.status)));
        xml.writeEndElement();
        if (p.period.start)
            date(xml, "activity-date", p.period.start->firstDay().toString(Qt::ISODate), p.period.startActual ? "2" : "1");
        if (p.period.end)
            date(xml, "activity-date", p.period.end->lastDay().toString(Qt::ISODate), p.period.endActual ? "4" : "3");
        for (const PartnerCountry &c : p.countries) {
            xml.writeStartElement(QStringLiteral("recipient-country"));
            xml.writeAttribute(QStringLiteral("code"), c.code);
            if (c.share)
                xml.writeAttribute(QStringLiteral("percentage"), percent(*c.share));
            xml.writeEndElement();
        }
        for (const QString &region : p.regions) {
            xml.writeStartElement(QStringLiteral("recipient-region"));
            xml.writeAttribute(QStringLiteral("code"), region);
            xml.writeEndElement();
        }
        for (const SectorShare &sec : p.sectors) {
            xml.writeStartElement(QStringLiteral("sector"));
            xml.writeAttribute(QStringLiteral("vocabulary"), sec.vocabulary);
            xml.writeAttribute(QStringLiteral("code"), sec.code);
            if (sec.share)
                xml.writeAttribute(QStringLiteral("percentage"), percent(*sec.share));
            xml.writeEndElement();
        }
        for (const SdgTag &t : p.sdgs) {
            xml.writeStartElement(QStringLiteral("tag"));
            xml.writeAttribute(QStringLiteral("vocabulary"), t.target.isEmpty() ? QStringLiteral("2") : QStringLiteral("3"));
            xml.writeAttribute(QStringLiteral("code"), t.target.isEmpty() ? QString::number(t.goal) : t.target);
            xml.writeEndElement();
        }
        if (!p.collaborationType.isEmpty()) {
            xml.writeStartElement(QStringLiteral("collaboration-type"));
            xml.writeAttribute(QStringLiteral("code"), p.collaborationType);
            xml.writeEndElement();
        }
        if (!p.aidType.isEmpty()) {
            xml.writeStartElement(QStringLiteral("default-aid-type"));
            xml.writeAttribute(QStringLiteral("code"), p.aidType);
            xml.writeEndElement();
        }
        for (const BudgetLine &b : p.budget) {
            const auto start = b.period.start ? b.period.start : p.period.start ? p.period.start : p.period.end;
            const auto end = b.period.end ? b.period.end : p.period.end ? p.period.end : start;
            xml.writeStartElement(QStringLiteral("budget"));
            xml.writeAttribute(QStringLiteral("type"), QString::number(int(b.type)));
            xml.writeAttribute(QStringLiteral("status"), QString::number(int(b.status)));
            date(xml, "period-start", start->firstDay().toString(Qt::ISODate));
            date(xml, "period-end", end->lastDay().toString(Qt::ISODate));
            value(xml, b.amount, b.valueDate.isValid() ? b.valueDate : start->firstDay());
            xml.writeEndElement();
        }
        for (const PlannedDisbursement &d : p.plannedDisbursements) {
            // IATI requires a start; a forecast whose start is not known cannot be written.
            if (!d.period.start)
                continue;
            xml.writeStartElement(QStringLiteral("planned-disbursement"));
            if (d.type)
                xml.writeAttribute(QStringLiteral("type"), QString::number(int(*d.type)));
            date(xml, "period-start", d.period.start->firstDay().toString(Qt::ISODate));
            if (d.period.end)
                date(xml, "period-end", d.period.end->lastDay().toString(Qt::ISODate));
            value(xml, d.value, d.valueDate.isValid() ? d.valueDate : d.period.start->firstDay());
            xml.writeEndElement();
        }
        for (const Transaction &t : p.transactions) {
            xml.writeStartElement(QStringLiteral("transaction"));
            xml.writeStartElement(QStringLiteral("transaction-type"));
            xml.writeAttribute(QStringLiteral("code"), QString::number(int(t.type)));
            xml.writeEndElement();
            date(xml, "transaction-date", t.date.toString(Qt::ISODate));
            value(xml, t.value, t.valueDate.isValid() ? t.valueDate : t.date);
            if (!t.description.isEmpty()) {
                xml.writeStartElement(QStringLiteral("description"));
                narratives(xml, t.description);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        IatiExtension::write(xml, p, standIns);
        xml.writeEndElement(); // iati-activity
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (progress)
        progress(total, total);
    return {};
}

} // namespace c2c

#include "IatiExtension.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace c2c {

namespace {

const QString Ns = QStringLiteral("urn:c2c-portfolio:iati-extension:1");

void texts(QXmlStreamWriter &xml, const LocalizedText &t)
{
    if (!t.ko.isEmpty())
        xml.writeAttribute(QStringLiteral("ko"), t.ko);
    if (!t.en.isEmpty())
        xml.writeAttribute(QStringLiteral("en"), t.en);
}

LocalizedText texts(const QXmlStreamAttributes &a)
{
    return {a.value(QLatin1String("ko")).toString(), a.value(QLatin1String("en")).toString(), {}};
}

} // namespace

QString IatiExtension::namespaceUri()
{
    return Ns;
}

bool IatiExtension::isExtension(const QXmlStreamReader &xml)
{
    return xml.namespaceUri() == Ns && xml.name() == QLatin1String("project");
}

void IatiExtension::write(QXmlStreamWriter &xml, const Project &p, const IatiStandIns &standIns)
{
    xml.writeNamespace(Ns, QStringLiteral("c2c"));
    xml.writeStartElement(Ns, QStringLiteral("project"));
    xml.writeAttribute(QStringLiteral("key"), p.key);
    QStringList stood;
    if (standIns.status)
        stood << QStringLiteral("status");
    if (standIns.description)
        stood << QStringLiteral("description");
    if (standIns.identifier)
        stood << QStringLiteral("identifier");
    if (standIns.organisations)
        stood << QStringLiteral("organisations");
    if (!stood.isEmpty())
        xml.writeAttribute(QStringLiteral("stand-ins"), stood.join(QLatin1Char(' ')));
    if (p.period.start)
        xml.writeAttribute(QStringLiteral("start"), p.period.start->toIso());
    if (p.period.end)
        xml.writeAttribute(QStringLiteral("end"), p.period.end->toIso());
    if (p.modality != Modality::Unknown)
        xml.writeAttribute(QStringLiteral("modality"), toCode(p.modality));
    if (p.fundingChannel != FundingChannel::Unknown)
        xml.writeAttribute(QStringLiteral("channel"), toCode(p.fundingChannel));
    if (p.cooperationForms)
        xml.writeAttribute(QStringLiteral("forms"), flagCodes<CooperationForm>(p.cooperationForms).join(QLatin1Char(' ')));
    if (p.dimensions)
        xml.writeAttribute(QStringLiteral("dimensions"), flagCodes<PartnershipDimension>(p.dimensions).join(QLatin1Char(' ')));
    if (!p.amountAsPrinted.isEmpty())
        xml.writeAttribute(QStringLiteral("amount-as-printed"), p.amountAsPrinted);
    for (const PartnerCountry &c : p.countries) {
        if (c.locality.isEmpty())
            continue;
        xml.writeStartElement(Ns, QStringLiteral("locality"));
        xml.writeAttribute(QStringLiteral("country"), c.code);
        texts(xml, c.locality);
        xml.writeEndElement();
    }
    for (const Milestone &m : p.milestones) {
        xml.writeStartElement(Ns, QStringLiteral("milestone"));
        texts(xml, m.title);
        if (m.due.isValid())
            xml.writeAttribute(QStringLiteral("due"), m.due.toString(Qt::ISODate));
        xml.writeAttribute(QStringLiteral("completion"), toCode(m.completion));
        xml.writeEndElement();
    }
    for (const Source &s : p.sources) {
        xml.writeStartElement(Ns, QStringLiteral("source"));
        xml.writeAttribute(QStringLiteral("citation"), s.citation);
        if (!s.url.isEmpty())
            xml.writeAttribute(QStringLiteral("url"), s.url);
        if (!s.page.isEmpty())
            xml.writeAttribute(QStringLiteral("page"), s.page);
        xml.writeEndElement();
    }
    for (const QualityNote &n : p.qualityNotes) {
        xml.writeStartElement(Ns, QStringLiteral("quality-note"));
        xml.writeAttribute(QStringLiteral("field"), n.field);
        xml.writeAttribute(QStringLiteral("severity"), toCode(n.severity));
        texts(xml, n.note);
        // The text too, for readers that know only one note per element.
        xml.writeCharacters(n.note.en.isEmpty() ? n.note.ko : n.note.en);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

IatiStandIns IatiExtension::read(QXmlStreamReader &xml, Project &p)
{
    const QXmlStreamAttributes a = xml.attributes();
    IatiStandIns stood;
    const auto standIns = a.value(QLatin1String("stand-ins")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto s : standIns) {
        stood.status |= s == QLatin1String("status");
        stood.description |= s == QLatin1String("description");
        stood.identifier |= s == QLatin1String("identifier");
        stood.organisations |= s == QLatin1String("organisations");
    }
    stood.key = a.value(QLatin1String("key")).toString().trimmed();
    stood.start = PartialDate::fromIso(a.value(QLatin1String("start")).toString());
    stood.end = PartialDate::fromIso(a.value(QLatin1String("end")).toString());
    p.modality = fromCode<Modality>(a.value(QLatin1String("modality")).toString()).value_or(p.modality);
    p.fundingChannel = fromCode<FundingChannel>(a.value(QLatin1String("channel")).toString()).value_or(p.fundingChannel);
    p.cooperationForms |= flagsFromCodes<CooperationForm>(a.value(QLatin1String("forms")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts));
    p.dimensions |= flagsFromCodes<PartnershipDimension>(a.value(QLatin1String("dimensions")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts));
    if (a.hasAttribute(QLatin1String("amount-as-printed")))
        p.amountAsPrinted = a.value(QLatin1String("amount-as-printed")).toString();
    while (xml.readNextStartElement()) {
        const QXmlStreamAttributes e = xml.attributes();
        const auto name = xml.name();
        if (name == QLatin1String("locality")) {
            const QString code = e.value(QLatin1String("country")).toString();
            for (PartnerCountry &c : p.countries)
                if (c.code == code)
                    c.locality = texts(e);
            xml.skipCurrentElement();
        } else if (name == QLatin1String("milestone")) {
            p.milestones.append({texts(e), QDate::fromString(e.value(QLatin1String("due")).toString(), Qt::ISODate),
                                 fromCode<Completion>(e.value(QLatin1String("completion")).toString()).value_or(Completion::NotStarted)});
            xml.skipCurrentElement();
        } else if (name == QLatin1String("source")) {
            p.sources.append({e.value(QLatin1String("citation")).toString(), e.value(QLatin1String("url")).toString(),
                              e.value(QLatin1String("page")).toString()});
            xml.skipCurrentElement();
        } else if (name == QLatin1String("quality-note")) {
            const QString field = e.value(QLatin1String("field")).toString();
            const Severity severity = fromCode<Severity>(e.value(QLatin1String("severity")).toString()).value_or(Severity::Warning);
            LocalizedText note = texts(e);
            const QString text = xml.readElementText();
            if (note.ko.isEmpty() && note.en.isEmpty())
                note = LocalizedText::guessed(text);
            p.qualityNotes.append({field, note, severity});
        } else {
            xml.skipCurrentElement();
        }
    }
    return stood;
}

void IatiExtension::apply(const IatiStandIns &stood, Project &p)
{
    if (!stood.key.isEmpty())
        p.key = stood.key;
    if (stood.start)
        p.period.start = stood.start;
    if (stood.end)
        p.period.end = stood.end;
    if (stood.status)
        p.status = ActivityStatus::Unknown;
    if (stood.description)
        p.description = {};
    if (stood.identifier)
        p.iatiIdentifier.clear();
    if (stood.organisations)
        p.organisations.clear();
}

} // namespace c2c

#include "IatiActivityReader.h"
#include "IatiExtension.h"
#include "IatiFileNotes.h"

#include <QFileInfo>
#include <QXmlStreamReader>

namespace c2c {

namespace {

void put(LocalizedText &t, const QString &lang, const QString &text)
{
    if (text.isEmpty())
        return;
    QString &slot = lang == QLatin1String("ko") ? t.ko : lang == QLatin1String("en") ? t.en : t.other[lang];
    slot = slot.isEmpty() ? text : slot + QLatin1Char('\n') + text;
}

// Other description types (objectives, target groups, ...) follow the general one as paragraphs.
void appendParagraphs(LocalizedText &to, const LocalizedText &more)
{
    auto add = [](QString &a, const QString &b) {
        if (!b.isEmpty())
            a = a.isEmpty() ? b : a + QStringLiteral("\n\n") + b;
    };
    add(to.ko, more.ko);
    add(to.en, more.en);
    for (auto it = more.other.begin(); it != more.other.end(); ++it)
        add(to.other[it.key()], it.value());
}

// IATI 1.0x activity statuses could be given by name.
std::optional<ActivityStatus> version1Status(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("pipeline")) || t.contains(QLatin1String("identification")))
        return ActivityStatus::Pipeline;
    if (t.contains(QLatin1String("post")) || t.contains(QLatin1String("closed")))
        return ActivityStatus::Closed;
    if (t.contains(QLatin1String("implementation")))
        return ActivityStatus::Implementation;
    if (t.contains(QLatin1String("completion")) || t.contains(QLatin1String("finalisation")))
        return ActivityStatus::Finalisation;
    if (t.contains(QLatin1String("cancel")))
        return ActivityStatus::Cancelled;
    if (t.contains(QLatin1String("suspend")))
        return ActivityStatus::Suspended;
    return std::nullopt;
}

ActorKind kindOfOrganisationType(const QString &type)
{
    const int t = type.toInt();
    if (t == 11)
        return ActorKind::City;
    if (t == 10 || t == 15)
        return ActorKind::CentralAgency;
    if (t >= 21 && t <= 24)
        return ActorKind::CivilSociety;
    if (t == 40)
        return ActorKind::InternationalOrganisation;
    return ActorKind::Other;
}

} // namespace

IatiActivityReader::IatiActivityReader(QXmlStreamReader &xml, QString file, bool version1, IatiFileNotes &notes)
    : m_xml(xml), m_file(std::move(file)), m_version1(version1), m_notes(notes)
{
}

void IatiActivityReader::skip()
{
    m_notes.skip(m_xml, !m_version1);
}

QString IatiActivityReader::activityName(int line) const
{
    return m_identifier.isEmpty() ? tr("the activity at line %1").arg(line) : tr("activity %1").arg(m_identifier);
}

QString IatiActivityReader::attr(const char *name) const
{
    return m_xml.attributes().value(QLatin1String(name)).toString().trimmed();
}

void IatiActivityReader::error(const QString &field, const QString &message, int line)
{
    m_issues->append({ImportIssue::Error, m_file, line ? line : int(m_xml.lineNumber()), field, message});
    m_failed = true;
}

void IatiActivityReader::warning(const QString &field, const QString &message, int line)
{
    m_notes.warning(line ? line : int(m_xml.lineNumber()), field, message);
}

LocalizedText IatiActivityReader::readNarratives(const QString &defaultLang)
{
    LocalizedText t;
    const QString ownLang = attr("xml:lang").isEmpty() ? defaultLang : attr("xml:lang");
    QString direct; // IATI 1.0x put the text in the element itself
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token == QXmlStreamReader::Characters && !m_xml.isWhitespace())
            direct += m_xml.text();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == QLatin1String("narrative")) {
            const QString lang = attr("xml:lang").isEmpty() ? ownLang : attr("xml:lang");
            put(t, lang.toLower(), m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed());
        } else {
            skip();
        }
    }
    if (t.isEmpty())
        put(t, ownLang.toLower(), direct.trimmed());
    return t;
}

bool IatiActivityReader::read(ImportItem &item, int ordinal, QList<ImportIssue> &issues)
{
    m_issues = &issues;
    m_failed = false;
    m_plannedStart = m_actualStart = m_plannedEnd = m_actualEnd = std::nullopt;
    m_identifier.clear();
    m_transactionPlaces.clear();
    const int line = int(m_xml.lineNumber());
    m_lang = attr("xml:lang").isEmpty() ? QStringLiteral("en") : attr("xml:lang").toLower();
    m_defaultCurrency = attr("default-currency").toUpper();
    Project &p = item.project;
    item.file = m_file;
    item.line = line;
    item.matchByIatiIdentifier = true;
    int identifiers = 0, reporting = 0, titles = 0, statuses = 0;
    LocalizedText extraDescription;
    std::optional<IatiStandIns> extension; // written by C2C Portfolio: the project as it was
    bool generalDescription = false;
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (name == QLatin1String("iati-identifier")) {
            ++identifiers;
            p.iatiIdentifier = m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            m_identifier = p.iatiIdentifier;
        } else if (name == QLatin1String("reporting-org")) {
            if (++reporting > 1)
                error(QStringLiteral("reporting-org"), tr("a second <reporting-org>; an activity has exactly one"));
            readOrganisation(item, true);
        } else if (name == QLatin1String("participating-org")) {
            readOrganisation(item, false);
        } else if (name == QLatin1String("title")) {
            const int at = int(m_xml.lineNumber());
            // IATI 1.0x gave one <title> per language; 2.0x one title with a narrative per language.
            if (++titles > 1 && !m_version1)
                error(QStringLiteral("title"), tr("a second <title>; an activity has exactly one"), at);
            const LocalizedText title = readNarratives(m_lang);
            if (title.isEmpty())
                error(QStringLiteral("title"), tr("the title has no <narrative> text"), at);
            appendParagraphs(p.title, title);
        } else if (name == QLatin1String("description")) {
            if (!m_version1)
                m_notes.checkElement(m_xml);
            const QString type = attr("type");
            const LocalizedText text = readNarratives(m_lang);
            if (!generalDescription && (type.isEmpty() || type == QLatin1String("1"))) {
                generalDescription = true;
                LocalizedText general = text;
                appendParagraphs(general, p.description); // anything read before it
                p.description = general;
            } else {
                appendParagraphs(generalDescription ? p.description : extraDescription, text);
            }
        } else if (name == QLatin1String("activity-status")) {
            if (++statuses > 1)
                error(QStringLiteral("activity-status"), tr("a second <activity-status>; an activity has at most one"));
            const QString code = attr("code");
            const QString text = version1Text();
            const int n = code.toInt();
            if (n >= 1 && n <= 6)
                p.status = ActivityStatus(n);
            else if (code.isEmpty() && m_version1 && version1Status(text))
                p.status = *version1Status(text);
            else if (code.isEmpty())
                warning(QStringLiteral("activity-status"), tr("<activity-status> has no code attribute; status left unknown"));
            else
                warning(QStringLiteral("activity-status"), tr("\"%1\" is not an activity status code (1-6); status left unknown").arg(code));
        } else if (name == QLatin1String("activity-date")) {
            readDate(p);
        } else if (name == QLatin1String("recipient-country")) {
            readCountry(p);
        } else if (name == QLatin1String("recipient-region")) {
            const QString code = attr("code");
            const QString vocabulary = attr("vocabulary");
            if (code.isEmpty())
                error(QStringLiteral("recipient-region"), tr("the region has no code"));
            else if (vocabulary.isEmpty() || vocabulary == QLatin1String("1"))
                p.regions.append(code);
            else
                warning(QStringLiteral("recipient-region"),
                        tr("region %1 of vocabulary %2 is not an OECD DAC region; left out").arg(code, vocabulary));
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("sector")) {
            readSector(p);
        } else if (name == QLatin1String("tag")) {
            readTag(p);
        } else if (name == QLatin1String("collaboration-type")) {
            p.collaborationType = attr("code");
            skip();
        } else if (name == QLatin1String("default-aid-type")) {
            const QString vocabulary = attr("vocabulary");
            if (p.aidType.isEmpty() && (vocabulary.isEmpty() || vocabulary == QLatin1String("1")))
                p.aidType = attr("code");
            skip();
        } else if (name == QLatin1String("budget")) {
            readBudget(p);
        } else if (name == QLatin1String("planned-disbursement")) {
            readPlannedDisbursement(p);
        } else if (name == QLatin1String("transaction")) {
            readTransaction(p);
        } else if (IatiExtension::isExtension(m_xml)) {
            extension = IatiExtension::read(m_xml, p);
        } else {
            skip();
        }
    }
    if (m_xml.hasError())
        return false; // the file-level reader reports it
    appendParagraphs(p.description, extraDescription);
    applyTransactionPlaces(p, line);
    if (identifiers != 1)
        error(QStringLiteral("iati-identifier"),
              identifiers ? tr("more than one <iati-identifier>") : tr("the activity has no <iati-identifier>"), line);
    if (reporting == 0)
        error(QStringLiteral("reporting-org"), tr("the activity has no <reporting-org>"), line);
    if (titles == 0)
        error(QStringLiteral("title"), tr("the activity has no <title>"), line);
    if (p.iatiIdentifier.isEmpty()) {
        p.key = QStringLiteral("%1-%2").arg(QFileInfo(m_file).completeBaseName()).arg(ordinal);
        if (identifiers == 1)
            warning(QStringLiteral("iati-identifier"), tr("the identifier is empty; the project gets the key %1").arg(p.key), line);
    } else {
        p.key = p.iatiIdentifier;
    }
    // Actual dates win over planned ones: they are what happened.
    p.period.start = m_actualStart ? m_actualStart : m_plannedStart;
    p.period.startActual = bool(m_actualStart);
    p.period.end = m_actualEnd ? m_actualEnd : m_plannedEnd;
    p.period.endActual = bool(m_actualEnd);
    if (extension) {
        IatiExtension::apply(*extension, p);
        // Its identifier was made up by the export: the project is the one with its key.
        item.matchByIatiIdentifier = !extension->identifier;
    }
    return !m_failed;
}

void IatiActivityReader::readOrganisation(ImportItem &item, bool reporting)
{
    const QString element = reporting ? QStringLiteral("reporting-org") : QStringLiteral("participating-org");
    const QString ref = attr("ref");
    const QString type = attr("type");
    const QString roleCode = attr("role");
    const int line = int(m_xml.lineNumber());
    if (!m_version1)
        m_notes.checkElement(m_xml);
    LocalizedText name = readNarratives(m_lang);
    if (reporting) {
        if (name.ko.isEmpty() && name.en.isEmpty())
            name.en = name.other.isEmpty() ? ref : name.other.first();
        item.actorName = {name.ko, name.en, {}};
        item.actorRef = ref;
        item.actorKind = kindOfOrganisationType(type);
        return;
    }
    if (roleCode.isEmpty())
        return error(element, tr("the organisation has no role"), line);
    const auto role = fromCode<OrgRole>(roleCode);
    if (!role)
        return warning(element, tr("\"%1\" is not an organisation role (1-4); the organisation is left out").arg(roleCode), line);
    // Names are kept in Korean and English: a name given only in another language stands as the English one.
    if (name.ko.isEmpty() && name.en.isEmpty() && !name.other.isEmpty())
        name.en = name.other.first();
    name.other.clear();
    item.project.organisations.append({0, name, ref, *role});
}

} // namespace c2c

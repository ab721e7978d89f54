#include "IatiActivityReader.h"

#include "reference/Reference.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>

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

// IATI 1.0x transaction types were letters.
std::optional<TransactionType> transactionType(const QString &code)
{
    static const std::pair<const char *, TransactionType> letters[] = {
        {"IF", TransactionType::IncomingFunds}, {"C", TransactionType::OutgoingCommitment},
        {"D", TransactionType::Disbursement},   {"E", TransactionType::Expenditure},
        {"IR", TransactionType::InterestPayment}, {"LR", TransactionType::LoanRepayment},
        {"R", TransactionType::Reimbursement},  {"QP", TransactionType::PurchaseOfEquity},
        {"QS", TransactionType::SaleOfEquity},  {"CG", TransactionType::CreditGuarantee},
    };
    bool numeric = false;
    const int n = code.toInt(&numeric);
    if (numeric)
        return n >= 1 && n <= 13 ? std::optional(TransactionType(n)) : std::nullopt;
    for (const auto &[letter, type] : letters)
        if (code == QLatin1String(letter))
            return type;
    return std::nullopt;
}

} // namespace

IatiActivityReader::IatiActivityReader(QXmlStreamReader &xml, QString file, bool version1)
    : m_xml(xml), m_file(std::move(file)), m_version1(version1)
{
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
    m_issues->append({ImportIssue::Warning, m_file, line ? line : int(m_xml.lineNumber()), field, message});
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
            m_xml.skipCurrentElement();
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
    const int line = int(m_xml.lineNumber());
    m_lang = attr("xml:lang").isEmpty() ? QStringLiteral("en") : attr("xml:lang").toLower();
    m_defaultCurrency = attr("default-currency").toUpper();
    Project &p = item.project;
    item.file = m_file;
    item.line = line;
    item.matchByIatiIdentifier = true;
    int identifiers = 0, reporting = 0, titles = 0, statuses = 0;
    LocalizedText extraDescription;
    bool generalDescription = false;
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (name == QLatin1String("iati-identifier")) {
            ++identifiers;
            p.iatiIdentifier = m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (name == QLatin1String("reporting-org")) {
            if (++reporting > 1)
                error(QStringLiteral("reporting-org"), tr("a second <reporting-org>; an activity has exactly one"));
            readOrganisation(item, true);
        } else if (name == QLatin1String("participating-org")) {
            readOrganisation(item, false);
        } else if (name == QLatin1String("title")) {
            const int at = int(m_xml.lineNumber());
            if (++titles > 1)
                error(QStringLiteral("title"), tr("a second <title>; an activity has exactly one"), at);
            p.title = readNarratives(m_lang);
            if (p.title.isEmpty())
                error(QStringLiteral("title"), tr("the title has no <narrative> text"), at);
        } else if (name == QLatin1String("description")) {
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
            const int n = code.toInt();
            if (n >= 1 && n <= 6)
                p.status = ActivityStatus(n);
            else
                warning(QStringLiteral("activity-status"), tr("\"%1\" is not an activity status code (1-6); status left unknown").arg(code));
            m_xml.skipCurrentElement();
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
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("default-aid-type")) {
            const QString vocabulary = attr("vocabulary");
            if (p.aidType.isEmpty() && (vocabulary.isEmpty() || vocabulary == QLatin1String("1")))
                p.aidType = attr("code");
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("budget")) {
            readBudget(p);
        } else if (name == QLatin1String("transaction")) {
            readTransaction(p);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError())
        return false; // the file-level reader reports it
    appendParagraphs(p.description, extraDescription);
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
    return !m_failed;
}

void IatiActivityReader::readOrganisation(ImportItem &item, bool reporting)
{
    const QString element = reporting ? QStringLiteral("reporting-org") : QStringLiteral("participating-org");
    const QString ref = attr("ref");
    const QString type = attr("type");
    const QString roleCode = attr("role");
    const int line = int(m_xml.lineNumber());
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
    item.project.organisations.append({0, name, ref, *role});
}

QDate IatiActivityReader::isoDate(const char *element, const QString &attribute, bool required)
{
    const QString text = attr(attribute.toLatin1().constData());
    if (text.isEmpty()) {
        if (required)
            error(QLatin1String(element), tr("the %1 attribute is missing").arg(attribute));
        return {};
    }
    const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    if (!d.isValid() || (text.size() > 10 && !QStringLiteral("Z+-").contains(text.at(10))))
        error(QLatin1String(element), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
    return d;
}

void IatiActivityReader::readDate(Project &)
{
    const QString type = attr("type");
    const QDate d = isoDate("activity-date", QStringLiteral("iso-date"), true);
    m_xml.skipCurrentElement();
    if (!d.isValid())
        return;
    const PartialDate date = PartialDate::ofDay(d);
    if (type == QLatin1String("1") || type == QLatin1String("start-planned"))
        m_plannedStart = date;
    else if (type == QLatin1String("2") || type == QLatin1String("start-actual"))
        m_actualStart = date;
    else if (type == QLatin1String("3") || type == QLatin1String("end-planned"))
        m_plannedEnd = date;
    else if (type == QLatin1String("4") || type == QLatin1String("end-actual"))
        m_actualEnd = date;
    else
        warning(QStringLiteral("activity-date"), tr("\"%1\" is not an activity date type (1-4); the date is left out").arg(type));
}

std::optional<int> IatiActivityReader::percentage(const char *element)
{
    const QString text = attr("percentage");
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0 || v > 100) {
        error(QLatin1String(element), tr("\"%1\" is not a percentage (0-100)").arg(text));
        return std::nullopt;
    }
    return int(std::lround(v * 100)); // hundredths of a percent
}

void IatiActivityReader::readCountry(Project &p)
{
    const QString code = attr("code").toUpper();
    const auto share = percentage("recipient-country");
    m_xml.skipCurrentElement();
    if (code.isEmpty())
        return error(QStringLiteral("recipient-country"), tr("the country has no code"));
    if (!reference::country(code))
        return warning(QStringLiteral("recipient-country"), tr("\"%1\" is not an ISO 3166-1 country code; left out").arg(code));
    PartnerCountry c;
    c.code = code;
    c.share = share;
    p.countries.append(c);
}

void IatiActivityReader::readSector(Project &p)
{
    QString vocabulary = attr("vocabulary");
    const QString code = attr("code");
    const auto share = percentage("sector");
    m_xml.skipCurrentElement();
    if (vocabulary.isEmpty() || vocabulary == QLatin1String("DAC"))
        vocabulary = QStringLiteral("1");
    else if (vocabulary == QLatin1String("DAC-3"))
        vocabulary = QStringLiteral("2");
    if (code.isEmpty())
        return error(QStringLiteral("sector"), tr("the sector has no code"));
    if (vocabulary == QLatin1String("1") && !reference::sector(code))
        warning(QStringLiteral("sector"), tr("\"%1\" is not a DAC 5-digit purpose code; kept as written").arg(code));
    p.sectors.append({code, vocabulary, share});
}

void IatiActivityReader::readTag(Project &p)
{
    const QString vocabulary = attr("vocabulary");
    const QString code = attr("code");
    m_xml.skipCurrentElement();
    if (vocabulary.isEmpty() || code.isEmpty())
        return error(QStringLiteral("tag"), tr("a <tag> needs both a vocabulary and a code"));
    if (vocabulary == QLatin1String("2")) {
        bool ok = false;
        const int goal = code.toInt(&ok);
        if (ok && goal >= 1 && goal <= 17)
            p.sdgs.append({goal, QString()});
        else
            warning(QStringLiteral("tag"), tr("\"%1\" is not an SDG goal (1-17); left out").arg(code));
    } else if (vocabulary == QLatin1String("3")) {
        if (const auto *t = reference::sdgTarget(code))
            p.sdgs.append({t->goal, t->code});
        else
            warning(QStringLiteral("tag"), tr("\"%1\" is not an SDG target; left out").arg(code));
    }
}

bool IatiActivityReader::readValue(const char *element, Money &value, QDate &valueDate, bool needValueDate)
{
    const QString field = QLatin1String(element) + QStringLiteral("/value");
    const QString currency = attr("currency").isEmpty() ? m_defaultCurrency : attr("currency").toUpper();
    valueDate = isoDate(field.toLatin1().constData(), QStringLiteral("value-date"), needValueDate);
    const QString text = m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
    static const QRegularExpression decimal(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!decimal.match(text).hasMatch()) {
        error(field, tr("\"%1\" is not a number").arg(text));
        return false;
    }
    if (currency.isEmpty()) {
        // The schema allows it, but an amount without a currency cannot be counted: left out, said so.
        warning(field, tr("the value has no currency and the activity no default-currency; left out"));
        return false;
    }
    auto money = Money::parse(QString(text).remove(QLatin1Char('+')), currency);
    if (!money) {
        error(field, money.error());
        return false;
    }
    value = money.value();
    return true;
}

void IatiActivityReader::readBudget(Project &p)
{
    const int line = int(m_xml.lineNumber());
    BudgetLine b;
    const QString type = attr("type"), status = attr("status");
    if (type == QLatin1String("2"))
        b.type = BudgetType::Revised;
    else if (!type.isEmpty() && type != QLatin1String("1"))
        warning(QStringLiteral("budget"), tr("\"%1\" is not a budget type (1 original, 2 revised); read as original").arg(type));
    if (status == QLatin1String("2"))
        b.status = BudgetStatus::Committed;
    else if (!status.isEmpty() && status != QLatin1String("1"))
        warning(QStringLiteral("budget"), tr("\"%1\" is not a budget status (1 indicative, 2 committed); read as indicative").arg(status));
    bool start = false, end = false, value = false, valueSeen = false;
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (name == QLatin1String("period-start") || name == QLatin1String("period-end")) {
            const bool isStart = name == QLatin1String("period-start");
            const QDate d = isoDate(isStart ? "budget/period-start" : "budget/period-end", QStringLiteral("iso-date"), true);
            (isStart ? start : end) = true;
            if (d.isValid())
                (isStart ? b.period.start : b.period.end) = PartialDate::ofDay(d);
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("value")) {
            valueSeen = true;
            value = readValue("budget", b.amount, b.valueDate, !m_version1);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (!start)
        error(QStringLiteral("budget"), tr("the budget has no <period-start>"), line);
    if (!end)
        error(QStringLiteral("budget"), tr("the budget has no <period-end>"), line);
    if (!valueSeen)
        error(QStringLiteral("budget"), tr("the budget has no <value>"), line);
    if (start && end && value)
        p.budget.append(b);
}

void IatiActivityReader::readTransaction(Project &p)
{
    const int line = int(m_xml.lineNumber());
    Transaction t;
    std::optional<TransactionType> type;
    QString typeCode;
    bool hasType = false, hasDate = false, hasValue = false, valueSeen = false;
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (name == QLatin1String("transaction-type")) {
            hasType = true;
            typeCode = attr("code");
            type = transactionType(typeCode);
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("transaction-date")) {
            hasDate = true;
            t.date = isoDate("transaction-date", QStringLiteral("iso-date"), true);
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("value")) {
            valueSeen = true;
            hasValue = readValue("transaction", t.value, t.valueDate, !m_version1);
        } else if (name == QLatin1String("description")) {
            t.description = readNarratives(m_lang);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (!hasType)
        error(QStringLiteral("transaction"), tr("the transaction has no <transaction-type>"), line);
    if (!hasDate)
        error(QStringLiteral("transaction"), tr("the transaction has no <transaction-date>"), line);
    if (!valueSeen)
        error(QStringLiteral("transaction"), tr("the transaction has no <value>"), line);
    if (hasType && !type)
        warning(QStringLiteral("transaction-type"),
                tr("\"%1\" is not a transaction type (1-13); the transaction is left out").arg(typeCode), line);
    if (type && hasDate && t.date.isValid() && hasValue) {
        t.type = *type;
        p.transactions.append(t);
    }
}

} // namespace c2c

// The parts of an IATI activity that carry dates, places, codes and money:
// activity dates, recipient countries, sectors, tags, budgets, transactions.
#include "IatiActivityReader.h"
#include "IatiFileNotes.h"

#include "reference/Reference.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>

namespace c2c {

namespace {

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

QString IatiActivityReader::version1Text()
{
    return m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

void IatiActivityReader::readDate(Project &)
{
    const QString type = attr("type");
    QDate d;
    if (m_version1 && attr("iso-date").isEmpty()) {
        // IATI 1.0x allowed the date as the element's text.
        const QString text = version1Text();
        d = QDate::fromString(text.left(10), Qt::ISODate);
        if (!d.isValid())
            error(QStringLiteral("activity-date"), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
    } else {
        d = isoDate("activity-date", QStringLiteral("iso-date"), true);
        m_xml.skipCurrentElement();
    }
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
    QString code = attr("code").toUpper();
    const auto share = percentage("recipient-country");
    const QString text = version1Text();
    if (code.isEmpty() && m_version1 && !text.isEmpty()) {
        // IATI 1.0x files sometimes name the country instead of giving its code.
        if (const auto found = reference::findCountryCode(text))
            code = *found;
        else
            return warning(QStringLiteral("recipient-country"), tr("\"%1\" is not a country name or code; left out").arg(text));
    }
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
    QString code = attr("code");
    const auto share = percentage("sector");
    const QString text = version1Text();
    if (code.isEmpty() && m_version1 && reference::sector(text))
        code = text; // IATI 1.0x: the code as the element's text
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
    if (!reference::currency(currency))
        warning(field, tr("\"%1\" is not an ISO 4217 currency code; the value is kept as written").arg(currency));
    // Digits beyond the currency's minor unit (e.g. 100.005 USD, 1500.5 KRW) are rounded: said so.
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    QString fraction = point < 0 ? QString() : text.mid(point + 1);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    const int decimals = currencyDecimals(currency);
    if (fraction.size() > decimals)
        warning(field, tr("%1: the value %2 has more decimals than %3 has (%n); rounded to %4", nullptr, decimals)
                           .arg(activityName(int(m_xml.lineNumber())), text, currency, value.toDecimalString()));
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
            skip();
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

void IatiActivityReader::readPlannedDisbursement(Project &p)
{
    const int line = int(m_xml.lineNumber());
    PlannedDisbursement d;
    const QString type = attr("type");
    if (type == QLatin1String("1") || type == QLatin1String("2"))
        d.type = BudgetType(type.toInt());
    else if (!type.isEmpty())
        warning(QStringLiteral("planned-disbursement"),
                tr("\"%1\" is not a budget type (1 original, 2 revised); the type is left unknown").arg(type));
    bool start = false, value = false;
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (name == QLatin1String("period-start") || name == QLatin1String("period-end")) {
            const bool isStart = name == QLatin1String("period-start");
            const char *element = isStart ? "planned-disbursement/period-start" : "planned-disbursement/period-end";
            if (attr("iso-date").isEmpty()) {
                warning(QLatin1String(element), tr("the %1 attribute is missing").arg(QStringLiteral("iso-date")));
            } else if (const QDate date = isoDate(element, QStringLiteral("iso-date"), true); date.isValid()) {
                (isStart ? d.period.start : d.period.end) = PartialDate::ofDay(date);
                start = start || isStart;
            }
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("value")) {
            const bool hasValueDate = !attr("value-date").isEmpty();
            value = readValue("planned-disbursement", d.value, d.valueDate, false);
            if (value && !hasValueDate && !m_version1)
                warning(QStringLiteral("planned-disbursement/value"),
                        tr("the value-date attribute is missing; the value is kept without it"));
        } else {
            skip();
        }
    }
    // Kept as its own list: a forecast is not a budget, and nothing is added to the total.
    if (!start)
        warning(QStringLiteral("planned-disbursement"), tr("the planned disbursement has no <period-start>; left out"), line);
    else if (!value)
        warning(QStringLiteral("planned-disbursement"), tr("the planned disbursement has no usable <value>; left out"), line);
    else
        p.plannedDisbursements.append(d);
}

void IatiActivityReader::readTransaction(Project &p)
{
    const int line = int(m_xml.lineNumber());
    Transaction t;
    TransactionPlaces places;
    places.line = line;
    std::optional<TransactionType> type;
    QString typeCode;
    int typeLine = line;
    bool hasType = false, hasDate = false, hasValue = false, valueSeen = false;
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (name == QLatin1String("transaction-type")) {
            hasType = true;
            typeLine = int(m_xml.lineNumber());
            typeCode = attr("code");
            const QString text = version1Text();
            if (typeCode.isEmpty() && m_version1)
                typeCode = text; // 1.0x: the code as text
            type = transactionType(typeCode);
        } else if (name == QLatin1String("transaction-date")) {
            hasDate = true;
            if (m_version1 && attr("iso-date").isEmpty()) {
                const QString text = version1Text();
                t.date = QDate::fromString(text.left(10), Qt::ISODate);
                if (!t.date.isValid())
                    error(QStringLiteral("transaction-date"), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
                continue;
            }
            t.date = isoDate("transaction-date", QStringLiteral("iso-date"), true);
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("value")) {
            valueSeen = true;
            hasValue = readValue("transaction", t.value, t.valueDate, !m_version1);
        } else if (name == QLatin1String("description")) {
            t.description = readNarratives(m_lang);
        } else if (name == QLatin1String("recipient-country")) {
            const QString code = attr("code").toUpper();
            m_xml.skipCurrentElement();
            if (code.isEmpty())
                warning(QStringLiteral("transaction/recipient-country"), tr("<recipient-country> has no code attribute, which the IATI schema requires"));
            else if (!reference::country(code))
                warning(QStringLiteral("transaction/recipient-country"), tr("\"%1\" is not an ISO 3166-1 country code; left out").arg(code));
            else
                places.countries.append(code);
        } else if (name == QLatin1String("recipient-region")) {
            const QString code = attr("code"), vocabulary = attr("vocabulary");
            m_xml.skipCurrentElement();
            if (code.isEmpty())
                warning(QStringLiteral("transaction/recipient-region"), tr("<recipient-region> has no code attribute, which the IATI schema requires"));
            else if (vocabulary.isEmpty() || vocabulary == QLatin1String("1"))
                places.regions.append(code);
            else
                warning(QStringLiteral("transaction/recipient-region"),
                        tr("region %1 of vocabulary %2 is not an OECD DAC region; left out").arg(code, vocabulary));
        } else if (name == QLatin1String("sector")) {
            QString vocabulary = attr("vocabulary");
            const QString code = attr("code");
            m_xml.skipCurrentElement();
            if (vocabulary.isEmpty() || vocabulary == QLatin1String("DAC"))
                vocabulary = QStringLiteral("1");
            else if (vocabulary == QLatin1String("DAC-3"))
                vocabulary = QStringLiteral("2");
            if (code.isEmpty())
                warning(QStringLiteral("transaction/sector"), tr("<sector> has no code attribute, which the IATI schema requires"));
            else
                places.sectors.append({code, vocabulary, std::nullopt});
        } else {
            skip();
        }
    }
    if (!hasType)
        error(QStringLiteral("transaction"), tr("the transaction has no <transaction-type>"), line);
    if (!hasDate)
        error(QStringLiteral("transaction"), tr("the transaction has no <transaction-date>"), line);
    if (!valueSeen)
        error(QStringLiteral("transaction"), tr("the transaction has no <value>"), line);
    if (hasType && typeCode.isEmpty())
        warning(QStringLiteral("transaction-type"),
                tr("<transaction-type> has no code attribute, which the IATI schema requires; the transaction is left out"),
                typeLine);
    else if (hasType && !type)
        warning(QStringLiteral("transaction-type"),
                tr("\"%1\" is not a transaction type (1-13); the transaction is left out").arg(typeCode), typeLine);
    if (type && hasDate && t.date.isValid() && hasValue) {
        t.type = *type;
        p.transactions.append(t);
        places.value = t.value;
        places.incoming = t.type == TransactionType::IncomingFunds || int(t.type) == 11 || int(t.type) == 13;
    }
    if (!places.countries.isEmpty() || !places.regions.isEmpty() || !places.sectors.isEmpty())
        m_transactionPlaces.append(places);
}

} // namespace c2c

#include "CsvRowReader.h"

#include "MoneyText.h"
#include "reference/Reference.h"

#include <QRegularExpression>

namespace c2c {

namespace {

bool hasHangul(const QString &s)
{
    for (QChar c : s)
        if ((c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) || (c.unicode() >= 0x3131 && c.unicode() <= 0x318E))
            return true;
    return false;
}

// Fills ko or en by the script of the text.
void putByScript(LocalizedText &t, const QString &text)
{
    if (text.isEmpty())
        return;
    (hasHangul(text) ? t.ko : t.en) = text;
}

// A code of the closed vocabulary, or its Korean or English label.
template <class E>
std::optional<E> codeOrLabel(const QString &text)
{
    if (auto e = fromCode<E>(text))
        return e;
    const QString t = text.trimmed();
    for (const auto &entry : codeTable<E>())
        if (t == QString::fromUtf8(entry.ko) || t.compare(QString::fromUtf8(entry.en), Qt::CaseInsensitive) == 0)
            return entry.value;
    return std::nullopt;
}

// "2016", "2016-03", "2016-03-01", "2016.3", "2016.03.01", "2016/3/1".
std::optional<PartialDate> parseDate(const QString &text)
{
    // The common case first, without a regular expression: a million rows have two years each.
    if (text.size() == 4 && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); })) {
        const int y = text.toInt();
        return y >= 1900 && y <= 2200 ? std::optional(PartialDate::ofYear(y)) : std::nullopt;
    }
    QString t = text.trimmed();
    t.replace(QLatin1Char('.'), QLatin1Char('-')).replace(QLatin1Char('/'), QLatin1Char('-'));
    while (t.endsWith(QLatin1Char('-')))
        t.chop(1);
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    if (y < 1900 || y > 2200)
        return std::nullopt;
    PartialDate d = PartialDate::ofYear(y);
    if (!m.captured(2).isEmpty())
        d = PartialDate::ofMonth(y, m.captured(2).toInt());
    if (!m.captured(3).isEmpty())
        d = PartialDate::ofDay(QDate(y, m.captured(2).toInt(), m.captured(3).toInt()));
    return d.isValid() ? std::optional(d) : std::nullopt;
}

// Cells holding several codes: "11.6; 11.3", "43040, 15110".
QStringList splitCodes(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[;,/\\s]+"));
    if (std::none_of(cell.begin(), cell.end(), [](QChar c) { return c.isSpace() || QStringLiteral(";,/").contains(c); }))
        return {cell};
    return cell.split(separators, Qt::SkipEmptyParts);
}

} // namespace

CsvRowReader::CsvRowReader(const CsvDocument &doc, const ColumnMapping &mapping, const CsvRowOptions &options,
                           QList<ImportIssue> &issues)
    : m_doc(doc), m_mapping(mapping), m_options(options), m_issues(issues)
{
    m_column.fill(-1);
    for (int i = 0; i < mapping.columns.size(); ++i)
        if (mapping.columns[i] != ImportField::Ignore && m_column[std::size_t(mapping.columns[i])] < 0)
            m_column[std::size_t(mapping.columns[i])] = i;
}

namespace {

// Fields whose values repeat from row to row; titles, keys and amounts seldom do.
bool repeats(ImportField field)
{
    switch (field) {
    case ImportField::Actor:
    case ImportField::ActorKo:
    case ImportField::ActorEn:
    case ImportField::ActorKind:
    case ImportField::Countries:
    case ImportField::Locality:
    case ImportField::StartYear:
    case ImportField::EndYear:
    case ImportField::Currency:
    case ImportField::Sector:
    case ImportField::Sdg:
    case ImportField::Status:
    case ImportField::Modality:
    case ImportField::FundingChannel:
        return true;
    default:
        return false;
    }
}

QString cellText(QByteArrayView raw)
{
    QString text = QString::fromUtf8(raw).trimmed();
    if (text.contains(QLatin1Char('\r'))) // a line break inside a quoted cell, as Windows writes it
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

} // namespace

QString CsvRowReader::cell(ImportField field) const
{
    const int c = m_column[std::size_t(field)];
    if (c < 0 || c >= m_record->size())
        return {};
    const QByteArrayView raw = m_record->at(c);
    constexpr qsizetype MaxRepeatedSize = 64, MaxRepeatedValues = 16384;
    if (raw.isEmpty() || raw.size() > MaxRepeatedSize || !repeats(field))
        return cellText(raw);
    // Looked up without a copy of the bytes; a value seen before costs no allocation.
    const auto found = m_repeated.constFind(QByteArray::fromRawData(raw.data(), raw.size()));
    if (found != m_repeated.cend())
        return *found;
    QString text = cellText(raw);
    if (m_repeated.size() < MaxRepeatedValues)
        m_repeated.insert(raw.toByteArray(), text);
    return text;
}

void CsvRowReader::error(ImportField field, const QString &message)
{
    const int c = m_column[std::size_t(field)];
    m_issues.append({ImportIssue::Error, m_doc.file, m_line, c < 0 ? QString() : m_doc.header.value(c), message});
    m_failed = true;
}

void CsvRowReader::warning(ImportField field, const QString &message)
{
    const int c = m_column[std::size_t(field)];
    m_issues.append({ImportIssue::Warning, m_doc.file, m_line, c < 0 ? QString() : m_doc.header.value(c), message});
}

bool CsvRowReader::convert(const CsvRecord &record, int line, ImportItem &item)
{
    m_record = &record;
    m_line = line;
    m_failed = false;
    item.file = m_doc.file;
    item.line = line;
    if (record.size() != m_doc.header.size()) {
        m_issues.append({ImportIssue::Error, m_doc.file, line, {},
                         tr("%1 cells where the header has %2; is a quote or a delimiter missing?")
                             .arg(record.size())
                             .arg(m_doc.header.size())});
        return false;
    }
    Project &p = item.project;
    p.key = cell(ImportField::Key);
    if (p.key.isEmpty() && m_column[std::size_t(ImportField::Key)] >= 0) {
        error(ImportField::Key, tr("the key is empty"));
        return false;
    }
    p.iatiIdentifier = cell(ImportField::IatiIdentifier);
    putByScript(p.title, cell(ImportField::Title));
    if (const QString ko = cell(ImportField::TitleKo); !ko.isEmpty())
        p.title.ko = ko;
    if (const QString en = cell(ImportField::TitleEn); !en.isEmpty())
        p.title.en = en;
    putByScript(p.description, cell(ImportField::Description));
    if (const QString ko = cell(ImportField::DescriptionKo); !ko.isEmpty())
        p.description.ko = ko;
    if (const QString en = cell(ImportField::DescriptionEn); !en.isEmpty())
        p.description.en = en;
    putByScript(item.actorName, cell(ImportField::Actor));
    if (const QString ko = cell(ImportField::ActorKo); !ko.isEmpty())
        item.actorName.ko = ko;
    if (const QString en = cell(ImportField::ActorEn); !en.isEmpty())
        item.actorName.en = en;
    if (const QString kind = cell(ImportField::ActorKind); !kind.isEmpty()) {
        if (auto k = codeOrLabel<ActorKind>(kind))
            item.actorKind = *k;
        else
            warning(ImportField::ActorKind, tr("\"%1\" is not a kind of actor; recorded as other").arg(kind));
    }
    if (p.title.isEmpty())
        warning(ImportField::Title, tr("the project has no title"));
    readPeriod(p);
    readCountries(p);
    readBudget(p);
    readCodes(p);
    if (p.key.isEmpty())
        generateKey(item);
    return !m_failed;
}

void CsvRowReader::generateKey(ImportItem &item)
{
    // From the content, not the line: a row inserted above must not give the rows below
    // their neighbours' keys. Identical rows are told apart by their order in the file.
    item.keyGenerated = true;
    const QString key = identityKey(m_options.keyPrefix, item);
    const int seen = m_generatedKeys.value(key);
    m_generatedKeys.insert(key, seen + 1);
    item.project.key = seen ? QStringLiteral("%1-%2").arg(key).arg(seen + 1) : key;
}

bool CsvRowReader::readPeriod(Project &p)
{
    for (ImportField f : {ImportField::StartYear, ImportField::EndYear}) {
        const QString text = cell(f);
        if (text.isEmpty())
            continue; // unknown stays unknown
        const auto d = parseDate(text);
        if (!d) {
            error(f, tr("\"%1\" is not a year or a date (e.g. 2016 or 2016-03-01)").arg(text));
            continue;
        }
        (f == ImportField::StartYear ? p.period.start : p.period.end) = d;
    }
    if (p.period.isReversed())
        warning(ImportField::EndYear, tr("the project ends before it starts"));
    return true;
}

bool CsvRowReader::readCountries(Project &p)
{
    const QString text = cell(ImportField::Countries);
    if (text.isEmpty())
        return true;
    // A name may itself hold a comma ("Micronesia, Federated States of"): try the whole cell first.
    QStringList names;
    if (reference::findCountryCode(text))
        names = {text};
    else
    {
        static const QRegularExpression separators(QStringLiteral("[;,/\\n]"));
        names = text.split(separators, Qt::SkipEmptyParts);
    }
    const QString locality = cell(ImportField::Locality);
    for (const QString &name : names) {
        const auto code = reference::findCountryCode(name.trimmed());
        if (!code) {
            error(ImportField::Countries, tr("\"%1\" is not a country code or name").arg(name.trimmed()));
            continue;
        }
        PartnerCountry c;
        c.code = *code;
        if (names.size() == 1)
            putByScript(c.locality, locality);
        p.countries.append(c);
    }
    return true;
}

bool CsvRowReader::readBudget(Project &p)
{
    const QString text = cell(ImportField::Amount);
    p.amountAsPrinted = cell(ImportField::AmountAsPrinted);
    if (text.isEmpty())
        return true; // unknown, not zero
    // The currency column wins; an amount naming its own currency ("USD 200,000", "3.5억원") must agree
    // with it; the import's default currency is the last resort.
    const QString columnCurrency = cell(ImportField::Currency).toUpper();
    if (!columnCurrency.isEmpty() && !reference::currency(columnCurrency)) {
        error(ImportField::Currency, tr("\"%1\" is not a currency code").arg(columnCurrency));
        return false;
    }
    // A plain whole number (most rows of a large sheet) is read without the general parser.
    bool canonical = false;
    const auto whole = MoneyText::parseWhole(text, columnCurrency.isEmpty() ? m_options.defaultCurrency : columnCurrency,
                                             &canonical);
    auto money = whole ? Result<Money>(*whole) : MoneyText::parse(text, columnCurrency);
    if (!money && columnCurrency.isEmpty() && !m_options.defaultCurrency.isEmpty())
        money = MoneyText::parse(text, m_options.defaultCurrency);
    if (!money) {
        error(ImportField::Amount, money.error());
        return false;
    }
    if (money->minor() < 0)
        warning(ImportField::Amount, tr("the budget is negative"));
    BudgetLine b;
    b.period = p.period; // one total over the whole period
    b.period.startActual = b.period.endActual = false;
    b.amount = money.value();
    p.budget.append(b);
    if (p.amountAsPrinted.isEmpty() && (whole ? !canonical : text != b.amount.toDecimalString()))
        p.amountAsPrinted = text; // keep the figure as the source wrote it, e.g. "3.5억원"
    return true;
}

bool CsvRowReader::readCodes(Project &p)
{
    if (const QString s = cell(ImportField::Status); !s.isEmpty()) {
        if (auto v = codeOrLabel<ActivityStatus>(s))
            p.status = *v;
        else
            error(ImportField::Status, tr("\"%1\" is not a status (pipeline, implementation, finalisation, closed, "
                                          "cancelled, suspended)")
                                           .arg(s));
    }
    if (const QString s = cell(ImportField::Modality); !s.isEmpty()) {
        if (auto v = codeOrLabel<Modality>(s))
            p.modality = *v;
        else
            warning(ImportField::Modality, tr("\"%1\" is not a modality; left unknown").arg(s));
    }
    if (const QString s = cell(ImportField::FundingChannel); !s.isEmpty()) {
        if (auto v = codeOrLabel<FundingChannel>(s))
            p.fundingChannel = *v;
        else
            warning(ImportField::FundingChannel, tr("\"%1\" is not a funding channel; left unknown").arg(s));
    }
    if (const QString s = cell(ImportField::Sector); !s.isEmpty()) {
        for (const QString &code : splitCodes(s)) {
            if (!reference::sector(code))
                warning(ImportField::Sector, tr("\"%1\" is not a DAC 5-digit purpose code; kept as written").arg(code));
            p.sectors.append({code, QStringLiteral("1"), std::nullopt});
        }
    }
    if (const QString s = cell(ImportField::Sdg); !s.isEmpty()) {
        for (QString code : splitCodes(s)) {
            if (code.startsWith(QLatin1String("SDG"), Qt::CaseInsensitive))
                code.remove(0, 3);
            bool isGoal = false;
            const int goal = code.toInt(&isGoal);
            if (isGoal && goal >= 1 && goal <= 17)
                p.sdgs.append({goal, QString()});
            else if (const auto *t = reference::sdgTarget(code))
                p.sdgs.append({t->goal, t->code});
            else
                error(ImportField::Sdg, tr("\"%1\" is not an SDG goal (1-17) or target (e.g. 11.6)").arg(code));
        }
    }
    return true;
}

} // namespace c2c

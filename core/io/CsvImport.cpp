#include "CsvImport.h"

#include "CsvReader.h"
#include "CsvRowReader.h"

#include <QFile>
#include <QFileInfo>

namespace c2c {

namespace {

// The first record's cells (quotes are rare in header rows; good enough to detect).
QStringList roughFirstRecord(const QByteArray &text, QChar delimiter)
{
    CsvReader reader(text.left(64 * 1024), char(delimiter.toLatin1()));
    QStringList fields;
    reader.next(fields);
    return fields;
}

bool looksNumeric(const QString &cell)
{
    const QString t = cell.trimmed();
    if (t.isEmpty())
        return false;
    for (QChar c : t)
        if (!c.isDigit() && c != QLatin1Char(',') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return false;
    return true;
}

} // namespace

QList<QStringList> CsvDocument::firstRows(int count) const
{
    QList<QStringList> rows;
    CsvReader reader(text, char(delimiter.toLatin1()));
    QStringList fields;
    if (hasHeader)
        reader.next(fields);
    while (rows.size() < count && reader.next(fields))
        if (!(fields.size() == 1 && fields.first().isEmpty()))
            rows.append(fields);
    return rows;
}

QChar CsvImport::detectDelimiter(const QByteArray &utf8)
{
    // The delimiter that splits the first line into the most cells; commas win ties.
    const qsizetype end = utf8.indexOf('\n');
    const QByteArray firstLine = utf8.left(end < 0 ? utf8.size() : end);
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (QChar d : {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')}) {
        const qsizetype n = roughFirstRecord(firstLine, d).size();
        if (n > bestCount + (d == QLatin1Char(',') ? 0 : 0)) {
            best = d;
            bestCount = n;
        }
    }
    return best;
}

Result<CsvDocument> CsvImport::load(const QString &path, const CsvOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<CsvDocument>::failure(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    return fromBytes(file.readAll(), path, options);
}

Result<CsvDocument> CsvImport::fromBytes(const QByteArray &bytes, const QString &name, const CsvOptions &options)
{
    using R = Result<CsvDocument>;
    const QString shown = QFileInfo(name).fileName();
    if (bytes.isEmpty())
        return R::failure(tr("%1: the file is empty.").arg(shown));
    if (TextDecoding::looksBinary(bytes))
        return R::failure(tr("%1, line 1: this is not a text file (it contains binary data); save the spreadsheet as CSV.")
                              .arg(shown));
    TextEncoding encoding = options.encoding;
    auto text = TextDecoding::toUtf8(bytes, encoding);
    if (!text)
        return R::failure(QStringLiteral("%1, %2").arg(shown, text.error()));
    auto doc = fromUtf8(std::move(text).value(), name, options);
    if (doc) {
        doc.value().encoding = encoding;
        doc.value().sizeBytes = bytes.size();
    }
    return doc;
}

Result<CsvDocument> CsvImport::fromText(QString text, const QString &name, const CsvOptions &options)
{
    return fromUtf8(text.toUtf8(), name, options);
}

Result<CsvDocument> CsvImport::fromUtf8(QByteArray text, const QString &name, const CsvOptions &options)
{
    using R = Result<CsvDocument>;
    CsvDocument doc;
    doc.file = name;
    const qsizetype bom = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (QByteArrayView(text).sliced(bom).trimmed().isEmpty())
        return R::failure(tr("%1: there is nothing to import.").arg(QFileInfo(name).fileName()));
    doc.delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;
    const QStringList first = roughFirstRecord(text, doc.delimiter);
    if (options.hasHeader) {
        doc.hasHeader = *options.hasHeader;
    } else {
        // A header names at least one known field and holds no numbers.
        bool known = false, numeric = false;
        for (const QString &cell : first) {
            known = known || ColumnMapping::suggestField(cell) != ImportField::Ignore;
            numeric = numeric || looksNumeric(cell);
        }
        doc.hasHeader = known && !numeric;
    }
    if (doc.hasHeader) {
        for (const QString &h : first)
            doc.header.append(h.trimmed());
    } else {
        for (qsizetype i = 1; i <= first.size(); ++i)
            doc.header.append(QString::number(i));
    }
    doc.text = std::move(text);
    doc.sizeBytes = doc.text.size();
    return doc;
}

QList<ImportIssue> CsvImport::checkMapping(const CsvDocument &doc, const ColumnMapping &mapping, const CsvRowOptions &)
{
    QList<ImportIssue> issues;
    auto error = [&](const QString &message) { issues.append({ImportIssue::Error, doc.file, 0, {}, message}); };
    const bool title = mapping.has(ImportField::Title) || mapping.has(ImportField::TitleKo) || mapping.has(ImportField::TitleEn);
    if (!title && !mapping.has(ImportField::Key))
        error(tr("no column is mapped to a title or a key; map at least one."));
    for (int f = 1; f < int(ImportField::Count); ++f)
        if (mapping.columns.count(ImportField(f)) > 1)
            error(tr("%1 is mapped to more than one column.").arg(ColumnMapping::label(ImportField(f))));
    return issues;
}

void CsvImport::read(const CsvDocument &doc, const ColumnMapping &mapping, const CsvRowOptions &options,
                     const ItemSink &sink, QList<ImportIssue> &issues)
{
    const QList<ImportIssue> mappingIssues = checkMapping(doc, mapping, options);
    issues += mappingIssues;
    if (!mappingIssues.isEmpty())
        return;
    CsvRowReader rows(doc, mapping, options, issues);
    CsvReader reader(doc.text, char(doc.delimiter.toLatin1()));
    CsvRecord record;
    if (doc.hasHeader)
        reader.next(record);
    while (reader.next(record)) {
        if (record.isBlank())
            continue; // blank line
        ImportItem item;
        if (rows.convert(record, reader.recordLine(), item))
            sink(std::move(item));
    }
    if (!reader.error().isEmpty())
        issues.append({ImportIssue::Error, doc.file, 0, {}, reader.error()});
}

} // namespace c2c

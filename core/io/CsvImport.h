#pragma once
// Spreadsheet data saved as CSV or pasted from the clipboard: the text is
// decoded (UTF-8 with or without BOM, CP949), the delimiter (comma,
// semicolon, tab) and the header row are detected, and each record becomes a
// project through a ColumnMapping. Reading changes nothing; ImportWriter writes.
#include "ColumnMapping.h"
#include "ImportTypes.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <optional>

namespace c2c {

struct CsvOptions {
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter;               // null: detect
    std::optional<bool> hasHeader; // empty: detect
};

struct CsvDocument {
    QString file; // the path, or a name such as "clipboard" for pasted text
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    bool hasHeader = true;
    QByteArray text; // in UTF-8, whatever the file's encoding was
    QStringList header; // the header row, or "1", "2", ... when there is none
    qsizetype sizeBytes = 0;

    // The first rows after the header, for a preview (the header itself excluded).
    QList<QStringList> firstRows(int count) const;
};

struct CsvRowOptions {
    QString defaultCurrency; // for amounts that name no currency, when there is no currency column
    QString keyPrefix;       // keys of rows without a key column: prefix + a hash of the row's identity
};

class CsvImport {
    Q_DECLARE_TR_FUNCTIONS(c2c::CsvImport)

public:
    static Result<CsvDocument> load(const QString &path, const CsvOptions &options = {});
    static Result<CsvDocument> fromBytes(const QByteArray &bytes, const QString &name, const CsvOptions &options = {});
    // Text already decoded, e.g. the clipboard (tab-separated when it comes from a spreadsheet).
    static Result<CsvDocument> fromText(QString text, const QString &name, const CsvOptions &options = {});

    static QChar detectDelimiter(const QByteArray &utf8);

    // Reads every record through the mapping into sink; problems go to issues
    // (errors for what cannot be imported, warnings for what was imported with a doubt).
    static void read(const CsvDocument &doc, const ColumnMapping &mapping, const CsvRowOptions &options,
                     const ItemSink &sink, QList<ImportIssue> &issues);
    // Problems with the mapping itself (e.g. no title and no key), as errors.
    static QList<ImportIssue> checkMapping(const CsvDocument &doc, const ColumnMapping &mapping, const CsvRowOptions &options);

private:
    static Result<CsvDocument> fromUtf8(QByteArray text, const QString &name, const CsvOptions &options);
};

} // namespace c2c

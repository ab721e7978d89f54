#pragma once
// One spreadsheet record to one project, through the column mapping. Every
// cell that cannot be read becomes an issue naming the line and the column;
// an empty cell is unknown, never zero.
#include "CsvImport.h"
#include "CsvReader.h"

#include <QHash>
#include <array>

namespace c2c {

class CsvRowReader {
    Q_DECLARE_TR_FUNCTIONS(c2c::CsvImport)

public:
    CsvRowReader(const CsvDocument &doc, const ColumnMapping &mapping, const CsvRowOptions &options,
                 QList<ImportIssue> &issues);
    // False when the record has an error (the issue is recorded) and must not be imported.
    bool convert(const CsvRecord &record, int line, ImportItem &item);

private:
    QString cell(ImportField field) const;
    void error(ImportField field, const QString &message);
    void warning(ImportField field, const QString &message);
    bool readPeriod(Project &p);
    bool readCountries(Project &p);
    bool readBudget(Project &p);
    bool readCodes(Project &p);
    void generateKey(ImportItem &item);

    const CsvDocument &m_doc;
    const ColumnMapping &m_mapping;
    const CsvRowOptions &m_options;
    QList<ImportIssue> &m_issues;
    std::array<int, std::size_t(ImportField::Count)> m_column{};
    const CsvRecord *m_record = nullptr;
    int m_line = 0;
    bool m_failed = false;
    QHash<QString, int> m_generatedKeys; // how often each generated key was given in this file
    // Short cells of fields whose values repeat (names of actors, codes, years), made into text
    // once and shared by every project that has them: a million rows name a few hundred actors.
    mutable QHash<QByteArray, QString> m_repeated;
};

} // namespace c2c

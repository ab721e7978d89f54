#pragma once
// RFC 4180 records: fields quoted when they hold the delimiter, a quote or a
// line break; quotes doubled; CRLF between records. Cells a spreadsheet would
// run as a formula (starting with =, +, -, @, tab or CR) are neutralised with
// a leading apostrophe, so an exported file cannot execute anything.
#include <QString>
#include <QStringList>

namespace c2c {

class CsvWriter {
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','), bool neutraliseFormulas = true)
        : m_delimiter(delimiter), m_neutralise(neutraliseFormulas)
    {
    }
    QString field(const QString &value) const;
    QString row(const QStringList &fields) const; // ends with CRLF

private:
    QChar m_delimiter;
    bool m_neutralise;
};

} // namespace c2c

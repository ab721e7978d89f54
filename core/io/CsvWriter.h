#pragma once
// RFC 4180 records: fields quoted when they hold the delimiter, a quote or a
// line break; quotes doubled; CRLF between records. Cells a spreadsheet would
// run as a formula (starting with =, +, -, @, tab or CR) are neutralised with
// a leading apostrophe, so an exported file cannot execute anything; a plain
// number such as -12.50 stays a number.
#include <QString>
#include <QStringList>
#include <string>
#include <string_view>

namespace c2c {

class CsvWriter {
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','), bool neutraliseFormulas = true)
        : m_delimiter(delimiter), m_neutralise(neutraliseFormulas)
    {
    }
    QString field(const QString &value) const;
    QString row(const QStringList &fields) const; // ends with CRLF

    // The same for UTF-8 text, appended to out (the exporters' fast path).
    void appendField(std::string &out, std::string_view value) const;
    template <class Cells>
    void appendRow(std::string &out, const Cells &cells) const
    {
        bool first = true;
        for (const auto &cell : cells) {
            if (!first)
                out += char(m_delimiter.unicode());
            first = false;
            appendField(out, cell);
        }
        out += "\r\n";
    }

    static bool isPlainNumber(std::string_view value);
    static bool startsLikeFormula(char first);

private:
    QChar m_delimiter;
    bool m_neutralise;
};

} // namespace c2c

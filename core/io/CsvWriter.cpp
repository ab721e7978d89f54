#include "CsvWriter.h"

namespace c2c {

bool CsvWriter::isPlainNumber(std::string_view v)
{
    std::size_t i = 0;
    if (i < v.size() && v[i] == '-')
        ++i;
    const std::size_t digits = i;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9')
        ++i;
    if (i == digits)
        return false;
    if (i < v.size() && v[i] == '.') {
        const std::size_t fraction = ++i;
        while (i < v.size() && v[i] >= '0' && v[i] <= '9')
            ++i;
        if (i == fraction)
            return false;
    }
    return i == v.size();
}

bool CsvWriter::startsLikeFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void CsvWriter::appendField(std::string &out, std::string_view v) const
{
    const bool neutralise = m_neutralise && !v.empty() && startsLikeFormula(v.front()) && !isPlainNumber(v);
    const char delimiter = char(m_delimiter.unicode());
    const bool quote = v.find_first_of(std::string_view("\"\n\r", 3)) != std::string_view::npos
                       || v.find(delimiter) != std::string_view::npos;
    if (!quote && !neutralise) {
        out += v;
        return;
    }
    if (quote)
        out += '"';
    if (neutralise)
        out += '\'';
    for (char c : v) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quote)
        out += '"';
}

QString CsvWriter::field(const QString &value) const
{
    std::string out;
    appendField(out, value.toStdString());
    return QString::fromStdString(out);
}

QString CsvWriter::row(const QStringList &fields) const
{
    QString out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            out += m_delimiter;
        out += field(fields[i]);
    }
    return out + QStringLiteral("\r\n");
}

} // namespace c2c

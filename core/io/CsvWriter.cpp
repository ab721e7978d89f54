#include "CsvWriter.h"

#include <QRegularExpression>

namespace c2c {

QString CsvWriter::field(const QString &value) const
{
    QString v = value;
    // A plain number (e.g. -12.50) is data, not a formula: it stays a number for the spreadsheet.
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (m_neutralise && !v.isEmpty() && !number.match(v).hasMatch()) {
        const QChar first = v.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(m_delimiter) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
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

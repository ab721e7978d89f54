#include "CsvReader.h"

#include <QCoreApplication>

namespace c2c {

CsvReader::CsvReader(QString text, QChar delimiter) : m_text(std::move(text)), m_delimiter(delimiter)
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_pos = 1;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (m_pos >= m_text.size())
        return false;
    m_recordLine = m_line;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                    field.append(c);
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                m_error = QCoreApplication::translate("c2c::CsvReader",
                                                      "line %1: a quote in the middle of an unquoted field")
                              .arg(m_line);
                return false;
            }
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == m_delimiter) {
            fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            fields.append(field);
            return true;
        } else {
            if (fieldWasQuoted) {
                m_error = QCoreApplication::translate("c2c::CsvReader",
                                                      "line %1: text after the closing quote of a field")
                              .arg(m_line);
                return false;
            }
            field.append(c);
        }
    }
    if (quoted) {
        m_error = QCoreApplication::translate("c2c::CsvReader", "line %1: a quoted field is never closed")
                      .arg(m_recordLine);
        return false;
    }
    fields.append(field);
    return true;
}

} // namespace c2c

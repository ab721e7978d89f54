#include "CsvReader.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace c2c {

CsvReader::CsvReader(QByteArray utf8, char delimiter) : m_text(std::move(utf8)), m_delimiter(delimiter)
{
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

CsvReader::CsvReader(const QString &text, QChar delimiter) : CsvReader(text.toUtf8(), char(delimiter.toLatin1())) {}

bool CsvReader::fail(const char *message, int line)
{
    m_error = QCoreApplication::translate("c2c::CsvReader", message).arg(line);
    return false;
}

bool CsvReader::next(CsvRecord &record)
{
    record.m_cells.clear();
    record.m_undoubled.clear();
    record.m_text = m_text.constData();
    const qsizetype size = m_text.size();
    if (m_pos >= size)
        return false;
    m_recordLine = m_line;
    const char *const text = m_text.constData();
    const char delimiter = m_delimiter;
    qsizetype pos = m_pos;
    while (true) {
        CsvRecord::Cell cell;
        if (pos < size && text[pos] == '"') {
            // Quoted: up to the quote that is not doubled; line breaks belong to the cell.
            qsizetype from = ++pos;
            bool doubled = false;
            while (true) {
                const char *quote = static_cast<const char *>(std::memchr(text + pos, '"', std::size_t(size - pos)));
                const qsizetype at = quote ? quote - text : size;
                m_line += int(std::count(text + pos, text + at, '\n'));
                if (!quote) {
                    m_pos = size;
                    return fail(QT_TRANSLATE_NOOP("c2c::CsvReader", "line %1: a quoted field is never closed"),
                                m_recordLine);
                }
                if (at + 1 < size && text[at + 1] == '"') { // a doubled quote stands for one
                    if (!doubled) {
                        cell.from = record.m_undoubled.size();
                        doubled = true;
                    }
                    record.m_undoubled.append(text + from, at + 1 - from);
                    pos = from = at + 2;
                    continue;
                }
                if (doubled) {
                    record.m_undoubled.append(text + from, at - from);
                    cell.size = record.m_undoubled.size() - cell.from;
                    cell.undoubled = true;
                } else {
                    cell.from = from;
                    cell.size = at - from;
                }
                pos = at + 1;
                break;
            }
            if (pos < size && text[pos] != delimiter && text[pos] != '\r' && text[pos] != '\n') {
                m_pos = pos;
                return fail(QT_TRANSLATE_NOOP("c2c::CsvReader", "line %1: text after the closing quote of a field"),
                            m_line);
            }
        } else {
            cell.from = pos;
            while (pos < size) {
                const char c = text[pos];
                if (c == delimiter || c == '\r' || c == '\n')
                    break;
                if (c == '"') {
                    m_pos = pos;
                    return fail(QT_TRANSLATE_NOOP("c2c::CsvReader", "line %1: a quote in the middle of an unquoted field"),
                                m_line);
                }
                ++pos;
            }
            cell.size = pos - cell.from;
        }
        record.m_cells.push_back(cell);
        if (pos >= size) {
            m_pos = size;
            return true;
        }
        const char c = text[pos++];
        if (c == delimiter)
            continue;
        // The end of the record: CRLF, LF or CR.
        if (c == '\r' && pos < size && text[pos] == '\n')
            ++pos;
        ++m_line;
        m_pos = pos;
        return true;
    }
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (!next(m_scratch))
        return false;
    fields.reserve(m_scratch.size());
    for (qsizetype i = 0; i < m_scratch.size(); ++i)
        fields.append(m_scratch.text(i));
    return true;
}

} // namespace c2c

#pragma once
// RFC 4180 records from UTF-8 text: quoted fields may hold delimiters, doubled
// quotes and line breaks; CRLF, LF and CR end a record. Knows the line each
// record started on, so that errors can name it. Cells are read as views of the
// text, without a copy, so that a million-row file costs little more than its
// bytes; only cells holding doubled quotes are copied, once, to undouble them.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace c2c {

// The cells of one record: views valid until the reader reads the next one.
class CsvRecord {
public:
    qsizetype size() const { return qsizetype(m_cells.size()); }
    QByteArrayView at(qsizetype i) const
    {
        const Cell &c = m_cells[std::size_t(i)];
        return QByteArrayView((c.undoubled ? m_undoubled.constData() : m_text) + c.from, c.size);
    }
    QString text(qsizetype i) const { return QString::fromUtf8(at(i)); }
    // A line with nothing on it, or only spaces.
    bool isBlank() const { return size() == 1 && QByteArrayView(at(0)).trimmed().isEmpty(); }

private:
    friend class CsvReader;
    struct Cell {
        qsizetype from = 0;
        qsizetype size = 0;
        bool undoubled = false; // in m_undoubled rather than in the text
    };
    std::vector<Cell> m_cells;
    const char *m_text = nullptr;
    QByteArray m_undoubled;
};

class CsvReader {
public:
    // The text in UTF-8 (held, not copied); a leading byte order mark is skipped.
    explicit CsvReader(QByteArray utf8, char delimiter = ',');
    explicit CsvReader(const QString &text, QChar delimiter = QLatin1Char(','));

    // Reads the next record; false at the end of the text or on a malformed record.
    bool next(CsvRecord &record);
    bool next(QStringList &fields);
    int recordLine() const { return m_recordLine; } // 1-based line the last record started on
    bool atEnd() const { return m_pos >= m_text.size(); }
    const QString &error() const { return m_error; } // set when a record is malformed

private:
    bool fail(const char *message, int line);

    QByteArray m_text;
    char m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
    CsvRecord m_scratch; // for next(QStringList &)
};

} // namespace c2c

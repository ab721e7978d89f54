#pragma once
// RFC 4180 records from text: quoted fields may hold delimiters, doubled quotes
// and line breaks; CRLF and LF both end a record. Knows the line each record
// started on, so that errors can name it.
#include <QString>
#include <QStringList>

namespace c2c {

class CsvReader {
public:
    explicit CsvReader(QString text, QChar delimiter = QLatin1Char(','));

    // Reads the next record into fields; false at the end of the text or on a malformed record.
    bool next(QStringList &fields);
    int recordLine() const { return m_recordLine; } // 1-based line the last record started on
    bool atEnd() const { return m_pos >= m_text.size(); }
    const QString &error() const { return m_error; } // set when a record is malformed

private:
    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
};

} // namespace c2c

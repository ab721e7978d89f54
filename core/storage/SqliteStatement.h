#pragma once
// Direct access to the SQLite connection behind a Database, for the bulk paths
// (loading a million-project snapshot, bulk inserts) where Qt Sql's per-value
// QVariant costs more than the work itself. Everything else uses Qt Sql.
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <cstdint>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace c2c {

class Database;

class SqliteStatement {
public:
    SqliteStatement(Database &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }

    // Advances to the next row; false at the end or on error (then error() says why).
    bool next();
    bool isNull(int column) const;
    bool isInteger(int column) const;
    std::int64_t int64(int column) const;
    std::string_view text(int column) const; // UTF-8, valid until the next call to next()
    QString qtext(int column) const;

    void reset();
    // Parameters count from 1, as SQLite counts. Text is copied into a buffer the statement keeps
    // for each parameter, so that a million rows bound one after the other allocate nothing.
    void bind(int index, std::int64_t value);
    void bind(int index, std::string_view utf8);
    void bind(int index, QStringView text);
    void bindNull(int index);
    // Executes a statement that returns no rows; then resets it for the next use. The
    // parameters keep their values: bind every one again before the next execute().
    Status execute();
    std::int64_t lastInsertId() const;
    int changes() const; // rows changed by the last execute()

private:
    QByteArray &buffer(int index);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    std::vector<QByteArray> m_text; // the text bound to each parameter
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace c2c

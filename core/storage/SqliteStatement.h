#pragma once
// Direct access to the SQLite connection behind a Database, for the bulk paths
// (loading a million-project snapshot, bulk inserts) where Qt Sql's per-value
// QVariant costs more than the work itself. Everything else uses Qt Sql.
#include "domain/Result.h"

#include <QString>
#include <cstdint>
#include <string_view>

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
    void bind(int index, std::int64_t value);          // 1-based, as SQLite counts
    void bind(int index, std::string_view utf8);        // copied by SQLite
    void bindNull(int index);
    // Executes a statement that returns no rows; then resets it for the next use.
    Status execute();
    std::int64_t lastInsertId() const;
    int changes() const; // rows changed by the last execute()

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace c2c

#include "SqliteStatement.h"

#include "Database.h"

#include <QSqlDriver>
#include <QVariant>
#include <cstring>
#include <sqlite3.h>

namespace c2c {

static sqlite3 *handleOf(Database &db)
{
    const QVariant v = db.sql().driver()->handle();
    if (v.isValid() && std::strcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

SqliteStatement::SqliteStatement(Database &db, const char *sql) : m_db(handleOf(db))
{
    if (!m_db) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool SqliteStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool SqliteStatement::isInteger(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

std::int64_t SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string_view SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

QString SqliteStatement::qtext(int column) const
{
    const std::string_view t = text(column);
    return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

std::int64_t SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

Status SqliteStatement::execute()
{
    if (!m_stmt)
        return Status::failure(m_error);
    const int rc = sqlite3_step(m_stmt);
    Status st;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        st = Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
    reset();
    return st;
}

} // namespace c2c

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

QByteArray &SqliteStatement::buffer(int index)
{
    if (m_text.size() <= std::size_t(index))
        m_text.resize(std::size_t(index) + 1);
    return m_text[std::size_t(index)];
}

// The buffers outlive the binding (SQLITE_STATIC): SQLite reads them when the statement runs.
void SqliteStatement::bind(int index, std::string_view utf8)
{
    QByteArray &b = buffer(index);
    b.resize(qsizetype(utf8.size()));
    if (!utf8.empty())
        std::memcpy(b.data(), utf8.data(), utf8.size());
    sqlite3_bind_text(m_stmt, index, b.constData(), static_cast<int>(b.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, QStringView text)
{
    QByteArray &b = buffer(index);
    b.resize(m_utf8.requiredSpace(text.size()));
    char *end = m_utf8.appendToBuffer(b.data(), text);
    b.truncate(end - b.data());
    sqlite3_bind_text(m_stmt, index, b.constData(), static_cast<int>(b.size()), SQLITE_STATIC);
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
    sqlite3_reset(m_stmt);
    return st;
}

} // namespace c2c

#include "BulkImportSettings.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <climits>

namespace c2c {

namespace {

QString journalMode(Database &db, const char *mode)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(QLatin1String(mode))) || !q.next())
        return {};
    return q.value(0).toString().toLower();
}

} // namespace

BulkImportSettings::BulkImportSettings(Database &db, int smallPortfolio) : m_db(db)
{
    if (m_db.isReadOnly())
        return;
    // 32 MB holds the hot pages of a million keys' index. A larger cache is slower, not faster:
    // each new page is a fresh allocation, where a full cache writes out and reuses its pages.
    m_db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    bool small = false;
    {
        QSqlQuery q(m_db.sql());
        small = q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM project LIMIT 1 OFFSET %1)").arg(smallPortfolio - 1))
                && q.next() && q.value(0).toBool();
    }
    if (!small)
        return;
    // Another connection to the file keeps the log: no waiting for it.
    m_db.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    m_rollbackJournal = journalMode(m_db, "DELETE") == QLatin1String("delete");
    m_db.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (m_rollbackJournal)
        m_db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

BulkImportSettings::~BulkImportSettings()
{
    if (m_db.isReadOnly())
        return;
    if (m_rollbackJournal) {
        journalMode(m_db, "WAL");
        m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_db.exec(QStringLiteral("PRAGMA cache_size = -2000"));
}

Status BulkImportSettings::checkReferences()
{
    // Every table, every row: what SQLite checks row by row when foreign keys are on.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Status::failure(m_db.failureOf(q.lastError(), tr("Cannot check the references in %1").arg(m_db.path())));
    if (!q.next())
        return {};
    // (Tables without rowid give no row number: the table and what it refers to say enough.)
    const QString table = q.value(0).toString();
    const QString parent = q.value(2).toString();
    qint64 rows = 1;
    while (q.next())
        ++rows;
    const QString message =
        tr("%n row(s) refer to rows that are not there (the first: a row of the table %1, to the table %2); "
           "nothing was imported.",
           nullptr, int(std::min<qint64>(rows, INT_MAX)))
            .arg(table, parent);
    return Status::failure(message);
}

} // namespace c2c

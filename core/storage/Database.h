#pragma once
// The durable store of a portfolio: an SQLite file (WAL, foreign keys on).
// The schema is versioned with PRAGMA user_version; opening a file migrates it
// step by step (each step in its own transaction, after a backup copy) and
// refuses files written by a newer version of the application.
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QSqlQuery;

namespace c2c {

class Database {
    Q_DECLARE_TR_FUNCTIONS(c2c::Database)

public:
    // The schema version this build writes. Migrations exist for 0 -> 1 -> ... -> SchemaVersion.
    static constexpr int SchemaVersion = 4;
    // 'C2CP': marks the file as ours, so that another program's database is not mistaken for a portfolio.
    static constexpr int ApplicationId = 0x43324350;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates the portfolio at path.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    QSqlDatabase &sql() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // Where the copy made before the last migration went; empty if none was needed.
    const QString &backupPath() const { return m_backupPath; }

    // Runs work in one transaction: committed when it succeeds, rolled back otherwise.
    Status transaction(const std::function<Status()> &work);

    // Executes a statement, turning an SQL failure into a message naming what failed.
    Status exec(const QString &statement);
    // Writes a consistent copy of the whole database to a new file (SQLite's VACUUM INTO).
    Status copyTo(const QString &path);
    static QString errorOf(const QSqlQuery &query);

    // Key-value settings stored in the portfolio itself (name, reporting currency).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Database() = default;
    Status migrate();
    Status backup(int fromVersion);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_backupPath;
};

} // namespace c2c

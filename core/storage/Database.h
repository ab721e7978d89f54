#pragma once
// The durable store of a portfolio: an SQLite file (WAL, foreign keys on).
// The schema is versioned with PRAGMA user_version; opening a file migrates it
// step by step (each step in its own transaction, after a backup copy) and
// refuses files written by a newer version of the application. A file this user
// may read but not write opens read-only: every write is refused with a message
// naming the file.
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace c2c {

class Database {
    Q_DECLARE_TR_FUNCTIONS(c2c::Database)

public:
    // The schema version this build writes. Migrations exist for 0 -> 1 -> ... -> SchemaVersion.
    static constexpr int SchemaVersion = 5;
    // 'C2CP': marks the file as ours, so that another program's database is not mistaken for a portfolio.
    static constexpr int ApplicationId = 0x43324350;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Access { ReadWrite, ReadOnly };
    // Opens and migrates the portfolio at path; a new file is created only in an existing, writable
    // folder. A file this user cannot write opens read-only, as does any file asked for ReadOnly.
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access = Access::ReadWrite);

    QSqlDatabase &sql() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // Where the copy made before the last migration went; empty if none was needed. A failed
    // upgrade tried again reuses the copy of its first attempt (backupReused()).
    const QString &backupPath() const { return m_backupPath; }
    bool backupReused() const { return m_backupReused; }

    // Opened read-only: the file (or its folder) is not writable for this user.
    bool isReadOnly() const { return m_readOnly; }
    // Why, e.g. "the file is not writable" (translated); empty when writable.
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    // Fails, naming the file, when it is open read-only.
    Status checkWritable() const;

    // Runs work in one transaction: committed when it succeeds, rolled back otherwise. The
    // write lock is taken first, so a file another program is writing is reported as locked
    // before any work is done.
    Status transaction(const std::function<Status()> &work);

    // Executes a statement, turning an SQL failure into a message naming what failed.
    Status exec(const QString &statement);
    // Writes a consistent copy of the whole database to a new file (SQLite's VACUUM INTO).
    Status copyTo(const QString &path);
    static QString errorOf(const QSqlQuery &query);
    // A failed statement's message: what a person can fix (locked, permission, disk full)
    // said with the file's name and what to do, otherwise context followed by SQLite's text.
    QString failureOf(const QSqlError &error, const QString &context) const;

    // Key-value settings stored in the portfolio itself (name, reporting currency).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Database() = default;
    Status migrate();
    Status backup(int fromVersion);
    // A copy made for an earlier, failed attempt to upgrade this file from this version, if the file
    // has not changed since; empty otherwise.
    QString earlierBackup(int fromVersion) const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_backupPath;
    QString m_readOnlyReason;
    bool m_backupReused = false;
    bool m_readOnly = false;
};

} // namespace c2c

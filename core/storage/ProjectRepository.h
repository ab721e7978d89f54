#pragma once
// Projects in the database. Every write is one transaction; every update and
// delete names the version it read, so that a stale write (another window or
// process saved in between) is refused instead of silently overwriting.
#include "domain/Project.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <functional>
#include <memory>
#include <optional>

namespace c2c {

class Database;

class ProjectRepository {
    Q_DECLARE_TR_FUNCTIONS(c2c::ProjectRepository)

public:
    explicit ProjectRepository(Database &db);
    ~ProjectRepository();

    // Inserts the project (its id must be 0); sets id and version 1.
    Status create(Project &project);
    // Inserts many projects in one transaction (import, generation); all or nothing.
    // progress, if given, receives the number done so far.
    Status createMany(QList<Project> &projects, const std::function<void(qsizetype)> &progress = {});
    // Saves the project if the stored version is still project.version; bumps the version.
    Status update(Project &project);
    // Deletes the project if the stored version is still expectedVersion.
    Status remove(std::int64_t id, int expectedVersion);

    Result<Project> read(std::int64_t id) const;
    Result<Project> readByKey(const QString &key) const;
    std::int64_t idForKey(const QString &key) const;             // 0 when absent
    std::int64_t idForIatiIdentifier(const QString &ident) const; // 0 when absent
    Result<QList<Project>> readAll() const;
    // The stored version of a project and when and by whom it was written; none when deleted.
    struct LastWrite {
        int version = 0;
        QDateTime at;   // invalid for projects written before C2C Portfolio recorded it
        QString by;
    };
    std::optional<LastWrite> lastWrite(std::int64_t id) const;
    // The name written with every project write: the computer's user name.
    static QString writerName();
    qint64 count() const;

    // The same statements, without opening a transaction: for callers that
    // combine several writes into one transaction of their own.
    Status insertInTransaction(Project &project);
    Status updateInTransaction(Project &project);
    Status removeInTransaction(std::int64_t id, int expectedVersion);
    // Puts a deleted project back under its old id (undo of a delete) with version project.version + 1.
    Status restoreInTransaction(Project &project);

private:
    struct Statements;
    Statements &statements();
    Status insertProjectRow(Project &project);
    Status writeDetails(const Project &project);
    Status deleteDetails(std::int64_t id);
    Status readDetails(Project &project) const;

    Database &m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace c2c

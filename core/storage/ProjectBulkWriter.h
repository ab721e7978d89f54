#pragma once
// New projects written many at a time, for imports: each table gets one
// multi-row INSERT per few dozen rows instead of one statement per row, which
// is what makes a million-row import cost little more than SQLite's own
// .import. Ids are given when a project is added (the next free ones, as SQLite
// would give them), so that the caller can refer to a project at once.
#include "domain/Project.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <memory>
#include <vector>

namespace c2c {

class Database;
class SqliteStatement;
struct Binder;

class ProjectBulkWriter {
    Q_DECLARE_TR_FUNCTIONS(c2c::ProjectRepository)

public:
    explicit ProjectBulkWriter(Database &db);
    ~ProjectBulkWriter();

    // Inside the caller's transaction: reads the first free id. Call before the first add().
    Status start();
    // Gives the project its id and version 1. It is written by the next flush() and must
    // stay where it is until then; flush before anything reads or updates projects.
    Status add(Project &project);
    qsizetype pending() const { return m_pending.size(); }
    // Writes the projects added since the last flush. On failure, failedAt receives the
    // position, among them, of the project that could not be written.
    Status flush(qsizetype *failedAt = nullptr);

private:
    struct Table;
    // Binds one row: a project, or the element at a position of one of its lists.
    using RowBinder = std::function<void(Binder &, const Project &, int)>;
    Status writeRows(Table &table, const std::vector<std::pair<qsizetype, int>> &refs, const RowBinder &bind,
                     qsizetype *failedAt);

    Database &m_db;
    std::int64_t m_nextId = 0;
    QList<Project *> m_pending;
    std::vector<std::unique_ptr<Table>> m_tables;
};

} // namespace c2c

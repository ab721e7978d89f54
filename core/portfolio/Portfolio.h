#pragma once
// An open portfolio: the database, its repositories and the in-memory snapshot
// kept in step with every edit. Edits go to the database first (one
// transaction each); the snapshot changes only when the write succeeded, and
// then announces it, so views never show what was not saved.
#include "Snapshot.h"
#include "domain/DisplayUnit.h"
#include "domain/Project.h"
#include "domain/Result.h"
#include "storage/ActorRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/ProjectRepository.h"

#include <QObject>
#include <functional>
#include <memory>

namespace c2c {

class Portfolio : public QObject {
    Q_OBJECT

public:
    ~Portfolio() override;

    // Opens (creating and migrating as needed) the portfolio file and loads its snapshot.
    static Result<std::unique_ptr<Portfolio>> open(const QString &path,
                                                   const std::function<void(std::size_t, std::size_t)> &progress = {});

    Database &database() { return *m_db; }
    ProjectRepository &projects() { return m_projects; }
    ActorRepository &actors() { return m_actors; }
    ExchangeRateRepository &rates() { return m_rates; }
    const Snapshot &snapshot() const { return m_snapshot; }
    const QString &path() const { return m_db->path(); }

    QString name() const;
    Status setName(const QString &name);
    QString reportingCurrency() const { return m_snapshot.reportingCurrency; }
    Status setReportingCurrency(const QString &currency);
    // For this session only (e.g. one summary in KRW): the stored setting stays.
    void useReportingCurrency(const QString &currency);

    DisplayUnit displayUnit() const;
    Status setDisplayUnit(DisplayUnit unit);

    Status addProject(Project &project);
    Status addProjects(QList<Project> &projects, const std::function<void(qsizetype)> &progress = {});
    Status saveProject(Project &project);
    // Puts a deleted project back under its old id (undo).
    Status restoreProject(Project &project);
    Status deleteProject(std::int64_t id, int expectedVersion);
    // Re-reads actors and rates (after they were edited) and refreshes the snapshot.
    Status reloadActors();
    Status reloadRates();
    Status reload();

signals:
    void rowInserted(c2c::Row row);
    void rowChanged(c2c::Row row);
    void rowAboutToBeRemoved(c2c::Row row);
    void rowRemoved(c2c::Row row);
    // Everything may have changed (reload, new reporting currency, bulk import).
    void reset();

private:
    explicit Portfolio(std::unique_ptr<Database> db);
    // Brings the snapshot's actors up to date when projects name actors it does not know yet.
    Status syncActors(const QList<Project> &projects);
    // After a project was written (created or restored): the snapshot gains its row.
    Status appendWritten(const Status &written, const Project &project);
    std::unique_ptr<Database> m_db;
    ProjectRepository m_projects;
    ActorRepository m_actors;
    ExchangeRateRepository m_rates;
    Snapshot m_snapshot;
    DisplayUnit m_displayUnit = DisplayUnit::One; // read for every table cell: cached, not queried
};

} // namespace c2c

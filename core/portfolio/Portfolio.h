#pragma once
// An open portfolio: the database, its repositories and the in-memory snapshot
// kept in step with every edit. Edits go to the database first (one
// transaction each); the snapshot changes only when the write succeeded, and
// then announces it, so views never show what was not saved.
#include "ChangeSet.h"
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
                                                   const std::function<void(std::size_t, std::size_t)> &progress = {},
                                                   Database::Access access = Database::Access::ReadWrite);

    Database &database() { return *m_db; }
    ProjectRepository &projects() { return m_projects; }
    ActorRepository &actors() { return m_actors; }
    ExchangeRateRepository &rates() { return m_rates; }
    const Snapshot &snapshot() const { return m_snapshot; }
    const QString &path() const { return m_db->path(); }
    // The file could be read but not written (see Database::isReadOnly): every edit is refused.
    bool isReadOnly() const { return m_db->isReadOnly(); }

    QString name() const;
    Status setName(const QString &name);
    QString reportingCurrency() const { return m_snapshot.reportingCurrency; }
    Status setReportingCurrency(const QString &currency);
    // For this session only (e.g. one summary in KRW): the stored setting stays.
    void useReportingCurrency(const QString &currency);

    DisplayUnit displayUnit() const;
    Status setDisplayUnit(DisplayUnit unit);

    // Writes one user action's change in one transaction, conditional on the versions
    // (see ChangeSet). On success the change set holds the ids and versions written, the
    // snapshot is updated in place and changed() tells which rows changed; on failure
    // nothing was written and the message names the project (and the conflict, if any).
    Status apply(ChangeSet &changes);
    // For writes already made in a transaction of the caller's (an import): brings the
    // snapshot up to date with them and announces it.
    Status absorb(const ChangeSet &written);

    // One-project shorthands of apply(); save and delete are conditional on project.version.
    Status addProject(Project &project);
    Status addProjects(QList<Project> &projects, const std::function<void(qsizetype)> &progress = {});
    Status saveProject(Project &project);
    Status deleteProject(std::int64_t id, int expectedVersion);
    // The version of a project as this portfolio last read or wrote it; 0 when not in it.
    int knownVersion(std::int64_t id) const;
    // Re-reads actors and rates (after they were edited) and refreshes the snapshot.
    Status reloadActors();
    Status reloadRates();
    Status reload();

signals:
    // Rows were added, changed or removed by one change set; the snapshot is already updated.
    void changed(const c2c::SnapshotDelta &delta);
    // The rows are others (a reload after another program changed the file).
    void reset();
    // The reporting currency or display unit changed (column titles follow).
    void settingsChanged();

private:
    explicit Portfolio(std::unique_ptr<Database> db);
    // Brings the snapshot's actors up to date when projects name actors it does not know yet.
    Status syncActors(const QList<Project> &projects);
    // Reads the actors again into the snapshot's dictionary (rows keep pointing at the same actors).
    Status refreshActors();
    Status write(ChangeSet &w);
    // Every row's values may have changed, none was added or removed (a rename of an
    // actor, new exchange rates, another reporting currency).
    void announceAllChanged();
    // The message for a write that the file refused: names the project and, when someone
    // else changed or deleted it, says so.
    QString refusal(std::int64_t id, const QString &key, int expected, const QString &error) const;
    std::unique_ptr<Database> m_db;
    ProjectRepository m_projects;
    ActorRepository m_actors;
    ExchangeRateRepository m_rates;
    Snapshot m_snapshot;
    DisplayUnit m_displayUnit = DisplayUnit::One; // read for every table cell: cached, not queried
};

} // namespace c2c

#include "ProjectRepository.h"

#include "Database.h"
#include "OtherLanguages.h"
#include "SqlValues.h"
#include "ProjectRows.h"
#include "SqliteStatement.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace c2c {

namespace {

const char *const kDetailTables[] = {"project_country", "project_org", "project_sector", "project_sdg", "budget_line",
                                     "transaction_line", "planned_disbursement", "milestone", "source",
                                     "quality_note"};

const QString kProjectColumns = QStringLiteral(
    "key, iati_identifier, title_ko, title_en, description_ko, description_en, other_languages, lead_actor_id,"
    " start_date, start_actual, end_date, end_actual, status, modality, funding_channel, cooperation_forms,"
    " dimensions, regions, amount_as_printed, collaboration_type, aid_type");

template <class E>
E codeOr(const QVariant &v, E fallback)
{
    return fromCode<E>(v.toString()).value_or(fallback);
}

} // namespace

// The insert statements, prepared once per repository: imports and the
// generator write a million projects through them.
struct ProjectRepository::Statements {
    explicit Statements(Database &db)
        // OR FAIL rather than the default ABORT: the checks of a one-row insert all come before it
        // writes anything, so a failed insert leaves nothing to undo either way, and SQLite then
        // needs no statement journal (and its allocations) for each of a million rows.
        : project(db, "INSERT OR FAIL INTO project(key, iati_identifier, title_ko, title_en, description_ko, description_en,"
                      " other_languages, lead_actor_id, start_date, start_actual, end_date, end_actual, status, modality,"
                      " funding_channel, cooperation_forms, dimensions, regions, amount_as_printed, collaboration_type,"
                      " aid_type, modified_at, modified_by, version) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)"),
          country(db, "INSERT INTO project_country VALUES(?, ?, ?, ?, ?, ?)"),
          org(db, "INSERT INTO project_org VALUES(?, ?, ?, ?, ?, ?, ?)"),
          sector(db, "INSERT INTO project_sector VALUES(?, ?, ?, ?, ?)"),
          sdg(db, "INSERT INTO project_sdg VALUES(?, ?, ?, ?)"),
          budget(db, "INSERT INTO budget_line VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          transaction(db, "INSERT INTO transaction_line VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          planned(db, "INSERT INTO planned_disbursement VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
          milestone(db, "INSERT INTO milestone VALUES(?, ?, ?, ?, ?, ?)"),
          source(db, "INSERT INTO source VALUES(?, ?, ?, ?, ?)"),
          note(db, "INSERT INTO quality_note VALUES(?, ?, ?, ?, ?, ?)"),
          update(db, "UPDATE project SET key = ?, iati_identifier = ?, title_ko = ?, title_en = ?, description_ko = ?,"
                     " description_en = ?, other_languages = ?, lead_actor_id = ?, start_date = ?, start_actual = ?,"
                     " end_date = ?, end_actual = ?, status = ?, modality = ?, funding_channel = ?,"
                     " cooperation_forms = ?, dimensions = ?, regions = ?, amount_as_printed = ?,"
                     " collaboration_type = ?, aid_type = ?, modified_at = ?, modified_by = ?, version = version + 1"
                     " WHERE id = ? AND version = ?"),
          db(db)
    {
    }
    SqliteStatement project, country, org, sector, sdg, budget, transaction, planned, milestone, source, note, update;
    Database &db;
};

Status ProjectRepository::create(Project &project)
{
    Project copy = project;
    Status st = m_db.transaction([&] { return insertInTransaction(copy); });
    if (st)
        project = copy;
    return st;
}

Status ProjectRepository::createMany(QList<Project> &projects, const std::function<void(qsizetype)> &progress)
{
    QList<Project> copy = projects;
    Status st = m_db.transaction([&]() -> Status {
        for (qsizetype i = 0; i < copy.size(); ++i) {
            Status one = insertInTransaction(copy[i]);
            if (!one)
                return one;
            if (progress && (i % 1000 == 999 || i + 1 == copy.size()))
                progress(i + 1);
        }
        return {};
    });
    if (st)
        projects = std::move(copy);
    return st;
}

Status ProjectRepository::insertInTransaction(Project &project)
{
    if (project.id != 0)
        return Status::failure(tr("Project %1 is already stored.").arg(project.key));
    if (project.key.trimmed().isEmpty())
        return Status::failure(tr("A project needs a key."));
    Status st = insertProjectRow(project);
    if (!st)
        return st;
    project.version = 1;
    return writeDetails(project);
}

Status ProjectRepository::restoreInTransaction(Project &project)
{
    const std::int64_t wanted = project.id;
    // Versions only ever grow: a project put back is newer than the one that was deleted.
    const int version = std::max(project.version, 0) + 1;
    project.id = 0;
    Status inserted = insertProjectRow(project);
    if (!inserted) {
        project.id = wanted;
        return inserted;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE project SET id = ?, version = ? WHERE id = ?"));
    q.addBindValue(qint64(wanted ? wanted : project.id));
    q.addBindValue(version);
    q.addBindValue(qint64(project.id));
    if (!q.exec()) {
        const qint64 placeholder = project.id;
        project.id = wanted;
        if (wanted && placeholder != wanted)
            return Status::failure(tr("Project %1 cannot be put back: another project now has its place (%2).")
                                       .arg(project.key, Database::errorOf(q)));
        return Status::failure(tr("Cannot restore project %1: %2").arg(project.key, Database::errorOf(q)));
    }
    if (wanted)
        project.id = wanted;
    project.version = version;
    return writeDetails(project);
}

Status ProjectRepository::update(Project &project)
{
    Project copy = project;
    Status st = m_db.transaction([&] { return updateInTransaction(copy); });
    if (st)
        project = copy;
    return st;
}

Status ProjectRepository::updateInTransaction(Project &project)
{
    Statements &st = statements();
    Binder b{st.update};
    rows::project(b, project);
    b << project.id << project.version;
    Status result = st.update.execute();
    if (!result)
        return Status::failure(tr("Cannot save project %1: %2").arg(project.key, result.error()));
    if (st.update.changes() != 1) {
        if (!read(project.id).ok())
            return Status::failure(tr("Project %1 was deleted by someone else; it cannot be saved.").arg(project.key));
        return Status::failure(tr("Project %1 was changed by someone else since you opened it. "
                                  "Reload it and make your change again.")
                                   .arg(project.key));
    }
    Status details = deleteDetails(project.id);
    if (!details)
        return details;
    details = writeDetails(project);
    if (!details)
        return details;
    ++project.version;
    return {};
}

Status ProjectRepository::remove(std::int64_t id, int expectedVersion)
{
    return m_db.transaction([&] { return removeInTransaction(id, expectedVersion); });
}

Status ProjectRepository::removeInTransaction(std::int64_t id, int expectedVersion)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM project WHERE id = ? AND version = ?"));
    q.addBindValue(qint64(id));
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return Status::failure(tr("Cannot delete the project: %1").arg(Database::errorOf(q)));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The project was changed or deleted by someone else since you opened it."));
    return {};
}

Status ProjectRepository::deleteDetails(std::int64_t id)
{
    for (const char *table : kDetailTables) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE project_id = ?").arg(QLatin1String(table)));
        q.addBindValue(qint64(id));
        if (!q.exec())
            return Status::failure(tr("Cannot save the project: %1").arg(Database::errorOf(q)));
    }
    return {};
}

ProjectRepository::ProjectRepository(Database &db) : m_db(db) {}
ProjectRepository::~ProjectRepository() = default;

ProjectRepository::Statements &ProjectRepository::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db);
    return *m_statements;
}

Status ProjectRepository::insertProjectRow(Project &p)
{
    Statements &st = statements();
    Binder b{st.project};
    rows::project(b, p);
    Status result = st.project.execute();
    if (!result) {
        if (idForKey(p.key))
            return Status::failure(tr("A project with the key %1 already exists.").arg(p.key));
        return Status::failure(tr("Cannot save project %1: %2").arg(p.key, result.error()));
    }
    p.id = st.project.lastInsertId();
    return {};
}

Status ProjectRepository::writeDetails(const Project &p)
{
    Statements &st = statements();
    Status r;
    // Each detail list through its statement, one row per element.
    auto write = [&](SqliteStatement &s, const auto &list, auto row) {
        for (int i = 0; r && i < list.size(); ++i) {
            Binder b{s};
            row(b, p.id, i, list[i]);
            r = s.execute();
            if (!r)
                r = Status::failure(tr("Cannot save project %1: %2").arg(p.key, r.error()));
        }
    };
    write(st.country, p.countries, rows::country);
    write(st.org, p.organisations, rows::org);
    write(st.sector, p.sectors, rows::sector);
    write(st.sdg, p.sdgs, rows::sdg);
    write(st.budget, p.budget, rows::budget);
    write(st.transaction, p.transactions, rows::transaction);
    write(st.planned, p.plannedDisbursements, rows::planned);
    write(st.milestone, p.milestones, rows::milestone);
    write(st.source, p.sources, rows::source);
    write(st.note, p.qualityNotes, rows::note);
    return r;
}

Result<Project> ProjectRepository::read(std::int64_t id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, version, %1 FROM project WHERE id = ?").arg(kProjectColumns));
    q.addBindValue(qint64(id));
    if (!q.exec())
        return Result<Project>::failure(tr("Cannot read project %1: %2").arg(id).arg(Database::errorOf(q)));
    if (!q.next())
        return Result<Project>::failure(tr("There is no project with id %1.").arg(id));
    Project p;
    int c = 0;
    p.id = q.value(c++).toLongLong();
    p.version = q.value(c++).toInt();
    p.key = q.value(c++).toString();
    p.iatiIdentifier = q.value(c++).toString();
    p.title.ko = q.value(c++).toString();
    p.title.en = q.value(c++).toString();
    p.description.ko = q.value(c++).toString();
    p.description.en = q.value(c++).toString();
    otherlanguages::fromJson(q.value(c++).toString(), p);
    p.leadActorId = q.value(c++).toLongLong();
    p.period.start = sql::toPartialDate(q.value(c++));
    p.period.startActual = q.value(c++).toInt() != 0;
    p.period.end = sql::toPartialDate(q.value(c++));
    p.period.endActual = q.value(c++).toInt() != 0;
    p.status = codeOr(q.value(c++), ActivityStatus::Unknown);
    p.modality = codeOr(q.value(c++), Modality::Unknown);
    p.fundingChannel = codeOr(q.value(c++), FundingChannel::Unknown);
    p.cooperationForms = static_cast<std::uint32_t>(q.value(c++).toLongLong());
    p.dimensions = static_cast<std::uint32_t>(q.value(c++).toLongLong());
    const QString regions = q.value(c++).toString();
    p.regions = regions.isEmpty() ? QStringList() : regions.split(QLatin1Char(';'));
    p.amountAsPrinted = q.value(c++).toString();
    p.collaborationType = q.value(c++).toString();
    p.aidType = q.value(c++).toString();
    Status st = readDetails(p);
    if (!st)
        return Result<Project>::failure(st.error());
    return p;
}

Status ProjectRepository::readDetails(Project &p) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    auto select = [&](const char *sqlText) -> bool {
        q.prepare(QString::fromLatin1(sqlText));
        q.addBindValue(qint64(p.id));
        return q.exec();
    };
    auto failed = [&] { return Status::failure(tr("Cannot read project %1: %2").arg(p.key, Database::errorOf(q))); };

    if (!select("SELECT country, locality_ko, locality_en, share FROM project_country WHERE project_id = ? ORDER BY seq"))
        return failed();
    while (q.next())
        p.countries.append({q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), {}},
                            sql::toOptionalInt(q.value(3))});
    if (!select("SELECT actor_id, name_ko, name_en, ref, role FROM project_org WHERE project_id = ? ORDER BY seq"))
        return failed();
    while (q.next())
        p.organisations.append({q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString(), {}},
                                q.value(3).toString(), codeOr(q.value(4), OrgRole::Implementing)});
    if (!select("SELECT code, vocabulary, share FROM project_sector WHERE project_id = ? ORDER BY seq"))
        return failed();
    while (q.next())
        p.sectors.append({q.value(0).toString(), q.value(1).toString(), sql::toOptionalInt(q.value(2))});
    if (!select("SELECT goal, target FROM project_sdg WHERE project_id = ? ORDER BY seq"))
        return failed();
    while (q.next())
        p.sdgs.append({q.value(0).toInt(), q.value(1).toString()});
    if (!select("SELECT start_date, end_date, amount_minor, currency, type, status, value_date FROM budget_line "
                "WHERE project_id = ? ORDER BY seq"))
        return failed();
    // A money column holding anything but a whole number (a file changed by another
    // program) is refused by name: read as 0 it would silently change the figures.
    // The amount in a column of the current row; nullopt (and the message in damage) when damaged.
    QString damage;
    auto amountAt = [&](int column, const QString &what, int n) -> std::optional<std::int64_t> {
        const auto amount = sql::toWholeNumber(q.value(column));
        if (!amount)
            damage = tr("The portfolio file %1 is damaged: project %2, %3 %4 holds \"%5\" as its amount, "
                        "not a whole number of minor units. Correct it with a database tool or restore a backup.")
                         .arg(m_db.path(), p.key, what)
                         .arg(n)
                         .arg(q.value(column).toString());
        return amount;
    };
    int lineNumber = 0;
    while (q.next()) {
        const auto amount = amountAt(2, tr("budget line"), ++lineNumber);
        if (!amount)
            return Status::failure(damage);
        BudgetLine b;
        b.period.start = sql::toPartialDate(q.value(0));
        b.period.end = sql::toPartialDate(q.value(1));
        b.amount = Money(*amount, q.value(3).toString());
        b.type = codeOr(q.value(4), BudgetType::Original);
        b.status = codeOr(q.value(5), BudgetStatus::Indicative);
        b.valueDate = sql::toDate(q.value(6));
        p.budget.append(b);
    }
    if (!select("SELECT type, date, amount_minor, currency, value_date, description_ko, description_en "
                "FROM transaction_line WHERE project_id = ? ORDER BY seq"))
        return failed();
    lineNumber = 0;
    while (q.next()) {
        const auto amount = amountAt(2, tr("transaction"), ++lineNumber);
        if (!amount)
            return Status::failure(damage);
        p.transactions.append({codeOr(q.value(0), TransactionType::Disbursement), sql::toDate(q.value(1)),
                               Money(*amount, q.value(3).toString()), sql::toDate(q.value(4)),
                               {q.value(5).toString(), q.value(6).toString(), {}}});
    }
    if (!select("SELECT start_date, end_date, amount_minor, currency, type, value_date FROM planned_disbursement "
                "WHERE project_id = ? ORDER BY seq"))
        return failed();
    lineNumber = 0;
    while (q.next()) {
        const auto amount = amountAt(2, tr("planned disbursement"), ++lineNumber);
        if (!amount)
            return Status::failure(damage);
        PlannedDisbursement d;
        d.period.start = sql::toPartialDate(q.value(0));
        d.period.end = sql::toPartialDate(q.value(1));
        d.value = Money(*amount, q.value(3).toString());
        if (!q.value(4).isNull())
            d.type = fromCode<BudgetType>(q.value(4).toString());
        d.valueDate = sql::toDate(q.value(5));
        p.plannedDisbursements.append(d);
    }
    if (!select("SELECT title_ko, title_en, due, completion FROM milestone WHERE project_id = ? ORDER BY seq"))
        return failed();
    while (q.next())
        p.milestones.append({{q.value(0).toString(), q.value(1).toString(), {}}, sql::toDate(q.value(2)),
                             codeOr(q.value(3), Completion::NotStarted)});
    if (!select("SELECT citation, url, page FROM source WHERE project_id = ? ORDER BY seq"))
        return failed();
    while (q.next())
        p.sources.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!select("SELECT field, note_ko, note_en, severity FROM quality_note WHERE project_id = ? ORDER BY seq"))
        return failed();
    while (q.next())
        p.qualityNotes.append({q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), {}},
                               codeOr(q.value(3), Severity::Warning)});
    return {};
}

QString ProjectRepository::writerName()
{
    // Read once: every project written asks for it.
    static const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? tr("another user") : user;
}

std::optional<ProjectRepository::LastWrite> ProjectRepository::lastWrite(std::int64_t id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT version, modified_at, modified_by FROM project WHERE id = ?"));
    q.addBindValue(qint64(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return LastWrite{q.value(0).toInt(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString()};
}

Result<Project> ProjectRepository::readByKey(const QString &key) const
{
    const std::int64_t id = idForKey(key);
    if (!id)
        return Result<Project>::failure(tr("There is no project with the key %1.").arg(key));
    return read(id);
}

std::int64_t ProjectRepository::idForKey(const QString &key) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM project WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::int64_t ProjectRepository::idForIatiIdentifier(const QString &ident) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM project WHERE iati_identifier = ?"));
    q.addBindValue(ident);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<Project>> ProjectRepository::readAll() const
{
    QList<std::int64_t> ids;
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM project ORDER BY id")))
            return Result<QList<Project>>::failure(tr("Cannot read the projects: %1").arg(Database::errorOf(q)));
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    QList<Project> out;
    out.reserve(ids.size());
    for (auto id : ids) {
        auto p = read(id);
        if (!p)
            return Result<QList<Project>>::failure(p.error());
        out.append(std::move(p).value());
    }
    return out;
}

qint64 ProjectRepository::count() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM project")) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace c2c

#include "ProjectBulkWriter.h"

#include "Database.h"
#include "ProjectRepository.h"
#include "ProjectRows.h"
#include "SqliteStatement.h"

#include <map>

namespace c2c {

namespace {

// Rows per statement: enough that the statement's own cost is shared out, few enough
// that the largest (the project table's, 25 parameters a row) stays far below SQLite's limit.
constexpr std::size_t kRowsPerStatement = 64;

} // namespace

// One table's multi-row INSERT, prepared once for each number of rows it is used with.
struct ProjectBulkWriter::Table {
    const char *head;   // "INSERT ... VALUES"
    const char *values; // one row's "(?, ...)"
    int parameters;     // in one row
    std::map<std::size_t, std::unique_ptr<SqliteStatement>> statements;

    SqliteStatement &forRows(Database &db, std::size_t n)
    {
        auto &s = statements[n];
        if (!s) {
            QByteArray sql(head);
            for (std::size_t i = 0; i < n; ++i)
                sql.append(i ? ",\n" : " ").append(values);
            s = std::make_unique<SqliteStatement>(db, sql.constData());
        }
        return *s;
    }
};

ProjectBulkWriter::ProjectBulkWriter(Database &db) : m_db(db)
{
    // OR FAIL: the checks of each row come before it is written, so a failure leaves no part
    // of a row behind, and SQLite keeps no statement journal to undo one. (The caller's
    // transaction is rolled back on any failure.)
    const struct {
        const char *head, *values;
        int parameters;
    } tables[] = {
        {"INSERT OR FAIL INTO project(id, key, iati_identifier, title_ko, title_en, description_ko, description_en,"
         " other_languages, lead_actor_id, start_date, start_actual, end_date, end_actual, status, modality,"
         " funding_channel, cooperation_forms, dimensions, regions, amount_as_printed, collaboration_type, aid_type,"
         " modified_at, modified_by, version) VALUES",
         "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)", 24},
        {"INSERT OR FAIL INTO project_country VALUES", "(?,?,?,?,?,?)", 6},
        {"INSERT OR FAIL INTO project_org VALUES", "(?,?,?,?,?,?,?)", 7},
        {"INSERT OR FAIL INTO project_sector VALUES", "(?,?,?,?,?)", 5},
        {"INSERT OR FAIL INTO project_sdg VALUES", "(?,?,?,?)", 4},
        {"INSERT OR FAIL INTO budget_line VALUES", "(?,?,?,?,?,?,?,?,?)", 9},
        {"INSERT OR FAIL INTO transaction_line VALUES", "(?,?,?,?,?,?,?,?,?)", 9},
        {"INSERT OR FAIL INTO planned_disbursement VALUES", "(?,?,?,?,?,?,?,?)", 8},
        {"INSERT OR FAIL INTO milestone VALUES", "(?,?,?,?,?,?)", 6},
        {"INSERT OR FAIL INTO source VALUES", "(?,?,?,?,?)", 5},
        {"INSERT OR FAIL INTO quality_note VALUES", "(?,?,?,?,?,?)", 6},
    };
    for (const auto &t : tables)
        m_tables.push_back(std::make_unique<Table>(Table{t.head, t.values, t.parameters, {}}));
}

ProjectBulkWriter::~ProjectBulkWriter() = default;

Status ProjectBulkWriter::start()
{
    // The transaction that reads this is the one that writes: nobody else can take these ids.
    SqliteStatement last(m_db, "SELECT coalesce(max(id), 0) FROM project");
    if (!last.next())
        return Status::failure(tr("Cannot read the portfolio: %1").arg(last.error()));
    m_nextId = last.int64(0) + 1;
    return {};
}

Status ProjectBulkWriter::add(Project &project)
{
    if (project.id != 0)
        return Status::failure(tr("Project %1 is already stored.").arg(project.key));
    if (project.key.trimmed().isEmpty())
        return Status::failure(tr("A project needs a key."));
    if (m_nextId <= 0)
        return Status::failure(QStringLiteral("ProjectBulkWriter::start() was not called"));
    project.id = m_nextId++;
    project.version = 1;
    m_pending.append(&project);
    return {};
}

Status ProjectBulkWriter::writeRows(Table &table, const std::vector<std::pair<qsizetype, int>> &refs, const RowBinder &bind,
                                    qsizetype *failedAt)
{
    for (std::size_t from = 0; from < refs.size(); from += kRowsPerStatement) {
        const std::size_t n = std::min(refs.size() - from, kRowsPerStatement);
        SqliteStatement &s = table.forRows(m_db, n);
        if (!s.isValid())
            return Status::failure(tr("Cannot save the projects: %1").arg(s.error()));
        for (std::size_t r = 0; r < n; ++r) {
            Binder b{s, int(r) * table.parameters + 1};
            bind(b, *m_pending[refs[from + r].first], refs[from + r].second);
        }
        Status st = s.execute();
        if (!st) {
            // The rows before the failing one were written (OR FAIL): their number names it.
            const auto &[index, seq] = refs[from + std::min(std::size_t(std::max(s.changes(), 0)), n - 1)];
            if (failedAt)
                *failedAt = index;
            const Project &p = *m_pending[index];
            if (&table == m_tables.front().get() && ProjectRepository(m_db).idForKey(p.key))
                return Status::failure(tr("A project with the key %1 already exists.").arg(p.key));
            return Status::failure(tr("Cannot save project %1: %2").arg(p.key, st.error()));
        }
    }
    return {};
}

Status ProjectBulkWriter::flush(qsizetype *failedAt)
{
    std::vector<std::pair<qsizetype, int>> refs; // (project, position in its list)
    refs.reserve(std::size_t(m_pending.size()) * 2);
    for (qsizetype k = 0; k < m_pending.size(); ++k)
        refs.emplace_back(k, 0);
    Status st = writeRows(
        *m_tables[0], refs,
        [](Binder &b, const Project &p, int) {
            b << p.id;
            rows::project(b, p);
        },
        failedAt);
    // Each detail list through its table, the rows of all the projects together.
    auto details = [&](Table &table, auto list, auto row) {
        if (!st)
            return;
        refs.clear();
        for (qsizetype k = 0; k < m_pending.size(); ++k)
            for (int i = 0; i < int((m_pending[k]->*list).size()); ++i)
                refs.emplace_back(k, i);
        st = writeRows(
            table, refs, [&](Binder &b, const Project &p, int i) { row(b, p.id, i, (p.*list)[i]); }, failedAt);
    };
    details(*m_tables[1], &Project::countries, rows::country);
    details(*m_tables[2], &Project::organisations, rows::org);
    details(*m_tables[3], &Project::sectors, rows::sector);
    details(*m_tables[4], &Project::sdgs, rows::sdg);
    details(*m_tables[5], &Project::budget, rows::budget);
    details(*m_tables[6], &Project::transactions, rows::transaction);
    details(*m_tables[7], &Project::plannedDisbursements, rows::planned);
    details(*m_tables[8], &Project::milestones, rows::milestone);
    details(*m_tables[9], &Project::sources, rows::source);
    details(*m_tables[10], &Project::qualityNotes, rows::note);
    m_pending.clear();
    return st;
}

} // namespace c2c

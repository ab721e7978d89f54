#include "Portfolio.h"

#include "SnapshotLoader.h"

#include <algorithm>

namespace c2c {

namespace {
const QString kNameKey = QStringLiteral("portfolio.name");
const QString kCurrencyKey = QStringLiteral("portfolio.reporting_currency");
const QString kUnitKey = QStringLiteral("portfolio.display_unit");
} // namespace

Portfolio::Portfolio(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_projects(*m_db), m_actors(*m_db), m_rates(*m_db)
{
}

Portfolio::~Portfolio() = default;

Result<std::unique_ptr<Portfolio>> Portfolio::open(const QString &path,
                                                   const std::function<void(std::size_t, std::size_t)> &progress)
{
    using R = Result<std::unique_ptr<Portfolio>>;
    auto db = Database::open(path);
    if (!db)
        return R::failure(db.error());
    std::unique_ptr<Portfolio> p(new Portfolio(std::move(db).value()));
    auto snap = SnapshotLoader::load(*p->m_db, p->m_db->setting(kCurrencyKey, QStringLiteral("USD")), progress);
    if (!snap)
        return R::failure(snap.error());
    p->m_snapshot = std::move(snap).value();
    p->m_displayUnit = displayUnitFromCode(p->m_db->setting(kUnitKey));
    return R(std::move(p));
}

QString Portfolio::name() const
{
    return m_db->setting(kNameKey);
}

Status Portfolio::setName(const QString &name)
{
    return m_db->setSetting(kNameKey, name.trimmed());
}

Status Portfolio::setReportingCurrency(const QString &currency)
{
    if (!isCurrencyCodeShaped(currency))
        return Status::failure(tr("\"%1\" is not a currency code.").arg(currency));
    Status st = m_db->setSetting(kCurrencyKey, currency);
    if (!st)
        return st;
    m_snapshot.setReportingCurrency(currency);
    emit reset();
    return {};
}

DisplayUnit Portfolio::displayUnit() const
{
    return m_displayUnit;
}

Status Portfolio::setDisplayUnit(DisplayUnit unit)
{
    Status st = m_db->setSetting(kUnitKey, displayUnitCode(unit));
    if (st) {
        m_displayUnit = unit;
        emit reset();
    }
    return st;
}

void Portfolio::useReportingCurrency(const QString &currency)
{
    m_snapshot.setReportingCurrency(currency);
    emit reset();
}

Status Portfolio::syncActors(const QList<Project> &projects)
{
    const bool unknownActor = std::any_of(projects.begin(), projects.end(), [this](const Project &p) {
        return p.leadActorId && !m_snapshot.actorIndex.contains(p.leadActorId);
    });
    if (!unknownActor)
        return {};
    auto list = m_actors.readAll();
    if (!list)
        return Status::failure(list.error());
    m_snapshot.setActors(list.value());
    return {};
}

Status Portfolio::addProject(Project &project)
{
    return appendWritten(m_projects.create(project), project);
}

Status Portfolio::appendWritten(const Status &written, const Project &project)
{
    Status st = written;
    if (st)
        st = syncActors({project});
    if (!st)
        return st;
    m_snapshot.append(project);
    emit rowInserted(static_cast<Row>(m_snapshot.rowCount() - 1));
    return {};
}

Status Portfolio::addProjects(QList<Project> &projects, const std::function<void(qsizetype)> &progress)
{
    Status st = m_projects.createMany(projects, progress);
    if (st)
        st = syncActors(projects);
    if (!st)
        return st;
    for (const Project &p : projects)
        m_snapshot.append(p);
    emit reset();
    return {};
}

Status Portfolio::saveProject(Project &project)
{
    Status st = m_projects.update(project);
    if (st)
        st = syncActors({project});
    if (!st)
        return st;
    const auto row = m_snapshot.findRow(project.id);
    if (row < 0)
        return reload();
    m_snapshot.replace(static_cast<Row>(row), m_snapshot.rowData(project));
    emit rowChanged(static_cast<Row>(row));
    return {};
}

Status Portfolio::restoreProject(Project &project)
{
    return appendWritten(m_projects.restore(project), project);
}

Status Portfolio::deleteProject(std::int64_t id, int expectedVersion)
{
    Status st = m_projects.remove(id, expectedVersion);
    if (!st)
        return st;
    const auto row = m_snapshot.findRow(id);
    if (row < 0)
        return reload();
    emit rowAboutToBeRemoved(static_cast<Row>(row));
    m_snapshot.remove(static_cast<Row>(row));
    emit rowRemoved(static_cast<Row>(row));
    return {};
}

Status Portfolio::reloadActors()
{
    auto list = m_actors.readAll();
    if (!list)
        return Status::failure(list.error());
    m_snapshot.setActors(list.value());
    emit reset();
    return {};
}

Status Portfolio::reloadRates()
{
    auto list = m_rates.readAll();
    if (!list)
        return Status::failure(list.error());
    m_snapshot.setRates(list.value());
    emit reset();
    return {};
}

Status Portfolio::reload()
{
    auto snap = SnapshotLoader::load(*m_db, m_snapshot.reportingCurrency);
    if (!snap)
        return Status::failure(snap.error());
    m_snapshot = std::move(snap).value();
    emit reset();
    return {};
}

} // namespace c2c

#include "Portfolio.h"

#include "RowText.h"
#include "SnapshotLoader.h"

#include <QLocale>
#include <algorithm>
#include <numeric>

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
                                                   const std::function<void(std::size_t, std::size_t)> &progress,
                                                   Database::Access access)
{
    using R = Result<std::unique_ptr<Portfolio>>;
    auto db = Database::open(path, access);
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
    emit settingsChanged();
    announceAllChanged();
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
        emit settingsChanged();
        announceAllChanged();
    }
    return st;
}

void Portfolio::useReportingCurrency(const QString &currency)
{
    m_snapshot.setReportingCurrency(currency);
    emit settingsChanged();
    announceAllChanged();
}

void Portfolio::announceAllChanged()
{
    SnapshotDelta delta;
    delta.oldRowCount = m_snapshot.rowCount();
    delta.changed.resize(delta.oldRowCount);
    std::iota(delta.changed.begin(), delta.changed.end(), Row(0));
    emit changed(delta);
}

Status Portfolio::refreshActors()
{
    auto list = m_actors.readAll();
    if (!list)
        return Status::failure(list.error());
    m_snapshot.setActors(list.value());
    return {};
}

Status Portfolio::syncActors(const QList<Project> &projects)
{
    const bool unknownActor = std::any_of(projects.begin(), projects.end(), [this](const Project &p) {
        return p.leadActorId && !m_snapshot.actorIndex.contains(p.leadActorId);
    });
    return unknownActor ? refreshActors() : Status();
}

int Portfolio::knownVersion(std::int64_t id) const
{
    const auto row = m_snapshot.findRow(id);
    return row < 0 ? 0 : int(m_snapshot.version[std::size_t(row)]);
}

QString Portfolio::refusal(std::int64_t id, const QString &key, int expected, const QString &error) const
{
    const auto row = m_snapshot.findRow(id);
    QString title;
    const QString shownKey = row >= 0 ? m_snapshot.text(Row(row), TextField::Key) : key;
    if (row >= 0)
        title = rowtext::title(m_snapshot, Row(row),
                               QLocale().language() == QLocale::Korean ? Language::Korean : Language::English);
    const QString name = title.isEmpty() ? shownKey : tr("%1 “%2”").arg(shownKey, title);
    const auto stored = m_projects.lastWrite(id);
    if (expected > 0 && !stored)
        return tr("Project %1 was deleted by someone else (another window or program) since this window read it. "
                  "Nothing was changed.")
            .arg(name);
    if (expected > 0 && stored->version != expected) {
        const QString who = stored->at.isValid()
                                ? tr(" (by %1, %2)").arg(stored->by, QLocale().toString(stored->at.toLocalTime(), QLocale::ShortFormat))
                                : QString();
        return tr("Project %1 was changed by someone else%2: this window last saw version %3, the portfolio now "
                  "holds version %4. Nothing was changed; reopen the portfolio to see their change.")
            .arg(name, who)
            .arg(expected)
            .arg(stored->version);
    }
    return error;
}

Status Portfolio::write(ChangeSet &w)
{
    const bool given = w.givenVersions;
    if (!given)
        w.removedVersions.clear();
    for (Actor &a : w.addedActors)
        if (Status one = m_actors.createInTransaction(a); !one)
            return one;
    for (qsizetype i = 0; i < w.removed.size(); ++i) {
        const std::int64_t id = w.removed[i];
        const int expected = given ? w.removedVersions.value(i) : knownVersion(id);
        Status one = m_projects.removeInTransaction(id, expected);
        if (!one)
            return Status::failure(refusal(id, QString::number(id), expected, one.error()));
        if (!given)
            w.removedVersions.append(expected);
    }
    for (Project &p : w.added) {
        // A project put back gets a version above the one it had: versions only ever grow.
        Status one = p.id ? m_projects.restoreInTransaction(p) : m_projects.insertInTransaction(p);
        if (!one)
            return one;
    }
    for (Project &p : w.changed) {
        const int expected = given ? p.version : knownVersion(p.id);
        p.version = expected;
        Status one = m_projects.updateInTransaction(p);
        if (!one)
            return Status::failure(refusal(p.id, p.key, expected, one.error()));
    }
    for (std::int64_t id : w.removedActors)
        if (Status one = m_actors.removeUnusedInTransaction(id); !one)
            return one;
    return {};
}

Status Portfolio::apply(ChangeSet &changes)
{
    if (changes.isEmpty())
        return {};
    ChangeSet w = changes;
    Status st = m_db->transaction([&] { return write(w); });
    if (!st)
        return st;
    changes = std::move(w);
    return absorb(changes);
}

Status Portfolio::absorb(const ChangeSet &written)
{
    Status st = written.addedActors.isEmpty() && written.removedActors.isEmpty() ? syncActors(written.added + written.changed)
                                                                               : refreshActors();
    if (!st)
        return reload();
    SnapshotDelta delta;
    delta.oldRowCount = m_snapshot.rowCount();
    for (std::int64_t id : written.removed) {
        const auto row = m_snapshot.findRow(id);
        if (row >= 0)
            delta.removed.push_back(Row(row));
    }
    std::sort(delta.removed.begin(), delta.removed.end());
    delta.removed.erase(std::unique(delta.removed.begin(), delta.removed.end()), delta.removed.end());
    std::vector<Snapshot::RowData> inserts;
    inserts.reserve(std::size_t(written.added.size()));
    for (const Project &p : written.added)
        inserts.push_back(m_snapshot.rowData(p));
    std::vector<std::pair<Row, Snapshot::RowData>> replacements;
    for (const Project &p : written.changed) {
        const auto row = m_snapshot.findRow(p.id);
        if (row >= 0)
            replacements.emplace_back(Row(row), m_snapshot.rowData(p));
    }
    delta.inserted = m_snapshot.restructure(delta.removed, std::move(inserts), std::move(replacements));
    for (const Project &p : written.changed) {
        const auto row = m_snapshot.findRow(p.id);
        if (row >= 0)
            delta.changed.push_back(Row(row));
    }
    std::sort(delta.changed.begin(), delta.changed.end());
    delta.changed.erase(std::unique(delta.changed.begin(), delta.changed.end()), delta.changed.end());
    emit changed(delta);
    return {};
}

Status Portfolio::addProject(Project &project)
{
    ChangeSet c;
    c.added.append(project);
    Status st = apply(c);
    if (st)
        project = c.added.first();
    return st;
}

Status Portfolio::addProjects(QList<Project> &projects, const std::function<void(qsizetype)> &progress)
{
    Status st = m_projects.createMany(projects, progress);
    if (!st)
        return st;
    ChangeSet written;
    written.added = projects;
    return absorb(written);
}

Status Portfolio::saveProject(Project &project)
{
    ChangeSet c;
    c.changed.append(project);
    c.givenVersions = true;
    Status st = apply(c);
    if (st)
        project = c.changed.first();
    return st;
}

Status Portfolio::deleteProject(std::int64_t id, int expectedVersion)
{
    ChangeSet c;
    c.removed.append(id);
    c.removedVersions.append(expectedVersion);
    c.givenVersions = true;
    return apply(c);
}

Status Portfolio::reloadActors()
{
    Status st = refreshActors();
    if (st)
        announceAllChanged();
    return st;
}

Status Portfolio::reloadRates()
{
    auto list = m_rates.readAll();
    if (!list)
        return Status::failure(list.error());
    m_snapshot.setRates(list.value());
    announceAllChanged();
    return {};
}

Status Portfolio::reload()
{
    auto snap = SnapshotLoader::load(*m_db, m_snapshot.reportingCurrency);
    if (!snap)
        return Status::failure(snap.error());
    const bool sameRows = snap.value().projectId == m_snapshot.projectId;
    m_snapshot = std::move(snap).value();
    // The same projects with other values (a merge of actors): rows changed in place.
    if (sameRows)
        announceAllChanged();
    else
        emit reset();
    return {};
}

} // namespace c2c

#include "ImportWriter.h"

#include "ItemQueue.h"
#include "portfolio/Portfolio.h"
#include "reference/Reference.h"
#include "storage/BulkImportSettings.h"

#include <QSqlQuery>
#include <QVariant>
#include <optional>
#include <thread>

namespace c2c {

namespace {

// An update replaces what the source states; what it leaves empty keeps its stored value.
void keepWhatTheSourceLacks(Project &incoming, const Project &stored)
{
    incoming.id = stored.id;
    incoming.version = stored.version;
    incoming.key = stored.key;
    auto keep = [](auto &field, const auto &old, bool empty) {
        if (empty)
            field = old;
    };
    keep(incoming.iatiIdentifier, stored.iatiIdentifier, incoming.iatiIdentifier.isEmpty());
    // A sheet with titles in one language keeps the stored title of the other.
    keep(incoming.title.ko, stored.title.ko, incoming.title.ko.isEmpty());
    keep(incoming.title.en, stored.title.en, incoming.title.en.isEmpty());
    keep(incoming.description, stored.description, incoming.description.isEmpty());
    keep(incoming.leadActorId, stored.leadActorId, incoming.leadActorId == 0);
    keep(incoming.organisations, stored.organisations, incoming.organisations.isEmpty());
    keep(incoming.status, stored.status, incoming.status == ActivityStatus::Unknown);
    keep(incoming.modality, stored.modality, incoming.modality == Modality::Unknown);
    keep(incoming.fundingChannel, stored.fundingChannel, incoming.fundingChannel == FundingChannel::Unknown);
    keep(incoming.cooperationForms, stored.cooperationForms, incoming.cooperationForms == 0);
    keep(incoming.dimensions, stored.dimensions, incoming.dimensions == 0);
    keep(incoming.transactions, stored.transactions, incoming.transactions.isEmpty());
    keep(incoming.plannedDisbursements, stored.plannedDisbursements, incoming.plannedDisbursements.isEmpty());
    keep(incoming.collaborationType, stored.collaborationType, incoming.collaborationType.isEmpty());
    keep(incoming.aidType, stored.aidType, incoming.aidType.isEmpty());
    // Nobody's spreadsheet carries these: they are the officer's own notes.
    incoming.milestones = stored.milestones;
    incoming.sources = stored.sources;
    incoming.qualityNotes = stored.qualityNotes;
}

// Korean names as written; English ones in lower case (spellings vary in case only rarely).
QString englishKey(const QString &name)
{
    return name.trimmed().toLower();
}

// A new local government's kind from its Korean name: 수원시 is a city, 홍천군 a county, 강남구 a district.
ActorKind kindFromKoreanName(const QString &ko, ActorKind given)
{
    if (given != ActorKind::Other || ko.isEmpty())
        return given;
    if (ko.endsWith(QStringLiteral("시")))
        return ActorKind::City;
    if (ko.endsWith(QStringLiteral("군")))
        return ActorKind::County;
    if (ko.endsWith(QStringLiteral("구")))
        return ActorKind::AutonomousDistrict;
    return given;
}

// One way to recognise a stored project without a key. A 64-bit hash rather than the texts
// keeps the index small on a million projects; two tuples sharing one is not to be expected.
std::size_t contentHash(std::int64_t actor, QChar language, const QString &title, const QString &country, int year)
{
    return qHashMulti(0, actor, language, title, country, year);
}

} // namespace

ImportWriter::ImportWriter(Portfolio &portfolio, DuplicatePolicy policy, AppliedImport *applied)
    : m_portfolio(portfolio), m_policy(policy), m_applied(applied), m_newProjects(portfolio.database())
{
}

Status ImportWriter::prepare()
{
    // The first-tier local governments are always known by name, as in a new portfolio.
    Status st = m_portfolio.actors().ensureLocalGovernmentsInTransaction(m_applied ? &m_applied->createdActors : nullptr);
    if (!st)
        return st;
    // Looked up once: a million rows must not each ask the database.
    QSqlQuery q(m_portfolio.database().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, key, iati_identifier FROM project")))
        return Status::failure(tr("Cannot read the portfolio: %1").arg(Database::errorOf(q)));
    while (q.next()) {
        const std::int64_t id = q.value(0).toLongLong();
        m_keys.insert(q.value(1).toString(), id);
        if (!q.value(2).isNull())
            m_iatiIds.insert(q.value(2).toString(), id);
    }
    auto actors = m_portfolio.actors().readAll();
    if (!actors)
        return Status::failure(actors.error());
    for (const Actor &a : actors.value()) {
        const std::int64_t id = a.successorId ? a.successorId : a.id;
        m_actorNames.insert(a.id, a.name);
        if (a.successorId)
            m_successors.insert(a.id, a.successorId);
        if (!a.moisCode.isEmpty())
            m_actorCodes.insert(a.moisCode, id);
        QList<LocalizedText> names{a.name};
        for (const ActorName &n : a.formerNames)
            names.append(n.name);
        for (const LocalizedText &n : names) {
            if (!n.ko.isEmpty())
                m_actorKo.insert(n.ko.trimmed(), id);
            if (!n.en.isEmpty())
                m_actorEn.insert(englishKey(n.en), id);
        }
    }
    return m_newProjects.start();
}

// The Korean local government a source names: by its MOIS code in an IATI reference, else by
// its name in either language (current or former, with its city or province when shared).
static const reference::LocalGovernment *namedGovernment(const ImportItem &item)
{
    if (item.actorRef.startsWith(QLatin1String("KR-MOIS-")))
        if (const auto *g = reference::localGovernment(item.actorRef.mid(8)))
            return g;
    for (const QString &name : {item.actorName.ko, item.actorName.en})
        if (!name.isEmpty())
            if (const auto *g = reference::findLocalGovernment(name))
                return g;
    return nullptr;
}

std::int64_t ImportWriter::knownActor(const ImportItem &item) const
{
    // Our own IATI export names local governments "KR-MOIS-<code>".
    if (item.actorRef.startsWith(QLatin1String("KR-MOIS-"))) {
        if (auto id = m_actorCodes.value(item.actorRef.mid(8)))
            return id;
    }
    const LocalizedText &n = item.actorName;
    if (!n.ko.isEmpty())
        if (auto id = m_actorKo.value(n.ko))
            return id;
    if (!n.en.isEmpty())
        if (auto id = m_actorEn.value(englishKey(n.en)))
            return id;
    if (const auto *g = namedGovernment(item)) {
        if (auto id = m_actorCodes.value(g->moisCode))
            return id;
        // An actor an earlier import made from the name alone, without the code.
        const LocalizedText official = reference::actorName(*g);
        if (auto id = m_actorKo.value(official.ko))
            return id;
        if (auto id = m_actorEn.value(englishKey(official.en)))
            return id;
    }
    return 0;
}

Result<std::int64_t> ImportWriter::actorFor(const ImportItem &item)
{
    if (auto id = knownActor(item))
        return id;
    const LocalizedText &n = item.actorName;
    if (n.ko.isEmpty() && n.en.isEmpty())
        return std::int64_t(0);
    Actor a;
    if (const auto *g = namedGovernment(item)) {
        // A Korean local government: its official names in both languages, its code and kind.
        a = reference::actorFor(*g);
    } else {
        a.kind = kindFromKoreanName(n.ko, item.actorKind);
        // Stored as empty text, not NULL, when the source names the actor in one language only.
        a.name = {n.ko.isEmpty() ? QStringLiteral("") : n.ko, n.en.isEmpty() ? QStringLiteral("") : n.en, {}};
    }
    Status st = m_portfolio.actors().createInTransaction(a);
    if (!st)
        return Result<std::int64_t>::failure(st.error());
    if (m_applied)
        m_applied->createdActors.append(a);
    for (const LocalizedText &name : {a.name, n}) {
        if (!name.ko.isEmpty())
            m_actorKo.insert(name.ko, a.id);
        if (!name.en.isEmpty())
            m_actorEn.insert(englishKey(name.en), a.id);
    }
    if (!a.moisCode.isEmpty())
        m_actorCodes.insert(a.moisCode, a.id);
    m_actorNames.insert(a.id, a.name);
    return a.id;
}

Result<ImportWriter::Found> ImportWriter::existingId(ImportItem &item)
{
    Project &p = item.project;
    if (item.matchByIatiIdentifier && !p.iatiIdentifier.isEmpty())
        if (auto id = m_iatiIds.value(p.iatiIdentifier))
            return Found{id, ImportUpdate::ByIatiIdentifier};
    if (!item.keyGenerated)
        return Found{m_keys.value(p.key), ImportUpdate::ByKey};
    // Without a key: the project that got the same content key before, else the one with the
    // same lead actor, title, country and start year. Each stored project is matched by one row
    // of a file at most: identical rows are different projects, as their keys say.
    if (item.file != m_claimsOf) {
        m_claimsOf = item.file; // a file's rows come one after the other
        m_claimed.clear();
    }
    Found found{m_keys.value(p.key), ImportUpdate::ByKey};
    if (m_claimed.contains(found.id))
        found.id = 0;
    if (!found.id) {
        Status st = indexContent();
        if (!st)
            return Result<Found>::failure(st.error());
        found = {matchContent(item), ImportUpdate::ByContent};
    }
    if (found.id) {
        m_claimed.insert(found.id);
        return found;
    }
    // New, but its content key may be the key of a project an earlier row matched by content.
    const QString key = p.key;
    for (int n = 2; m_keys.contains(p.key); ++n)
        p.key = QStringLiteral("%1+%2").arg(key).arg(n);
    return Found{};
}

Status ImportWriter::indexContent()
{
    if (m_contentIndexed)
        return {};
    m_contentIndexed = true;
    QSqlQuery q(m_portfolio.database().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id, p.lead_actor_id, p.title_ko, p.title_en, c.country, substr(p.start_date, 1, 4) "
                               "FROM project p LEFT JOIN project_country c ON c.project_id = p.id AND c.seq = 0")))
        return Status::failure(tr("Cannot read the portfolio: %1").arg(Database::errorOf(q)));
    while (q.next()) {
        const std::int64_t id = q.value(0).toLongLong();
        const std::int64_t actor = m_successors.value(q.value(1).toLongLong(), q.value(1).toLongLong());
        const QString country = q.value(4).toString();
        const int year = q.value(5).toInt();
        for (const auto &[language, column] : {std::pair{QLatin1Char('k'), 2}, std::pair{QLatin1Char('e'), 3}}) {
            const QString title = identityText(q.value(column).toString());
            if (!title.isEmpty())
                m_byContent.insert(contentHash(actor, language, title, country, year), id);
        }
    }
    return {};
}

std::int64_t ImportWriter::matchContent(const ImportItem &item)
{
    const Project &p = item.project;
    const std::int64_t actor = knownActor(item);
    if (!actor && !item.actorName.isEmpty())
        return 0; // an actor the portfolio does not know leads none of its projects
    const QString country = p.countries.isEmpty() ? QString() : p.countries.first().code;
    const int year = p.period.start ? p.period.start->year : 0;
    // The Korean title first; among several stored projects alike, the oldest not yet matched.
    for (const auto &[language, text] : {std::pair{QLatin1Char('k'), p.title.ko}, std::pair{QLatin1Char('e'), p.title.en}}) {
        const QString title = identityText(text);
        if (title.isEmpty())
            continue;
        std::int64_t best = 0;
        const auto [first, last] = m_byContent.equal_range(contentHash(actor, language, title, country, year));
        for (auto it = first; it != last; ++it)
            if ((!best || *it < best) && !m_claimed.contains(*it))
                best = *it;
        if (best)
            return best;
    }
    return 0;
}

void ImportWriter::recordMatch(const ImportItem &item, const Found &found, const Project *stored, ImportReport &report) const
{
    const bool identity = stored && ProjectDiff::changesTitleOrActor(*stored, item.project);
    if (identity)
        ++report.titleOrActorChanges;
    if (report.updates.size() >= ImportReport::MaxListedUpdates)
        return;
    ImportUpdate u;
    u.file = item.file;
    u.line = item.line;
    u.match = found.match;
    u.skipped = !stored;
    u.changesTitleOrActor = identity;
    if (stored) {
        u.before = *stored;
        u.after = item.project;
        u.actorBefore = m_actorNames.value(stored->leadActorId);
        u.actorAfter = m_actorNames.value(item.project.leadActorId);
    } else {
        u.before.id = found.id;
        u.after = item.project; // what the source says, for the preview
    }
    report.updates.append(u);
}

Status ImportWriter::flush(ImportReport &report)
{
    if (!m_newProjects.pending())
        return {};
    qsizetype failedAt = 0;
    Status st = m_newProjects.flush(&failedAt);
    const auto from = std::exchange(m_newProjectsFrom, {});
    if (st)
        return {};
    const auto [file, line] = from.value(failedAt);
    report.issues.append({ImportIssue::Error, file, line, {}, st.error()});
    return Status::failure(QString());
}

Status ImportWriter::write(ImportItem &item, ImportReport &report)
{
    Project &p = item.project;
    // Matching by content reads the stored projects: the new ones must be there.
    if (item.keyGenerated && !m_contentIndexed)
        if (Status st = flush(report); !st)
            return st;
    const auto found = existingId(item);
    if (!found)
        return Status::failure(found.error());
    const std::int64_t existing = found->id;
    if (existing && m_policy == DuplicatePolicy::Skip) {
        ++report.skipped;
        recordMatch(item, *found, nullptr, report);
        return {};
    }
    auto actor = actorFor(item);
    if (!actor)
        return Status::failure(actor.error());
    p.leadActorId = actor.value();
    for (ParticipatingOrg &o : p.organisations)
        if (!o.actorId)
            o.actorId = o.name.ko.isEmpty() ? m_actorEn.value(englishKey(o.name.en)) : m_actorKo.value(o.name.ko.trimmed());
    if (!existing) {
        Status st = m_newProjects.add(p);
        if (!st)
            return st;
        m_newProjectsFrom.append({item.file, item.line});
        m_keys.insert(p.key, p.id);
        if (!p.iatiIdentifier.isEmpty())
            m_iatiIds.insert(p.iatiIdentifier, p.id);
        ++report.imported;
        if (m_applied)
            m_applied->added.append(p);
        return {};
    }
    if (Status st = flush(report); !st)
        return st; // the project may be one added by an earlier row
    auto stored = m_portfolio.projects().read(existing);
    if (!stored)
        return Status::failure(stored.error());
    keepWhatTheSourceLacks(p, stored.value());
    recordMatch(item, *found, &stored.value(), report);
    Status st = m_portfolio.projects().updateInTransaction(p);
    if (!st)
        return st;
    ++report.updated;
    if (m_applied) {
        // A project updated twice in one import (the same key on two rows) is undone to its first state.
        bool seen = false;
        for (qsizetype i = 0; i < m_applied->updatedAfter.size() && !seen; ++i) {
            if (m_applied->updatedAfter[i].id == p.id) {
                m_applied->updatedAfter[i] = p;
                seen = true;
            }
        }
        for (qsizetype i = 0; i < m_applied->added.size() && !seen; ++i) {
            if (m_applied->added[i].id == p.id) {
                m_applied->added[i] = p;
                seen = true;
            }
        }
        if (!seen) {
            m_applied->updatedBefore.append(stored.value());
            m_applied->updatedAfter.append(p);
        }
    }
    return {};
}

ImportReport ImportWriter::run(Portfolio &portfolio, const ImportProducer &produce, DuplicatePolicy policy, bool dryRun,
                               AppliedImport *applied)
{
    ImportReport report;
    AppliedImport record;
    ImportWriter writer(portfolio, policy, applied ? &record : nullptr);
    const QString rolledBack = QStringLiteral("rolled back");
    std::optional<BulkImportSettings> settings(std::in_place, portfolio.database());
    Status st = portfolio.database().transaction([&]() -> Status {
        Status ready = writer.prepare();
        if (!ready)
            return ready;
        // Reading runs on a second thread and writing on this one (the database connection
        // belongs to it): on two cores a large import takes about as long as the slower of the two.
        ItemQueue queue;
        QList<ImportIssue> readIssues;
        std::thread reader([&] {
            QList<ImportItem> batch;
            batch.reserve(ItemQueue::BatchSize); // items are moved once, not again as the list grows
            produce(
                [&](ImportItem &&item) {
                    batch.append(std::move(item));
                    if (batch.size() >= ItemQueue::BatchSize) {
                        queue.push(std::exchange(batch, {}));
                        batch.reserve(ItemQueue::BatchSize);
                    }
                },
                readIssues);
            queue.push(std::move(batch));
            queue.finish();
        });
        bool writing = true;
        QList<ImportItem> batch;
        while (queue.pop(batch)) {
            // After the first error, reading goes on (to list every problem) but nothing more is written.
            for (qsizetype i = 0; writing && i < batch.size(); ++i) {
                Status one = writer.write(batch[i], report);
                if (!one) {
                    if (!one.error().isEmpty()) // else flush() reported it, at the row it concerns
                        report.issues.append({ImportIssue::Error, batch[i].file, batch[i].line, {}, one.error()});
                    writing = false;
                }
            }
            // The batch's new projects are written before the reader frees them.
            if (writing && !writer.flush(report))
                writing = false;
            queue.giveBack(std::exchange(batch, {}));
        }
        reader.join();
        report.issues = readIssues + report.issues;
        // SQLite did not check each reference as it was written: all of them are checked here.
        if (!report.hasErrors())
            if (Status refs = settings->checkReferences(); !refs)
                report.issues.append({ImportIssue::Error, {}, 0, {}, refs.error()});
        if (report.hasErrors() || dryRun)
            return Status::failure(rolledBack);
        return {};
    });
    settings.reset();
    if (!st && st.error() != rolledBack)
        report.issues.append({ImportIssue::Error, {}, 0, {}, st.error()});
    if (report.hasErrors()) {
        report.imported = report.updated = report.skipped = report.titleOrActorChanges = 0;
        report.updates.clear();
    }
    if (st && applied)
        *applied = std::move(record);
    return report;
}

} // namespace c2c

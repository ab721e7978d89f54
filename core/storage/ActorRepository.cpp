#include "ActorRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "reference/Reference.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace c2c {

Status ActorRepository::create(Actor &actor)
{
    Actor copy = actor;
    Status st = m_db.transaction([&] { return createInTransaction(copy); });
    if (st)
        actor = copy;
    return st;
}

Status ActorRepository::createInTransaction(Actor &actor)
{
    if (actor.name.ko.trimmed().isEmpty() && actor.name.en.trimmed().isEmpty())
        return Status::failure(tr("An actor needs a Korean or an English name."));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO actor(id, kind, name_ko, name_en, mois_code, renamed_on, successor_id) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    // An id given is an actor put back (the undo of the import that removed it); else a new one.
    q.addBindValue(actor.id ? QVariant(qint64(actor.id)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(toCode(actor.kind));
    q.addBindValue(actor.name.ko);
    q.addBindValue(actor.name.en);
    q.addBindValue(sql::nullableText(actor.moisCode));
    q.addBindValue(sql::date(actor.renamedOn));
    q.addBindValue(actor.successorId ? QVariant(qint64(actor.successorId)) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return Status::failure(tr("Cannot save the actor %1: %2").arg(actor.name.text(Language::English),
                                                                     Database::errorOf(q)));
    actor.id = q.lastInsertId().toLongLong();
    return writeFormerNames(actor);
}

Status ActorRepository::removeUnusedInTransaction(std::int64_t id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM project WHERE lead_actor_id = ?)"
                             " + (SELECT count(*) FROM project_org WHERE actor_id = ?)"
                             " + (SELECT count(*) FROM actor WHERE successor_id = ?)"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(qint64(id));
    if (!q.exec() || !q.next())
        return Status::failure(tr("Cannot remove the actor: %1").arg(Database::errorOf(q)));
    if (q.value(0).toLongLong() > 0)
        return Status::failure(tr("The actor %1 cannot be removed: projects or other actors refer to it.").arg(id));
    for (const char *sqlText : {"DELETE FROM actor_former_name WHERE actor_id = ?", "DELETE FROM actor WHERE id = ?"}) {
        QSqlQuery d(m_db.sql());
        d.prepare(QString::fromLatin1(sqlText));
        d.addBindValue(qint64(id));
        if (!d.exec())
            return Status::failure(tr("Cannot remove the actor: %1").arg(Database::errorOf(d)));
    }
    return {};
}

Status ActorRepository::update(const Actor &actor)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE actor SET kind = ?, name_ko = ?, name_en = ?, mois_code = ?, renamed_on = ?,"
                                 " successor_id = ? WHERE id = ?"));
        q.addBindValue(toCode(actor.kind));
        q.addBindValue(actor.name.ko);
        q.addBindValue(actor.name.en);
        q.addBindValue(sql::nullableText(actor.moisCode));
        q.addBindValue(sql::date(actor.renamedOn));
        q.addBindValue(actor.successorId ? QVariant(qint64(actor.successorId)) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(qint64(actor.id));
        if (!q.exec() || q.numRowsAffected() != 1)
            return Status::failure(tr("Cannot save the actor %1: %2").arg(actor.name.text(Language::English),
                                                                         Database::errorOf(q)));
        QSqlQuery del(m_db.sql());
        del.prepare(QStringLiteral("DELETE FROM actor_former_name WHERE actor_id = ?"));
        del.addBindValue(qint64(actor.id));
        if (!del.exec())
            return Status::failure(Database::errorOf(del));
        return writeFormerNames(actor);
    });
}

Status ActorRepository::writeFormerNames(const Actor &actor)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO actor_former_name VALUES(?, ?, ?, ?, ?)"));
    for (int i = 0; i < actor.formerNames.size(); ++i) {
        const ActorName &n = actor.formerNames[i];
        q.addBindValue(qint64(actor.id));
        q.addBindValue(i);
        q.addBindValue(n.name.ko);
        q.addBindValue(n.name.en);
        q.addBindValue(sql::date(n.validUntil));
        if (!q.exec())
            return Status::failure(tr("Cannot save the former names of %1: %2")
                                       .arg(actor.name.text(Language::English), Database::errorOf(q)));
    }
    return {};
}

Result<QList<Actor>> ActorRepository::readAll() const
{
    QList<Actor> actors;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, kind, name_ko, name_en, mois_code, renamed_on, successor_id FROM actor ORDER BY id")))
        return Result<QList<Actor>>::failure(tr("Cannot read the actors: %1").arg(Database::errorOf(q)));
    while (q.next()) {
        Actor a;
        a.id = q.value(0).toLongLong();
        a.kind = fromCode<ActorKind>(q.value(1).toString()).value_or(ActorKind::Other);
        a.name = {q.value(2).toString(), q.value(3).toString(), {}};
        a.moisCode = q.value(4).toString();
        a.renamedOn = sql::toDate(q.value(5));
        a.successorId = q.value(6).toLongLong();
        actors.append(a);
    }
    QSqlQuery n(m_db.sql());
    n.setForwardOnly(true);
    if (!n.exec(QStringLiteral("SELECT actor_id, name_ko, name_en, valid_until FROM actor_former_name ORDER BY actor_id, seq")))
        return Result<QList<Actor>>::failure(tr("Cannot read the actors: %1").arg(Database::errorOf(n)));
    while (n.next()) {
        const auto id = n.value(0).toLongLong();
        for (Actor &a : actors)
            if (a.id == id)
                a.formerNames.append({{n.value(1).toString(), n.value(2).toString(), {}}, sql::toDate(n.value(3))});
    }
    return actors;
}

Result<Actor> ActorRepository::read(std::int64_t id) const
{
    auto all = readAll();
    if (!all)
        return Result<Actor>::failure(all.error());
    for (const Actor &a : all.value())
        if (a.id == id)
            return a;
    return Result<Actor>::failure(tr("There is no actor with id %1.").arg(id));
}

std::int64_t ActorRepository::findByName(const QString &name) const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return 0;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT id FROM actor WHERE name_ko = ? OR lower(name_en) = lower(?) "
        "UNION ALL SELECT actor_id FROM actor_former_name WHERE name_ko = ? OR lower(name_en) = lower(?) LIMIT 1"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(n);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::int64_t ActorRepository::findByMoisCode(const QString &code) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM actor WHERE mois_code = ?"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<ActorRepository::MergeRecord> ActorRepository::merge(std::int64_t from, std::int64_t into)
{
    using R = Result<MergeRecord>;
    if (from == into)
        return R::failure(tr("An actor cannot be merged into itself."));
    MergeRecord record;
    record.from = from;
    record.into = into;
    Status st = m_db.transaction([&]() -> Status {
        auto ids = [&](const char *sqlText, auto add) -> bool {
            QSqlQuery q(m_db.sql());
            q.prepare(QString::fromLatin1(sqlText));
            q.addBindValue(qint64(from));
            if (!q.exec())
                return false;
            while (q.next())
                add(q);
            return true;
        };
        const bool read =
            ids("SELECT id FROM project WHERE lead_actor_id = ?", [&](QSqlQuery &q) { record.projects.append(q.value(0).toLongLong()); })
            && ids("SELECT project_id, seq FROM project_org WHERE actor_id = ?",
                   [&](QSqlQuery &q) { record.participations.append({q.value(0).toLongLong(), q.value(1).toInt()}); })
            && ids("SELECT id FROM actor WHERE successor_id = ?", [&](QSqlQuery &q) { record.successorsOfFrom.append(q.value(0).toLongLong()); })
            && ids("SELECT coalesce(successor_id, 0) FROM actor WHERE id = ?",
                   [&](QSqlQuery &q) { record.fromSuccessorBefore = q.value(0).toLongLong(); });
        if (!read)
            return Status::failure(tr("Cannot merge the actors: %1").arg(m_db.sql().lastError().text()));
        for (const char *sqlText : {"UPDATE project SET lead_actor_id = ?, version = version + 1 WHERE lead_actor_id = ?",
                                    "UPDATE project_org SET actor_id = ? WHERE actor_id = ?",
                                    "UPDATE actor SET successor_id = ? WHERE id = ? OR successor_id = ?"}) {
            QSqlQuery q(m_db.sql());
            q.prepare(QString::fromLatin1(sqlText));
            q.addBindValue(qint64(into));
            q.addBindValue(qint64(from));
            if (QLatin1String(sqlText).count(QLatin1Char('?')) == 3)
                q.addBindValue(qint64(from));
            if (!q.exec())
                return Status::failure(tr("Cannot merge the actors: %1").arg(Database::errorOf(q)));
        }
        return {};
    });
    if (!st)
        return R::failure(st.error());
    return record;
}

Status ActorRepository::unmerge(const MergeRecord &r)
{
    return m_db.transaction([&]() -> Status {
        auto run = [&](const char *sqlText, std::initializer_list<QVariant> values) -> Status {
            QSqlQuery q(m_db.sql());
            q.prepare(QString::fromLatin1(sqlText));
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec())
                return Status::failure(tr("Cannot take the merge back: %1").arg(Database::errorOf(q)));
            return {};
        };
        Status st;
        for (std::int64_t id : r.projects)
            if (st)
                st = run("UPDATE project SET lead_actor_id = ?, version = version + 1 WHERE id = ? AND lead_actor_id = ?",
                         {qint64(r.from), qint64(id), qint64(r.into)});
        for (const auto &[project, seq] : r.participations)
            if (st)
                st = run("UPDATE project_org SET actor_id = ? WHERE project_id = ? AND seq = ? AND actor_id = ?",
                         {qint64(r.from), qint64(project), seq, qint64(r.into)});
        for (std::int64_t id : r.successorsOfFrom)
            if (st)
                st = run("UPDATE actor SET successor_id = ? WHERE id = ?", {qint64(r.from), qint64(id)});
        if (st)
            st = run("UPDATE actor SET successor_id = ? WHERE id = ?",
                     {r.fromSuccessorBefore ? QVariant(qint64(r.fromSuccessorBefore)) : QVariant(QMetaType(QMetaType::LongLong)),
                      qint64(r.from)});
        return st;
    });
}

Status ActorRepository::ensureLocalGovernments()
{
    return m_db.transaction([this] { return ensureLocalGovernmentsInTransaction(); });
}

Status ActorRepository::ensureLocalGovernmentsInTransaction(QList<Actor> *created)
{
    for (const reference::LocalGovernment &lg : reference::localGovernments()) {
        if (findByMoisCode(lg.moisCode))
            continue;
        Actor a = reference::actorFor(lg);
        Status st = createInTransaction(a);
        if (!st)
            return st;
        if (created)
            created->append(a);
    }
    return {};
}

} // namespace c2c

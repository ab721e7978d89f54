#include "SavedViewRepository.h"

#include "Database.h"
#include "portfolio/FilterJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace c2c {

Status SavedViewRepository::save(SavedView &view)
{
    view.name = view.name.trimmed();
    if (view.name.isEmpty())
        return Status::failure(tr("A saved view needs a name."));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QJsonObject configuration{{QStringLiteral("filter"), filterToJson(view.filter)}, {QStringLiteral("settings"), view.settings}};
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT INTO saved_view(name, kind, configuration, created, modified) VALUES(?, ?, ?, ?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, configuration = excluded.configuration,"
                                 " modified = excluded.modified RETURNING id"));
        q.addBindValue(view.name);
        q.addBindValue(view.kind);
        q.addBindValue(QString::fromUtf8(QJsonDocument(configuration).toJson(QJsonDocument::Compact)));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec() || !q.next())
            return Status::failure(tr("Cannot save the view \"%1\": %2").arg(view.name, Database::errorOf(q)));
        view.id = q.value(0).toLongLong();
        return {};
    });
}

Status SavedViewRepository::remove(std::int64_t id)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("DELETE FROM saved_view WHERE id = ?"));
        q.addBindValue(qint64(id));
        if (!q.exec())
            return Status::failure(tr("Cannot delete the saved view: %1").arg(Database::errorOf(q)));
        return {};
    });
}

Result<QList<SavedView>> SavedViewRepository::readAll() const
{
    QList<SavedView> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, name, kind, configuration FROM saved_view ORDER BY name")))
        return Result<QList<SavedView>>::failure(tr("Cannot read the saved views: %1").arg(Database::errorOf(q)));
    while (q.next()) {
        const QJsonObject configuration = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    filterFromJson(configuration.value(QStringLiteral("filter")).toObject()),
                    configuration.value(QStringLiteral("settings")).toObject()});
    }
    return out;
}

} // namespace c2c

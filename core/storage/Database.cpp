#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace c2c {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("c2c-%1").arg(++counter);
}

// SQLite files start with this 16-byte header; anything else is not a database.
bool looksLikeSqlite(const QString &path, bool *empty)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    *empty = head.isEmpty();
    return head == QByteArrayLiteral("SQLite format 3\0");
}

using Step = Status (*)(Database &);
constexpr Step kSteps[] = {migrations::toVersion1, migrations::toVersion2, migrations::toVersion3, migrations::toVersion4};
static_assert(std::size(kSteps) == Database::SchemaVersion, "one migration step per schema version");

} // namespace

Database::~Database()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

QString Database::errorOf(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    using R = Result<std::unique_ptr<Database>>;
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return R::failure(tr("%1 is a folder, not a portfolio file.").arg(path));
        bool empty = false;
        if (!looksLikeSqlite(path, &empty) && !empty)
            return R::failure(
                tr("%1 is not a C2C Portfolio database: it is not an SQLite file (damaged, or another kind of file).")
                    .arg(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return R::failure(tr("Cannot create the folder %1 for the portfolio.").arg(info.absolutePath()));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_connection = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    if (!db->m_db.isValid())
        return R::failure(tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return R::failure(tr("Cannot open %1: %2").arg(path, db->m_db.lastError().text()));

    // The first real read tells a damaged file from a good one.
    int appId = 0;
    int tableCount = 0;
    {
        QSqlQuery q(db->m_db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return R::failure(tr("%1 is not a C2C Portfolio database or is damaged: %2").arg(path, errorOf(q)));
        appId = q.value(0).toInt();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return R::failure(tr("%1 is not a C2C Portfolio database or is damaged: %2").arg(path, errorOf(q)));
        tableCount = q.value(0).toInt();
    }
    const int version = db->schemaVersion();
    if (version < 0)
        return R::failure(tr("%1 is damaged: its schema version cannot be read.").arg(path));
    if (appId != ApplicationId && (tableCount > 0 || appId != 0))
        return R::failure(tr("%1 is an SQLite database of another program, not a C2C Portfolio file.").arg(path));
    if (version > SchemaVersion)
        return R::failure(tr("%1 was written by a newer version of C2C Portfolio (schema %2; this version reads up "
                             "to %3). Update the application to open it; the file was not changed.")
                              .arg(path)
                              .arg(version)
                              .arg(SchemaVersion));

    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        Status st = db->exec(QString::fromLatin1(pragma));
        if (!st)
            return R::failure(st.error());
    }
    Status migrated = db->migrate();
    if (!migrated)
        return R::failure(migrated.error());
    return R(std::move(db));
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::exec(const QString &statement)
{
    QSqlQuery q(m_db);
    if (!q.exec(statement))
        return Status::failure(tr("Database error in %1: %2").arg(m_path, errorOf(q)));
    return {};
}

Status Database::copyTo(const QString &path)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec())
        return Status::failure(tr("Cannot copy %1 to %2: %3").arg(m_path, path, errorOf(q)));
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (!m_db.transaction())
        return Status::failure(tr("Cannot start a transaction on %1: %2").arg(m_path, m_db.lastError().text()));
    Status st = work();
    if (!st) {
        m_db.rollback();
        return st;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Status::failure(tr("Cannot save to %1: %2").arg(m_path, why));
    }
    return {};
}

Status Database::backup(int fromVersion)
{
    // VACUUM INTO writes a consistent copy even with a WAL file beside the database.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.v%2-%3-%4.bak").arg(m_path).arg(fromVersion).arg(stamp).arg(n);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return Status::failure(
            tr("Cannot make a backup copy of %1 before upgrading it: %2. The file was not changed.")
                .arg(m_path, errorOf(q)));
    m_backupPath = target;
    return {};
}

Status Database::migrate()
{
    const int from = schemaVersion();
    if (from == SchemaVersion)
        return {};
    if (from > 0) {
        Status st = backup(from);
        if (!st)
            return st;
    }
    for (int v = from; v < SchemaVersion; ++v) {
        Status st = transaction([&]() -> Status {
            Status step = kSteps[v](*this);
            if (!step)
                return step;
            if (v == 0) {
                Status id = exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
                if (!id)
                    return id;
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        });
        if (!st)
            return Status::failure(tr("Upgrading %1 to schema version %2 failed: %3").arg(m_path).arg(v + 1).arg(st.error()));
    }
    return {};
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(tr("Cannot save the setting %1: %2").arg(key, errorOf(q)));
    return {};
}

} // namespace c2c

#include "Database.h"

#include "FileAccess.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
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
// wal: the header says the file is in WAL mode (its read and write versions are 2).
bool looksLikeSqlite(const QString &path, bool *empty, bool *wal)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(100);
    *empty = head.isEmpty();
    *wal = head.size() > 19 && head.at(18) == 2 && head.at(19) == 2;
    return head.startsWith(QByteArrayLiteral("SQLite format 3\0"));
}

using Step = Status (*)(Database &);
constexpr Step kSteps[] = {migrations::toVersion1, migrations::toVersion2, migrations::toVersion3, migrations::toVersion4,
                        migrations::toVersion5};
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

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access wanted)
{
    using R = Result<std::unique_ptr<Database>>;
    if (path.trimmed().isEmpty())
        return R::failure(tr("No portfolio file was named."));
    const QFileInfo info(path);
    std::unique_ptr<Database> db(new Database);
    bool walWithoutJournal = false;
    if (info.exists()) {
        if (info.isDir())
            return R::failure(tr("%1 is a folder, not a portfolio file.").arg(path));
        const FileAccess::Existing access = FileAccess::inspect(path);
        if (!access.readable)
            return R::failure(tr("Cannot read the portfolio %1: permission denied. Ask the file's owner for read "
                                 "access, or open a copy.")
                                  .arg(path));
        bool empty = false;
        bool wal = false;
        if (!looksLikeSqlite(path, &empty, &wal) && !empty)
            return R::failure(
                tr("%1 is not a C2C Portfolio database: it is not an SQLite file (damaged, or another kind of file).")
                    .arg(path));
        db->m_readOnly = access.readOnly || wanted == Access::ReadOnly;
        if (db->m_readOnly)
            db->m_readOnlyReason = access.readOnly ? access.reason : tr("opened read-only");
        // A read-only WAL file needs its -shm journal index; when that cannot exist (a folder we may
        // not write), the file is read as it is on disk, which is all there is when no -wal is left.
        walWithoutJournal = db->m_readOnly && wal && !QFileInfo(info.absolutePath()).isWritable()
                            && !QFileInfo::exists(path + QStringLiteral("-shm"));
        if (walWithoutJournal && QFileInfo(path + QStringLiteral("-wal")).size() > 0)
            return R::failure(tr("Cannot read the portfolio %1: its last changes are still in %1-wal, which can "
                                 "only be read with write access to the folder. Open it once where it is writable.")
                                  .arg(path));
    } else if (wanted == Access::ReadOnly) {
        return R::failure(tr("There is no portfolio file %1; nothing was created.").arg(path));
    } else if (const QString why = FileAccess::cannotCreate(path); !why.isEmpty()) {
        return R::failure(why);
    }

    db->m_path = info.absoluteFilePath();
    db->m_connection = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    if (!db->m_db.isValid())
        return R::failure(tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (db->m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (walWithoutJournal) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db->m_db.setDatabaseName(QUrl::fromLocalFile(db->m_path).toString(QUrl::FullyEncoded)
                                 + QStringLiteral("?immutable=1"));
    } else {
        db->m_db.setDatabaseName(db->m_path);
    }
    db->m_db.setConnectOptions(options);
    if (!db->m_db.open())
        return R::failure(db->failureOf(db->m_db.lastError(), tr("Cannot open %1").arg(path)));

    // The first real read tells a damaged file from a good one.
    int appId = 0;
    int tableCount = 0;
    {
        QSqlQuery q(db->m_db);
        const auto damaged = [&] {
            const QString fixable = FileAccess::explain(FileAccess::sqliteCode(q.lastError()), path);
            return R::failure(!fixable.isEmpty() ? fixable
                                                 : tr("%1 is not a C2C Portfolio database or is damaged: %2").arg(path, errorOf(q)));
        };
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return damaged();
        appId = q.value(0).toInt();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return damaged();
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
    if (db->m_readOnly && version == 0)
        return R::failure(tr("%1 is empty and read-only (%2): a portfolio cannot be created in it.")
                              .arg(path, db->m_readOnlyReason));
    if (db->m_readOnly && version < SchemaVersion)
        return R::failure(tr("%1 was written by an older version of C2C Portfolio (schema %2) and needs an upgrade "
                             "to schema %3, but it is read-only (%4): an upgrade cannot be written to it. Make it "
                             "writable, or open a writable copy; the file was not changed.")
                              .arg(path)
                              .arg(version)
                              .arg(SchemaVersion)
                              .arg(db->m_readOnlyReason));

    // A read-only file keeps its journal mode: changing it is a write.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON")};
    // A new file gets 16 KB pages (before anything is written, the only time the size can be
    // chosen): a portfolio is read whole and imported in bulk, and larger pages make both cheaper.
    if (!db->m_readOnly && tableCount == 0 && version == 0)
        pragmas.append(QStringLiteral("PRAGMA page_size = 16384"));
    if (!db->m_readOnly)
        pragmas.append(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragmas.append(QStringLiteral("PRAGMA synchronous = NORMAL"));
    for (const QString &pragma : pragmas) {
        Status st = db->exec(pragma);
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
        return Status::failure(failureOf(q.lastError(), tr("Database error in %1").arg(m_path)));
    return {};
}

QString Database::failureOf(const QSqlError &error, const QString &context) const
{
    const QString fixable = FileAccess::explain(FileAccess::sqliteCode(error), m_path);
    if (!fixable.isEmpty())
        return fixable;
    return QStringLiteral("%1: %2").arg(context, error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

Status Database::checkWritable() const
{
    if (m_readOnly)
        return Status::failure(FileAccess::readOnlyMessage(m_path, m_readOnlyReason));
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
    if (Status writable = checkWritable(); !writable)
        return writable;
    // IMMEDIATE: the write lock first (waiting up to the busy timeout), so that "locked" is
    // about the file, not about whichever statement of the work happened to write first.
    {
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Status::failure(failureOf(begin.lastError(), tr("Cannot start a transaction on %1").arg(m_path)));
    }
    Status st = work();
    if (!st) {
        m_db.rollback();
        return st;
    }
    if (!m_db.commit()) {
        const QString why = failureOf(m_db.lastError(), tr("Cannot save to %1").arg(m_path));
        m_db.rollback();
        return Status::failure(why);
    }
    return {};
}

QString Database::earlierBackup(int fromVersion) const
{
    // The newest copy of this file at this version, made after the file last changed: the
    // upgrade failed and left the file as it was, so that copy still holds exactly its content.
    const QFileInfo file(m_path);
    QDateTime changed = file.lastModified();
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        changed = std::max(changed, wal.lastModified());
    const QStringList pattern = {QStringLiteral("%1.v%2-*.bak").arg(file.fileName()).arg(fromVersion)};
    const QFileInfoList copies = file.absoluteDir().entryInfoList(pattern, QDir::Files, QDir::Time);
    if (copies.isEmpty() || copies.first().lastModified() < changed || copies.first().size() == 0)
        return {};
    return copies.first().absoluteFilePath();
}

Status Database::backup(int fromVersion)
{
    if (const QString earlier = earlierBackup(fromVersion); !earlier.isEmpty()) {
        m_backupPath = earlier;
        m_backupReused = true;
        return {};
    }
    // VACUUM INTO writes a consistent copy even with a WAL file beside the database.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.v%2-%3-%4.bak").arg(m_path).arg(fromVersion).arg(stamp).arg(n);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target); // a copy cut short is no backup
        return Status::failure(
            tr("Cannot make a backup copy of %1 before upgrading it: %2. The file was not changed.")
                .arg(m_path, failureOf(q.lastError(), target)));
    }
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
        if (!st) {
            QString message = tr("Upgrading %1 to schema version %2 failed: %3").arg(m_path).arg(v + 1).arg(st.error());
            if (!m_backupPath.isEmpty())
                message += (message.endsWith(QLatin1Char('.')) ? QStringLiteral(" ") : QStringLiteral(". "))
                           + tr("The file was left at schema version %1; the copy made before the upgrade is %2.")
                                 .arg(v)
                                 .arg(m_backupPath);
            return Status::failure(message);
        }
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
    if (Status writable = checkWritable(); !writable)
        return writable;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(failureOf(q.lastError(), tr("Cannot save the setting %1").arg(key)));
    return {};
}

} // namespace c2c

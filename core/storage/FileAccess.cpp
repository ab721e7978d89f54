#include "FileAccess.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace c2c {

namespace {

// SQLite's primary result codes (sqlite3.h); Qt Sql passes them on as the native error code.
enum SqliteCode { Perm = 3, Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Full = 13, CantOpen = 14 };

bool writableIfPresent(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.isWritable();
}

} // namespace

FileAccess::Existing FileAccess::inspect(const QString &path)
{
    const QFileInfo info(path);
    Existing e;
    e.readable = info.isReadable();
    if (!info.isWritable()) {
        e.readOnly = true;
        e.reason = tr("the file is not writable");
        return e;
    }
    // SQLite writes its journal (-wal, -shm) beside the file: without them a change cannot be made.
    if (!QFileInfo(info.absolutePath()).isWritable()
        && !(writableIfPresent(path + QStringLiteral("-wal")) && writableIfPresent(path + QStringLiteral("-shm")))) {
        e.readOnly = true;
        e.reason = tr("its folder %1 is not writable").arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    return e;
}

QString FileAccess::cannotCreate(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    const QString shown = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (!folder.exists())
        return tr("Cannot create the portfolio %1: the folder %2 does not exist. Check the path, or create the "
                  "folder first; nothing was created.")
            .arg(path, shown);
    if (!folder.isDir())
        return tr("Cannot create the portfolio %1: %2 is not a folder.").arg(path, shown);
    if (!folder.isWritable())
        return tr("Cannot create the portfolio %1: permission denied, the folder %2 is not writable. Choose "
                  "another folder; nothing was created.")
            .arg(path, shown);
    return {};
}

int FileAccess::sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString FileAccess::lockedMessage(const QString &path)
{
    return tr("The portfolio %1 is locked: another program (or another C2C Portfolio window) is writing to it. "
              "Wait until it has finished, or close it, and try again; nothing was changed.")
        .arg(path);
}

QString FileAccess::readOnlyMessage(const QString &path, const QString &reason)
{
    return tr("The portfolio %1 is open read-only (%2): changes cannot be saved. Make it writable, or open a "
              "writable copy, to edit it; nothing was changed.")
        .arg(path, reason);
}

QString FileAccess::explain(int code, const QString &path)
{
    switch (code) {
    case Busy:
    case Locked:
        return lockedMessage(path);
    case ReadOnly:
        return readOnlyMessage(path, tr("the file or its folder is not writable"));
    case Perm:
    case CantOpen:
        return tr("Cannot use the portfolio %1: permission denied (or the file cannot be opened). Check the "
                  "permissions of the file and of its folder; nothing was changed.")
            .arg(path);
    case Full:
        return tr("Cannot write the portfolio %1: the disk is full. Free some space and try again; nothing was "
                  "changed.")
            .arg(path);
    case IoErr:
        return tr("Cannot read or write the portfolio %1: the operating system reported an input/output error "
                  "(a removed drive, a network folder gone?). Check the drive and try again.")
            .arg(path);
    default:
        return {};
    }
}

} // namespace c2c

#pragma once
// What the operating system lets us do with a portfolio file, and what an
// SQLite failure means for the person who has to fix it: a file that another
// program holds locked, a file or folder without permission, a full disk.
// Every message names the portfolio file and says what to do.
#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace c2c {

class FileAccess {
    Q_DECLARE_TR_FUNCTIONS(c2c::FileAccess)

public:
    // An existing portfolio file as this user may use it.
    struct Existing {
        bool readable = false;
        bool readOnly = false; // readable, but changes cannot be written
        QString reason;        // why it is read-only (translated), empty otherwise
    };
    static Existing inspect(const QString &path);

    // A failure when the folder of a new portfolio file is missing or not writable; empty when it can be created.
    static QString cannotCreate(const QString &path);

    // The SQLite result code of a Qt Sql error (its primary code), 0 when unknown.
    static int sqliteCode(const QSqlError &error);
    // A message for the failures a person can fix (locked, read-only, permission, disk full),
    // naming the file; empty for the others (a damaged file, a bug), which callers word themselves.
    static QString explain(int sqliteCode, const QString &path);

    static QString readOnlyMessage(const QString &path, const QString &reason);
    static QString lockedMessage(const QString &path);
};

} // namespace c2c

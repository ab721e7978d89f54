#pragma once
// Runs the real executable as a user without write access to the test's files.
// Tests run as root in CI, and root may write any file: as root the command runs
// as "nobody" (setpriv, else runuser); as anyone else it runs as that user.
#include "CliRunner.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <grp.h>
#include <unistd.h>

struct OtherUser {
    QStringList prefix; // the command that drops privileges, then the executable
    bool available = true;
    QString skipReason;

    OtherUser()
    {
        if (::geteuid() != 0) {
            prefix = {QStringLiteral(C2C_APP_EXE)};
            return;
        }
        const QString group = ::getgrnam("nogroup") ? QStringLiteral("nogroup") : QStringLiteral("nobody");
        if (const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv")); !setpriv.isEmpty())
            prefix = {setpriv, QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=") + group,
                      QStringLiteral("--clear-groups"), QStringLiteral(C2C_APP_EXE)};
        else if (const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser")); !runuser.isEmpty())
            prefix = {runuser, QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), QStringLiteral(C2C_APP_EXE)};
        else {
            available = false;
            skipReason = QStringLiteral("running as root without setpriv or runuser: cannot drop privileges");
        }
    }

    // home: a folder the other user may write (its HOME and data folder).
    Run run(const QStringList &args, const QString &home) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(home);
        p.start(prefix.first(), prefix.mid(1) + args);
        BOOST_REQUIRE(p.waitForFinished(120000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
};

// Everyone may enter and read the folder (the other user must reach the files in it).
inline void openToAll(const QString &path, bool writable)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                    | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                    | QFileDevice::ExeOther
                                    | (writable ? QFileDevice::WriteGroup | QFileDevice::WriteOther : QFileDevice::Permissions()));
}

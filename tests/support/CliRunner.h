#pragma once
// The real executable run as a user runs it, in a temporary home of its own
// (so the default portfolio is a fresh one): exit code, stdout and stderr.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

struct CliRunner {
    QTemporaryDir home;
    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), home.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C2C_APP_EXE), args);
        BOOST_REQUIRE(p.waitForFinished(120000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    // A command that must succeed and print JSON.
    QJsonObject json(const QStringList &args)
    {
        const Run r = run(args);
        BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        BOOST_REQUIRE_MESSAGE(error.error == QJsonParseError::NoError, error.errorString());
        return doc.object();
    }
};

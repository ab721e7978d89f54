// What a desktop needs to open a portfolio on a double-click: the shipped file
// type recognises a .c2c portfolio by its name and by its content (and a plain
// SQLite database as no portfolio), and the command that the menu entry runs
// (c2c-portfolio FILE) opens the window rather than treating FILE as a command.
#include "AppFixture.h"
#include "cli/Cli.h"
#include "portfolio/DefaultPortfolio.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

namespace {

const QString AppId = QStringLiteral("io.github.c2cportfolio.C2CPortfolio");

bool commandLine(std::initializer_list<QByteArray> args)
{
    std::vector<QByteArray> storage{QByteArrayLiteral("c2c-portfolio")};
    storage.insert(storage.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    return c2c::cli::isCommandLine(int(storage.size()), argv.data());
}

} // namespace

BOOST_AUTO_TEST_CASE(a_portfolio_is_recognised_by_name_and_content)
{
    QTemporaryDir dir;
    BOOST_REQUIRE(dir.isValid());
    // A mime database as an installed system has it: the freedesktop.org types
    // (shared-mime-info, which Qt Core depends on) and ours, compiled together.
    const QString packages = dir.filePath(QStringLiteral("mime/packages"));
    BOOST_REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("mime/packages")));
    BOOST_REQUIRE(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                              packages + QStringLiteral("/freedesktop.org.xml")));
    BOOST_REQUIRE(QFile::copy(QStringLiteral(C2C_SOURCE_DIR "/resources/desktop/%1.mime.xml").arg(AppId),
                              packages + QStringLiteral("/%1.xml").arg(AppId)));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(dir.path()));
    BOOST_REQUIRE(QProcess::execute(QStringLiteral("update-mime-database"), {dir.filePath(QStringLiteral("mime"))}) == 0);
    BOOST_REQUIRE(QFile::exists(dir.filePath(QStringLiteral("mime/mime.cache"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("home"))));

    const QString portfolio = dir.filePath(QStringLiteral("office.c2c"));
    BOOST_REQUIRE(static_cast<bool>(c2c::openPortfolio(portfolio)));
    const QString unnamed = dir.filePath(QStringLiteral("office-copy"));
    BOOST_REQUIRE(QFile::copy(portfolio, unnamed));
    // Another program's SQLite database: the same 16-byte header, no application id.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    QFile f(other);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray header(100, '\0');
    header.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    f.write(header);
    f.close();

    const QMimeDatabase db;
    BOOST_TEST(db.mimeTypeForFile(portfolio).name() == QStringLiteral("application/x-c2c-portfolio"));
    BOOST_TEST(db.mimeTypeForFile(unnamed, QMimeDatabase::MatchContent).name() == QStringLiteral("application/x-c2c-portfolio"));
    const QString otherType = db.mimeTypeForFile(other, QMimeDatabase::MatchContent).name();
    BOOST_TEST(otherType.toStdString() == "application/vnd.sqlite3");
    BOOST_TEST(db.mimeTypeForName(QStringLiteral("application/x-c2c-portfolio")).inherits(QStringLiteral("application/vnd.sqlite3")));
    BOOST_TEST(db.mimeTypeForName(QStringLiteral("application/x-c2c-portfolio")).iconName() == AppId);
}

BOOST_AUTO_TEST_CASE(a_file_named_alone_opens_the_window)
{
    QTemporaryDir dir;
    BOOST_REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("office.c2c"));
    QFile(file).open(QIODevice::WriteOnly);
    BOOST_TEST(!commandLine({QFile::encodeName(file)}));
    BOOST_TEST(!commandLine({QByteArrayLiteral("--lang"), QByteArrayLiteral("ko"), QFile::encodeName(file)}));
    BOOST_TEST(!commandLine({}));
    // A word that is neither a command nor a file stays a usage error; a command stays a command.
    BOOST_TEST(commandLine({QFile::encodeName(dir.filePath(QStringLiteral("missing.c2c")))}));
    BOOST_TEST(commandLine({QByteArrayLiteral("sumary")}));
    const QString cwd = QDir::currentPath();
    QFile(dir.filePath(QStringLiteral("summary"))).open(QIODevice::WriteOnly);
    QDir::setCurrent(dir.path());
    BOOST_TEST(commandLine({QByteArrayLiteral("summary")}));
    QDir::setCurrent(cwd);
}

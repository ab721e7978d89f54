#include "Gui.h"

#include "Translations.h"
#include "io/PartialFile.h"
#include "portfolio/DefaultPortfolio.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

namespace c2c::app {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("c2c-portfolio"));
    QCoreApplication::setApplicationName(QStringLiteral("c2c-portfolio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(C2C_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("C2C Portfolio"));
    // The installed .desktop file and icon share this id (resources/desktop); the
    // built-in copy of the icon serves when the app runs from the build folder.
    const QString id = QStringLiteral("io.github.c2cportfolio.C2CPortfolio");
    QGuiApplication::setDesktopFileName(id);
    QApplication::setWindowIcon(QIcon::fromTheme(id, QIcon(QStringLiteral(":/c2c/icons/%1.svg").arg(id))));

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Portfolio file."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("ko or en."), QStringLiteral("lang")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Portfolio file (as --db)."));
    parser.process(app);
    // --lang wins; otherwise the language chosen last time; otherwise the system's.
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    installLanguage(parser.isSet(QStringLiteral("lang")) ? languageFromCode(parser.value(QStringLiteral("lang")))
                    : saved.isEmpty()                    ? systemLanguage()
                                                         : languageFromCode(saved));

    // An export killed half-way left its temporary file in the folder exported to last.
    if (const QString folder = QSettings().value(QStringLiteral("export/folder")).toString(); !folder.isEmpty())
        PartialFile::removeStale(folder);

    // A file named alone is the one a file manager opens with the application.
    const QString file = parser.isSet(QStringLiteral("db")) || parser.positionalArguments().isEmpty()
                             ? parser.value(QStringLiteral("db"))
                             : parser.positionalArguments().constFirst();
    auto portfolio = openPortfolio(file);
    if (!portfolio) {
        QMessageBox::critical(nullptr, MainWindow::tr("Cannot open the portfolio"), portfolio.error());
        return 1;
    }
    MainWindow window(std::move(portfolio).value());
    window.show();
    return app.exec();
}

} // namespace c2c::app

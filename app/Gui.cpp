#include "Gui.h"

#include "Translations.h"
#include "io/PartialFile.h"
#include "portfolio/DefaultPortfolio.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
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

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Portfolio file."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("ko or en."), QStringLiteral("lang")});
    parser.process(app);
    // --lang wins; otherwise the language chosen last time; otherwise the system's.
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    installLanguage(parser.isSet(QStringLiteral("lang")) ? languageFromCode(parser.value(QStringLiteral("lang")))
                    : saved.isEmpty()                    ? systemLanguage()
                                                         : languageFromCode(saved));

    // An export killed half-way left its temporary file in the folder exported to last.
    if (const QString folder = QSettings().value(QStringLiteral("export/folder")).toString(); !folder.isEmpty())
        PartialFile::removeStale(folder);

    auto portfolio = openPortfolio(parser.value(QStringLiteral("db")));
    if (!portfolio) {
        QMessageBox::critical(nullptr, MainWindow::tr("Cannot open the portfolio"), portfolio.error());
        return 1;
    }
    MainWindow window(std::move(portfolio).value());
    window.show();
    return app.exec();
}

} // namespace c2c::app

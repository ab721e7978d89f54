#include "Cli.h"

#include "Commands.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstring>
#include <memory>

namespace c2c::cli {

std::span<const Command> commands()
{
    static const Command list[] = {
        {"list", QT_TRANSLATE_NOOP("c2c::cli::CliText", "List the projects that match the filters."), addListOptions, runList, false},
        {"summary", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Totals of the matching projects, overall and by actor, country, year, sector, SDG goal and status."), addSummaryOptions, runSummary, false},
        {"export", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Export the matching projects as a PDF report, an XLSX workbook, CSV or IATI XML."), addExportOptions, runExport, true},
        {"pivot", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Cross-table of the matching projects: one dimension in rows, another in columns, one measure."), addPivotOptions, runPivot, false},
        {"import", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Import projects from CSV files or IATI activity files: all or nothing."), addImportOptions, runImport, false},
        {"chart", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Draw a chart of the matching projects as a PNG or SVG image."), addChartOptions, runChart, true},
        {"set", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Change one project's fields in one transaction, as the editor does; prints its new version."), addSetOptions, runSet, false},
        {"generate", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Write a synthetic portfolio for demonstrations and benchmarks."), addGenerateOptions, runGenerate, false},
        {"bench", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Time the interactive paths on a portfolio."), addBenchOptions, runBench, true},
    };
    return list;
}

namespace {

const Command *findCommand(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-') {
            // Skip the value of the global options that take one.
            if ((!std::strcmp(argv[i], "--db") || !std::strcmp(argv[i], "--lang")) && i + 1 < argc)
                ++i;
            continue;
        }
        for (const Command &c : commands())
            if (!std::strcmp(argv[i], c.name))
                return &c;
        return nullptr;
    }
    return nullptr;
}

bool hasFlag(int argc, char *argv[], std::initializer_list<const char *> flags)
{
    for (int i = 1; i < argc; ++i)
        for (const char *f : flags)
            if (!std::strcmp(argv[i], f))
                return true;
    return false;
}

Language languageFromArgs(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i)
        if (!std::strcmp(argv[i], "--lang"))
            return languageFromCode(QString::fromLocal8Bit(argv[i + 1]), app::systemLanguage());
    return app::systemLanguage();
}

QString commandList()
{
    QString text = CliText::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name), -9).arg(CliText::tr(c.summary));
    return text;
}

} // namespace

bool isCommandLine(int argc, char *argv[])
{
    return findCommand(argc, argv) || hasFlag(argc, argv, {"--help", "-h", "--help-all", "--version", "-v"});
}

int main(int argc, char *argv[])
{
    const Command *command = findCommand(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        // Headless rendering works without a display.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("c2c-portfolio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(C2C_VERSION));
    const Language lang = languageFromArgs(argc, argv);
    app::installLanguage(lang);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("C2C Portfolio: portfolios of city-to-city partnerships.") + QLatin1Char('\n')
                                     + commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), CliText::tr("Portfolio file (default: your own portfolio)."), CliText::tr("path")});
    parser.addOption({QStringLiteral("lang"), CliText::tr("Language of the output: ko or en."), CliText::tr("lang")});
    parser.addPositionalArgument(QStringLiteral("command"), CliText::tr("The command to run (none: open the window)."));
    if (command)
        command->addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << Qt::endl << CliText::tr("Run with --help to see the options.") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (parser.isSet(QStringLiteral("help")) || !command) {
        out << parser.helpText();
        return command || parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString l = parser.value(QStringLiteral("lang"));
        if (l != QLatin1String("ko") && l != QLatin1String("en")) {
            err << CliText::tr("--lang: \"%1\" is not ko or en.").arg(l) << Qt::endl;
            return UsageError;
        }
    }
    const QStringList positional = parser.positionalArguments();
    const QLatin1String name(command->name);
    if (positional.size() > 1 && name != QLatin1String("import") && !(name == QLatin1String("set") && positional.size() == 2)) {
        err << CliText::tr("Unexpected argument: %1").arg(positional.at(1)) << Qt::endl;
        return UsageError;
    }
    Context context{parser, out, err, lang};
    return command->run(context);
}

} // namespace c2c::cli

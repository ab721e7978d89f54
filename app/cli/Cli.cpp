#include "Cli.h"

#include "Commands.h"
#include "Translations.h"
#include "io/PartialFile.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cstring>
#include <memory>

namespace c2c::cli {

std::span<const Command> commands()
{
    static const Command list[] = {
        {"list", QT_TRANSLATE_NOOP("c2c::cli::CliText", "List the projects that match the filters."), addListOptions, runList, false, false},
        {"summary", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Totals of the matching projects, overall and by actor, country, year, sector, SDG goal and status."), addSummaryOptions, runSummary, false, false},
        {"export", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Export the matching projects as a PDF report, an XLSX workbook, CSV or IATI XML."), addExportOptions, runExport, true, false},
        {"pivot", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Cross-table of the matching projects: one dimension in rows, another in columns, one measure."), addPivotOptions, runPivot, false, false},
        {"import", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Import projects from CSV files or IATI activity files: all or nothing."), addImportOptions, runImport, false, true},
        {"chart", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Draw a chart of the matching projects as a PNG or SVG image."), addChartOptions, runChart, true, false},
        {"set", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Change one project's fields in one transaction, as the editor does; prints its new version."), addSetOptions, runSet, false, true},
        {"generate", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Write a synthetic portfolio for demonstrations and benchmarks."), addGenerateOptions, runGenerate, false, true},
        {"bench", QT_TRANSLATE_NOOP("c2c::cli::CliText", "Time the interactive paths on a portfolio."), addBenchOptions, runBench, true, false},
    };
    return list;
}

namespace {

// Options taking a value: ours, and those QApplication reads for the window (-platform offscreen, -style fusion ...).
bool takesValue(const char *arg)
{
    static const char *const withValue[] = {"--db", "--lang", "-platform", "-platformpluginpath", "-platformtheme",
                                            "-plugin", "-qwindowgeometry", "-qwindowtitle", "-qwindowicon", "-style",
                                            "-stylesheet", "-session", "-display", "-geometry", "-title", "-name"};
    // Qt accepts its own options with one dash or two.
    const char *bare = (arg[0] == '-' && arg[1] == '-' && std::strcmp(arg, "--db") && std::strcmp(arg, "--lang")) ? arg + 1 : arg;
    for (const char *o : withValue)
        if (!std::strcmp(bare, o))
            return true;
    return false;
}

// The first argument that is neither an option nor an option's value: the command's name, if any.
const char *commandWord(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-') {
            if (takesValue(argv[i]) && i + 1 < argc)
                ++i;
            continue;
        }
        return argv[i];
    }
    return nullptr;
}

const Command *findCommand(int argc, char *argv[])
{
    const char *word = commandWord(argc, argv);
    if (!word)
        return nullptr;
    for (const Command &c : commands())
        if (!std::strcmp(word, c.name))
            return &c;
    return nullptr;
}

// --db "" (or --db= ): never silently the default portfolio.
bool emptyDbOption(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--db") && i + 1 < argc && !*argv[i + 1])
            return true;
        if (!std::strcmp(argv[i], "--db="))
            return true;
    }
    return false;
}

// Edit distance, for "did you mean": a typo of a command is one or two letters off.
int distance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
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
    // A word that is not a command is a usage error here, never a reason to open the window;
    // except an existing file that is not a command's name: the portfolio a file manager
    // passes on a double-click (the .desktop file's Exec=c2c-portfolio %f).
    const char *word = commandWord(argc, argv);
    if (word && !findCommand(argc, argv) && QFileInfo(QString::fromLocal8Bit(word)).isFile())
        word = nullptr;
    return word || emptyDbOption(argc, argv)
           || hasFlag(argc, argv, {"--help", "-h", "--help-all", "--version", "-v"});
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
    PartialFile::removeOnInterrupt(); // Ctrl+C in the middle of an export leaves no temporary file
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
    if (const char *word = commandWord(argc, argv); word && !command) {
        const QString given = QString::fromLocal8Bit(word);
        err << CliText::tr("\"%1\" is not a command of c2c-portfolio.").arg(given) << Qt::endl;
        for (const Command &c : commands())
            if (distance(given, QString::fromLatin1(c.name)) <= 2) {
                err << CliText::tr("Did you mean \"%1\"?").arg(QString::fromLatin1(c.name)) << Qt::endl;
                break;
            }
        err << commandList()
            << CliText::tr("To open a portfolio file in the window: c2c-portfolio --db PATH. Run with --help to see the options.")
            << Qt::endl;
        return UsageError;
    }
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << Qt::endl << CliText::tr("Run with --help to see the options.") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (parser.isSet(QStringLiteral("db")) && parser.value(QStringLiteral("db")).trimmed().isEmpty()) {
        err << CliText::tr("--db: the path is empty. Name a portfolio file, or leave --db out to use your own portfolio.")
            << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help")) || !command) {
        out << parser.helpText();
        return command || parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    }
    if (parser.isSet(QStringLiteral("db")) && !command->writes) {
        // Reading commands never create: a mistyped path must not become an empty portfolio of 0 projects.
        const QString db = parser.value(QStringLiteral("db"));
        if (!QFileInfo::exists(db)) {
            err << CliText::tr("There is no portfolio file %1 (%2 only reads an existing portfolio; nothing was "
                               "created). Check the path.")
                       .arg(QDir::toNativeSeparators(QFileInfo(db).absoluteFilePath()), QLatin1String(command->name))
                << Qt::endl;
            return BadInput;
        }
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString l = parser.value(QStringLiteral("lang"));
        if (l != QLatin1String("ko") && l != QLatin1String("en")) {
            err << CliText::tr("--lang: \"%1\" is not ko or en.").arg(l) << Qt::endl;
            return UsageError;
        }
    }
    const QLatin1String name(command->name);
    // A reversed year range is a mistyped command, not an empty selection.
    if (name != QLatin1String("set") && parser.optionNames().contains(QStringLiteral("from"))
        && parser.optionNames().contains(QStringLiteral("to"))) {
        bool fromOk = false, toOk = false;
        const int from = parser.value(QStringLiteral("from")).toInt(&fromOk), to = parser.value(QStringLiteral("to")).toInt(&toOk);
        if (fromOk && toOk && from > to) {
            err << CliText::tr("--from %1 is after --to %2; did you mean --from %2 --to %1?").arg(from).arg(to) << Qt::endl;
            return UsageError;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 && name != QLatin1String("import") && !(name == QLatin1String("set") && positional.size() == 2)) {
        err << CliText::tr("Unexpected argument: %1").arg(positional.at(1)) << Qt::endl;
        return UsageError;
    }
    Context context{parser, out, err, lang};
    return command->run(context);
}

} // namespace c2c::cli

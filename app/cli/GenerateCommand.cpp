#include "Commands.h"

#include "io/Generator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <climits>

namespace c2c::cli {

void addGenerateOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("projects"), CliText::tr("Number of projects to generate."), CliText::tr("N")});
    p.addOption({QStringLiteral("seed"), CliText::tr("Random seed (the same seed gives the same portfolio)."), CliText::tr("S"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("append"), CliText::tr("Add the projects to a portfolio that already has some (by default "
                                                       "generate only writes into an empty portfolio).")});
}

int runGenerate(Context &c)
{
    bool ok = false;
    const qlonglong n = c.parser.value(QStringLiteral("projects")).toLongLong(&ok);
    if (!c.parser.isSet(QStringLiteral("projects")) || !ok || n < 0) {
        c.err << CliText::tr("generate needs --projects N with N a whole number of at least 0.") << Qt::endl;
        return UsageError;
    }
    const qulonglong seed = c.parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        c.err << CliText::tr("--seed: \"%1\" is not a whole number.").arg(c.parser.value(QStringLiteral("seed"))) << Qt::endl;
        return UsageError;
    }
    if (!c.parser.isSet(QStringLiteral("db"))) {
        c.err << CliText::tr("generate needs --db PATH: it never writes into your own portfolio.") << Qt::endl;
        return UsageError;
    }
    auto portfolio = openPortfolioFromOptions(c.parser);
    if (!portfolio) {
        c.err << portfolio.error() << Qt::endl;
        return BadInput;
    }
    const std::int64_t existing = portfolio.value()->projects().count();
    if (existing > 0 && !c.parser.isSet(QStringLiteral("append"))) {
        c.err << CliText::tr("%1 already holds %n project(s): generate writes synthetic projects only into an empty "
                             "portfolio. Name a new file, or add --append to add them to these; nothing was changed.",
                             nullptr, int(std::min<std::int64_t>(existing, INT_MAX)))
                     .arg(QFileInfo(portfolio.value()->path()).absoluteFilePath())
              << Qt::endl;
        return BadInput;
    }
    QElapsedTimer timer;
    timer.start();
    Status st = Generator::run(*portfolio.value(), n, seed, [&](std::int64_t done) {
        c.err << CliText::tr("%1 of %2 projects generated").arg(done).arg(n) << Qt::endl;
    });
    if (!st) {
        c.err << st.error() << Qt::endl;
        return BadInput;
    }
    c.out << CliText::tr("%1 projects written to %2 in %3 s.")
                 .arg(n)
                 .arg(QFileInfo(portfolio.value()->path()).absoluteFilePath())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Success;
}

} // namespace c2c::cli

#pragma once
// What the commands share: options for the portfolio and the filters, and
// how they report.
#include "domain/LocalizedText.h"
#include "domain/Result.h"
#include "portfolio/Filter.h"
#include "portfolio/Portfolio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <memory>

namespace c2c::cli {

enum Exit { Success = 0, BadInput = 1, UsageError = 2 };

struct Context {
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    Language lang;
};

class CliText {
    Q_DECLARE_TR_FUNCTIONS(c2c::cli::CliText)
};

// The actor-kind filter is --kind, or another name where a command uses --kind
// for something else (chart --kind country: the chart's kind).
void addFilterOptions(QCommandLineParser &parser, const char *actorKindOption = "kind");
// Builds the filter; actor and country names are looked up in both languages.
Result<Filter> filterFromOptions(const QCommandLineParser &parser, const Snapshot &snapshot, const char *actorKindOption = "kind");
// An actor by id, MOIS code, or current or former name in either language (its successor
// when merged); 0 when there is none.
std::int64_t findActor(const Snapshot &snapshot, const QString &name);
// Opens --db, or the user's default portfolio.
Result<std::unique_ptr<Portfolio>> openPortfolioFromOptions(const QCommandLineParser &parser);
// What most commands start from: the portfolio of --db (or the default) and the
// projects its filter options select.
struct Query {
    std::unique_ptr<Portfolio> portfolio;
    Filter filter;
    Selection selection;
    const Snapshot &snapshot() const { return portfolio->snapshot(); }
};
Result<Query> openQuery(const QCommandLineParser &parser, const char *actorKindOption = "kind");
// Which output format was asked for, checked against the allowed ones.
Result<QString> formatOption(const QCommandLineParser &parser, const QStringList &allowed);
// A plain table: columns padded to their widest cell (Hangul counts double), the last one not padded.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows);

} // namespace c2c::cli

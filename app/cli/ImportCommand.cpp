#include "Commands.h"

#include "io/CsvImport.h"
#include "io/IatiImport.h"
#include "io/ImportWriter.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace c2c::cli {

void addImportOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("format"), CliText::tr("Import format: csv or iati."), CliText::tr("format")});
    p.addOption({QStringLiteral("dry-run"), CliText::tr("Check the files and report what an import would do, with what each update "
                                                        "would change, without changing anything.")});
    p.addOption({QStringLiteral("on-duplicate"),
                 CliText::tr("A project already there (same key or IATI identifier; for rows without a key, same lead "
                             "actor, title, partner country and start year): update (default) or skip."),
                 CliText::tr("action"), QStringLiteral("update")});
    p.addOption({QStringLiteral("currency"), CliText::tr("CSV: currency of amounts that name none, when there is no currency column."),
                 CliText::tr("code")});
    p.addOption({QStringLiteral("encoding"), CliText::tr("CSV: utf-8, cp949 or auto (default)."), CliText::tr("encoding"),
                 QStringLiteral("auto")});
    p.addPositionalArgument(QStringLiteral("files"), CliText::tr("The files to import."), CliText::tr("FILE..."));
}

namespace {

// Prints at most limit problems of a kind, then how many more there were.
void printIssues(Context &c, const ImportReport &report, ImportIssue::Kind kind, const QString &title)
{
    constexpr qsizetype limit = 200;
    qsizetype shown = 0, total = 0;
    for (const ImportIssue &i : report.issues) {
        if (i.kind != kind)
            continue;
        if (total++ == 0)
            c.err << title << Qt::endl;
        if (shown < limit) {
            c.err << QStringLiteral("  ") << i.text() << Qt::endl;
            ++shown;
        }
    }
    if (total > shown)
        c.err << QStringLiteral("  ") << CliText::tr("… and %1 more").arg(total - shown) << Qt::endl;
}

// What each update of a dry run would change, old → new; updates that change nothing are counted.
void printChanges(Context &c, const ImportReport &report)
{
    constexpr qsizetype limit = 200;
    qsizetype shown = 0, unchanged = 0, more = 0;
    for (const ImportUpdate &u : report.updates) {
        if (u.skipped)
            continue;
        const QList<FieldChange> changes = u.changes(c.lang);
        if (changes.isEmpty()) {
            ++unchanged;
            continue;
        }
        if (shown == limit) {
            ++more;
            continue;
        }
        if (shown++ == 0)
            c.out << CliText::tr("Changes (old → new):") << Qt::endl;
        const ImportIssue where{ImportIssue::Warning, u.file, u.line, {}, CliText::tr("updates %1").arg(u.before.key)};
        c.out << QStringLiteral("  ") << where.text() << (u.changesTitleOrActor ? QStringLiteral(" ⚠") : QString()) << Qt::endl;
        for (const FieldChange &f : changes)
            c.out << QStringLiteral("    ") << f.text() << Qt::endl;
    }
    if (more > 0)
        c.out << QStringLiteral("  ") << CliText::tr("… and %1 more update(s) with changes").arg(more) << Qt::endl;
    if (unchanged > 0)
        c.out << CliText::tr("%n update(s) change nothing.", nullptr, int(unchanged)) << Qt::endl;
    const qsizetype compared = shown + more + unchanged;
    if (report.updated > compared) // the report lists the first updates only
        c.out << CliText::tr("The changes of %1 more update(s) are not listed.").arg(report.updated - compared) << Qt::endl;
    if (report.titleOrActorChanges > 0)
        c.out << CliText::tr("⚠ %n update(s) would change a title or a lead actor: check that each is the same project.",
                             nullptr, int(report.titleOrActorChanges))
              << Qt::endl;
}

} // namespace

int runImport(Context &c)
{
    auto format = formatOption(c.parser, {QStringLiteral("csv"), QStringLiteral("iati")});
    if (!c.parser.isSet(QStringLiteral("format")) || !format) {
        c.err << CliText::tr("import needs --format csv or iati.") << Qt::endl;
        return UsageError;
    }
    const QString duplicates = c.parser.value(QStringLiteral("on-duplicate"));
    if (duplicates != QLatin1String("update") && duplicates != QLatin1String("skip")) {
        c.err << CliText::tr("--on-duplicate: \"%1\" is not update or skip.").arg(duplicates) << Qt::endl;
        return UsageError;
    }
    const QString encodingName = c.parser.value(QStringLiteral("encoding")).toLower();
    const TextEncoding encoding = encodingName == QLatin1String("cp949") || encodingName == QLatin1String("euc-kr")
                                      ? TextEncoding::Cp949
                                  : encodingName.startsWith(QLatin1String("utf")) ? TextEncoding::Utf8Bom // a BOM is skipped if present
                                                                                  : TextEncoding::Auto;
    const QString currency = c.parser.value(QStringLiteral("currency")).toUpper();
    if (!currency.isEmpty() && !isCurrencyCodeShaped(currency)) {
        c.err << CliText::tr("--currency: \"%1\" is not a currency code.").arg(currency) << Qt::endl;
        return UsageError;
    }
    const QStringList files = c.parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        c.err << CliText::tr("import needs at least one FILE.") << Qt::endl;
        return UsageError;
    }
    auto portfolio = openPortfolioFromOptions(c.parser);
    if (!portfolio) {
        c.err << portfolio.error() << Qt::endl;
        return BadInput;
    }
    const bool csv = format.value() == QLatin1String("csv");
    const ImportProducer produce = [&](const ItemSink &sink, QList<ImportIssue> &issues) {
        for (const QString &file : files) {
            if (!csv) {
                IatiImport::read(file, sink, issues);
                continue;
            }
            CsvOptions options;
            options.encoding = encoding;
            auto doc = CsvImport::load(file, options);
            if (!doc) {
                issues.append({ImportIssue::Error, {}, 0, {}, doc.error()}); // the message names the file
                continue;
            }
            c.err << CliText::tr("%1: %2, delimiter %3, %4")
                         .arg(QFileInfo(file).fileName(), TextDecoding::name(doc->encoding),
                              doc->delimiter == QLatin1Char('\t') ? QStringLiteral("TAB") : QString(doc->delimiter),
                              doc->hasHeader ? CliText::tr("header row") : CliText::tr("no header row"))
                  << Qt::endl;
            CsvRowOptions rowOptions{currency, QFileInfo(file).completeBaseName().toUpper()};
            CsvImport::read(doc.value(), ColumnMapping::suggest(doc->header), rowOptions, sink, issues);
        }
    };
    QElapsedTimer timer;
    timer.start();
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    const ImportReport report = ImportWriter::run(*portfolio.value(), produce,
                                                  duplicates == QLatin1String("skip") ? DuplicatePolicy::Skip
                                                                                      : DuplicatePolicy::Update,
                                                  dryRun);
    printIssues(c, report, ImportIssue::Warning, CliText::tr("Warnings:"));
    printIssues(c, report, ImportIssue::Error, CliText::tr("Errors:"));
    if (report.hasErrors()) {
        c.err << CliText::tr("Nothing was imported: %n error(s).", nullptr, int(report.errorCount())) << Qt::endl;
        return BadInput;
    }
    if (dryRun)
        printChanges(c, report);
    c.out << (dryRun ? CliText::tr("Dry run, nothing was changed. Would import %1, update %2, skip %3; %4 warning(s).")
                     : CliText::tr("Imported %1, updated %2, skipped %3; %4 warning(s)."))
                     .arg(report.imported)
                     .arg(report.updated)
                     .arg(report.skipped)
                     .arg(report.warningCount())
          << Qt::endl;
    c.err << CliText::tr("Import took %1 s.").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2) << Qt::endl;
    return Success;
}

} // namespace c2c::cli

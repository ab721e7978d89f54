#pragma once
// The exporters of a portfolio summary. Each writes its file atomically: the
// target is replaced only once the whole file is written, so a failed export
// never leaves a half file. Errors name the file and what went wrong.
#include "domain/Result.h"
#include "portfolio/Comparison.h"
#include "portfolio/Pivot.h"
#include "report/PortfolioSummary.h"

#include <QCoreApplication>
#include <functional>

namespace c2c {

class Portfolio;

using ExportProgress = std::function<void(std::int64_t done, std::int64_t total)>;

class Export {
    Q_DECLARE_TR_FUNCTIONS(c2c::Export)

public:
    // One row per project, UTF-8 with a BOM (Excel then reads Korean right), RFC 4180.
    static Status csv(const Portfolio &portfolio, const PortfolioSummary &summary, const QString &path,
                      const ExportProgress &progress = {});
    // Sheets Summary, Projects, By country, By actor, By year; money as numbers.
    // Cells cut to the spreadsheet's limit are listed in warnings.
    static Status xlsx(const Portfolio &portfolio, const PortfolioSummary &summary, const QString &path,
                       const ExportProgress &progress = {}, QStringList *warnings = nullptr);
    // IATI 2.03 activities; projects IATI cannot represent are left out and listed in skipped.
    static Status iati(Portfolio &portfolio, const PortfolioSummary &summary, const QString &path, QStringList *skipped = nullptr,
                       const ExportProgress &progress = {});
    // A pivot: the grid as CSV, or an XLSX sheet with the measure and caption (e.g. the filter) above it.
    static Status pivotCsv(const Pivot &pivot, PivotMeasure measure, Language lang, const QString &path);
    static Status pivotXlsx(const Pivot &pivot, PivotMeasure measure, Language lang, const QString &caption, const QString &path);
    // Cases side by side: one column per subject, the rows where they differ shaded; numbers as numbers.
    static Status comparisonXlsx(const Comparison &comparison, Language lang, const QString &caption, const QString &path);
};

} // namespace c2c

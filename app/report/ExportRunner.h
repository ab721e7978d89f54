#pragma once
// One export, as the File > Export dialog and `c2c-portfolio export` both run
// it: the summary of the chosen projects in the chosen language, rendered by
// the chosen format's writer into an atomically written file.
#include "domain/LocalizedText.h"
#include "domain/Result.h"
#include "io/ExportFormats.h"
#include "portfolio/Filter.h"

#include <QCoreApplication>
#include <QStringList>

namespace c2c::app {

enum class ExportFormat { Pdf, Xlsx, Csv, Iati };

struct ExportRequest {
    ExportFormat format = ExportFormat::Pdf;
    Language language = Language::English;
    QString path;
};

struct ExportOutcome {
    Status status;
    std::int64_t written = 0;
    QStringList skipped;  // projects the format cannot represent, each with why
    QStringList warnings; // what was written differently from the data (e.g. a cell cut to the spreadsheet limit)
};

class ExportRunner {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::ExportRunner)

public:
    static QString extension(ExportFormat format);
    static QString formatName(ExportFormat format);
    // "pdf", "xlsx", "csv", "iati" (the command line's names).
    static std::optional<ExportFormat> fromName(const QString &name);

    // Exports selection (the projects of filter, or some of them). When the
    // language differs from the interface's, the report is written in it and
    // the interface's language is restored afterwards.
    static ExportOutcome run(Portfolio &portfolio, const Filter &filter, const Selection &selection,
                             const ExportRequest &request, const ExportProgress &progress = {});
};

} // namespace c2c::app

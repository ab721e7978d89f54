#include "ExportRunner.h"

#include "PdfReport.h"
#include "Translations.h"
#include "io/PartialFile.h"

#include <QFileInfo>

namespace c2c::app {

namespace {

// Writes the export in its own language, then gives the interface its own back.
class LanguageScope {
public:
    explicit LanguageScope(Language lang)
        : m_previous(currentLanguage())
    {
        if (lang != m_previous)
            installLanguage(lang);
        m_changed = lang != m_previous;
    }
    ~LanguageScope()
    {
        if (m_changed)
            installLanguage(m_previous);
    }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    Language m_previous;
    bool m_changed = false;
};

} // namespace

QString ExportRunner::extension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Iati:
        return QStringLiteral("xml");
    }
    return {};
}

QString ExportRunner::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return tr("PDF report");
    case ExportFormat::Xlsx:
        return tr("Excel workbook (XLSX)");
    case ExportFormat::Csv:
        return tr("CSV, one row per project");
    case ExportFormat::Iati:
        return tr("IATI 2.03 activities (XML)");
    }
    return {};
}

std::optional<ExportFormat> ExportRunner::fromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (n == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("iati") || n == QLatin1String("xml"))
        return ExportFormat::Iati;
    return std::nullopt;
}

ExportOutcome ExportRunner::run(Portfolio &portfolio, const Filter &filter, const Selection &selection,
                                const ExportRequest &request, const ExportProgress &progress)
{
    const LanguageScope scope(request.language);
    PartialFile::removeStale(QFileInfo(request.path).absolutePath()); // left by an export killed half-way
    const PortfolioSummary summary = PortfolioSummary::build(portfolio, filter, selection, request.language);
    ExportOutcome outcome;
    switch (request.format) {
    case ExportFormat::Pdf:
        outcome.status = PdfReport::write(portfolio, summary, request.path);
        break;
    case ExportFormat::Xlsx:
        outcome.status = Export::xlsx(portfolio, summary, request.path, progress, &outcome.warnings);
        break;
    case ExportFormat::Csv:
        outcome.status = Export::csv(portfolio, summary, request.path, progress);
        break;
    case ExportFormat::Iati:
        outcome.status = Export::iati(portfolio, summary, request.path, &outcome.skipped, progress);
        break;
    }
    if (outcome.status)
        outcome.written = std::int64_t(selection.size()) - outcome.skipped.size();
    return outcome;
}

} // namespace c2c::app

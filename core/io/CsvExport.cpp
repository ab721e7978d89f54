#include "CsvWriter.h"
#include "ExportFormats.h"
#include "ProjectColumns.h"
#include "portfolio/Portfolio.h"

#include <QSaveFile>

namespace c2c {

Status Export::csv(const Portfolio &portfolio, const PortfolioSummary &summary, const QString &path,
                   const ExportProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const ProjectColumns columns(portfolio.snapshot(), summary.language);
    const CsvWriter csv;
    // A BOM first: Excel then reads the file as UTF-8 and shows Korean right.
    std::string chunk = "\xEF\xBB\xBF";
    chunk += csv.row(columns.headers()).toStdString();
    ProjectColumns::Cells cells;
    const auto total = static_cast<std::int64_t>(summary.rows.size());
    std::int64_t done = 0;
    const auto flush = [&] {
        const bool ok = file.write(chunk.data(), qint64(chunk.size())) == qint64(chunk.size());
        chunk.clear();
        return ok;
    };
    for (Row r : summary.rows) {
        columns.fill(r, cells);
        csv.appendRow(chunk, cells);
        if (chunk.size() > (1u << 20) && !flush())
            return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
        if (progress && ++done % 10000 == 0)
            progress(done, total);
    }
    if (!flush() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (progress)
        progress(total, total);
    return {};
}

} // namespace c2c

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
    const Snapshot &s = portfolio.snapshot();
    const CsvWriter csv;
    QByteArray chunk = QByteArrayLiteral("\xEF\xBB\xBF") + csv.row(ProjectColumns::headers(s)).toUtf8();
    const auto total = static_cast<std::int64_t>(summary.rows.size());
    std::int64_t done = 0;
    for (Row r : summary.rows) {
        chunk += csv.row(ProjectColumns::row(s, r, summary.language)).toUtf8();
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
            chunk.clear();
        }
        if (progress && ++done % 10000 == 0)
            progress(done, total);
    }
    if (file.write(chunk) != chunk.size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (progress)
        progress(total, total);
    return {};
}

} // namespace c2c

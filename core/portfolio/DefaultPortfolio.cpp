#include "DefaultPortfolio.h"

#include "io/SeedImport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace c2c {

QString defaultPortfolioPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("c2c-portfolio/portfolio.c2c"));
}

Result<std::unique_ptr<Portfolio>> openPortfolio(const QString &path,
                                                 const std::function<void(std::size_t, std::size_t)> &progress)
{
    const bool useDefault = path.isEmpty();
    const QString file = useDefault ? defaultPortfolioPath() : path;
    const bool isNew = !QFileInfo::exists(file) || QFileInfo(file).size() == 0;
    auto portfolio = Portfolio::open(file, progress);
    if (!portfolio || !isNew || !useDefault)
        return portfolio;
    // Only the user's default portfolio starts with the seed cases; a new file named with --db starts empty.
    Status st = SeedImport::run(*portfolio.value(), SeedImport::embeddedPath());
    if (!st)
        return Result<std::unique_ptr<Portfolio>>::failure(st.error());
    st = portfolio.value()->setName(Portfolio::tr("My portfolio"));
    if (!st)
        return Result<std::unique_ptr<Portfolio>>::failure(st.error());
    return portfolio;
}

} // namespace c2c

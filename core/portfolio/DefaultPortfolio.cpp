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
    // The data folder of the user's own portfolio is ours to create; a folder named with --db is not.
    if (useDefault && isNew && !QDir().mkpath(QFileInfo(file).absolutePath()))
        return Result<std::unique_ptr<Portfolio>>::failure(
            Portfolio::tr("Cannot create the folder %1 for your portfolio.").arg(QFileInfo(file).absolutePath()));
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

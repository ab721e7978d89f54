#pragma once
// The user's own portfolio: an SQLite file in the platform's application data
// folder, created from the seed cases on first use so a new user sees real data.
#include "Portfolio.h"

namespace c2c {

// e.g. ~/.local/share/c2c-portfolio/portfolio.c2c on Linux.
QString defaultPortfolioPath();
// Opens path (the default when empty); a new, empty default portfolio gets the seed cases.
Result<std::unique_ptr<Portfolio>> openPortfolio(const QString &path = {},
                                                 const std::function<void(std::size_t, std::size_t)> &progress = {});

} // namespace c2c

#pragma once
// The seed cases: real city-to-city partnership cases as printed in their
// sources, which a new user's portfolio starts with. Figures stay as printed
// (amount_as_printed), with their data-quality notes and sources; unknown years
// and amounts stay unknown.
#include "domain/Result.h"

#include <QCoreApplication>

namespace c2c {

class Portfolio;

class SeedImport {
    Q_DECLARE_TR_FUNCTIONS(c2c::SeedImport)

public:
    // Reads the seed CSV (columns as in resources/seed/seed-cases.csv) into the portfolio:
    // all rows or nothing.
    static Status run(Portfolio &portfolio, const QString &csvPath);
    // The copy compiled into the application.
    static QString embeddedPath() { return QStringLiteral(":/c2c/seed/seed-cases.csv"); }
};

} // namespace c2c

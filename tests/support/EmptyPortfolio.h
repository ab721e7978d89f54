#pragma once
// A new, empty portfolio file in a temporary folder, and the CSV fixtures' folder.
#include "portfolio/Portfolio.h"

#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>
#include <memory>

inline const QString kCsv = QStringLiteral(C2C_TEST_DATA "/csv/");

struct EmptyPortfolio {
    QTemporaryDir dir;
    std::unique_ptr<c2c::Portfolio> portfolio;
    EmptyPortfolio()
    {
        auto p = c2c::Portfolio::open(dir.filePath(QStringLiteral("p.c2c")));
        BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
        portfolio = std::move(p).value();
    }
};

#pragma once
// Cases side by side as a PDF: the indicators in rows, one column per
// subject, the rows where the subjects differ shaded (landscape beyond three).
#include "domain/Result.h"
#include "portfolio/Comparison.h"

#include <QCoreApplication>

namespace c2c::app {

class ComparisonPdf {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::ComparisonPdf)

public:
    static QString html(const Comparison &comparison, Language lang, const QString &caption);
    static Status write(const Comparison &comparison, Language lang, const QString &caption, const QString &path);
};

} // namespace c2c::app

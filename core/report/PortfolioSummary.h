#pragma once
// The data of a portfolio summary, independent of how it is rendered (PDF,
// XLSX, CSV): what was asked (the filter as a sentence), the key figures, the
// totals by actor, country, year, sector, SDG goal and status, the project
// list, the data-quality notes and the sources - in one language.
#include "domain/DisplayUnit.h"
#include "domain/LocalizedText.h"
#include "portfolio/Aggregation.h"

#include <QDateTime>

namespace c2c {

class Portfolio;

struct SummaryNote {
    QString key;
    QString title;
    QString field;
    QString note;
};

struct SummarySource {
    QString citation;
    QString url;
    std::int64_t projects = 0;
};

struct PortfolioSummary {
    QString portfolioName;
    QString filterDescription;
    QDateTime generated;
    Language language = Language::English;
    DisplayUnit unit = DisplayUnit::One;
    Totals totals;
    QList<Group> byActor, byCountry, byYear, bySectorCategory, bySdgGoal, byStatus;
    Selection rows; // the projects, in snapshot rows (read through the snapshot and RowText)
    QList<SummaryNote> qualityNotes;
    QList<SummarySource> sources;

    static PortfolioSummary build(Portfolio &portfolio, const Filter &filter, const Selection &selection, Language lang);
};

} // namespace c2c

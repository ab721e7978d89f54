#pragma once
// The portfolio summary as an A4 PDF report a government office can hand
// out: a title page, key figures, tables by actor, country, year, sector, SDG
// goal and status, the project list, data-quality notes and sources, with a
// header and page numbers on every page (laid out by PdfPages).
#include "domain/Result.h"
#include "report/PortfolioSummary.h"

#include "charts/ChartFactory.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace c2c::app {

class PdfReport {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::PdfReport)

public:
    // Projects listed in full up to this many; beyond, the report says where the full list is.
    static constexpr int ProjectListLimit = 400;
    static constexpr ChartKind ReportCharts[] = {ChartKind::Country, ChartKind::Actor, ChartKind::Year,
                                                 ChartKind::Sdg,     ChartKind::Sector, ChartKind::Status};
    static constexpr QSize ChartSize{640, 380};
    // The timeline has a row a project (up to 20): it gets a page of its own.
    static constexpr QSize TimelineSize{640, 560};

    static Status write(Portfolio &portfolio, const PortfolioSummary &summary, const QString &path);
    // The dashboard's charts of the summary's projects, as the report shows them.
    static QList<std::pair<QString, QImage>> charts(Portfolio &portfolio, const PortfolioSummary &summary);
    // The report's body as HTML (what write() lays out on pages).
    static QString html(Portfolio &portfolio, const PortfolioSummary &summary);
};

} // namespace c2c::app

#include "PdfReport.h"

#include "portfolio/Portfolio.h"
#include "portfolio/RowText.h"
#include "report/Figures.h"

#include "PdfPages.h"
#include "charts/ChartRenderer.h"

#include <QLocale>

namespace c2c::app {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}


QString groupTable(const QString &title, const QList<Group> &groups, const PortfolioSummary &s)
{
    QString html = QStringLiteral("<h2>%1</h2><table class='data' width='100%' cellspacing='0' cellpadding='4'>"
                                  "<tr><th align='left'>%2</th><th align='right'>%3</th><th align='right'>%4</th>"
                                  "<th align='right'>%5</th></tr>")
                       .arg(esc(title), esc(PdfReport::tr("Name")), esc(PdfReport::tr("Projects")),
                            esc(PdfReport::tr("Total")), esc(PdfReport::tr("Share")));
    const QLocale locale;
    for (const Group &g : groups) {
        QString name = esc(g.name.text(s.language));
        if (g.notCounted)
            name += QStringLiteral(" <span class='note'>(%1)</span>").arg(esc(PdfReport::tr("%n not counted", nullptr, int(g.notCounted))));
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>")
                    .arg(name, locale.toString(qlonglong(g.projects)), esc(Figures::totalText(g, s.totals.currency, s.unit, locale)),
                         esc(Figures::shareText(g, s.totals, locale)));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString PdfReport::html(Portfolio &portfolio, const PortfolioSummary &s)
{
    const QLocale locale;
    const Snapshot &snap = portfolio.snapshot();
    QString html = QStringLiteral(
        "<html><head><style>"
        "h1 { font-size: 24pt; color: #1f3a5f; } h2 { font-size: 14pt; color: #1f3a5f; margin-top: 14pt; }"
        "table.data { border-collapse: collapse; } table.data th { background: #dde7f0; }"
        "table.data td, table.data th { border-bottom: 1px solid #c8d2dc; font-size: 9pt; }"
        ".note { color: #7a4b00; font-size: 8pt; } .muted { color: #555; }"
        "</style></head><body>");
    // Title page.
    html += QStringLiteral("<p><br/><br/><br/></p><h1>%1</h1><p style='font-size:16pt'>%2</p><p style='font-size:12pt'>%3</p>"
                           "<p class='muted'>%4</p>")
                .arg(esc(s.portfolioName.isEmpty() ? tr("Portfolio summary") : s.portfolioName), esc(tr("Portfolio summary")),
                     esc(s.filterDescription), esc(tr("Generated on %1").arg(locale.toString(s.generated, QLocale::LongFormat))));
    // Key figures, on the title page: what a reader wants first.
    html += QStringLiteral("<p><br/></p><h2>%1</h2><table class='data' width='60%' cellpadding='4' cellspacing='0'>")
                .arg(esc(tr("Key figures")));
    QList<std::pair<QString, QString>> figures;
    for (const Figures::KeyFigure &f : Figures::keyFigures(s.totals))
        figures.append({f.label, f.isMoney ? Figures::totalText(s.totals, s.unit, locale) : locale.toString(qlonglong(f.count))});
    figures.append({tr("Data-quality notes"), locale.toString(qlonglong(s.qualityNotes.size()))});
    for (const auto &[label, value] : figures)
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(esc(label), esc(value));
    html += QStringLiteral("</table><p class='note'>%1</p>")
                .arg(esc(tr("Unknown amounts are not counted as zero. Amounts are split among partner countries by their "
                            "shares (evenly when none is stated), among sectors by their percentages, evenly among SDG goals, "
                            "and evenly over the years of each budget line.")));
    // The dashboard's charts, two to a page, then the timeline.
    html += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(esc(tr("Charts")));
    const int width = PdfPages::PortraitBodyWidth - 20;
    const int height = width * ChartSize.height() / ChartSize.width();
    for (const ChartKind kind : ReportCharts)
        html += QStringLiteral("<p align='center'><img src='chart-%1' width='%2' height='%3'/></p>").arg(int(kind)).arg(width).arg(height);
    html += QStringLiteral("<p align='center' style='page-break-before: always'><img src='chart-%1' width='%2' height='%3'/></p>")
                .arg(int(ChartKind::Timeline))
                .arg(width)
                .arg(width * TimelineSize.height() / TimelineSize.width());

    html += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(esc(tr("Totals")));
    html += groupTable(tr("By lead actor"), s.byActor, s);
    html += groupTable(tr("By partner country"), s.byCountry, s);
    html += groupTable(tr("By year"), s.byYear, s);
    html += groupTable(tr("By sector"), s.bySectorCategory, s);
    html += groupTable(tr("By SDG goal"), s.bySdgGoal, s);
    html += groupTable(tr("By status"), s.byStatus, s);

    // Projects.
    html += QStringLiteral("<h2 style='page-break-before: always'>%1</h2><table class='data' width='100%' cellspacing='0' cellpadding='3'>"
                           "<tr><th align='left' width='33%'>%2</th><th align='left' width='16%'>%3</th><th align='left' width='18%'>%4</th>"
                           "<th align='left' width='11%'>%5</th><th align='right' width='22%'>%6</th></tr>")
                .arg(esc(tr("Projects")), esc(tr("Title")), esc(tr("Lead actor")), esc(tr("Partner countries")),
                     esc(tr("Period")), esc(tr("Budget")));
    int listed = 0;
    for (Row r : s.rows) {
        if (listed++ == ProjectListLimit)
            break;
        const QString budget = isCounted(snap.reported[r]) ? esc(formatInUnit(snap.reported[r], s.totals.currency, s.unit, locale))
                               : snap.reported[r] == NoRate ? esc(tr("no exchange rate"))
                                                            : esc(tr("unknown"));
        html += QStringLiteral("<tr><td>%1%2<br/><span class='muted'>%3</span></td><td>%4</td><td>%5</td><td>%6</td><td align='right' style='white-space: nowrap'>%7</td></tr>")
                    .arg(esc(rowtext::title(snap, r, s.language)), snap.qualityNotes[r] ? QStringLiteral(" ⚠") : QString(),
                         esc(snap.text(r, TextField::Key)), esc(rowtext::actor(snap, r, s.language)),
                         esc(rowtext::countries(snap, r, s.language)), esc(rowtext::period(snap, r)), budget);
    }
    html += QStringLiteral("</table>");
    if (s.rows.size() > std::size_t(ProjectListLimit))
        html += QStringLiteral("<p class='note'>%1</p>")
                    .arg(esc(tr("The first %1 of %2 projects are listed; the XLSX or CSV export has them all.")
                                 .arg(ProjectListLimit)
                                 .arg(locale.toString(qlonglong(s.rows.size())))));

    if (!s.qualityNotes.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Data-quality notes")));
        for (const SummaryNote &n : s.qualityNotes)
            html += QStringLiteral("<li><b>%1</b> (%2): %3</li>").arg(esc(n.title), esc(n.key), esc(n.note));
        html += QStringLiteral("</ul>");
    }
    if (!s.sources.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Sources")));
        for (const SummarySource &src : s.sources)
            html += QStringLiteral("<li>%1 %2</li>")
                        .arg(esc(src.citation), esc(tr("(%n project(s))", nullptr, int(src.projects))));
        html += QStringLiteral("</ul>");
    }
    return html + QStringLiteral("</body></html>");
}

QList<std::pair<QString, QImage>> PdfReport::charts(Portfolio &portfolio, const PortfolioSummary &summary)
{
    // Drawn at three times their size: sharp on paper, with labels at a readable
    // size once the chart fills the page's width.
    QList<std::pair<QString, QImage>> images;
    for (const ChartKind kind : ReportCharts)
        images.append({QStringLiteral("chart-%1").arg(int(kind)),
                       ChartRenderer::image(kind, portfolio, summary.rows, summary.language, ChartSize, {}, 3)});
    images.append({QStringLiteral("chart-%1").arg(int(ChartKind::Timeline)),
                   ChartRenderer::image(ChartKind::Timeline, portfolio, summary.rows, summary.language, TimelineSize, {}, 3)});
    return images;
}

Status PdfReport::write(Portfolio &portfolio, const PortfolioSummary &summary, const QString &path)
{
    const QString header = summary.portfolioName.isEmpty() ? tr("Portfolio summary") : summary.portfolioName;
    return PdfPages::write(html(portfolio, summary), header, summary.generated.date(), path, QPageLayout::Portrait,
                           charts(portfolio, summary));
}

} // namespace c2c::app

#include "ComparisonPdf.h"

#include "PdfPages.h"

namespace c2c::app {

QString ComparisonPdf::html(const Comparison &c, Language lang, const QString &caption)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")); };
    QString html = QStringLiteral(
        "<html><head><style>h1 { font-size: 18pt; color: #1f3a5f; } .muted { color: #555; }"
        "table { border-collapse: collapse; } th { background: #dde7f0; } td, th { border-bottom: 1px solid #c8d2dc; font-size: 9pt; }"
        "tr.differs td { background: #fff4d6; }</style></head><body>");
    html += QStringLiteral("<h1>%1</h1><p class='muted'>%2</p>").arg(esc(tr("Comparison")), esc(caption));
    html += QStringLiteral("<table width='100%' cellpadding='4' cellspacing='0'><tr><th align='left'>%1</th>").arg(esc(tr("Indicator")));
    for (const QString &subject : c.subjects)
        html += QStringLiteral("<th align='left'>%1</th>").arg(esc(subject));
    html += QStringLiteral("</tr>");
    for (const ComparisonRow &row : c.rows) {
        html += row.differs ? QStringLiteral("<tr class='differs'>") : QStringLiteral("<tr>");
        html += QStringLiteral("<td><b>%1</b></td>").arg(esc(row.label.text(lang)));
        for (const QString &v : row.values)
            html += QStringLiteral("<td>%1</td>").arg(esc(v));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p class='muted'>%1</p></body></html>").arg(esc(tr("Shaded rows: the cases differ.")));
    return html;
}

Status ComparisonPdf::write(const Comparison &c, Language lang, const QString &caption, const QString &path)
{
    return PdfPages::write(html(c, lang, caption), tr("Comparison"), QDate::currentDate(), path,
                           c.subjects.size() > 3 ? QPageLayout::Landscape : QPageLayout::Portrait);
}

} // namespace c2c::app

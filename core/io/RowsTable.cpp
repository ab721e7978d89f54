#include "RowsTable.h"

#include "CsvWriter.h"
#include "ProjectColumns.h"

namespace c2c {

namespace {

void appendHtmlRow(QString &html, const QStringList &cells, bool header)
{
    html += QStringLiteral("<tr>");
    for (int c = 0; c < cells.size(); ++c) {
        const QString escaped = cells[c].toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (header)
            html += QStringLiteral("<th>%1</th>").arg(escaped);
        else if (ProjectColumns::isNumber(c))
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(escaped);
        else
            html += QStringLiteral("<td>%1</td>").arg(escaped);
    }
    html += QStringLiteral("</tr>\n");
}

} // namespace

RowsTable rowsTable(const Snapshot &snapshot, const std::vector<Row> &rows, Language lang)
{
    const ProjectColumns columns(snapshot, lang);
    const CsvWriter tabs(QLatin1Char('\t'));
    const QStringList headers = columns.headers();
    std::string tsv = tabs.row(headers).toStdString();
    RowsTable out;
    out.html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table border=\"1\">\n");
    appendHtmlRow(out.html, headers, true);
    ProjectColumns::Cells cells;
    QStringList texts;
    for (Row r : rows) {
        columns.fill(r, cells);
        tabs.appendRow(tsv, cells);
        texts.clear();
        for (const std::string &cell : cells)
            texts.append(QString::fromStdString(cell));
        appendHtmlRow(out.html, texts, false);
    }
    out.html += QStringLiteral("</table></body></html>\n");
    out.tsv = QString::fromStdString(tsv);
    return out;
}

} // namespace c2c

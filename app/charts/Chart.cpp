#include "Chart.h"

#include "portfolio/Portfolio.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCursor>
#include <QTextDocument>
#include <QToolTip>

namespace c2c::app {

Chart::Chart(QObject *parent) : QObject(parent), m_chart(new QChart)
{
    // Animations would make every filter change wait and render half-drawn images.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->legend()->setVisible(false);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    QFont title = m_chart->titleFont();
    title.setBold(true);
    m_chart->setTitleFont(title);
    // A narrower or wider chart breaks its note into other lines.
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] {
        if (m_chart && m_chart->size().width() != m_titleWidth)
            layOutTitle();
    });
}

Chart::~Chart()
{
    // A chart that no scene took (never shown nor drawn) is still ours.
    if (m_chart && !m_chart->scene())
        delete m_chart;
}

void Chart::update(Portfolio &portfolio, const Selection &selection, Language lang)
{
    load(portfolio, selection, lang);
    present(amountScale(m_currency, portfolio.displayUnit(), largestAmount(), lang));
}

QString Chart::toolTip(int) const
{
    return {};
}

void Chart::setTitle(const QString &title, const QString &note)
{
    m_title = title;
    m_note = note;
    layOutTitle();
}

void Chart::layOutTitle()
{
    // Chart titles take HTML: the note goes on smaller lines under the title, so exported images
    // carry it too. Qt Charts cuts a title wider than the chart, so the note is broken into lines.
    const auto line = [](const QString &text) {
        return QStringLiteral("<br><span style=\"font-weight:normal; font-size:small; color:#9a4a00;\">%1</span>")
            .arg(text.toHtmlEscaped());
    };
    const double width = m_chart->size().width() > 0 ? m_chart->size().width() - 24 : 500;
    m_titleWidth = m_chart->size().width();
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(m_chart->titleFont());
    const auto fits = [&](const QString &text) {
        doc.setHtml(line(text));
        return doc.idealWidth() <= width;
    };
    QString html = m_title.toHtmlEscaped();
    QString current;
    for (const QString &word : m_note.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (current.isEmpty() || fits(longer)) {
            current = longer;
        } else {
            html += line(current);
            current = word;
        }
    }
    if (!current.isEmpty())
        html += line(current);
    m_chart->setTitle(html);
}

void Chart::showToolTip(bool show, int index)
{
    // The view asks the scene for a tooltip when the mouse rests, and the scene hides any tooltip
    // when no item under the mouse has one: the chart holds the hovered bar's text while hovered.
    const QString text = show ? toolTip(index) : QString();
    m_chart->setToolTip(text);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

void Chart::clear()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

QString Chart::notCountedNote(std::int64_t notCounted, Language lang)
{
    if (notCounted <= 0)
        return {};
    return chartTr(lang, QT_TRANSLATE_N_NOOP("c2c::app::Charts", "%n project(s) not counted (unknown amount or no exchange rate)"),
                   int(notCounted));
}

QString Chart::nothingNote(Language lang)
{
    return chartTr(lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "No project matches the filters"));
}

} // namespace c2c::app

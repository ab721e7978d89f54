#include "Chart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCursor>
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
}

Chart::~Chart()
{
    // A chart that no scene took (never shown nor drawn) is still ours.
    if (m_chart && !m_chart->scene())
        delete m_chart;
}

QString Chart::toolTip(int) const
{
    return {};
}

void Chart::setTitle(const QString &title, const QString &note)
{
    m_title = title;
    m_note = note;
    // Chart titles take HTML: the note goes on a second, smaller line so exported images carry it too.
    QString html = title.toHtmlEscaped();
    if (!note.isEmpty())
        html += QStringLiteral("<br><span style=\"font-weight:normal; font-size:small; color:#9a4a00;\">%1</span>")
                    .arg(note.toHtmlEscaped());
    m_chart->setTitle(html);
}

void Chart::showToolTip(bool show, int index)
{
    if (show)
        QToolTip::showText(QCursor::pos(), toolTip(index));
    else
        QToolTip::hideText();
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

#pragma once
// One chart of the dashboard: a QChart rebuilt from core's aggregation of a
// selection. The QChart belongs to the scene that shows it (a QChartView, or
// the renderer's scene); this object only fills it and reports clicks.
#include "ChartKind.h"
#include "ChartText.h"
#include "portfolio/Aggregation.h"

#include <QChart>
#include <QObject>
#include <QPointer>

namespace c2c {
class Portfolio;
}

namespace c2c::app {

// One facet of a click: "the group(s) keys of dimension by".
struct DrillStep {
    GroupBy by;
    QStringList keys;
};

class Chart : public QObject {
    Q_OBJECT

public:
    explicit Chart(QObject *parent = nullptr);
    ~Chart() override;

    QChart *chart() const { return m_chart; }
    virtual ChartKind kind() const = 0;
    // Rebuilds the chart for the selection, with its texts in lang and amounts in a unit
    // picked from its own largest figure (or the portfolio's display unit).
    void update(Portfolio &portfolio, const Selection &selection, Language lang);
    // The two halves of update(), for a dashboard that shows every chart in one unit:
    // load() computes the figures, present() draws them with amounts in scale.
    virtual void load(Portfolio &portfolio, const Selection &selection, Language lang) = 0;
    virtual void present(const AmountScale &scale) = 0;
    // The largest amount the chart draws (minor units of currency()); 0 when it draws none.
    virtual Int128 largestAmount() const { return 0; }
    const QString &currency() const { return m_currency; }
    // The height at which every label of the chart can be read (0: any height will do).
    virtual int preferredHeight() const { return 0; }
    // The width at which every label of the chart can be read (0: any width will do).
    virtual int preferredWidth() const { return 0; }
    // The note under the title: what the chart could not count or show (empty when nothing).
    const QString &note() const { return m_note; }
    // The title as plain text.
    const QString &title() const { return m_title; }
    // The tooltip of a bar or slice (index in the chart's own order), for views and tests.
    virtual QString toolTip(int index) const;

signals:
    // The user clicked a bar or slice: narrow the workspace's filter by these steps.
    void drillDown(const QList<c2c::app::DrillStep> &steps);
    // The user clicked one project (the timeline's rows): show it.
    void projectChosen(std::int64_t projectId);

protected:
    void setTitle(const QString &title, const QString &note);
    void layOutTitle();
    // A bar or slice was hovered (show) or left: its tooltip, now and when the view asks for it.
    void showToolTip(bool show, int index);
    // Removes the previous series and axes.
    void clear();
    // "2 projects not counted (unknown amount or no exchange rate)", or empty.
    static QString notCountedNote(std::int64_t notCounted, Language lang);
    // What an empty chart says: nothing matches the filters.
    static QString nothingNote(Language lang);

    QPointer<QChart> m_chart; // null once the scene that showed it deleted it
    QString m_title;
    QString m_note;
    qreal m_titleWidth = -1; // the chart width the note was broken into lines for
    QString m_currency; // the reporting currency of the figures loaded
    Language m_lang = Language::English;
};

} // namespace c2c::app

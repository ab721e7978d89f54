#pragma once
// Horizontal bars of budget by group, largest at the top: the top groups of
// a dimension, then the rest merged into "others", then "not stated".
#include "Chart.h"

#include <QColor>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace c2c::app {

class GroupBarChart : public Chart {
    Q_OBJECT

public:
    struct Bar {
        Group group;
        QStringList keys; // what a click filters on (several for "others", none for "not stated")
    };

    using Chart::Chart;
    void load(Portfolio &portfolio, const Selection &selection, Language lang) override;
    void present(const AmountScale &scale) override;
    Int128 largestAmount() const override;
    int preferredHeight() const override;
    QString toolTip(int index) const override;
    // The bars from top to bottom, as drawn.
    const QList<Bar> &bars() const { return m_bars; }
    const AmountScale &scale() const { return m_scale; }
    virtual GroupBy dimension() const = 0;

protected:
    virtual int limit() const { return 15; }
    virtual QString heading(Language lang) const = 0;
    // The bar's name (elided on the axis, in full in the tooltip).
    virtual QString label(const Bar &bar, Language lang) const { return bar.group.name.text(lang); }
    // A colour per bar (e.g. the SDG goals'), or invalid for the chart's one colour.
    virtual QColor barColour(const Bar &) const { return {}; }

private:
    // Builds the series and axes anew; refill() only changes values and labels when the
    // chart keeps its shape, which spares Qt Charts recreating hundreds of items per filter change.
    void build(const QStringList &labels);
    bool refill(const QStringList &labels);
    void fillValueAxis();
    void click(int categoryIndex);
    QFont labelFont() const;

    QAbstractBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    QList<Bar> m_bars;
    AmountScale m_scale;
    Int128 m_total = 0;
};

} // namespace c2c::app

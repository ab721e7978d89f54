#pragma once
// The pivot as a table: column 0 names the row groups, then one column per
// column group and a Total column; the last row holds the column totals.
// Core computed every figure; clicking a header sorts the rows by that column.
#include "portfolio/Pivot.h"

#include <QAbstractTableModel>

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class PivotModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit PivotModel(Portfolio &portfolio, QObject *parent = nullptr);

    void setPivot(Pivot pivot, PivotMeasure measure);
    const Pivot &pivot() const { return m_pivot; }
    PivotMeasure measure() const { return m_measure; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The cell behind an index (the totals included); nullptr for the name column.
    const PivotCell *cell(const QModelIndex &index) const;
    // The workspace filter that selects a cell's projects, added to base; nullopt for totals over
    // everything and for "not stated" groups.
    std::optional<Filter> drillDown(const QModelIndex &index, const Filter &base) const;
    void retranslate();

private:
    bool isTotalRow(int row) const { return row == int(m_pivot.rows.keys.size()); }
    bool isTotalColumn(int column) const { return column == int(m_pivot.cols.keys.size()) + 1; }
    QString valueText(const PivotCell &cell) const;

    Portfolio &m_portfolio;
    Pivot m_pivot;
    PivotMeasure m_measure = PivotMeasure::Total;
};

} // namespace c2c::app

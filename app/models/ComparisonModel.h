#pragma once
// Cases side by side: one row per indicator (or project field), one column
// per subject after the indicator's name; rows where the subjects differ are
// shaded. Core computed and formatted every value.
#include "portfolio/Comparison.h"

#include <QAbstractTableModel>

namespace c2c::app {

class ComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(Comparison comparison);
    const Comparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Comparison m_comparison;
};

} // namespace c2c::app

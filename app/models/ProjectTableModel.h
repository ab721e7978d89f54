#pragma once
// The project table: a model over core's current selection of the snapshot.
// Filtering and sorting happen in core; this model only presents rows.
#include "portfolio/Filter.h"
#include "portfolio/SelectionUpdate.h"
#include "portfolio/Sorting.h"

#include <QAbstractTableModel>

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class ProjectTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Key, Title, Actor, Countries, Locality, Period, Status, Modality, Amount, Reported, Sectors, SdgTargets, QualityNote, ColumnCount };

    explicit ProjectTableModel(Portfolio &portfolio, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new selection (another filter): the table is rebuilt.
    void setSelection(Selection selection);
    // The same filter after an edit: only the rows that were removed, inserted or changed
    // are announced (removals and insertions in contiguous ranges, dataChanged for the
    // rest), so the view keeps its selection, current row and scroll position.
    void applyUpdate(const SelectionUpdate &update);
    // Sorts the rows shown (core sorts the selection; unknown values last).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Headers and cell texts follow the language and the reporting currency.
    void retranslate();
    const Selection &selection() const { return m_selection; }
    Row snapshotRow(int row) const { return m_selection[static_cast<std::size_t>(row)]; }
    std::int64_t projectId(int row) const;
    // The table row showing the project, or -1.
    int rowOfProject(std::int64_t projectId) const;
    // The table rows showing these snapshot rows (ascending snapshot rows), ascending.
    std::vector<int> positionsOf(const std::vector<Row> &rows) const;

private:
    QString cellText(Row r, int column) const;
    void applySort();
    bool inRowOrder() const;
    SortKey sortKey() const;
    RowOrder rowOrder() const;
    void moveToSortedPlace(const std::vector<Row> &changed);
    void removePositions(const std::vector<int> &positions);
    void insertEntered(const std::vector<Row> &entered);
    Portfolio &m_portfolio;
    Selection m_selection;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace c2c::app

#pragma once
// A table whose first column (the row labels) stays in view while the other
// columns scroll sideways: a second view over the left edge shows that
// column, sharing the model, the selection, the row heights and the scrolling.
#include <QTableView>

namespace c2c::app {

class FrozenColumnTable : public QTableView {
    Q_OBJECT

public:
    explicit FrozenColumnTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The view that shows the first column over the table's left edge.
    QTableView *frozenView() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;

private:
    void columnsChanged();
    void placeFrozen();

    QTableView *m_frozen;
};

} // namespace c2c::app

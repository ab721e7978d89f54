#include "FrozenColumnTable.h"

#include <QHeaderView>
#include <QScrollBar>

namespace c2c::app {

FrozenColumnTable::FrozenColumnTable(QWidget *parent) : QTableView(parent), m_frozen(new QTableView(this))
{
    setObjectName(QStringLiteral("frozenColumnTable"));
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border-right: 1px solid palette(mid); }"));
    // The other columns pass under the frozen one pixel by pixel, never half a column at a time.
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    viewport()->stackUnder(m_frozen);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == 0) {
            m_frozen->setColumnWidth(0, size);
            placeFrozen();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) { m_frozen->setRowHeight(logical, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(m_frozen, &QTableView::doubleClicked, this, &QTableView::doubleClicked);
    connect(m_frozen, &QTableView::clicked, this, &QTableView::clicked);
}

void FrozenColumnTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnTable::columnsChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, &FrozenColumnTable::columnsChanged);
    connect(model, &QAbstractItemModel::columnsInserted, this, &FrozenColumnTable::columnsChanged);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &FrozenColumnTable::columnsChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FrozenColumnTable::columnsChanged);
    columnsChanged();
}

void FrozenColumnTable::columnsChanged()
{
    QAbstractItemModel *m = model();
    if (!m)
        return;
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setWordWrap(wordWrap());
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    for (int c = 0; c < m->columnCount(); ++c)
        m_frozen->setColumnHidden(c, c != 0);
    if (m->columnCount() > 0)
        m_frozen->setColumnWidth(0, columnWidth(0));
    for (int r = 0; r < m->rowCount(); ++r)
        m_frozen->setRowHeight(r, rowHeight(r));
    placeFrozen();
}

void FrozenColumnTable::placeFrozen()
{
    const bool shown = model() && model()->columnCount() > 0 && !isColumnHidden(0);
    m_frozen->setVisible(shown);
    if (!shown)
        return;
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), columnWidth(0) + 1,
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value());
}

void FrozenColumnTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeFrozen();
}

void FrozenColumnTable::updateGeometries()
{
    QTableView::updateGeometries();
    placeFrozen();
}

QModelIndex FrozenColumnTable::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(action, modifiers);
    // Moving left: a cell hidden under the frozen column is scrolled out from under it.
    if (action == MoveLeft && current.column() > 0 && visualRect(current).left() < columnWidth(0))
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + visualRect(current).left() - columnWidth(0));
    return current;
}

void FrozenColumnTable::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // The frozen column is always in view: for it, scroll only up or down.
    const int sideways = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    if (index.column() == 0) {
        horizontalScrollBar()->setValue(sideways);
        return;
    }
    // Nor may another cell end up under it.
    const int hidden = columnWidth(0) - visualRect(index).left();
    if (hidden > 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hidden);
}

} // namespace c2c::app

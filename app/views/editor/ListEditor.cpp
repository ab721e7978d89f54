#include "ListEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c2c::app {

ListEditor::ListEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this))
{
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        QStringList initial;
        for (const ListColumn &c : m_columns)
            initial.append(c.initial ? c.initial() : QString());
        addRow(initial);
        // Ready for typing: the new row's first cell has the focus.
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, 0);
        if (QWidget *cell = m_table->cellWidget(row, 0))
            cell->setFocus();
        else
            m_table->editItem(m_table->item(row, 0));
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        QList<int> numbers;
        for (const QModelIndex &i : rows)
            numbers.append(i.row());
        if (numbers.isEmpty() && m_table->currentRow() >= 0)
            numbers.append(m_table->currentRow());
        std::sort(numbers.rbegin(), numbers.rend());
        for (int r : numbers)
            m_table->removeRow(r);
        emit changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        updateDerived(item->row());
        emit changed();
    });
}

void ListEditor::setColumns(const QList<ListColumn> &columns)
{
    const QList<QStringList> keep = rows();
    m_columns = columns;
    m_table->setColumnCount(int(columns.size()));
    QStringList headers;
    for (const ListColumn &c : columns)
        headers.append(c.header);
    m_table->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].width > 0) {
            m_table->horizontalHeader()->setSectionResizeMode(i, QHeaderView::Interactive);
            m_table->setColumnWidth(i, columns[i].width);
        } else {
            m_table->horizontalHeader()->setSectionResizeMode(i, QHeaderView::Stretch);
        }
    }
    setRows(keep); // choice labels follow the language
}

void ListEditor::setAccessibleNames(const QString &name)
{
    m_table->setAccessibleName(name);
    m_add->setAccessibleName(tr("Add to %1").arg(name));
    m_remove->setAccessibleName(tr("Remove from %1").arg(name));
}

QList<QStringList> ListEditor::rows() const
{
    QList<QStringList> out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out.append(rowValues(r));
    return out;
}

QStringList ListEditor::rowValues(int row) const
{
    QStringList values;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, c)))
            values.append(combo->currentData().toString());
        else
            values.append(m_table->item(row, c) ? m_table->item(row, c)->text().trimmed() : QString());
    }
    return values;
}

void ListEditor::updateDerived(int row)
{
    const QSignalBlocker block(m_table);
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].derived && m_table->item(row, c))
            m_table->item(row, c)->setText(m_columns[c].derived(rowValues(row)));
}

void ListEditor::setRows(const QList<QStringList> &rows)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const QStringList &row : rows)
        addRow(row);
}

void ListEditor::addRow(const QStringList &values)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_columns.size(); ++c)
        setCell(row, c, values.value(c));
    updateDerived(row);
}

void ListEditor::setCell(int row, int column, const QString &value)
{
    const ListColumn &spec = m_columns[column];
    if (spec.choices.isEmpty()) {
        auto *item = new QTableWidgetItem(value);
        if (spec.derived)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, column, item);
        return;
    }
    auto *combo = new QComboBox(m_table);
    for (const auto &[code, label] : spec.choices)
        combo->addItem(label, code);
    // A new row chooses nothing by itself (the first country of the list is not a default).
    combo->setPlaceholderText(tr("Choose…"));
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) { // a code the list does not know stays as it is, not the first choice
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    combo->setAccessibleName(spec.header);
    connect(combo, &QComboBox::currentIndexChanged, this, &ListEditor::changed);
    m_table->setCellWidget(row, column, combo);
}

} // namespace c2c::app

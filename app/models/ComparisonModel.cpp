#include "ComparisonModel.h"

#include "Translations.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace c2c::app {

void ComparisonModel::setComparison(Comparison comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_comparison.subjects.isEmpty() ? 0 : int(m_comparison.subjects.size()) + 1;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ComparisonRow &row = m_comparison.rows[index.row()];
    const QString text = index.column() == 0 ? row.label.text(currentLanguage()) : row.values.value(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text;
    case Qt::BackgroundRole:
        return row.differs ? QVariant(QBrush(QColor(0xFF, 0xF4, 0xD6))) : QVariant();
    case Qt::ForegroundRole:
        return row.differs ? QVariant(QBrush(QColor(0x20, 0x20, 0x20))) : QVariant();
    case Qt::FontRole:
        if (index.column() == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    case Qt::UserRole:
        return row.differs;
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Indicator") : m_comparison.subjects.value(section - 1);
}

} // namespace c2c::app

#include "PivotModel.h"

#include "Translations.h"
#include "portfolio/DrillDown.h"
#include "portfolio/Portfolio.h"
#include "report/PivotTable.h"

#include <QFont>

namespace c2c::app {

PivotModel::PivotModel(Portfolio &portfolio, QObject *parent)
    : QAbstractTableModel(parent), m_portfolio(portfolio)
{
}

void PivotModel::setPivot(Pivot pivot, PivotMeasure measure)
{
    beginResetModel();
    m_pivot = std::move(pivot);
    m_measure = measure;
    endResetModel();
}

int PivotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_pivot.rows.keys.isEmpty() ? 0 : int(m_pivot.rows.keys.size()) + 1;
}

int PivotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pivot.cols.keys.size()) + 2;
}

const PivotCell *PivotModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0)
        return nullptr;
    const int r = index.row(), c = index.column() - 1;
    if (isTotalRow(r) && isTotalColumn(index.column()))
        return &m_pivot.grand;
    if (isTotalRow(r))
        return &m_pivot.cols.totals[std::size_t(c)];
    if (isTotalColumn(index.column()))
        return &m_pivot.rows.totals[std::size_t(r)];
    return &m_pivot.cell(r, c);
}

QString PivotModel::valueText(const PivotCell &cell) const
{
    // Core says when a figure is unknown (a sum over no counted project is not a zero budget).
    const QLocale locale;
    if (PivotTable::isMoney(m_measure)) {
        const auto m = cell.money(m_measure);
        return m ? formatNumberInUnit(*m, m_pivot.currency, m_portfolio.displayUnit(), locale) : QStringLiteral("–");
    }
    const auto v = cell.value(m_measure);
    if (!v)
        return QStringLiteral("–");
    switch (m_measure) {
    case PivotMeasure::Total:
    case PivotMeasure::AverageBudgetPerYear: // money: formatted above
    case PivotMeasure::AverageDuration:
        return locale.toString(*v, 'f', 1);
    default:
        return locale.toString(qlonglong(std::llround(*v)));
    }
}

QVariant PivotModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Language lang = currentLanguage();
    const int r = index.row();
    const bool total = isTotalRow(r) || isTotalColumn(index.column());
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (index.column() == 0) {
        const QString name = isTotalRow(r) ? tr("Total") : m_pivot.rows.names[r].text(lang);
        if (role == Qt::DisplayRole)
            return name;
        if (role == Qt::ToolTipRole)
            return name;
        return {};
    }
    const PivotCell *c = cell(index);
    switch (role) {
    case Qt::DisplayRole:
        return c->projects ? valueText(*c) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const QString rowName = isTotalRow(r) ? tr("Total") : m_pivot.rows.names[r].text(lang);
        const QString colName = isTotalColumn(index.column()) ? tr("Total") : m_pivot.cols.names[index.column() - 1].text(lang);
        QString tip = QStringLiteral("%1 · %2\n%3: %4\n%5").arg(rowName, colName, pivotMeasureName(m_measure).text(lang),
                                                                 valueText(*c), tr("%n project(s)", nullptr, int(c->projects)));
        if (c->notCounted)
            tip += QLatin1Char('\n') + tr("%n not counted (budget unknown or no exchange rate)", nullptr, int(c->notCounted));
        return tip;
    }
    default:
        return {};
    }
}

QVariant PivotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const Language lang = currentLanguage();
    if (section == 0)
        return PivotTable::dimensionName(m_pivot.rows.by).text(lang);
    if (isTotalColumn(section))
        return tr("Total");
    return m_pivot.cols.names.value(section - 1).text(lang);
}

void PivotModel::sort(int column, Qt::SortOrder order)
{
    if (column <= 0 || m_pivot.rows.keys.isEmpty())
        return;
    beginResetModel();
    m_pivot.sortRows(isTotalColumn(column) ? -1 : column - 1, m_measure, order == Qt::DescendingOrder);
    endResetModel();
}

std::optional<Filter> PivotModel::drillDown(const QModelIndex &index, const Filter &base) const
{
    if (!index.isValid())
        return std::nullopt;
    const int r = index.row();
    std::optional<Filter> f = base;
    if (!isTotalRow(r))
        f = c2c::drillDown(*f, m_pivot.rows.by, QStringList{m_pivot.rows.keys[r]});
    if (f && index.column() > 0 && !isTotalColumn(index.column()))
        f = c2c::drillDown(*f, m_pivot.cols.by, QStringList{m_pivot.cols.keys[index.column() - 1]});
    if (f && *f == base)
        return std::nullopt; // the grand total: nothing to narrow
    return f;
}

void PivotModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace c2c::app

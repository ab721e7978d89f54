#include "ProjectTableModel.h"

#include "Translations.h"
#include "portfolio/Portfolio.h"
#include "portfolio/RowText.h"
#include "portfolio/Sorting.h"

#include <QLocale>

namespace c2c::app {

ProjectTableModel::ProjectTableModel(Portfolio &portfolio, QObject *parent)
    : QAbstractTableModel(parent), m_portfolio(portfolio)
{
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_selection.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ProjectTableModel::setSelection(Selection selection)
{
    beginResetModel();
    m_selection = std::move(selection);
    applySort();
    endResetModel();
}

void ProjectTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    applySort();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ProjectTableModel::applySort()
{
    SortKey key = SortKey::Row;
    switch (m_sortColumn) {
    case Key:
        key = SortKey::Key;
        break;
    case Title:
        key = SortKey::Title;
        break;
    case Actor:
        key = SortKey::Actor;
        break;
    case Countries:
        key = SortKey::Country;
        break;
    case Period:
        key = SortKey::Start;
        break;
    case Status:
        key = SortKey::Status;
        break;
    case Modality:
        key = SortKey::Modality;
        break;
    case Amount:
        key = SortKey::Amount;
        break;
    case Reported:
        key = SortKey::Reported;
        break;
    case QualityNote:
        key = SortKey::QualityNotes;
        break;
    default:
        break; // columns without an order of their own keep the portfolio's order
    }
    if (key == SortKey::Row && m_sortOrder == Qt::AscendingOrder)
        return; // core's selections come in row order already
    sortSelection(m_portfolio.snapshot(), m_selection, key, m_sortOrder == Qt::DescendingOrder, currentLanguage());
}

void ProjectTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_selection.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ProjectTableModel::cellText(Row r, int column) const
{
    const Snapshot &s = m_portfolio.snapshot();
    const Language lang = currentLanguage();
    const QLocale locale;
    switch (column) {
    case Key:
        return s.text(r, TextField::Key);
    case Title:
        return rowtext::title(s, r, lang);
    case Actor:
        return rowtext::actor(s, r, lang);
    case Countries:
        return rowtext::countries(s, r, lang);
    case Locality:
        return rowtext::locality(s, r, lang);
    case Period:
        return rowtext::period(s, r);
    case Status:
        return rowtext::status(s, r, lang);
    case Modality:
        return rowtext::modality(s, r, lang);
    case Amount:
        if (s.amount[r] == UnknownAmount)
            return s.currency[r] == MixedCurrencies ? tr("Mixed currencies") : tr("Unknown");
        return rowtext::amount(s, r, locale);
    case Reported:
        if (s.reported[r] == UnknownAmount)
            return tr("Unknown");
        if (s.reported[r] == NoRate)
            return tr("No exchange rate");
        return formatInUnit(Money(s.reported[r], s.reportingCurrency), m_portfolio.displayUnit(), locale);
    case Sectors:
        return rowtext::sectors(s, r);
    case SdgTargets:
        return rowtext::sdgs(s, r);
    case QualityNote:
        return s.qualityNotes[r] ? QStringLiteral("⚠") : QString();
    }
    return {};
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row r = snapshotRow(index.row());
    const Snapshot &s = m_portfolio.snapshot();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Reported)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == QualityNote && s.qualityNotes[r])
            return tr("%n data-quality note(s): open the project to read them.", nullptr, s.qualityNotes[r]);
        if (index.column() == Title)
            return s.text(r, TextField::TitleKo) + QLatin1Char('\n') + s.text(r, TextField::TitleEn);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Amount && s.amount[r] == UnknownAmount)
            || (index.column() == Reported && !isCounted(s.reported[r])))
            return QVariant::fromValue(Qt::GlobalColor::darkGray);
        return {};
    default:
        return {};
    }
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Title:
        return tr("Title");
    case Actor:
        return tr("Lead actor");
    case Countries:
        return tr("Partner countries");
    case Locality:
        return tr("Locality");
    case Period:
        return tr("Period");
    case Status:
        return tr("Status");
    case Modality:
        return tr("Modality");
    case Amount:
        return tr("Budget");
    case Reported:
        return tr("Budget (%1)").arg(displayUnitName(m_portfolio.displayUnit(), m_portfolio.reportingCurrency(), QLocale()));
    case Sectors:
        return tr("Sectors");
    case SdgTargets:
        return tr("SDGs");
    case QualityNote:
        return tr("Quality");
    }
    return {};
}

} // namespace c2c::app

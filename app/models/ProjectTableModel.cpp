#include "ProjectTableModel.h"
#include "report/Figures.h"

#include "Translations.h"
#include "portfolio/Portfolio.h"
#include "portfolio/RowText.h"
#include "portfolio/Sorting.h"

#include <QLocale>
#include <algorithm>
#include <unordered_map>

namespace c2c::app {

ProjectTableModel::ProjectTableModel(Portfolio &portfolio, QObject *parent)
    : QAbstractTableModel(parent), m_portfolio(portfolio)
{
    connect(&m_portfolio, &Portfolio::settingsChanged, this,
            [this] { emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); });
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
    // The highlighted and selected rows stay on their projects, wherever the sort puts them.
    const QModelIndexList before = persistentIndexList();
    std::vector<Row> rowsBefore;
    rowsBefore.reserve(std::size_t(before.size()));
    std::unordered_map<Row, int> positionOf;
    for (const QModelIndex &i : before) {
        rowsBefore.push_back(snapshotRow(i.row()));
        positionOf.emplace(rowsBefore.back(), -1);
    }
    applySort();
    if (!positionOf.empty())
        for (int pos = 0; pos < rowCount(); ++pos)
            if (auto it = positionOf.find(snapshotRow(pos)); it != positionOf.end())
                it->second = pos;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k)
        after.append(index(positionOf[rowsBefore[std::size_t(k)]], before[k].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::int64_t ProjectTableModel::projectId(int row) const
{
    return m_portfolio.snapshot().projectId[snapshotRow(row)];
}

int ProjectTableModel::rowOfProject(std::int64_t id) const
{
    const auto r = m_portfolio.snapshot().findRow(id);
    if (r < 0)
        return -1;
    if (inRowOrder()) {
        const auto it = std::lower_bound(m_selection.begin(), m_selection.end(), Row(r));
        return it != m_selection.end() && *it == Row(r) ? int(it - m_selection.begin()) : -1;
    }
    const auto it = std::find(m_selection.begin(), m_selection.end(), Row(r));
    return it != m_selection.end() ? int(it - m_selection.begin()) : -1;
}

std::vector<int> ProjectTableModel::positionsOf(const std::vector<Row> &rows) const
{
    std::vector<int> out;
    for (std::size_t pos = 0; pos < m_selection.size() && out.size() < rows.size(); ++pos)
        if (std::binary_search(rows.begin(), rows.end(), m_selection[pos]))
            out.push_back(int(pos));
    return out;
}

void ProjectTableModel::applyUpdate(const SelectionUpdate &u)
{
    // Only a change that removed rows or made some leave the filter needs a pass over the table.
    if (u.structural || !u.left.empty()) {
        std::vector<int> gone;
        for (std::size_t i = 0; i < m_selection.size(); ++i) {
            const Row r = u.structural ? u.rowMap[m_selection[i]] : m_selection[i];
            if (r == NoRow || std::binary_search(u.left.begin(), u.left.end(), r))
                gone.push_back(int(i));
        }
        removePositions(gone);
        if (u.structural)
            for (Row &r : m_selection)
                r = u.rowMap[r];
    }
    // Changed rows are announced (consecutive ones together), then moved to where the
    // sort puts them; the highlight moves with them.
    if (!u.changed.empty()) {
        std::vector<int> positions;
        if (inRowOrder() && u.changed.size() <= 16) {
            for (Row r : u.changed) // the table is in row order: each one found by bisection
                if (auto it = std::lower_bound(m_selection.begin(), m_selection.end(), r); it != m_selection.end() && *it == r)
                    positions.push_back(int(it - m_selection.begin()));
        } else {
            positions = positionsOf(u.changed);
        }
        for (std::size_t i = 0; i < positions.size();) {
            std::size_t j = i + 1;
            while (j < positions.size() && positions[j] == positions[j - 1] + 1)
                ++j;
            emit dataChanged(index(positions[i], 0), index(positions[j - 1], ColumnCount - 1));
            i = j;
        }
        if (!inRowOrder() && u.changed.size() <= 16)
            moveToSortedPlace(u.changed);
        else if (!inRowOrder())
            sort(m_sortColumn, m_sortOrder); // a bulk change: one sort, the highlight kept
    }
    insertEntered(u.entered);
}

void ProjectTableModel::removePositions(const std::vector<int> &positions)
{
    // From the end, one contiguous range at a time.
    for (auto it = positions.rbegin(); it != positions.rend();) {
        const int last = *it;
        int first = last;
        while (++it != positions.rend() && *it == first - 1)
            --first;
        beginRemoveRows({}, first, last);
        m_selection.erase(m_selection.begin() + first, m_selection.begin() + last + 1);
        endRemoveRows();
    }
}

void ProjectTableModel::insertEntered(const std::vector<Row> &entered)
{
    if (entered.empty())
        return;
    if (!inRowOrder() && entered.size() <= 1000) {
        // In a sorted table each new row goes where the sort puts it.
        const RowOrder before = rowOrder();
        for (Row r : entered) {
            const int pos = int(std::upper_bound(m_selection.begin(), m_selection.end(), r, before) - m_selection.begin());
            beginInsertRows({}, pos, pos);
            m_selection.insert(m_selection.begin() + pos, r);
            endInsertRows();
        }
        return;
    }
    if (!inRowOrder()) {
        // Many at once (an import): added at the end, then the whole table sorted once.
        const int first = rowCount();
        beginInsertRows({}, first, first + int(entered.size()) - 1);
        m_selection.insert(m_selection.end(), entered.begin(), entered.end());
        endInsertRows();
        sort(m_sortColumn, m_sortOrder);
        return;
    }
    // In the portfolio's order, each at its place; rows that go to the same place together.
    for (std::size_t i = 0; i < entered.size();) {
        const auto pos = int(std::lower_bound(m_selection.begin(), m_selection.end(), entered[i]) - m_selection.begin());
        std::size_t j = i + 1;
        while (j < entered.size() && (pos == rowCount() || entered[j] < m_selection[std::size_t(pos)]))
            ++j;
        beginInsertRows({}, pos, pos + int(j - i) - 1);
        m_selection.insert(m_selection.begin() + pos, entered.begin() + std::ptrdiff_t(i), entered.begin() + std::ptrdiff_t(j));
        endInsertRows();
        i = j;
    }
}

bool ProjectTableModel::inRowOrder() const
{
    return sortKey() == SortKey::Row && m_sortOrder == Qt::AscendingOrder;
}

RowOrder ProjectTableModel::rowOrder() const
{
    return RowOrder(m_portfolio.snapshot(), sortKey(), m_sortOrder == Qt::DescendingOrder, currentLanguage());
}

void ProjectTableModel::moveToSortedPlace(const std::vector<Row> &changed)
{
    const RowOrder before = rowOrder();
    for (Row r : changed) {
        const auto it = std::find(m_selection.begin(), m_selection.end(), r);
        if (it == m_selection.end())
            continue;
        const auto p = it - m_selection.begin();
        const auto n = std::ptrdiff_t(m_selection.size());
        int to = -1; // the destination as beginMoveRows counts it (before the move)
        if (p > 0 && before(r, m_selection[std::size_t(p - 1)]))
            to = int(std::upper_bound(m_selection.begin(), it, r, before) - m_selection.begin());
        else if (p + 1 < n && before(m_selection[std::size_t(p + 1)], r))
            to = int(std::lower_bound(it + 1, m_selection.end(), r, before) - m_selection.begin());
        if (to < 0)
            continue;
        beginMoveRows({}, int(p), int(p), {}, to);
        if (to < p)
            std::rotate(m_selection.begin() + to, it, it + 1);
        else
            std::rotate(it, it + 1, m_selection.begin() + to);
        endMoveRows();
    }
}

SortKey ProjectTableModel::sortKey() const
{
    switch (m_sortColumn) {
    case Key:
        return SortKey::Key;
    case Title:
        return SortKey::Title;
    case Actor:
        return SortKey::Actor;
    case Countries:
        return SortKey::Country;
    case Period:
        return SortKey::Start;
    case Status:
        return SortKey::Status;
    case Modality:
        return SortKey::Modality;
    case Amount:
        return SortKey::Amount;
    case Reported:
        return SortKey::Reported;
    case QualityNote:
        return SortKey::QualityNotes;
    default:
        return SortKey::Row; // columns without an order of their own keep the portfolio's order
    }
}

void ProjectTableModel::applySort()
{
    const SortKey key = sortKey();
    if (key == SortKey::Row && m_sortOrder == Qt::AscendingOrder)
        return; // core's selections come in row order already
    sortSelection(m_portfolio.snapshot(), m_selection, key, m_sortOrder == Qt::DescendingOrder, currentLanguage());
}

void ProjectTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Titles, actors and countries sort by their names in the language shown.
    const SortKey key = sortKey();
    if (key == SortKey::Title || key == SortKey::Actor || key == SortKey::Country)
        sort(m_sortColumn, m_sortOrder);
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
        if (index.column() == Reported && s.reported[r] == NoRate) {
            const QString missing = Figures::missingRatesText(s.missingRates(r));
            return missing.isEmpty() ? tr("The budget is too large to convert to %1.").arg(s.reportingCurrency)
                                     : tr("No exchange rate for %1 (Tools › Exchange rates…).").arg(missing);
        }
        if (index.column() == QualityNote && s.qualityNotes[r])
            return tr("%n data-quality note(s): open the project to read them.", nullptr, s.qualityNotes[r]);
        if (index.column() == Title) {
            QStringList titles;
            for (TextField f : {TextField::TitleKo, TextField::TitleEn, TextField::TitleOther})
                if (const QString t = s.text(r, f); !t.isEmpty())
                    titles.append(t);
            return titles.join(QLatin1Char('\n'));
        }
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

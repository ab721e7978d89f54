#include "Pivot.h"

#include "Distribution.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace c2c {

int PivotCell::countryCount() const
{
    int n = 0;
    for (std::uint64_t w : countries)
        n += std::popcount(w);
    return n;
}

std::optional<Int128> PivotCell::money(PivotMeasure measure) const
{
    if (measure == PivotMeasure::Total && projects > notCounted)
        return total;
    if (measure == PivotMeasure::AverageBudgetPerYear && countedYears)
        return divideRounded128(countedAmount, countedYears);
    return std::nullopt;
}

std::optional<double> PivotCell::value(PivotMeasure measure) const
{
    switch (measure) {
    case PivotMeasure::Total:
        return projects > notCounted ? std::optional<double>(double(total)) : std::nullopt;
    case PivotMeasure::Projects:
        return double(projects);
    case PivotMeasure::AverageDuration:
        return durationProjects ? std::optional<double>(double(durationYears) / double(durationProjects)) : std::nullopt;
    case PivotMeasure::AverageBudgetPerYear:
        return countedYears ? std::optional<double>(double(countedAmount) / double(countedYears)) : std::nullopt;
    case PivotMeasure::Countries:
        return double(countryCount());
    }
    return std::nullopt;
}

namespace {

// Dense indexes for the keys of one axis, in the order they are first seen.
struct AxisBuilder {
    std::vector<int> indexOfSlot = std::vector<int>(std::size_t(Distributor::KeySlots) + 1, -1);
    std::vector<std::int64_t> keys;
    int index(std::int64_t key)
    {
        int &i = indexOfSlot[Distributor::slot(key)];
        if (i < 0) {
            i = int(keys.size());
            keys.push_back(key);
        }
        return i;
    }
};

struct ProjectFacts {
    bool counted;
    std::int64_t duration; // years, 0 when start or end is unknown
    Span countries;
};

void add(PivotCell &c, const ProjectFacts &p, std::int64_t amount, const Snapshot &s, std::size_t countryWords)
{
    ++c.projects;
    if (p.counted)
        c.total += amount;
    else
        ++c.notCounted;
    if (p.duration) {
        c.durationYears += p.duration;
        ++c.durationProjects;
        if (p.counted) {
            c.countedYears += p.duration;
            c.countedAmount += amount;
        }
    }
    if (p.countries.begin != p.countries.end && c.countries.size() != countryWords)
        c.countries.assign(countryWords, 0);
    for (auto i = p.countries.begin; i < p.countries.end; ++i)
        if (s.countryValue[i] != NoId)
            c.countries[s.countryValue[i] / 64] |= std::uint64_t(1) << (s.countryValue[i] % 64);
}

// The order groupBy gives: years ascending, otherwise largest total first; not stated last.
std::vector<int> groupOrder(const PivotAxis &axis)
{
    std::vector<int> order(std::size_t(axis.keys.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QString &ka = axis.keys[a], &kb = axis.keys[b];
        if (ka.isEmpty() != kb.isEmpty())
            return kb.isEmpty();
        if (axis.by == GroupBy::Year)
            return ka.toInt() < kb.toInt();
        if (axis.totals[std::size_t(a)].total != axis.totals[std::size_t(b)].total)
            return axis.totals[std::size_t(a)].total > axis.totals[std::size_t(b)].total;
        return ka < kb;
    });
    return order;
}

template <class T>
void permute(T &list, const std::vector<int> &order)
{
    T out;
    out.reserve(list.size());
    for (int i : order)
        out.push_back(list[i]);
    list = std::move(out);
}

void reorder(Pivot &p, const std::vector<int> &rowOrder, const std::vector<int> &colOrder)
{
    const std::size_t oldCols = colOrder.size();
    std::vector<PivotCell> cells;
    cells.reserve(p.cells.size());
    for (int r : rowOrder)
        for (int c : colOrder)
            cells.push_back(std::move(p.cells[std::size_t(r) * oldCols + std::size_t(c)]));
    p.cells = std::move(cells);
    permute(p.rows.keys, rowOrder);
    permute(p.rows.names, rowOrder);
    permute(p.rows.totals, rowOrder);
    permute(p.cols.keys, colOrder);
    permute(p.cols.names, colOrder);
    permute(p.cols.totals, colOrder);
}

} // namespace

Pivot pivot(const Snapshot &s, const Selection &selection, GroupBy rowsBy, GroupBy colsBy)
{
    const Distributor rowParts(s, rowsBy), colParts(s, colsBy);
    AxisBuilder rowAxis, colAxis;
    std::vector<std::vector<PivotCell>> grid; // [row][col], columns added as they are seen
    std::vector<PivotCell> rowTotals, colTotals;
    Pivot out;
    out.currency = s.reportingCurrency;
    const std::size_t countryWords = (std::size_t(s.countryCodes.size()) + 63) / 64;
    std::vector<Part> rp, cp;
    std::vector<int> ri, ci; // dense row and column indexes of the parts
    QList<std::int64_t> weights;
    const auto cellAt = [&](int r, int c) -> PivotCell & {
        if (std::size_t(r) >= grid.size())
            grid.resize(std::size_t(r) + 1);
        auto &row = grid[std::size_t(r)];
        if (std::size_t(c) >= row.size())
            row.resize(std::size_t(c) + 1);
        return row[std::size_t(c)];
    };
    for (Row r : selection) {
        const bool counted = isCounted(s.reported[r]);
        const std::int64_t amount = counted ? s.reported[r] : 0;
        const bool known = s.startYear[r] != UnknownYear && s.endYear[r] != UnknownYear && s.endYear[r] >= s.startYear[r];
        const ProjectFacts facts{counted, known ? std::int64_t(s.endYear[r] - s.startYear[r] + 1) : 0, s.countries(r)};
        rowParts.parts(r, rp);
        colParts.parts(r, cp);
        add(out.grand, facts, amount, s, countryWords);
        ri.resize(rp.size());
        ci.resize(cp.size());
        for (std::size_t i = 0; i < rp.size(); ++i) {
            ri[i] = rowAxis.index(rp[i].key);
            if (std::size_t(ri[i]) >= rowTotals.size())
                rowTotals.resize(std::size_t(ri[i]) + 1);
            add(rowTotals[std::size_t(ri[i])], facts, rp[i].amount, s, countryWords);
        }
        for (std::size_t j = 0; j < cp.size(); ++j) {
            ci[j] = colAxis.index(cp[j].key);
            if (std::size_t(ci[j]) >= colTotals.size())
                colTotals.resize(std::size_t(ci[j]) + 1);
            add(colTotals[std::size_t(ci[j])], facts, cp[j].amount, s, countryWords);
        }
        if (rp.size() == 1) {
            // The column parts already add up to the project's amount: they are the cells.
            for (std::size_t j = 0; j < cp.size(); ++j)
                add(cellAt(ri[0], ci[j]), facts, cp[j].amount, s, countryWords);
        } else if (cp.size() == 1) {
            for (std::size_t i = 0; i < rp.size(); ++i)
                add(cellAt(ri[i], ci[0]), facts, rp[i].amount, s, countryWords);
        } else {
            // Each row part is split over the columns in the proportions of the column parts.
            weights.resize(qsizetype(cp.size()));
            for (std::size_t j = 0; j < cp.size(); ++j)
                weights[qsizetype(j)] = cp[j].amount;
            for (std::size_t i = 0; i < rp.size(); ++i) {
                const auto split = allocate(rp[i].amount, weights);
                for (std::size_t j = 0; j < cp.size(); ++j)
                    add(cellAt(ri[i], ci[j]), facts, split[qsizetype(j)], s, countryWords);
            }
        }
    }

    const auto fillAxis = [&](PivotAxis &axis, GroupBy by, const Distributor &d, const AxisBuilder &b, std::vector<PivotCell> &totals) {
        axis.by = by;
        for (std::int64_t key : b.keys) {
            axis.keys.append(d.keyText(key));
            axis.names.append(groupName(s, by, axis.keys.last()));
        }
        totals.resize(b.keys.size());
        axis.totals = std::move(totals);
    };
    fillAxis(out.rows, rowsBy, rowParts, rowAxis, rowTotals);
    fillAxis(out.cols, colsBy, colParts, colAxis, colTotals);
    const std::size_t nRows = rowAxis.keys.size(), nCols = colAxis.keys.size();
    out.cells.resize(nRows * nCols);
    for (std::size_t r = 0; r < grid.size(); ++r)
        for (std::size_t c = 0; c < grid[r].size(); ++c)
            out.cells[r * nCols + c] = std::move(grid[r][c]);
    reorder(out, groupOrder(out.rows), groupOrder(out.cols));
    return out;
}

void Pivot::sortRows(int col, PivotMeasure measure, bool descending)
{
    std::vector<int> order(std::size_t(rows.keys.size()));
    std::iota(order.begin(), order.end(), 0);
    const auto valueOf = [&](int r) { return col < 0 ? rows.totals[std::size_t(r)].value(measure) : cell(r, col).value(measure); };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto va = valueOf(a), vb = valueOf(b);
        if (va.has_value() != vb.has_value())
            return va.has_value();
        if (!va)
            return false;
        return descending ? *va > *vb : *va < *vb;
    });
    std::vector<int> same(std::size_t(cols.keys.size()));
    std::iota(same.begin(), same.end(), 0);
    reorder(*this, order, same);
}

QString pivotMeasureCode(PivotMeasure measure)
{
    static const char *const codes[] = {"total", "projects", "duration", "per-year", "countries"};
    return QString::fromLatin1(codes[static_cast<int>(measure)]);
}

std::optional<PivotMeasure> pivotMeasureFromCode(const QString &code)
{
    for (int i = 0; i <= static_cast<int>(PivotMeasure::Countries); ++i)
        if (pivotMeasureCode(static_cast<PivotMeasure>(i)) == code)
            return static_cast<PivotMeasure>(i);
    return std::nullopt;
}

LocalizedText pivotMeasureName(PivotMeasure measure)
{
    switch (measure) {
    case PivotMeasure::Total:
        return {QStringLiteral("총예산"), QStringLiteral("Total budget"), {}};
    case PivotMeasure::Projects:
        return {QStringLiteral("사업 수"), QStringLiteral("Number of projects"), {}};
    case PivotMeasure::AverageDuration:
        return {QStringLiteral("평균 사업 기간(년)"), QStringLiteral("Average duration (years)"), {}};
    case PivotMeasure::AverageBudgetPerYear:
        return {QStringLiteral("연평균 예산"), QStringLiteral("Average budget per year"), {}};
    case PivotMeasure::Countries:
        return {QStringLiteral("협력국 수"), QStringLiteral("Number of partner countries"), {}};
    }
    return {};
}

} // namespace c2c

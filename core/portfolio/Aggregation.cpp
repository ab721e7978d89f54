#include "Aggregation.h"
#include "Distribution.h"

#include "reference/Reference.h"
#include "reference/Regions.h"

#include <QHash>
#include <algorithm>
#include <map>

namespace c2c {

namespace {

// Accumulates per-group figures. Every dimension's keys are small non-negative
// integers (dictionary ids, actor indexes, years, codes) or NotStatedKey, so
// the cells are a dense array: no hashing or tree walking on the hot path.
struct Accumulator {
    struct Cell {
        std::int64_t projects = 0, notCounted = 0;
        Int128 total = 0;
    };
    static constexpr std::int64_t Size = Distributor::KeySlots;
    std::vector<Cell> cells = std::vector<Cell>(Size + 1);
    std::vector<bool> used = std::vector<bool>(Size + 1, false);
    void add(std::int64_t key, std::int64_t amount, bool counted)
    {
        const auto at = Distributor::slot(key);
        used[at] = true;
        Cell &c = cells[at];
        ++c.projects;
        if (counted)
            c.total += amount;
        else
            ++c.notCounted;
    }
};

} // namespace

Totals totals(const Snapshot &s, const Selection &selection)
{
    Totals t;
    t.currency = s.reportingCurrency;
    t.projects = static_cast<std::int64_t>(selection.size());
    for (Row r : selection) {
        const auto a = s.reported[r];
        if (a == UnknownAmount) {
            ++t.amountUnknown;
        } else {
            ++t.amountKnown;
            if (a == NoRate)
                ++t.notConverted;
            else
                t.total += a;
        }
    }
    return t;
}

QList<Group> groupBy(const Snapshot &s, const Selection &selection, GroupBy by)
{
    Accumulator acc;
    const Distributor distributor(s, by);
    std::vector<Part> parts;
    for (Row r : selection) {
        const bool counted = isCounted(s.reported[r]);
        distributor.parts(r, parts);
        for (const Part &p : parts)
            acc.add(p.key, p.amount, counted);
    }

    QList<Group> groups;
    for (std::int64_t at = 0; at <= Accumulator::Size; ++at) {
        if (!acc.used[at])
            continue;
        const auto &cell = acc.cells[at];
        Group g;
        g.key = distributor.keyText(Distributor::keyOfSlot(std::size_t(at)));
        g.name = groupName(s, by, g.key);
        g.projects = cell.projects;
        g.total = cell.total;
        g.notCounted = cell.notCounted;
        groups.append(g);
    }
    std::stable_sort(groups.begin(), groups.end(), [by](const Group &a, const Group &b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        if (by == GroupBy::Year)
            return a.key.toInt() < b.key.toInt();
        if (a.total != b.total)
            return a.total > b.total;
        return a.key < b.key;
    });
    return groups;
}

LocalizedText groupName(const Snapshot &s, GroupBy by, const QString &key)
{
    if (key.isEmpty())
        return by == GroupBy::Year ? LocalizedText{QStringLiteral("연도 미상"), QStringLiteral("Year unknown"), {}}
                                   : LocalizedText{QStringLiteral("미상"), QStringLiteral("Not stated"), {}};
    switch (by) {
    case GroupBy::Actor: {
        const auto i = s.actorIndex.value(key.toLongLong(), NoId);
        return i == NoId ? LocalizedText{key, key, {}} : s.actors[i].name;
    }
    case GroupBy::ActorKind:
        return label(fromCode<ActorKind>(key).value_or(ActorKind::Other));
    case GroupBy::Country:
        if (const auto *c = reference::country(key))
            return c->name;
        break;
    case GroupBy::Sector:
        if (const auto *sec = reference::sector(key))
            return sec->name;
        break;
    case GroupBy::SectorCategory:
        if (const auto *cat = reference::sectorCategory(key))
            return cat->name;
        break;
    case GroupBy::SdgGoal:
        if (const auto *g = reference::sdgGoal(key.toInt()))
            return g->name;
        break;
    case GroupBy::Status:
        return label(fromCode<ActivityStatus>(key).value_or(ActivityStatus::Unknown));
    case GroupBy::Modality:
        return label(fromCode<Modality>(key).value_or(Modality::Unknown));
    case GroupBy::Channel:
        return label(fromCode<FundingChannel>(key).value_or(FundingChannel::Unknown));
    case GroupBy::Form:
        return label(fromCode<CooperationForm>(key).value_or(CooperationForm::CapacityBuilding));
    case GroupBy::Dimension:
        return label(fromCode<PartnershipDimension>(key).value_or(PartnershipDimension::Political));
    case GroupBy::Region:
        return reference::regionName(key);
    case GroupBy::Year:
        return {key + QStringLiteral("년"), key, {}};
    }
    return {key, key, {}};
}

QString groupByCode(GroupBy by)
{
    static const char *const codes[] = {"actor",  "actor-kind", "country",  "year",     "sector", "sector-category",
                                        "sdg",    "status",     "modality", "channel",  "form",   "dimension", "region"};
    return QString::fromLatin1(codes[static_cast<int>(by)]);
}

std::optional<GroupBy> groupByFromCode(const QString &code)
{
    for (int i = 0; i <= static_cast<int>(GroupBy::Region); ++i)
        if (groupByCode(static_cast<GroupBy>(i)) == code)
            return static_cast<GroupBy>(i);
    return std::nullopt;
}

} // namespace c2c

#include "Aggregation.h"

#include "reference/Reference.h"

#include <QHash>
#include <algorithm>
#include <map>

namespace c2c {

namespace {

// Accumulates per-group figures. Every dimension's keys are small non-negative
// integers (dictionary ids, actor indexes, years, codes) or NotStated, so the
// cells are a dense array: no hashing or tree walking on the hot path.
struct Accumulator {
    struct Cell {
        std::int64_t projects = 0, total = 0, notCounted = 0;
    };
    static constexpr std::int64_t Size = 65536;
    std::vector<Cell> cells = std::vector<Cell>(Size + 1);
    std::vector<bool> used = std::vector<bool>(Size + 1, false);
    void add(std::int64_t key, std::int64_t amount, bool counted)
    {
        const auto at = static_cast<std::size_t>(key < 0 || key >= Size ? Size : key);
        used[at] = true;
        Cell &c = cells[at];
        ++c.projects;
        if (counted)
            c.total += amount;
        else
            ++c.notCounted;
    }
};

constexpr std::int64_t NotStated = std::numeric_limits<std::int64_t>::min();

// Splits a project's amount over the entries [span) of a list column by their
// shares (evenly when no share is stated); keyAt and shareAt read entry i.
template <class KeyAt, class ShareAt>
void splitByShare(Accumulator &acc, Span span, std::int64_t amount, bool counted, KeyAt keyAt, ShareAt shareAt)
{
    if (span.begin == span.end) {
        acc.add(NotStated, amount, counted);
        return;
    }
    if (span.end - span.begin == 1) {
        acc.add(keyAt(span.begin), amount, counted);
        return;
    }
    // Merge repeated keys (e.g. two sectors of one category) before splitting.
    std::map<std::int64_t, std::int64_t> weights;
    bool anyShare = false;
    for (auto i = span.begin; i < span.end; ++i)
        anyShare = anyShare || shareAt(i) != NoShare;
    for (auto i = span.begin; i < span.end; ++i)
        weights[keyAt(i)] += anyShare ? (shareAt(i) == NoShare ? 0 : shareAt(i)) : 1;
    QList<std::int64_t> w;
    for (const auto &[k, weight] : weights)
        w.append(weight);
    const auto parts = counted ? allocate(amount, w) : QList<std::int64_t>(w.size(), 0);
    int n = 0;
    for (const auto &[k, weight] : weights)
        acc.add(k, parts[n++], counted);
}

std::int64_t wholeKey(const Snapshot &s, Row r, GroupBy by)
{
    switch (by) {
    case GroupBy::Actor:
        return s.actor[r] == NoId ? NotStated : s.actor[r];
    case GroupBy::ActorKind:
        return s.actor[r] == NoId ? NotStated : static_cast<std::int64_t>(s.actors[s.actor[r]].kind);
    case GroupBy::Status:
        return s.status[r] == 0 ? NotStated : s.status[r];
    case GroupBy::Modality:
        return s.modality[r] == 0 ? NotStated : s.modality[r];
    case GroupBy::Channel:
        return s.channel[r] == 0 ? NotStated : s.channel[r];
    default:
        return NotStated;
    }
}

void addYears(Accumulator &acc, const Snapshot &s, Row r)
{
    const bool counted = isCounted(s.reported[r]);
    const Span lines = s.lines(r);
    if (lines.begin == lines.end || !counted) {
        // Unknown or unconvertible amount: the project still counts in the years it runs.
        const auto start = s.startYear[r], end = s.endYear[r];
        if (start == UnknownYear && end == UnknownYear) {
            acc.add(NotStated, 0, false);
            return;
        }
        const int from = start == UnknownYear ? end : start;
        const int to = end == UnknownYear || end < from ? from : end;
        for (int y = from; y <= to; ++y)
            acc.add(y, 0, false);
        return;
    }
    auto spread = [](std::int16_t start, std::int16_t end, auto &&visit) {
        const int from = start == UnknownYear ? end : start;
        const int to = end == UnknownYear || end < from ? from : end;
        visit(from, to);
    };
    if (lines.end - lines.begin == 1) {
        // The common case, without allocation: equal parts, the remainder to the earliest years
        // (what largest-remainder allocation with equal weights gives).
        const auto i = lines.begin;
        if (s.lineStart[i] == UnknownYear && s.lineEnd[i] == UnknownYear) {
            acc.add(NotStated, s.lineReported[i], true);
            return;
        }
        spread(s.lineStart[i], s.lineEnd[i], [&](int from, int to) {
            const std::int64_t years = to - from + 1;
            const std::int64_t amount = s.lineReported[i];
            const std::int64_t base = amount / years;
            std::int64_t rest = amount - base * years;
            const std::int64_t step = rest < 0 ? -1 : 1;
            for (int y = from; y <= to; ++y) {
                std::int64_t part = base;
                if (rest != 0) {
                    part += step;
                    rest -= step;
                }
                acc.add(y, part, true);
            }
        });
        return;
    }
    std::map<std::int64_t, std::int64_t> byYear;
    for (auto i = lines.begin; i < lines.end; ++i) {
        if (s.lineStart[i] == UnknownYear && s.lineEnd[i] == UnknownYear) {
            byYear[NotStated] += s.lineReported[i];
            continue;
        }
        spread(s.lineStart[i], s.lineEnd[i], [&](int from, int to) {
            const auto parts = allocate(s.lineReported[i], QList<std::int64_t>(to - from + 1, 1));
            for (int y = from; y <= to; ++y)
                byYear[y] += parts[y - from];
        });
    }
    for (const auto &[year, amount] : byYear)
        acc.add(year, amount, true);
}

QString keyText(GroupBy by, std::int64_t key, const Snapshot &s)
{
    if (key == NotStated)
        return {};
    switch (by) {
    case GroupBy::Actor:
        return QString::number(s.actors[static_cast<qsizetype>(key)].id);
    case GroupBy::Country:
        return s.countryCodes.value(static_cast<qsizetype>(key));
    case GroupBy::Sector:
        return s.sectorCodes.value(static_cast<qsizetype>(key));
    case GroupBy::SectorCategory:
        return s.sectorCodes.value(static_cast<qsizetype>(key)).left(3);
    case GroupBy::ActorKind:
        return toCode(static_cast<ActorKind>(key));
    case GroupBy::Status:
        return toCode(static_cast<ActivityStatus>(key));
    case GroupBy::Modality:
        return toCode(static_cast<Modality>(key));
    case GroupBy::Channel:
        return toCode(static_cast<FundingChannel>(key));
    case GroupBy::Form:
        return toCode(static_cast<CooperationForm>(key));
    default:
        return QString::number(key);
    }
}

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
    // Sector categories are keyed by the first sector id of the category, found once.
    QHash<QString, std::int64_t> categoryKey;
    std::vector<std::int64_t> sectorToCategory(s.sectorCodes.size());
    for (int i = 0; i < s.sectorCodes.size(); ++i)
        sectorToCategory[i] = *categoryKey.insert(s.sectorCodes[i].left(3), categoryKey.value(s.sectorCodes[i].left(3), i));

    for (Row r : selection) {
        const std::int64_t amount = s.reported[r];
        const bool counted = isCounted(amount);
        switch (by) {
        case GroupBy::Country:
            splitByShare(acc, s.countries(r), amount, counted,
                         [&](auto i) { return s.countryValue[i] == NoId ? NotStated : std::int64_t(s.countryValue[i]); },
                         [&](auto i) { return s.countryShare[i]; });
            break;
        case GroupBy::Sector:
            splitByShare(acc, s.sectors(r), amount, counted,
                         [&](auto i) { return s.sectorValue[i] == NoId ? NotStated : std::int64_t(s.sectorValue[i]); },
                         [&](auto i) { return s.sectorShare[i]; });
            break;
        case GroupBy::SectorCategory:
            splitByShare(acc, s.sectors(r), amount, counted,
                         [&](auto i) { return s.sectorValue[i] == NoId ? NotStated : sectorToCategory[s.sectorValue[i]]; },
                         [&](auto i) { return s.sectorShare[i]; });
            break;
        case GroupBy::SdgGoal:
            // SDG tags carry no shares: the split is even over the distinct goals.
            splitByShare(acc, s.sdgs(r), amount, counted, [&](auto i) { return std::int64_t(s.sdgGoal[i]); },
                         [](auto) { return NoShare; });
            break;
        case GroupBy::Form: {
            const auto forms = valuesIn<CooperationForm>(s.forms[r]);
            if (forms.isEmpty()) {
                acc.add(NotStated, amount, counted);
                break;
            }
            const auto parts = counted ? allocate(amount, QList<std::int64_t>(forms.size(), 1))
                                       : QList<std::int64_t>(forms.size(), 0);
            for (int i = 0; i < forms.size(); ++i)
                acc.add(static_cast<std::int64_t>(forms[i]), parts[i], counted);
            break;
        }
        case GroupBy::Year:
            addYears(acc, s, r);
            break;
        default:
            acc.add(wholeKey(s, r, by), amount, counted);
        }
    }

    QList<Group> groups;
    for (std::int64_t at = 0; at <= Accumulator::Size; ++at) {
        if (!acc.used[at])
            continue;
        const auto &cell = acc.cells[at];
        const std::int64_t key = at == Accumulator::Size ? NotStated : at;
        Group g;
        g.key = keyText(by, key, s);
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
    case GroupBy::Year:
        return {key + QStringLiteral("년"), key, {}};
    }
    return {key, key, {}};
}

QString groupByCode(GroupBy by)
{
    static const char *const codes[] = {"actor",  "actor-kind", "country",  "year",     "sector", "sector-category",
                                        "sdg",    "status",     "modality", "channel",  "form"};
    return QString::fromLatin1(codes[static_cast<int>(by)]);
}

std::optional<GroupBy> groupByFromCode(const QString &code)
{
    for (int i = 0; i <= static_cast<int>(GroupBy::Form); ++i)
        if (groupByCode(static_cast<GroupBy>(i)) == code)
            return static_cast<GroupBy>(i);
    return std::nullopt;
}

} // namespace c2c

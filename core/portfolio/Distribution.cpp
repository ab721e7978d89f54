#include "Distribution.h"

#include "reference/Regions.h"

#include <QHash>
#include <map>

namespace c2c {

Distributor::Distributor(const Snapshot &s, GroupBy by)
    : m_s(s), m_by(by)
{
    // Sector categories are keyed by the first sector id of the category, found once.
    QHash<QString, std::int64_t> categoryKey;
    m_sectorToCategory.resize(std::size_t(s.sectorCodes.size()));
    for (int i = 0; i < s.sectorCodes.size(); ++i)
        m_sectorToCategory[std::size_t(i)] = *categoryKey.insert(s.sectorCodes[i].left(3), categoryKey.value(s.sectorCodes[i].left(3), i));
    if (by == GroupBy::Region)
        for (const QString &code : s.countryCodes) {
            const auto region = reference::regionOfCountry(code);
            m_countryToRegion.push_back(region ? region->code.toLongLong() : NotStatedKey);
        }
}

template <class KeyAt, class ShareAt>
void Distributor::byShare(Span span, std::int64_t amount, bool counted, KeyAt keyAt, ShareAt shareAt, std::vector<Part> &out) const
{
    if (span.begin == span.end) {
        out.push_back({NotStatedKey, amount});
        return;
    }
    if (span.end - span.begin == 1) {
        out.push_back({keyAt(span.begin), amount});
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
    const auto split = counted ? allocate(amount, w) : QList<std::int64_t>(w.size(), 0);
    int n = 0;
    for (const auto &[k, weight] : weights)
        out.push_back({k, split[n++]});
}

void Distributor::byFlags(std::uint32_t flags, int count, std::int64_t amount, bool counted, std::vector<Part> &out) const
{
    QList<std::int64_t> keys;
    for (int bit = 0; bit < count; ++bit)
        if (flags & (1u << bit))
            keys.append(bit);
    if (keys.isEmpty()) {
        out.push_back({NotStatedKey, amount});
        return;
    }
    const auto split = counted ? allocate(amount, QList<std::int64_t>(keys.size(), 1)) : QList<std::int64_t>(keys.size(), 0);
    for (int i = 0; i < keys.size(); ++i)
        out.push_back({keys[i], split[i]});
}

void Distributor::years(Row r, std::vector<Part> &out) const
{
    const Snapshot &s = m_s;
    const bool counted = isCounted(s.reported[r]);
    const Span lines = s.lines(r);
    const auto range = [](std::int16_t start, std::int16_t end) {
        const int from = start == UnknownYear ? end : start;
        const int to = end == UnknownYear || end < from ? from : end;
        return std::pair{from, to};
    };
    if (lines.begin == lines.end || !counted) {
        // Unknown or unconvertible amount: the project still counts in the years it runs.
        if (s.startYear[r] == UnknownYear && s.endYear[r] == UnknownYear) {
            out.push_back({NotStatedKey, 0});
            return;
        }
        const auto [from, to] = range(s.startYear[r], s.endYear[r]);
        for (int y = from; y <= to; ++y)
            out.push_back({y, 0});
        return;
    }
    if (lines.end - lines.begin == 1) {
        // The common case, without allocation: equal parts, the remainder to the earliest years
        // (what largest-remainder allocation with equal weights gives).
        const auto i = lines.begin;
        if (s.lineStart[i] == UnknownYear && s.lineEnd[i] == UnknownYear) {
            out.push_back({NotStatedKey, s.lineReported[i]});
            return;
        }
        const auto [from, to] = range(s.lineStart[i], s.lineEnd[i]);
        const std::int64_t count = to - from + 1;
        const std::int64_t amount = s.lineReported[i];
        const std::int64_t base = amount / count;
        std::int64_t rest = amount - base * count;
        const std::int64_t step = rest < 0 ? -1 : 1;
        for (int y = from; y <= to; ++y) {
            std::int64_t part = base;
            if (rest != 0) {
                part += step;
                rest -= step;
            }
            out.push_back({y, part});
        }
        return;
    }
    std::map<std::int64_t, std::int64_t> byYear;
    for (auto i = lines.begin; i < lines.end; ++i) {
        if (s.lineStart[i] == UnknownYear && s.lineEnd[i] == UnknownYear) {
            byYear[NotStatedKey] += s.lineReported[i];
            continue;
        }
        const auto [from, to] = range(s.lineStart[i], s.lineEnd[i]);
        const auto split = allocate(s.lineReported[i], QList<std::int64_t>(to - from + 1, 1));
        for (int y = from; y <= to; ++y)
            byYear[y] += split[y - from];
    }
    for (const auto &[year, amount] : byYear)
        out.push_back({year, amount});
}

void Distributor::parts(Row r, std::vector<Part> &out) const
{
    out.clear();
    const Snapshot &s = m_s;
    const std::int64_t amount = isCounted(s.reported[r]) ? s.reported[r] : 0;
    const bool counted = isCounted(s.reported[r]);
    switch (m_by) {
    case GroupBy::Actor:
        out.push_back({s.actor[r] == NoId ? NotStatedKey : s.actor[r], amount});
        return;
    case GroupBy::ActorKind:
        out.push_back({s.actor[r] == NoId ? NotStatedKey : std::int64_t(s.actors[s.actor[r]].kind), amount});
        return;
    case GroupBy::Status:
        out.push_back({s.status[r] == 0 ? NotStatedKey : s.status[r], amount});
        return;
    case GroupBy::Modality:
        out.push_back({s.modality[r] == 0 ? NotStatedKey : s.modality[r], amount});
        return;
    case GroupBy::Channel:
        out.push_back({s.channel[r] == 0 ? NotStatedKey : s.channel[r], amount});
        return;
    case GroupBy::Country:
        byShare(s.countries(r), amount, counted,
                [&](auto i) { return s.countryValue[i] == NoId ? NotStatedKey : std::int64_t(s.countryValue[i]); },
                [&](auto i) { return s.countryShare[i]; }, out);
        return;
    case GroupBy::Region:
        byShare(s.countries(r), amount, counted,
                [&](auto i) { return s.countryValue[i] == NoId ? NotStatedKey : m_countryToRegion[s.countryValue[i]]; },
                [&](auto i) { return s.countryShare[i]; }, out);
        return;
    case GroupBy::Sector:
        byShare(s.sectors(r), amount, counted,
                [&](auto i) { return s.sectorValue[i] == NoId ? NotStatedKey : std::int64_t(s.sectorValue[i]); },
                [&](auto i) { return s.sectorShare[i]; }, out);
        return;
    case GroupBy::SectorCategory:
        byShare(s.sectors(r), amount, counted,
                [&](auto i) { return s.sectorValue[i] == NoId ? NotStatedKey : m_sectorToCategory[s.sectorValue[i]]; },
                [&](auto i) { return s.sectorShare[i]; }, out);
        return;
    case GroupBy::SdgGoal:
        // SDG tags carry no shares: the split is even over the distinct goals.
        byShare(s.sdgs(r), amount, counted, [&](auto i) { return std::int64_t(s.sdgGoal[i]); }, [](auto) { return NoShare; }, out);
        return;
    case GroupBy::Form:
        byFlags(s.forms[r], int(cooperationForms().size()), amount, counted, out);
        return;
    case GroupBy::Dimension:
        byFlags(s.dimensions[r], int(partnershipDimensions().size()), amount, counted, out);
        return;
    case GroupBy::Year:
        years(r, out);
        return;
    }
}

QString Distributor::keyText(std::int64_t key) const
{
    const Snapshot &s = m_s;
    if (key == NotStatedKey)
        return {};
    switch (m_by) {
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
    case GroupBy::Dimension:
        return toCode(static_cast<PartnershipDimension>(key));
    case GroupBy::Region:
        return QStringLiteral("%1").arg(key, 3, 10, QLatin1Char('0'));
    default:
        return QString::number(key);
    }
}

} // namespace c2c

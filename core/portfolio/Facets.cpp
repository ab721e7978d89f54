#include "Facets.h"

#include "reference/Reference.h"

#include <algorithm>
#include <map>

namespace c2c {

namespace {

template <class E>
QList<FacetValue> codeFacet(const std::map<int, std::int64_t> &counts, const std::vector<bool> &present)
{
    QList<FacetValue> out;
    for (const auto &e : codeTable<E>()) {
        const int v = static_cast<int>(e.value);
        if (v >= static_cast<int>(present.size()) || !present[v])
            continue;
        const auto it = counts.find(v);
        out.append({QString::fromLatin1(e.code), label(e.value), it == counts.end() ? 0 : it->second});
    }
    return out;
}

} // namespace

QList<FacetValue> facetValues(const Snapshot &s, const Filter &filter, Facet facet)
{
    const Selection within = select(s, filter, facet);
    std::map<int, std::int64_t> counts;  // value id -> projects within the other filters
    std::vector<bool> present(65536, false);
    const auto n = static_cast<Row>(s.rowCount());
    auto countList = [&](auto spanOf, const auto &values, auto keyOf) {
        for (Row r = 0; r < n; ++r) {
            const Span span = spanOf(r);
            for (auto i = span.begin; i < span.end; ++i)
                present[keyOf(values[i])] = true;
        }
        std::vector<int> seen;
        for (Row r : within) {
            const Span span = spanOf(r);
            seen.clear();
            for (auto i = span.begin; i < span.end; ++i) {
                const int k = keyOf(values[i]);
                if (std::find(seen.begin(), seen.end(), k) == seen.end()) {
                    seen.push_back(k);
                    ++counts[k];
                }
            }
        }
    };
    auto countScalar = [&](auto keyOf) {
        for (Row r = 0; r < n; ++r)
            present[keyOf(r)] = true;
        for (Row r : within)
            ++counts[keyOf(r)];
    };
    auto countFlags = [&](const auto &column) {
        for (Row r = 0; r < n; ++r)
            for (int b = 0; b < 16; ++b)
                if (column[r] & (1u << b))
                    present[b] = true;
        for (Row r : within)
            for (int b = 0; b < 16; ++b)
                if (column[r] & (1u << b))
                    ++counts[b];
    };

    QList<FacetValue> out;
    switch (facet) {
    case Facet::Actor:
        countScalar([&](Row r) { return s.actor[r] == NoId ? 0xFFFF : s.actor[r]; });
        for (const auto &[index, count] : counts)
            if (index != 0xFFFF)
                out.append({QString::number(s.actors[index].id), s.actors[index].name, count});
        for (int i = 0; i < s.actors.size(); ++i)
            if (present[i] && !counts.count(i))
                out.append({QString::number(s.actors[i].id), s.actors[i].name, 0});
        break;
    case Facet::ActorKind:
        countScalar([&](Row r) { return s.actor[r] == NoId ? 0xFFFF : int(s.actors[s.actor[r]].kind); });
        out = codeFacet<ActorKind>(counts, present);
        break;
    case Facet::Status:
        countScalar([&](Row r) { return int(s.status[r]); });
        out = codeFacet<ActivityStatus>(counts, present);
        break;
    case Facet::Modality:
        countScalar([&](Row r) { return int(s.modality[r]); });
        out = codeFacet<Modality>(counts, present);
        break;
    case Facet::Channel:
        countScalar([&](Row r) { return int(s.channel[r]); });
        out = codeFacet<FundingChannel>(counts, present);
        break;
    case Facet::Form:
        countFlags(s.forms);
        out = codeFacet<CooperationForm>(counts, present);
        break;
    case Facet::Dimension:
        countFlags(s.dimensions);
        out = codeFacet<PartnershipDimension>(counts, present);
        break;
    case Facet::Country:
        countList([&](Row r) { return s.countries(r); }, s.countryValue, [](std::uint16_t id) { return int(id); });
        for (int id = 0; id < s.countryCodes.size(); ++id) {
            if (!present[id])
                continue;
            const auto *c = reference::country(s.countryCodes[id]);
            out.append({s.countryCodes[id], c ? c->name : LocalizedText{s.countryCodes[id], s.countryCodes[id], {}},
                        counts.count(id) ? counts[id] : 0});
        }
        break;
    case Facet::Sector: {
        // By 3-digit category: map each sector id to the first id of its category.
        std::vector<int> category(s.sectorCodes.size());
        QHash<QString, int> first;
        for (int i = 0; i < s.sectorCodes.size(); ++i)
            category[i] = *first.insert(s.sectorCodes[i].left(3), first.value(s.sectorCodes[i].left(3), i));
        countList([&](Row r) { return s.sectors(r); }, s.sectorValue,
                  [&](std::uint16_t id) { return id == NoId ? 0xFFFF : category[id]; });
        for (auto it = first.begin(); it != first.end(); ++it) {
            const auto *cat = reference::sectorCategory(it.key());
            out.append({it.key(), cat ? cat->name : LocalizedText{it.key(), it.key(), {}},
                        counts.count(it.value()) ? counts[it.value()] : 0});
        }
        break;
    }
    case Facet::SdgGoal:
        countList([&](Row r) { return s.sdgs(r); }, s.sdgGoal, [](std::uint8_t g) { return int(g); });
        for (int g = 1; g <= 17; ++g)
            if (present[g])
                out.append({QString::number(g), reference::sdgGoal(g)->name, counts.count(g) ? counts[g] : 0});
        break;
    default:
        break;
    }
    // Unknown values are not facet values: they cannot be chosen.
    out.erase(std::remove_if(out.begin(), out.end(), [](const FacetValue &v) { return v.key == QLatin1String("unknown"); }),
              out.end());
    std::stable_sort(out.begin(), out.end(), [](const FacetValue &a, const FacetValue &b) { return a.count > b.count; });
    return out;
}

} // namespace c2c

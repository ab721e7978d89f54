#include "Filter.h"

#include "reference/Reference.h"

#include <QCoreApplication>
#include <algorithm>

namespace c2c {

namespace {

// The filter compiled against one snapshot: sets become lookup tables by id.
struct Compiled {
    const Snapshot &s;
    const Filter &f;
    std::optional<Facet> ignore;
    std::vector<bool> actors, countries, sectors, targets;
    std::uint32_t kindMask = 0, statusMask = 0, modalityMask = 0, channelMask = 0, goalMask = 0;
    std::string needle;

    bool active(Facet facet) const { return !ignore || *ignore != facet; }

    Compiled(const Snapshot &snap, const Filter &filter, std::optional<Facet> ign) : s(snap), f(filter), ignore(ign)
    {
        if (!f.actorIds.isEmpty()) {
            actors.assign(s.actors.size(), false);
            for (auto id : f.actorIds) {
                const auto i = s.actorIndex.value(id, NoId);
                if (i != NoId)
                    actors[i] = true;
            }
        }
        for (auto k : f.actorKinds)
            kindMask |= flag(k);
        for (auto v : f.statuses)
            statusMask |= flag(v);
        for (auto v : f.modalities)
            modalityMask |= flag(v);
        for (auto v : f.channels)
            channelMask |= flag(v);
        for (int g : f.sdgGoals)
            if (g >= 1 && g <= 31)
                goalMask |= 1u << g;
        if (!f.countries.isEmpty()) {
            countries.assign(s.countryCodes.size(), false);
            for (const QString &c : f.countries) {
                const auto i = s.countryCodes.indexOf(c);
                if (i >= 0)
                    countries[i] = true;
            }
        }
        if (!f.sectors.isEmpty()) {
            sectors.assign(s.sectorCodes.size(), false);
            for (int i = 0; i < s.sectorCodes.size(); ++i)
                for (const QString &want : f.sectors)
                    if (s.sectorCodes[i] == want || (want.size() == 3 && s.sectorCodes[i].startsWith(want)))
                        sectors[i] = true;
        }
        if (!f.sdgTargets.isEmpty()) {
            targets.assign(s.sdgTargets.size(), false);
            for (const QString &t : f.sdgTargets) {
                const auto i = s.sdgTargets.indexOf(t);
                if (i >= 0)
                    targets[i] = true;
            }
        }
        needle = f.text.trimmed().toLower().toStdString();
    }

    template <class Values, class Pred>
    static bool anyIn(const Values &values, Span span, Pred pred)
    {
        for (auto i = span.begin; i < span.end; ++i)
            if (pred(values[i]))
                return true;
        return false;
    }

    bool pass(Row r) const
    {
        if (!actors.empty() && active(Facet::Actor) && (s.actor[r] == NoId || !actors[s.actor[r]]))
            return false;
        if (kindMask && active(Facet::ActorKind)
            && (s.actor[r] == NoId || !(kindMask & flag(s.actors[s.actor[r]].kind))))
            return false;
        if (statusMask && active(Facet::Status) && !(statusMask & (1u << s.status[r])))
            return false;
        if (modalityMask && active(Facet::Modality) && !(modalityMask & (1u << s.modality[r])))
            return false;
        if (channelMask && active(Facet::Channel) && !(channelMask & (1u << s.channel[r])))
            return false;
        if (f.cooperationForms && active(Facet::Form) && !(f.cooperationForms & s.forms[r]))
            return false;
        if (f.dimensions && active(Facet::Dimension) && !(f.dimensions & s.dimensions[r]))
            return false;
        if (f.withQualityNote && active(Facet::QualityNote) && s.qualityNotes[r] == 0)
            return false;
        if (f.notCountedOnly && active(Facet::NotCounted) && isCounted(s.reported[r]))
            return false;
        if ((f.fromYear || f.toYear) && active(Facet::Year) && !overlaps(r))
            return false;
        if ((f.minAmount || f.maxAmount) && active(Facet::Amount)) {
            const auto a = s.reported[r];
            if (!isCounted(a) || (f.minAmount && a < *f.minAmount) || (f.maxAmount && a > *f.maxAmount))
                return false;
        }
        if (!countries.empty() && active(Facet::Country)
            && !anyIn(s.countryValue, s.countries(r), [&](auto id) { return id != NoId && countries[id]; }))
            return false;
        if (!sectors.empty() && active(Facet::Sector)
            && !anyIn(s.sectorValue, s.sectors(r), [&](auto id) { return id != NoId && sectors[id]; }))
            return false;
        if (goalMask && active(Facet::SdgGoal)
            && !anyIn(s.sdgGoal, s.sdgs(r), [&](auto g) { return (goalMask >> g) & 1u; }))
            return false;
        if (!targets.empty() && active(Facet::SdgTarget)
            && !anyIn(s.sdgTarget, s.sdgs(r), [&](auto id) { return id != NoId && targets[id]; }))
            return false;
        if (!needle.empty() && active(Facet::Text) && !containsFolded(s.texts(r), needle))
            return false;
        return true;
    }

    bool overlaps(Row r) const
    {
        // The same rule as Period::overlapsYears: an unknown end is open,
        // a period with neither end known matches no year range.
        const auto start = s.startYear[r];
        const auto end = s.endYear[r];
        if (start == UnknownYear && end == UnknownYear)
            return false;
        const int from = f.fromYear.value_or(std::numeric_limits<int>::min());
        const int to = f.toYear.value_or(std::numeric_limits<int>::max());
        return (start == UnknownYear || start <= to) && (end == UnknownYear || end >= from);
    }
};

class FilterText {
    Q_DECLARE_TR_FUNCTIONS(c2c::Filter)
};

inline char foldAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

} // namespace

bool containsFolded(std::string_view haystack, std::string_view needle)
{
    if (needle.empty())
        return true;
    if (needle.size() > haystack.size())
        return false;
    const char first = needle.front();
    const char firstUpper = (first >= 'a' && first <= 'z') ? static_cast<char>(first - ('a' - 'A')) : first;
    const std::size_t last = haystack.size() - needle.size();
    for (std::size_t i = 0; i <= last; ++i) {
        const char c = haystack[i];
        if (c != first && c != firstUpper)
            continue;
        std::size_t k = 1;
        while (k < needle.size() && foldAscii(haystack[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

bool Filter::isEmpty() const
{
    return *this == Filter{};
}

Selection select(const Snapshot &snapshot, const Filter &filter, std::optional<Facet> ignore)
{
    const Compiled c(snapshot, filter, ignore);
    Selection out;
    const auto n = static_cast<Row>(snapshot.rowCount());
    out.reserve(filter.isEmpty() ? n : n / 4);
    for (Row r = 0; r < n; ++r)
        if (c.pass(r))
            out.push_back(r);
    return out;
}

Selection refine(const Snapshot &snapshot, const Filter &filter, const Selection &within)
{
    const Compiled c(snapshot, filter, std::nullopt);
    Selection out;
    out.reserve(within.size());
    for (Row r : within)
        if (c.pass(r))
            out.push_back(r);
    return out;
}

QString Filter::describe(const Snapshot &s, Language lang) const
{
    QStringList parts;
    auto names = [&](const auto &values, auto nameOf) {
        QStringList out;
        for (const auto &v : values)
            out.append(nameOf(v));
        return out.join(QStringLiteral(", "));
    };
    if (!actorIds.isEmpty())
        parts << names(actorIds, [&](std::int64_t id) {
            const auto i = s.actorIndex.value(id, NoId);
            return i == NoId ? QString::number(id) : s.actors[i].name.text(lang);
        });
    if (!actorKinds.isEmpty())
        parts << names(actorKinds, [&](ActorKind k) { return label(k).text(lang); });
    if (!countries.isEmpty())
        parts << names(countries, [&](const QString &c) {
            const auto *country = reference::country(c);
            return country ? country->name.text(lang) : c;
        });
    if (fromYear || toYear) {
        if (fromYear && toYear)
            parts << (*fromYear == *toYear ? QString::number(*fromYear)
                                           : QStringLiteral("%1–%2").arg(*fromYear).arg(*toYear));
        else if (fromYear)
            parts << FilterText::tr("from %1").arg(*fromYear);
        else
            parts << FilterText::tr("until %1").arg(*toYear);
    }
    if (!statuses.isEmpty())
        parts << names(statuses, [&](ActivityStatus v) { return label(v).text(lang); });
    if (!modalities.isEmpty())
        parts << names(modalities, [&](Modality v) { return label(v).text(lang); });
    if (!channels.isEmpty())
        parts << names(channels, [&](FundingChannel v) { return label(v).text(lang); });
    if (!sectors.isEmpty())
        parts << names(sectors, [&](const QString &code) {
            if (const auto *sec = reference::sector(code))
                return sec->name.text(lang);
            if (const auto *cat = reference::sectorCategory(code))
                return cat->name.text(lang);
            return code;
        });
    if (!sdgGoals.isEmpty())
        parts << names(sdgGoals, [&](int g) { return FilterText::tr("SDG %1").arg(g); });
    if (!sdgTargets.isEmpty())
        parts << names(sdgTargets, [&](const QString &t) { return FilterText::tr("SDG target %1").arg(t); });
    if (cooperationForms)
        parts << names(valuesIn<CooperationForm>(cooperationForms), [&](CooperationForm v) { return label(v).text(lang); });
    if (dimensions)
        parts << names(valuesIn<PartnershipDimension>(dimensions), [&](PartnershipDimension v) { return label(v).text(lang); });
    if (minAmount || maxAmount) {
        const QLocale locale(lang == Language::Korean ? QLocale::Korean : QLocale::English);
        const auto fmt = [&](std::int64_t v) { return Money(v, s.reportingCurrency).format(locale); };
        if (minAmount && maxAmount)
            parts << QStringLiteral("%1 – %2").arg(fmt(*minAmount), fmt(*maxAmount));
        else if (minAmount)
            parts << FilterText::tr("at least %1").arg(fmt(*minAmount));
        else
            parts << FilterText::tr("at most %1").arg(fmt(*maxAmount));
    }
    if (!text.trimmed().isEmpty())
        parts << QStringLiteral("“%1”").arg(text.trimmed());
    if (withQualityNote)
        parts << FilterText::tr("with a data-quality note");
    if (notCountedOnly)
        parts << FilterText::tr("not counted in totals");
    if (parts.isEmpty())
        return FilterText::tr("All projects");
    return parts.join(QStringLiteral(" · "));
}

} // namespace c2c

#include "Filter.h"

#include "reference/Reference.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace c2c {

namespace {

// The filter compiled against one snapshot: sets become lookup tables by id.
// ASCII-case-insensitive search of a lower-case UTF-8 needle (Hangul has no
// case), by Horspool: the skip table is built once per filter and most bytes
// of the text are never compared.
class TextMatcher {
public:
    explicit TextMatcher(std::string needle) : m_needle(std::move(needle))
    {
        const std::size_t m = m_needle.size();
        m_skip.fill(m);
        for (std::size_t i = 0; i + 1 < m; ++i) {
            const auto c = static_cast<unsigned char>(m_needle[i]);
            m_skip[c] = m - 1 - i;
            if (c >= 'a' && c <= 'z')
                m_skip[c - 32] = m - 1 - i;
        }
    }
    bool empty() const { return m_needle.empty(); }
    // The first match at or after from, or npos.
    std::size_t find(std::string_view hay, std::size_t from = 0) const
    {
        const std::size_t m = m_needle.size();
        if (m == 0)
            return from <= hay.size() ? from : std::string_view::npos;
        if (hay.size() < m)
            return std::string_view::npos;
        const auto *data = reinterpret_cast<const unsigned char *>(hay.data());
        const auto *needle = reinterpret_cast<const unsigned char *>(m_needle.data());
        const unsigned char last = needle[m - 1];
        const unsigned char lastUpper = (last >= 'a' && last <= 'z') ? static_cast<unsigned char>(last - 32) : last;
        const std::size_t end = hay.size() - m;
        for (std::size_t pos = from; pos <= end;) {
            const unsigned char c = data[pos + m - 1];
            if (c == last || c == lastUpper) {
                std::size_t k = 0;
                while (k + 1 < m && fold(data[pos + k]) == needle[k])
                    ++k;
                if (k + 1 == m)
                    return pos;
            }
            pos += m_skip[c];
        }
        return std::string_view::npos;
    }
    bool in(std::string_view hay) const { return find(hay) != std::string_view::npos; }

    // The rows whose texts contain the needle: one pass over the whole arena
    // instead of one search per row.
    Selection scan(const Snapshot &s) const
    {
        Selection out;
        const std::string_view hay = s.textArena;
        std::size_t pos = find(hay);
        while (pos != std::string_view::npos) {
            const auto it = std::upper_bound(s.textOffset.begin(), s.textOffset.end(), static_cast<std::uint32_t>(pos));
            const auto row = static_cast<Row>(it - s.textOffset.begin() - 1);
            if (pos + m_needle.size() <= s.textOffset[row + 1]) {
                out.push_back(row); // within one row's texts: go on at the next row
                pos = find(hay, s.textOffset[row + 1]);
            } else {
                pos = find(hay, pos + 1); // spans two rows: not a match
            }
        }
        return out;
    }

private:
    static unsigned char fold(unsigned char c) { return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c; }
    std::string m_needle;
    std::array<std::size_t, 256> m_skip;
};

struct Compiled {
    const Snapshot &s;
    const Filter &f;
    std::optional<Facet> ignore;
    std::vector<bool> actors, countries, sectors, targets;
    std::uint32_t kindMask = 0, statusMask = 0, modalityMask = 0, channelMask = 0, goalMask = 0;
    TextMatcher text{std::string()};

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
        text = TextMatcher(f.text.trimmed().toLower().toStdString());
    }

    template <class Values, class Pred>
    static bool anyIn(const Values &values, Span span, Pred pred)
    {
        for (auto i = span.begin; i < span.end; ++i)
            if (pred(values[i]))
                return true;
        return false;
    }

    // Each active condition is applied as its own tight loop over one column:
    // the first scans every row, the next ones only the rows still selected.
    // Cheap, selective conditions come first and the text search last.
    template <class Stage>
    void forEachStage(Stage &&stage) const
    {
        const auto &st = s;
        if (!countries.empty() && active(Facet::Country))
            stage([&](Row r) {
                return anyIn(st.countryValue, st.countries(r), [&](auto id) { return id != NoId && countries[id]; });
            });
        if (!actors.empty() && active(Facet::Actor))
            stage([&](Row r) { return st.actor[r] != NoId && actors[st.actor[r]]; });
        if (statusMask && active(Facet::Status))
            stage([&](Row r) { return (statusMask >> st.status[r]) & 1u; });
        if (modalityMask && active(Facet::Modality))
            stage([&](Row r) { return (modalityMask >> st.modality[r]) & 1u; });
        if (channelMask && active(Facet::Channel))
            stage([&](Row r) { return (channelMask >> st.channel[r]) & 1u; });
        if (f.cooperationForms && active(Facet::Form))
            stage([&](Row r) { return (f.cooperationForms & st.forms[r]) != 0; });
        if (f.dimensions && active(Facet::Dimension))
            stage([&](Row r) { return (f.dimensions & st.dimensions[r]) != 0; });
        if (f.withQualityNote && active(Facet::QualityNote))
            stage([&](Row r) { return st.qualityNotes[r] != 0; });
        if (f.notCountedOnly && active(Facet::NotCounted))
            stage([&](Row r) { return !isCounted(st.reported[r]); });
        if ((f.fromYear || f.toYear) && active(Facet::Year))
            stage([&](Row r) { return overlaps(r); });
        if ((f.minAmount || f.maxAmount) && active(Facet::Amount))
            stage([&](Row r) {
                const auto a = st.reported[r];
                return isCounted(a) && !(f.minAmount && a < *f.minAmount) && !(f.maxAmount && a > *f.maxAmount);
            });
        if (kindMask && active(Facet::ActorKind))
            stage([&](Row r) { return st.actor[r] != NoId && (kindMask & flag(st.actors[st.actor[r]].kind)); });
        if (!sectors.empty() && active(Facet::Sector))
            stage([&](Row r) {
                return anyIn(st.sectorValue, st.sectors(r), [&](auto id) { return id != NoId && sectors[id]; });
            });
        if (goalMask && active(Facet::SdgGoal))
            stage([&](Row r) { return anyIn(st.sdgGoal, st.sdgs(r), [&](auto g) { return (goalMask >> g) & 1u; }); });
        if (!targets.empty() && active(Facet::SdgTarget))
            stage([&](Row r) {
                return anyIn(st.sdgTarget, st.sdgs(r), [&](auto id) { return id != NoId && targets[id]; });
            });
    }

    bool textActive() const { return !text.empty() && active(Facet::Text); }

    void narrowAll(Selection &sel) const
    {
        forEachStage([&](auto pred) { std::erase_if(sel, [&](Row r) { return !pred(r); }); });
        if (textActive())
            std::erase_if(sel, [&](Row r) { return !text.in(s.texts(r)); });
    }

    Selection run() const
    {
        Selection sel;
        bool first = true;
        const auto n = static_cast<Row>(s.rowCount());
        forEachStage([&](auto pred) {
            if (first) {
                sel.reserve(n / 4);
                for (Row r = 0; r < n; ++r)
                    if (pred(r))
                        sel.push_back(r);
                first = false;
            } else {
                std::erase_if(sel, [&](Row r) { return !pred(r); });
            }
        });
        if (textActive()) {
            if (first)
                return text.scan(s);
            std::erase_if(sel, [&](Row r) { return !text.in(s.texts(r)); });
        } else if (first) {
            sel.resize(n);
            for (Row r = 0; r < n; ++r)
                sel[r] = r;
        }
        return sel;
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

} // namespace

bool containsFolded(std::string_view haystack, std::string_view loweredNeedle)
{
    return TextMatcher(std::string(loweredNeedle)).in(haystack);
}

bool Filter::isEmpty() const
{
    return *this == Filter{};
}

Selection select(const Snapshot &snapshot, const Filter &filter, std::optional<Facet> ignore)
{
    const Compiled c(snapshot, filter, ignore);
    return c.run();
}

Selection refine(const Snapshot &snapshot, const Filter &filter, const Selection &within)
{
    const Compiled c(snapshot, filter, std::nullopt);
    Selection out = within;
    c.narrowAll(out);
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

#include "TopGroups.h"

#include <QSet>
#include <vector>

namespace c2c {

namespace {

// Whether a row belongs to at least one of the merged groups, for the
// dimensions where a project can be in several groups at once.
class MergedMembership {
public:
    MergedMembership(const Snapshot &s, GroupBy by, const QStringList &keys) : m_s(s), m_by(by)
    {
        const QSet<QString> set(keys.begin(), keys.end());
        switch (by) {
        case GroupBy::Country:
            for (const QString &code : s.countryCodes)
                m_ids.push_back(set.contains(code));
            break;
        case GroupBy::Sector:
        case GroupBy::SectorCategory:
            for (const QString &code : s.sectorCodes)
                m_ids.push_back(set.contains(by == GroupBy::Sector ? code : code.left(3)));
            break;
        case GroupBy::SdgGoal:
            for (int goal = 0; goal <= 17; ++goal)
                m_ids.push_back(set.contains(QString::number(goal)));
            break;
        case GroupBy::Form:
            for (const QString &key : keys)
                if (const auto form = fromCode<CooperationForm>(key))
                    m_flags |= flag(*form);
            break;
        default:
            break;
        }
    }
    // Only list-valued dimensions need a pass over the rows; the others add up.
    static bool needed(GroupBy by)
    {
        return by == GroupBy::Country || by == GroupBy::Sector || by == GroupBy::SectorCategory || by == GroupBy::SdgGoal
               || by == GroupBy::Form;
    }
    bool contains(Row r) const
    {
        switch (m_by) {
        case GroupBy::Country:
            return any(m_s.countries(r), [&](auto i) { return m_s.countryValue[i]; });
        case GroupBy::Sector:
        case GroupBy::SectorCategory:
            return any(m_s.sectors(r), [&](auto i) { return m_s.sectorValue[i]; });
        case GroupBy::SdgGoal:
            return any(m_s.sdgs(r), [&](auto i) { return std::uint16_t(m_s.sdgGoal[i]); });
        case GroupBy::Form:
            return (m_s.forms[r] & m_flags) != 0;
        default:
            return false;
        }
    }

private:
    template <class IdAt>
    bool any(Span span, IdAt idAt) const
    {
        for (auto i = span.begin; i < span.end; ++i) {
            const std::uint16_t id = idAt(i);
            if (id < m_ids.size() && m_ids[id])
                return true;
        }
        return false;
    }
    const Snapshot &m_s;
    GroupBy m_by;
    std::vector<bool> m_ids;
    std::uint32_t m_flags = 0;
};

} // namespace

TopGroups topGroups(const Snapshot &s, const Selection &selection, GroupBy by, const QList<Group> &groups, int n)
{
    TopGroups out;
    QList<Group> rest;
    for (const Group &g : groups) {
        if (g.key.isEmpty())
            out.notStated = g;
        else if (out.top.size() < n)
            out.top.append(g);
        else
            rest.append(g);
    }
    if (rest.isEmpty())
        return out;
    Group others;
    others.name = LocalizedText{QStringLiteral("기타"), QStringLiteral("Others"), {}};
    for (const Group &g : rest) {
        out.otherKeys.append(g.key);
        others.total += g.total; // the amounts were split among groups: their sum is exact
        others.projects += g.projects;
        others.notCounted += g.notCounted;
    }
    if (MergedMembership::needed(by)) {
        const MergedMembership merged(s, by, out.otherKeys);
        others.projects = others.notCounted = 0;
        for (Row r : selection) {
            if (!merged.contains(r))
                continue;
            ++others.projects;
            if (!isCounted(s.reported[r]))
                ++others.notCounted;
        }
    }
    out.others = others;
    return out;
}

} // namespace c2c

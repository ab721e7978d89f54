#include "DrillDown.h"

#include "reference/Regions.h"

namespace c2c {

namespace {

template <class E>
std::optional<QList<E>> codes(const QStringList &keys)
{
    QList<E> out;
    for (const QString &k : keys) {
        const auto e = fromCode<E>(k);
        if (!e)
            return std::nullopt;
        out.append(*e);
    }
    return out;
}

} // namespace

std::optional<Filter> drillDown(const Filter &filter, GroupBy by, const QStringList &keys)
{
    if (keys.isEmpty() || keys.contains(QString()))
        return std::nullopt;
    Filter f = filter;
    bool ok = true;
    switch (by) {
    case GroupBy::Actor:
        f.actorIds.clear();
        for (const QString &k : keys)
            f.actorIds.append(k.toLongLong(&ok));
        break;
    case GroupBy::Country:
        f.countries = keys;
        break;
    case GroupBy::Year: {
        // One year or a run of years: the projects running in them.
        int from = 0, to = 0;
        for (const QString &k : keys) {
            const int y = k.toInt(&ok);
            if (!ok)
                return std::nullopt;
            from = from ? std::min(from, y) : y;
            to = std::max(to, y);
        }
        f.fromYear = from;
        f.toYear = to;
        break;
    }
    case GroupBy::Sector:
    case GroupBy::SectorCategory:
        f.sectors = keys;
        break;
    case GroupBy::SdgGoal:
        f.sdgGoals.clear();
        for (const QString &k : keys)
            f.sdgGoals.append(k.toInt(&ok));
        break;
    case GroupBy::Status:
        if (auto v = codes<ActivityStatus>(keys))
            f.statuses = *v;
        else
            ok = false;
        break;
    case GroupBy::Modality:
        if (auto v = codes<Modality>(keys))
            f.modalities = *v;
        else
            ok = false;
        break;
    case GroupBy::Channel:
        if (auto v = codes<FundingChannel>(keys))
            f.channels = *v;
        else
            ok = false;
        break;
    case GroupBy::ActorKind:
        if (auto v = codes<ActorKind>(keys))
            f.actorKinds = *v;
        else
            ok = false;
        break;
    case GroupBy::Form:
        if (auto v = codes<CooperationForm>(keys)) {
            f.cooperationForms = 0;
            for (auto form : *v)
                f.cooperationForms |= flag(form);
        } else {
            ok = false;
        }
        break;
    case GroupBy::Region: {
        // A region is its countries: the filter names them.
        QStringList countries;
        for (const QString &k : keys)
            countries += reference::countriesInRegion(k);
        if (countries.isEmpty())
            return std::nullopt;
        f.countries = countries;
        break;
    }
    case GroupBy::Dimension:
        if (auto v = codes<PartnershipDimension>(keys)) {
            f.dimensions = 0;
            for (auto dimension : *v)
                f.dimensions |= flag(dimension);
        } else {
            ok = false;
        }
        break;
    }
    if (!ok)
        return std::nullopt;
    return f;
}

} // namespace c2c

#include "FilterJson.h"

#include <QJsonArray>

namespace c2c {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &json)
{
    QStringList out;
    for (const auto &v : json.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

QJsonObject filterToJson(const Filter &f)
{
    QJsonObject o;
    QJsonArray actors;
    for (std::int64_t id : f.actorIds)
        actors.append(qint64(id));
    if (!actors.isEmpty())
        o.insert(QStringLiteral("actors"), actors);
    const auto put = [&](const char *key, const QJsonArray &a) {
        if (!a.isEmpty())
            o.insert(QLatin1String(key), a);
    };
    put("actor_kinds", strings(toCodes(f.actorKinds)));
    put("countries", strings(f.countries));
    put("statuses", strings(toCodes(f.statuses)));
    put("modalities", strings(toCodes(f.modalities)));
    put("channels", strings(toCodes(f.channels)));
    put("sectors", strings(f.sectors));
    QJsonArray goals;
    for (int g : f.sdgGoals)
        goals.append(g);
    put("sdg_goals", goals);
    put("sdg_targets", strings(f.sdgTargets));
    put("forms", strings(flagCodes<CooperationForm>(f.cooperationForms)));
    put("dimensions", strings(flagCodes<PartnershipDimension>(f.dimensions)));
    if (f.fromYear)
        o.insert(QStringLiteral("from"), *f.fromYear);
    if (f.toYear)
        o.insert(QStringLiteral("to"), *f.toYear);
    // Minor units as strings: JSON numbers are doubles, and money must stay exact.
    if (f.minAmount)
        o.insert(QStringLiteral("min_amount"), QString::number(*f.minAmount));
    if (f.maxAmount)
        o.insert(QStringLiteral("max_amount"), QString::number(*f.maxAmount));
    if (!f.text.isEmpty())
        o.insert(QStringLiteral("text"), f.text);
    if (f.withQualityNote)
        o.insert(QStringLiteral("quality_notes"), true);
    if (f.notCountedOnly)
        o.insert(QStringLiteral("not_counted"), true);
    return o;
}

Filter filterFromJson(const QJsonObject &o)
{
    Filter f;
    for (const auto &v : o.value(QStringLiteral("actors")).toArray())
        f.actorIds.append(v.toInteger());
    f.actorKinds = fromCodes<ActorKind>(stringsOf(o.value(QStringLiteral("actor_kinds"))));
    f.countries = stringsOf(o.value(QStringLiteral("countries")));
    f.statuses = fromCodes<ActivityStatus>(stringsOf(o.value(QStringLiteral("statuses"))));
    f.modalities = fromCodes<Modality>(stringsOf(o.value(QStringLiteral("modalities"))));
    f.channels = fromCodes<FundingChannel>(stringsOf(o.value(QStringLiteral("channels"))));
    f.sectors = stringsOf(o.value(QStringLiteral("sectors")));
    for (const auto &v : o.value(QStringLiteral("sdg_goals")).toArray())
        f.sdgGoals.append(v.toInt());
    f.sdgTargets = stringsOf(o.value(QStringLiteral("sdg_targets")));
    f.cooperationForms = flagsFromCodes<CooperationForm>(stringsOf(o.value(QStringLiteral("forms"))));
    f.dimensions = flagsFromCodes<PartnershipDimension>(stringsOf(o.value(QStringLiteral("dimensions"))));
    if (o.contains(QStringLiteral("from")))
        f.fromYear = o.value(QStringLiteral("from")).toInt();
    if (o.contains(QStringLiteral("to")))
        f.toYear = o.value(QStringLiteral("to")).toInt();
    // A range saved reversed means the same years: read it in order.
    if (f.fromYear && f.toYear && *f.fromYear > *f.toYear)
        std::swap(*f.fromYear, *f.toYear);
    if (o.contains(QStringLiteral("min_amount")))
        f.minAmount = o.value(QStringLiteral("min_amount")).toString().toLongLong();
    if (o.contains(QStringLiteral("max_amount")))
        f.maxAmount = o.value(QStringLiteral("max_amount")).toString().toLongLong();
    f.text = o.value(QStringLiteral("text")).toString();
    f.withQualityNote = o.value(QStringLiteral("quality_notes")).toBool();
    f.notCountedOnly = o.value(QStringLiteral("not_counted")).toBool();
    return f;
}

} // namespace c2c

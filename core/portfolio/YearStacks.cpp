#include "YearStacks.h"

#include <QHash>
#include <limits>
#include <map>
#include <vector>

namespace c2c {

namespace {

constexpr int Unmapped = -1;

// The row's value of a dimension that gives each project one group, as a small integer.
int wholeValue(const Snapshot &s, Row r, GroupBy by)
{
    switch (by) {
    case GroupBy::Actor:
        return s.actor[r];
    case GroupBy::ActorKind:
        return s.actor[r] == NoId ? NoId : int(s.actors[s.actor[r]].kind);
    case GroupBy::Status:
        return s.status[r];
    case GroupBy::Modality:
        return s.modality[r];
    case GroupBy::Channel:
        return s.channel[r];
    default:
        return NoId;
    }
}

// The group key of such a value, as groupBy() writes it (empty = not stated).
QString keyOf(const Snapshot &s, int value, GroupBy by)
{
    switch (by) {
    case GroupBy::Actor:
        return value == NoId ? QString() : QString::number(s.actors[value].id);
    case GroupBy::ActorKind:
        return value == NoId ? QString() : toCode(static_cast<ActorKind>(value));
    case GroupBy::Status:
        return value == 0 ? QString() : toCode(static_cast<ActivityStatus>(value));
    case GroupBy::Modality:
        return value == 0 ? QString() : toCode(static_cast<Modality>(value));
    case GroupBy::Channel:
        return value == 0 ? QString() : toCode(static_cast<FundingChannel>(value));
    default:
        return {};
    }
}

} // namespace

YearStacks yearStacks(const Snapshot &s, const Selection &selection, GroupBy stackBy, int n)
{
    YearStacks out;
    const TopGroups top = topGroups(s, selection, stackBy, n);
    QHash<QString, int> stackOfKey;
    for (const Group &g : top.top) {
        stackOfKey.insert(g.key, int(out.stacks.size()));
        out.stacks.append(g);
        out.stackKeys.append({g.key});
    }
    if (top.others) {
        for (const QString &key : top.otherKeys)
            stackOfKey.insert(key, int(out.stacks.size()));
        out.stacks.append(*top.others);
        out.stackKeys.append(top.otherKeys);
    }
    if (top.notStated) {
        stackOfKey.insert(QString(), int(out.stacks.size()));
        out.stacks.append(*top.notStated);
        out.stackKeys.append(QStringList());
    }

    // One pass sorts the rows into their stacks; each stack is then aggregated by year as core does.
    std::vector<int> stackOfValue(NoId + 1, Unmapped);
    std::vector<Selection> parts(out.stacks.size());
    for (Row r : selection) {
        const int v = wholeValue(s, r, stackBy);
        int &stack = stackOfValue[v];
        if (stack == Unmapped)
            stack = stackOfKey.value(keyOf(s, v, stackBy), Unmapped);
        if (stack != Unmapped)
            parts[stack].push_back(r);
    }
    // Every project is in exactly one stack, so the years of the whole selection are the sums
    // of the stacks' years: no second pass over the selection.
    QList<QList<Group>> byYear;
    std::map<int, Group> years; // ascending; the "year unknown" group (key empty) under INT_MAX, last
    for (const Selection &part : parts) {
        byYear.append(groupBy(s, part, GroupBy::Year));
        for (const Group &g : byYear.last()) {
            Group &y = years[g.key.isEmpty() ? std::numeric_limits<int>::max() : g.key.toInt()];
            y.key = g.key;
            y.name = g.name;
            y.projects += g.projects;
            y.total += g.total;
            y.notCounted += g.notCounted;
        }
    }
    QHash<QString, int> yearIndex;
    for (const auto &[year, g] : years) {
        yearIndex.insert(g.key, int(out.years.size()));
        out.years.append(g);
    }
    for (const QList<Group> &stack : byYear) {
        QList<Int128> row(out.years.size(), 0);
        QList<std::int64_t> count(out.years.size(), 0), counted(out.years.size(), 0);
        for (const Group &g : stack) {
            row[yearIndex.value(g.key)] = g.total;
            count[yearIndex.value(g.key)] = g.projects;
            counted[yearIndex.value(g.key)] = g.counted();
        }
        out.total.append(row);
        out.projects.append(count);
        out.counted.append(counted);
    }
    return out;
}

} // namespace c2c

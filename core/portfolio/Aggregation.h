#pragma once
// Totals of a selection, grouped, in the reporting currency. Unknown is not
// zero: every total says how many projects it could not count (amount unknown,
// or no exchange rate for its currency and year).
//
// How amounts are split among groups (so that group totals add up exactly to
// the overall total, to the minor unit, by largest-remainder allocation):
// - Country: by the partner countries' shares; evenly when no share is stated.
//   Region (the countries' UN M49 sub-regions): the same, countries of one region merged.
//   A project with several partner countries counts once in the total and once
//   in each of its countries' project counts.
// - Sector / sector category: by the sectors' percentages, evenly when unstated.
// - SDG goal: evenly over the project's distinct goals (tags carry no shares).
// - Year: each budget line is spread evenly over the years of its period (a
//   project whose source gives only a total has one line over its whole
//   period). Lines without known years go to the "unknown year" group.
// - Cooperation form, partnership dimension: evenly over the project's forms or dimensions.
// - Actor, actor kind, status, modality, funding channel: the whole amount.
// Projects without a value for the dimension form a group with an empty key.
#include "Filter.h"
#include "Snapshot.h"
#include "domain/LocalizedText.h"

#include <QList>
#include <QString>

namespace c2c {

enum class GroupBy { Actor, ActorKind, Country, Year, Sector, SectorCategory, SdgGoal, Status, Modality, Channel, Form, Dimension, Region };

struct Group {
    QString key;         // actor id, ISO code, year, DAC code, goal number, status code...; empty = not stated
    LocalizedText name;
    std::int64_t projects = 0;
    Int128 total = 0;             // reporting currency, minor units, over the counted projects (never wraps)
    std::int64_t notCounted = 0;  // projects in the group whose amount is unknown or could not be converted

    std::int64_t counted() const { return projects - notCounted; }
    // A total over nothing known is unknown, not zero: shown as "–", never as 0.
    bool hasTotal() const { return counted() > 0; }
};

struct Totals {
    QString currency;
    std::int64_t projects = 0;
    std::int64_t amountKnown = 0;   // projects with a budget
    std::int64_t amountUnknown = 0; // projects whose budget the source does not state
    std::int64_t notConverted = 0;  // projects with a budget but no exchange rate to the reporting currency
    Int128 total = 0;               // minor units of currency, over the counted projects (never wraps)

    std::int64_t counted() const { return amountKnown - notConverted; }
    std::int64_t notCounted() const { return amountUnknown + notConverted; }
    bool hasTotal() const { return counted() > 0; }
};

Totals totals(const Snapshot &snapshot, const Selection &selection);
// Groups sorted by total (largest first), then key; the not-stated group last.
QList<Group> groupBy(const Snapshot &snapshot, const Selection &selection, GroupBy by);

// The Korean and English name of a group key of a dimension.
LocalizedText groupName(const Snapshot &snapshot, GroupBy by, const QString &key);
QString groupByCode(GroupBy by);
std::optional<GroupBy> groupByFromCode(const QString &code);

} // namespace c2c

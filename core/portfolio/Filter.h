#pragma once
// What the user asked to see. Empty lists mean "any"; values within one facet
// are alternatives (OR), facets combine with AND - as in faceted search.
#include "Snapshot.h"
#include "domain/Codes.h"
#include "domain/LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace c2c {

struct Filter {
    QList<std::int64_t> actorIds;     // database ids of lead actors
    QList<ActorKind> actorKinds;
    QStringList countries;            // ISO codes
    std::optional<int> fromYear;      // the period overlaps [fromYear, toYear]
    std::optional<int> toYear;
    QList<ActivityStatus> statuses;
    QList<Modality> modalities;
    QList<FundingChannel> channels;
    QStringList sectors;              // 5-digit codes, or 3-digit categories meaning all their codes
    QList<int> sdgGoals;
    QStringList sdgTargets;
    std::uint32_t cooperationForms = 0; // any of these flags
    std::uint32_t dimensions = 0;       // any of these flags
    std::optional<std::int64_t> minAmount; // reporting currency, minor units; unknown amounts never match
    std::optional<std::int64_t> maxAmount;
    QString text;                     // in keys, titles, localities and descriptions, both languages
    bool withQualityNote = false;
    bool notCountedOnly = false;      // unknown amount or no exchange rate

    bool isEmpty() const;
    bool operator==(const Filter &) const = default;

    // The filter as a sentence for the reader: "Gyeongsangbuk-do · Viet Nam, Lao PDR · 2015–2027".
    QString describe(const Snapshot &snapshot, Language lang) const;
};

using Selection = std::vector<Row>;

// The facets of a Filter, for counting each value "within the other filters".
enum class Facet { Actor, ActorKind, Country, Year, Status, Modality, Channel, Sector, SdgGoal, SdgTarget, Form, Dimension, Amount, Text, QualityNote, NotCounted };

// Rows of the snapshot that pass the filter, in row order. When ignore is
// given, that facet's condition is left out (used for facet counts).
Selection select(const Snapshot &snapshot, const Filter &filter, std::optional<Facet> ignore = std::nullopt);
// Rows of within that pass the filter (e.g. when the user types one more letter).
Selection refine(const Snapshot &snapshot, const Filter &filter, const Selection &within);

// ASCII-case-insensitive search of a UTF-8 needle in a UTF-8 haystack (Hangul has no case).
bool containsFolded(std::string_view haystack, std::string_view loweredNeedle);

} // namespace c2c

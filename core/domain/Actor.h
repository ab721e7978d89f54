#pragma once
// Who runs or funds projects. One actor stays one actor across renames
// (Gangwon-do became Gangwon State on 2023-06-11) and mergers (successor).
#include "Codes.h"
#include "LocalizedText.h"

#include <QDate>
#include <QList>
#include <cstdint>

namespace c2c {

struct ActorName {
    LocalizedText name;
    QDate validUntil; // the day before the next name took effect
};

struct Actor {
    std::int64_t id = 0;
    ActorKind kind = ActorKind::Other;
    LocalizedText name;   // current name
    QString moisCode;     // Ministry of the Interior and Safety code, where one exists
    QDate renamedOn;      // when the current name took effect, if it was renamed
    QList<ActorName> formerNames;
    std::int64_t successorId = 0; // 0: none; set when merged into another actor

    // The name that was in use on a date (the current one if unknown).
    LocalizedText nameOn(const QDate &date) const;
    bool operator==(const Actor &) const = default;
};

} // namespace c2c

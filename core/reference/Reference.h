#pragma once
// Code lists shipped with the application, in Korean and English. The data is
// generated at build time (cmake/gen_reference.py) from resources/reference
// and the iso-codes package; this header is the only way to reach it.
#include "domain/Codes.h"
#include "domain/LocalizedText.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace c2c::reference {

struct Country {
    QString code; // ISO 3166-1 alpha-2, plus XK (Kosovo) as IATI uses it
    LocalizedText name;
};

struct Currency {
    QString code; // ISO 4217
    LocalizedText name;
    int decimals = 2;
    // Listed by ISO 4217 today. Old codes (EEK, XBT...) stay known so old files
    // still read, but pickers offer current codes only.
    bool current = true;
};

struct SectorCategory {
    QString code; // DAC 3-digit category
    LocalizedText name;
};

struct Sector {
    QString code;     // DAC 5-digit purpose code
    QString category; // its 3-digit category
    LocalizedText name;
};

struct SdgGoal {
    int goal = 0;
    LocalizedText name;
    QString colour; // "#E5243B", the UN's communication guidelines
};

struct SdgTarget {
    QString code; // "11.6"
    int goal = 0;
    QString textEn;
};

struct LocalGovernment {
    QString moisCode;
    QString kostatCode;
    LocalizedText name;
    ActorKind kind = ActorKind::Province;
    LocalizedText formerName; // empty when never renamed
    QDate renamedOn;
};

// All lists are sorted by code (goal number for goals).
const QList<Country> &countries();
const QList<Currency> &currencies();
const QList<SectorCategory> &sectorCategories();
const QList<Sector> &sectors();
const QList<SdgGoal> &sdgGoals();
const QList<SdgTarget> &sdgTargets();
const QList<LocalGovernment> &localGovernments();

// Lookups by code; nullptr when unknown.
const Country *country(const QString &code);
const Currency *currency(const QString &code);
const SectorCategory *sectorCategory(const QString &code);
const Sector *sector(const QString &code);
const SdgGoal *sdgGoal(int goal);
// The name of a DAC purpose code (5 digits) or sector category (3 digits).
const LocalizedText *sectorName(const QString &code);
const SdgTarget *sdgTarget(const QString &code);

// A country from its code or its Korean or English name (case-insensitive,
// ignoring spaces), e.g. "VN", "Viet Nam", "Vietnam", "베트남".
std::optional<QString> findCountryCode(const QString &codeOrName);

} // namespace c2c::reference

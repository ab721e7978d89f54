#pragma once
// Code lists shipped with the application, in Korean and English. The data is
// generated at build time (cmake/gen_reference.py) from resources/reference
// and the iso-codes package; this header is the only way to reach it.
#include "domain/Actor.h"
#include "domain/Codes.h"
#include "domain/LocalizedText.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
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
    QDate renamedOn;          // or the day of the move or upgrade that changed its code
    QStringList formerMoisCodes; // codes before a rename, move or upgrade (Gunwi-gun: 47720)
    LocalizedText shortName;  // first tier only: 서울, 경북 / Seoul, Gyeongbuk
    QString parentMoisCode;   // basic governments: their first-tier government
    QString formerParentMoisCode; // before a move (Gunwi-gun: 47, Gyeongsangbuk-do, until 2023-07-01)
    double latitude = 0;      // centroid, WGS84 degrees
    double longitude = 0;
};

// All lists are sorted by code (goal number for goals).
const QList<Country> &countries();
const QList<Currency> &currencies();
const QList<SectorCategory> &sectorCategories();
const QList<Sector> &sectors();
const QList<SdgGoal> &sdgGoals();
const QList<SdgTarget> &sdgTargets();
const QList<LocalGovernment> &localGovernments();      // the 17 first-tier governments
const QList<LocalGovernment> &basicLocalGovernments(); // the 226 si, gun and autonomous gu

// Lookups by code; nullptr when unknown.
const Country *country(const QString &code);
const Currency *currency(const QString &code);
const SectorCategory *sectorCategory(const QString &code);
const Sector *sector(const QString &code);
const SdgGoal *sdgGoal(int goal);
// A local government of either tier by its MOIS code, current or former.
const LocalGovernment *localGovernment(const QString &moisCode);
// A basic local government by the name a source gives it: its own name when no other has it
// (구미시, Gumi-si), else with its city or province (인천 중구, 인천광역시 중구, Jung-gu, Incheon);
// current or former names. nullptr when unknown, or shared and not told apart (중구 alone).
const LocalGovernment *findLocalGovernment(const QString &name);
// How many basic local governments have this name without their city or province (중구: 6).
int localGovernmentsNamed(const QString &name);
// The name an actor for the government takes: told apart by its city or province when the
// name is shared (인천 중구 / Jung-gu, Incheon), else its own.
LocalizedText actorName(const LocalGovernment &government);
// A new actor for the government: that name, its kind and code, and its former name.
Actor actorFor(const LocalGovernment &government);
// The name of a DAC purpose code (5 digits) or sector category (3 digits).
const LocalizedText *sectorName(const QString &code);
const SdgTarget *sdgTarget(const QString &code);

// A country from its code or its Korean or English name (case-insensitive,
// ignoring spaces), e.g. "VN", "Viet Nam", "Vietnam", "베트남".
std::optional<QString> findCountryCode(const QString &codeOrName);

} // namespace c2c::reference

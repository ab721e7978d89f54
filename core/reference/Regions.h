#pragma once
// The UN M49 sub-region of each country ("035" South-eastern Asia, "030"
// Eastern Asia...), with Korean and English names, from the territory
// containment and display names of the Unicode CLDR that ICU carries. Lets a
// researcher group partner countries by region without a table of our own.
#include "domain/LocalizedText.h"

#include <QStringList>
#include <optional>

namespace c2c::reference {

struct Region {
    QString code; // three-digit M49 code
    LocalizedText name;
};

// nullopt for a code ICU does not place in a region.
std::optional<Region> regionOfCountry(const QString &countryCode);
LocalizedText regionName(const QString &regionCode);
// The reference countries in the region, by ISO code.
QStringList countriesInRegion(const QString &regionCode);

} // namespace c2c::reference

#include "Regions.h"

#include "Reference.h"

#include <QHash>
#include <unicode/uloc.h>
#include <unicode/uregion.h>

namespace c2c::reference {

namespace {

QString displayName(const QString &regionCode, const char *language)
{
    const QByteArray locale = "und_" + regionCode.toLatin1();
    UChar name[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayCountry(locale.constData(), language, name, 128, &status);
    if (U_FAILURE(status) || length <= 0)
        return regionCode;
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(name), length);
}

struct Table {
    QHash<QString, QString> regionOfCountry;     // ISO code -> M49 code
    QHash<QString, LocalizedText> names;         // M49 code -> names
    QHash<QString, QStringList> countriesOfRegion;
};

const Table &table()
{
    static const Table t = [] {
        Table out;
        for (const Country &c : countries()) {
            UErrorCode status = U_ZERO_ERROR;
            const URegion *region = uregion_getRegionFromCode(c.code.toLatin1().constData(), &status);
            const URegion *containing = U_SUCCESS(status) && region ? uregion_getContainingRegion(region) : nullptr;
            if (!containing)
                continue;
            const QString code = QString::fromLatin1(uregion_getRegionCode(containing));
            out.regionOfCountry.insert(c.code, code);
            out.countriesOfRegion[code].append(c.code);
            if (!out.names.contains(code))
                out.names.insert(code, {displayName(code, "ko"), displayName(code, "en"), {}});
        }
        return out;
    }();
    return t;
}

} // namespace

std::optional<Region> regionOfCountry(const QString &countryCode)
{
    const auto it = table().regionOfCountry.constFind(countryCode);
    if (it == table().regionOfCountry.constEnd())
        return std::nullopt;
    return Region{*it, regionName(*it)};
}

LocalizedText regionName(const QString &regionCode)
{
    return table().names.value(regionCode, LocalizedText{regionCode, regionCode, {}});
}

QStringList countriesInRegion(const QString &regionCode)
{
    return table().countriesOfRegion.value(regionCode);
}

} // namespace c2c::reference

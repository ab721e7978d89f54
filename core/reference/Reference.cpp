#include "Reference.h"

#include "ReferenceTables.h"
#include "domain/Money.h"

#include <QHash>
#include <algorithm>

namespace c2c::reference {

using namespace tables;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

template <class T>
const T *findByCode(const QList<T> &list, const QString &code)
{
    const auto it = std::lower_bound(list.begin(), list.end(), code, [](const T &item, const QString &c) { return item.code < c; });
    return it != list.end() && it->code == code ? &*it : nullptr;
}

// Short and older English names people write in spreadsheets, beyond iso-codes' names.
constexpr const char *kAliases[][2] = {
    {"Viet Nam", "VN"},          {"Lao PDR", "LA"},         {"Lao People's Democratic Republic", "LA"},
    {"Korea", "KR"},             {"Republic of Korea", "KR"}, {"Tanzania", "TZ"},
    {"Bolivia", "BO"},           {"Iran", "IR"},            {"Syria", "SY"},
    {"Moldova", "MD"},           {"Russia", "RU"},          {"Burma", "MM"},
    {"Myanmar", "MM"},           {"Ivory Coast", "CI"},     {"Cote d'Ivoire", "CI"},
    {"Kyrgyzstan", "KG"},        {"Timor-Leste", "TL"},     {"East Timor", "TL"},
    {"DR Congo", "CD"},          {"Democratic Republic of the Congo", "CD"}, {"Congo", "CG"},
    {"Palestine", "PS"},         {"Kosovo", "XK"},          {"Cape Verde", "CV"},
    {"Swaziland", "SZ"},         {"Eswatini", "SZ"},        {"Turkey", "TR"},
    {"Micronesia", "FM"},        {"Venezuela", "VE"},       {"Gambia", "GM"},
    {"The Gambia", "GM"},        {"Vatican", "VA"},         {"Brunei", "BN"},
    {"Macedonia", "MK"},         {"North Macedonia", "MK"}, {"Czech Republic", "CZ"},
};

const QHash<QString, QString> &countryIndex()
{
    static const QHash<QString, QString> index = [] {
        QHash<QString, QString> h;
        for (const Country &c : countries()) {
            h.insert(normalised(c.name.en), c.code);
            h.insert(normalised(c.name.ko), c.code);
        }
        for (const auto &alias : kAliases)
            h.insert(normalised(u(alias[0])), u(alias[1]));
        return h;
    }();
    return index;
}

} // namespace

const QList<Country> &countries()
{
    static const QList<Country> list = [] {
        QList<Country> l;
        for (int i = 0; i < kCountryCount; ++i)
            l.append({u(kCountries[i].code), {u(kCountries[i].ko), u(kCountries[i].en), {}}});
        return l;
    }();
    return list;
}

const QList<Currency> &currencies()
{
    static const QList<Currency> list = [] {
        QList<Currency> l;
        for (int i = 0; i < kCurrencyCount; ++i)
            l.append({u(kCurrencies[i].code), {u(kCurrencies[i].ko), u(kCurrencies[i].en), {}},
                      currencyDecimals(u(kCurrencies[i].code)), kCurrencies[i].current});
        return l;
    }();
    return list;
}

const QList<SectorCategory> &sectorCategories()
{
    static const QList<SectorCategory> list = [] {
        QList<SectorCategory> l;
        for (int i = 0; i < kSectorCategoryCount; ++i)
            l.append({u(kSectorCategories[i].code), {u(kSectorCategories[i].ko), u(kSectorCategories[i].en), {}}});
        return l;
    }();
    return list;
}

const QList<Sector> &sectors()
{
    static const QList<Sector> list = [] {
        QList<Sector> l;
        for (int i = 0; i < kSectorCount; ++i)
            l.append({u(kSectors[i].code), u(kSectors[i].category), {u(kSectors[i].ko), u(kSectors[i].en), {}}});
        return l;
    }();
    return list;
}

const QList<SdgGoal> &sdgGoals()
{
    static const QList<SdgGoal> list = [] {
        QList<SdgGoal> l;
        for (int i = 0; i < 17; ++i)
            l.append({kGoals[i].goal, {u(kGoals[i].ko), u(kGoals[i].en), {}}, u(kGoals[i].colour)});
        return l;
    }();
    return list;
}

const QList<SdgTarget> &sdgTargets()
{
    static const QList<SdgTarget> list = [] {
        QList<SdgTarget> l;
        for (int i = 0; i < kTargetCount; ++i)
            l.append({u(kTargets[i].code), kTargets[i].goal, u(kTargets[i].en)});
        return l;
    }();
    return list;
}

const Country *country(const QString &code)
{
    return findByCode(countries(), code);
}

const Currency *currency(const QString &code)
{
    return findByCode(currencies(), code);
}

const SectorCategory *sectorCategory(const QString &code)
{
    return findByCode(sectorCategories(), code);
}

const Sector *sector(const QString &code)
{
    return findByCode(sectors(), code);
}

const LocalizedText *sectorName(const QString &code)
{
    if (const auto *s = sector(code))
        return &s->name;
    if (const auto *c = sectorCategory(code))
        return &c->name;
    return nullptr;
}

const SdgGoal *sdgGoal(int goal)
{
    return goal >= 1 && goal <= 17 ? &sdgGoals().at(goal - 1) : nullptr;
}

const SdgTarget *sdgTarget(const QString &code)
{
    for (const SdgTarget &t : sdgTargets())
        if (t.code == code)
            return &t;
    return nullptr;
}

std::optional<QString> findCountryCode(const QString &codeOrName)
{
    const QString trimmed = codeOrName.trimmed();
    if (trimmed.size() == 2 && country(trimmed.toUpper()))
        return trimmed.toUpper();
    const auto it = countryIndex().constFind(normalised(trimmed));
    if (it == countryIndex().constEnd() || trimmed.isEmpty())
        return std::nullopt;
    return *it;
}

QString tables::normalised(const QString &name)
{
    QString out;
    for (QChar c : name)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

} // namespace c2c::reference

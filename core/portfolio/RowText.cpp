#include "RowText.h"

#include "reference/Reference.h"

namespace c2c::rowtext {

QString title(const Snapshot &s, Row r, Language lang)
{
    QString t = s.text(r, lang == Language::Korean ? TextField::TitleKo : TextField::TitleEn);
    if (t.isEmpty())
        t = s.text(r, lang == Language::Korean ? TextField::TitleEn : TextField::TitleKo);
    return t.isEmpty() ? s.text(r, TextField::TitleOther) : t;
}

QString actor(const Snapshot &s, Row r, Language lang)
{
    return s.actor[r] == NoId ? QString() : s.actors[s.actor[r]].name.text(lang);
}

QString countries(const Snapshot &s, Row r, Language lang)
{
    QStringList names;
    const Span span = s.countries(r);
    for (auto i = span.begin; i < span.end; ++i) {
        const QString code = s.countryCodes.value(s.countryValue[i]);
        const auto *c = reference::country(code);
        names.append(c ? c->name.text(lang) : code);
    }
    return names.join(QStringLiteral(", "));
}

QString locality(const Snapshot &s, Row r, Language lang)
{
    const QString t = s.text(r, lang == Language::Korean ? TextField::LocalityKo : TextField::LocalityEn);
    return t.isEmpty() ? s.text(r, lang == Language::Korean ? TextField::LocalityEn : TextField::LocalityKo) : t;
}

QString period(const Snapshot &s, Row r)
{
    const auto y = [](std::int16_t v) { return v == UnknownYear ? QStringLiteral("?") : QString::number(v); };
    if (s.startYear[r] == UnknownYear && s.endYear[r] == UnknownYear)
        return {};
    if (s.startYear[r] == s.endYear[r])
        return y(s.startYear[r]);
    return y(s.startYear[r]) + QStringLiteral("–") + y(s.endYear[r]);
}

QString status(const Snapshot &s, Row r, Language lang)
{
    const auto v = static_cast<ActivityStatus>(s.status[r]);
    return v == ActivityStatus::Unknown ? QString() : label(v).text(lang);
}

QString modality(const Snapshot &s, Row r, Language lang)
{
    const auto v = static_cast<Modality>(s.modality[r]);
    return v == Modality::Unknown ? QString() : label(v).text(lang);
}

QString amount(const Snapshot &s, Row r, const QLocale &locale)
{
    if (s.amount[r] == UnknownAmount)
        return {};
    return Money(s.amount[r], s.currencies.value(s.currency[r])).format(locale);
}

QString reported(const Snapshot &s, Row r, const QLocale &locale)
{
    if (!isCounted(s.reported[r]))
        return {};
    return Money(s.reported[r], s.reportingCurrency).format(locale);
}

QString sectors(const Snapshot &s, Row r)
{
    QStringList codes;
    const Span span = s.sectors(r);
    for (auto i = span.begin; i < span.end; ++i)
        codes.append(s.sectorCodes.value(s.sectorValue[i]));
    return codes.join(QStringLiteral(", "));
}

QString sdgs(const Snapshot &s, Row r)
{
    QStringList tags;
    const Span span = s.sdgs(r);
    for (auto i = span.begin; i < span.end; ++i)
        tags.append(s.sdgTarget[i] == NoId ? QString::number(s.sdgGoal[i]) : s.sdgTargets.value(s.sdgTarget[i]));
    return tags.join(QStringLiteral(", "));
}

} // namespace c2c::rowtext

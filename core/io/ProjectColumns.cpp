#include "ProjectColumns.h"

#include "portfolio/RowText.h"

namespace c2c {

QStringList ProjectColumns::headers(const Snapshot &s)
{
    return {tr("Key"), tr("Title (Korean)"), tr("Title (English)"), tr("Lead actor"), tr("Kind of actor"),
            tr("Country codes"), tr("Partner countries"), tr("Locality"), tr("Start year"), tr("End year"),
            tr("Status"), tr("Modality"), tr("Budget"), tr("Currency"), tr("Budget in %1").arg(s.reportingCurrency),
            tr("Reporting currency"), tr("Sectors (DAC)"), tr("SDGs"), tr("Data-quality notes")};
}

QStringList ProjectColumns::row(const Snapshot &s, Row r, Language lang)
{
    QStringList codes;
    const Span span = s.countries(r);
    for (auto i = span.begin; i < span.end; ++i)
        codes.append(s.countryCodes.value(s.countryValue[i]));
    const auto year = [](std::int16_t y) { return y == UnknownYear ? QString() : QString::number(y); };
    const bool known = s.amount[r] != UnknownAmount;
    const QString currency = known ? s.currencies.value(s.currency[r]) : QString();
    return {s.text(r, TextField::Key),
            s.text(r, TextField::TitleKo),
            s.text(r, TextField::TitleEn),
            rowtext::actor(s, r, lang),
            s.actor[r] == NoId ? QString() : label(s.actors[s.actor[r]].kind).text(lang),
            codes.join(QLatin1Char(';')),
            rowtext::countries(s, r, lang),
            rowtext::locality(s, r, lang),
            year(s.startYear[r]),
            year(s.endYear[r]),
            rowtext::status(s, r, lang),
            rowtext::modality(s, r, lang),
            known ? Money(s.amount[r], currency).toDecimalString() : QString(),
            currency,
            isCounted(s.reported[r]) ? Money(s.reported[r], s.reportingCurrency).toDecimalString() : QString(),
            s.reportingCurrency,
            rowtext::sectors(s, r),
            rowtext::sdgs(s, r),
            QString::number(s.qualityNotes[r])};
}

} // namespace c2c

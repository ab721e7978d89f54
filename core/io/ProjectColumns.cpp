#include "ProjectColumns.h"

#include "reference/Reference.h"

namespace c2c {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

void appendInt(std::string &out, std::int64_t v)
{
    char buf[24];
    int n = 0;
    const bool negative = v < 0;
    // Work in unsigned so that the most negative value has a magnitude too.
    auto u = negative ? std::uint64_t(0) - std::uint64_t(v) : std::uint64_t(v);
    do {
        buf[n++] = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative)
        out += '-';
    while (n)
        out += buf[--n];
}

} // namespace

ProjectColumns::ProjectColumns(const Snapshot &s, Language lang)
    : m_s(s), m_lang(lang)
{
    for (const c2c::Actor &a : s.actors) {
        m_actorNames.push_back(utf8(a.name.text(lang)));
        m_actorKinds.push_back(utf8(label(a.kind).text(lang)));
    }
    for (const QString &code : s.countryCodes) {
        m_countryCodes.push_back(utf8(code));
        const auto *c = reference::country(code);
        m_countryNames.push_back(utf8(c ? c->name.text(lang) : code));
    }
    for (const QString &code : s.sectorCodes)
        m_sectorCodes.push_back(utf8(code));
    for (const QString &code : s.sdgTargets)
        m_sdgTargets.push_back(utf8(code));
    for (const QString &code : s.currencies) {
        m_currencies.push_back(utf8(code));
        m_decimals.push_back(currencyDecimals(code));
    }
    for (const auto &e : activityStatuses())
        if (e.value != ActivityStatus::Unknown)
            m_status[std::size_t(e.value)] = utf8(label(e.value).text(lang));
    for (const auto &e : modalities())
        if (e.value != c2c::Modality::Unknown)
            m_modality[std::size_t(e.value)] = utf8(label(e.value).text(lang));
    m_reportingDecimals = currencyDecimals(s.reportingCurrency);
}

QStringList ProjectColumns::headers() const
{
    return {tr("Key"), tr("Title (Korean)"), tr("Title (English)"), tr("Lead actor"), tr("Kind of actor"),
            tr("Country codes"), tr("Partner countries"), tr("Locality"), tr("Start year"), tr("End year"),
            tr("Status"), tr("Modality"), tr("Budget"), tr("Currency"), tr("Budget in %1").arg(m_s.reportingCurrency),
            tr("Reporting currency"), tr("Sectors (DAC)"), tr("SDGs"), tr("Data-quality notes"),
            tr("Title (other language)")};
}

void ProjectColumns::appendDecimal(std::string &out, std::int64_t minor, int decimals)
{
    if (decimals <= 0) {
        appendInt(out, minor);
        return;
    }
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = minor < 0;
    const auto magnitude = negative ? std::uint64_t(0) - std::uint64_t(minor) : std::uint64_t(minor);
    if (negative)
        out += '-';
    appendInt(out, std::int64_t(magnitude / std::uint64_t(scale)));
    out += '.';
    std::string frac;
    appendInt(frac, std::int64_t(magnitude % std::uint64_t(scale)));
    out.append(std::size_t(decimals) - frac.size(), '0');
    out += frac;
}

void ProjectColumns::fill(Row r, Cells &c) const
{
    for (std::string &cell : c)
        cell.clear();
    const Snapshot &s = m_s;
    const bool ko = m_lang == Language::Korean;
    c[Key] = m_s.textView(r, TextField::Key);
    c[TitleKo] = m_s.textView(r, TextField::TitleKo);
    c[TitleEn] = m_s.textView(r, TextField::TitleEn);
    c[TitleOther] = m_s.textView(r, TextField::TitleOther);
    if (s.actor[r] != NoId) {
        c[Actor] = m_actorNames[s.actor[r]];
        c[ActorKind] = m_actorKinds[s.actor[r]];
    }
    const Span countries = s.countries(r);
    for (auto i = countries.begin; i < countries.end; ++i) {
        if (i != countries.begin) {
            c[CountryCodes] += ';';
            c[Countries] += ", ";
        }
        c[CountryCodes] += m_countryCodes[s.countryValue[i]];
        c[Countries] += m_countryNames[s.countryValue[i]];
    }
    std::string_view locality = m_s.textView(r, ko ? TextField::LocalityKo : TextField::LocalityEn);
    if (locality.empty())
        locality = m_s.textView(r, ko ? TextField::LocalityEn : TextField::LocalityKo);
    c[Locality] = locality;
    if (s.startYear[r] != UnknownYear)
        appendInt(c[StartYear], s.startYear[r]);
    if (s.endYear[r] != UnknownYear)
        appendInt(c[EndYear], s.endYear[r]);
    c[Status] = m_status[s.status[r]];
    c[Modality] = m_modality[s.modality[r]];
    if (s.amount[r] != UnknownAmount && s.currency[r] < m_currencies.size()) {
        appendDecimal(c[Amount], s.amount[r], m_decimals[s.currency[r]]);
        c[Currency] = m_currencies[s.currency[r]];
    }
    if (isCounted(s.reported[r]))
        appendDecimal(c[Reported], s.reported[r], m_reportingDecimals);
    c[ReportingCurrency] = s.reportingCurrency.toStdString();
    const Span sectors = s.sectors(r);
    for (auto i = sectors.begin; i < sectors.end; ++i) {
        if (i != sectors.begin)
            c[Sectors] += ", ";
        c[Sectors] += m_sectorCodes[s.sectorValue[i]];
    }
    const Span sdgs = s.sdgs(r);
    for (auto i = sdgs.begin; i < sdgs.end; ++i) {
        if (i != sdgs.begin)
            c[Sdgs] += ", ";
        if (s.sdgTarget[i] == NoId)
            appendInt(c[Sdgs], s.sdgGoal[i]);
        else
            c[Sdgs] += m_sdgTargets[s.sdgTarget[i]];
    }
    appendInt(c[QualityNotes], s.qualityNotes[r]);
}

int ProjectColumns::decimals(Row r, int column) const
{
    if (column == Reported)
        return m_reportingDecimals;
    const auto cur = m_s.currency[r];
    return cur < m_decimals.size() ? m_decimals[cur] : m_reportingDecimals;
}

} // namespace c2c

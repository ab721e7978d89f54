#include "Snapshot.h"

#include "domain/Project.h"

#include <algorithm>

namespace c2c {

namespace {

constexpr char Separator = '\x1f';

template <class Id>
Id dictionaryId(QStringList &dict, const QString &code, Id none)
{
    if (code.isEmpty())
        return none;
    const qsizetype i = dict.indexOf(code);
    if (i >= 0)
        return static_cast<Id>(i);
    if (dict.size() >= none)
        return none;
    dict.append(code);
    return static_cast<Id>(dict.size() - 1);
}

// Replaces the values of row r in one list-valued column (offsets + one or more
// value arrays) and shifts the offsets of the rows after it.
template <class... Columns>
void spliceRow(std::vector<std::uint32_t> &offset, std::size_t r, std::size_t newCount, Columns &...columns)
{
    const std::uint32_t begin = offset[r];
    const std::uint32_t oldCount = offset[r + 1] - begin;
    const auto shift = static_cast<std::int64_t>(newCount) - static_cast<std::int64_t>(oldCount);
    auto resize = [&](auto &values) {
        using T = typename std::remove_reference_t<decltype(values)>::value_type;
        if (shift > 0)
            values.insert(values.begin() + begin + oldCount, static_cast<std::size_t>(shift), T{});
        else if (shift < 0)
            values.erase(values.begin() + begin + newCount, values.begin() + begin + oldCount);
    };
    (resize(columns), ...);
    for (std::size_t i = r + 1; i < offset.size(); ++i)
        offset[i] = static_cast<std::uint32_t>(offset[i] + shift);
}

std::int16_t yearOf(const std::optional<PartialDate> &d)
{
    return d ? static_cast<std::int16_t>(d->year) : UnknownYear;
}

std::uint16_t shareOf(const std::optional<int> &s)
{
    return s ? static_cast<std::uint16_t>(std::clamp(*s, 0, FullShare)) : NoShare;
}

} // namespace

std::uint16_t Snapshot::countryId(const QString &code) { return dictionaryId<std::uint16_t>(countryCodes, code, NoId); }
std::uint16_t Snapshot::sectorId(const QString &code) { return dictionaryId<std::uint16_t>(sectorCodes, code, NoId); }
std::uint16_t Snapshot::sdgTargetId(const QString &code) { return dictionaryId<std::uint16_t>(sdgTargets, code, NoId); }
std::uint8_t Snapshot::currencyId(const QString &code)
{
    return dictionaryId<std::uint8_t>(currencies, code, MixedCurrencies);
}

std::string_view Snapshot::textView(Row r, TextField field) const
{
    std::string_view all = texts(r);
    for (int i = 0; i < static_cast<int>(field); ++i) {
        const auto sep = all.find(Separator);
        if (sep == std::string_view::npos)
            return {};
        all.remove_prefix(sep + 1);
    }
    return all.substr(0, all.find(Separator));
}

QString Snapshot::text(Row r, TextField field) const
{
    const std::string_view value = textView(r, field);
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

std::int64_t Snapshot::findRow(std::int64_t id) const
{
    // Rows are in id order: restored projects go back to their place.
    const auto it = std::lower_bound(projectId.begin(), projectId.end(), id);
    return it != projectId.end() && *it == id ? it - projectId.begin() : -1;
}

Snapshot::RowData Snapshot::rowData(const Project &p)
{
    RowData d;
    d.projectId = p.id;
    d.version = static_cast<std::uint32_t>(std::max(p.version, 0));
    d.actor = actorIndex.value(p.leadActorId, NoId);
    d.status = static_cast<std::uint8_t>(p.status);
    d.modality = static_cast<std::uint8_t>(p.modality);
    d.channel = static_cast<std::uint8_t>(p.fundingChannel);
    d.startYear = yearOf(p.period.start);
    d.endYear = yearOf(p.period.end);
    d.forms = static_cast<std::uint16_t>(p.cooperationForms);
    d.dimensions = static_cast<std::uint8_t>(p.dimensions);
    d.qualityNotes = static_cast<std::uint8_t>(std::min<qsizetype>(p.qualityNotes.size(), 255));
    for (const PartnerCountry &c : p.countries)
        d.countries.emplace_back(countryId(c.code), shareOf(c.share));
    for (const SectorShare &s : p.sectors)
        d.sectors.emplace_back(sectorId(s.code), shareOf(s.share));
    for (const SdgTag &t : p.sdgs)
        d.sdgs.emplace_back(static_cast<std::uint8_t>(t.goal), t.target.isEmpty() ? NoId : sdgTargetId(t.target));
    for (const BudgetLine &b : p.effectiveBudget()) {
        // A line without its own period covers the project's period.
        const std::int16_t s = b.period.start ? yearOf(b.period.start) : d.startYear;
        const std::int16_t e = b.period.end ? yearOf(b.period.end) : (b.period.start ? s : d.endYear);
        d.lines.push_back({s, e, b.amount.minor(), currencyId(b.amount.currency())});
    }
    QStringList localitiesKo, localitiesEn;
    for (const PartnerCountry &c : p.countries) {
        if (!c.locality.ko.isEmpty())
            localitiesKo.append(c.locality.ko);
        if (!c.locality.en.isEmpty())
            localitiesEn.append(c.locality.en);
    }
    const QString sep(QChar::fromLatin1(Separator));
    // Separators inside user text would shift the fields: replace them.
    auto clean = [](QString s) { return s.replace(QChar::fromLatin1(Separator), QLatin1Char(' ')); };
    d.text = QStringList{clean(p.key), clean(p.title.ko), clean(p.title.en), clean(localitiesKo.join(QStringLiteral(", "))),
                         clean(localitiesEn.join(QStringLiteral(", "))), clean(p.description.ko), clean(p.description.en)}
                 .join(sep)
                 .toStdString();
    d.text += otherLanguageFields(p);
    return d;
}

std::string Snapshot::otherLanguageFields(const Project &p)
{
    if (p.title.other.isEmpty() && p.description.other.isEmpty())
        return {};
    auto clean = [](QString s) { return s.replace(QChar::fromLatin1(Separator), QLatin1Char(' ')); };
    const QString sep(QChar::fromLatin1(Separator));
    QStringList search{p.title.markedOthers(), p.description.markedOthers()};
    search.removeAll(QString());
    return (sep + clean(p.title.markedOther()) + sep + clean(search.join(QLatin1Char('\n')))).toStdString();
}

void Snapshot::reserve(std::size_t rows)
{
    projectId.reserve(rows);
    version.reserve(rows);
    actor.reserve(rows);
    status.reserve(rows);
    modality.reserve(rows);
    channel.reserve(rows);
    startYear.reserve(rows);
    endYear.reserve(rows);
    forms.reserve(rows);
    dimensions.reserve(rows);
    qualityNotes.reserve(rows);
    amount.reserve(rows);
    currency.reserve(rows);
    reported.reserve(rows);
    for (auto *o : {&countryOffset, &sectorOffset, &sdgOffset, &lineOffset, &textOffset})
        o->reserve(rows + 1);
    countryValue.reserve(rows);
    countryShare.reserve(rows);
    sectorValue.reserve(rows);
    sectorShare.reserve(rows);
    sdgGoal.reserve(rows);
    sdgTarget.reserve(rows);
    lineStart.reserve(rows);
    lineEnd.reserve(rows);
    lineAmount.reserve(rows);
    lineCurrency.reserve(rows);
    lineReported.reserve(rows);
}

void Snapshot::append(const RowData &d)
{
    ++m_generation;
    if (projectId.empty()) {
        for (auto *o : {&countryOffset, &sectorOffset, &sdgOffset, &lineOffset, &textOffset})
            o->assign(1, 0);
    }
    projectId.push_back(d.projectId);
    version.push_back(d.version);
    actor.push_back(d.actor);
    status.push_back(d.status);
    modality.push_back(d.modality);
    channel.push_back(d.channel);
    startYear.push_back(d.startYear);
    endYear.push_back(d.endYear);
    forms.push_back(d.forms);
    dimensions.push_back(d.dimensions);
    qualityNotes.push_back(d.qualityNotes);
    amount.push_back(UnknownAmount);
    currency.push_back(0);
    reported.push_back(UnknownAmount);
    for (const auto &[id, share] : d.countries) {
        countryValue.push_back(id);
        countryShare.push_back(share);
    }
    countryOffset.push_back(static_cast<std::uint32_t>(countryValue.size()));
    for (const auto &[id, share] : d.sectors) {
        sectorValue.push_back(id);
        sectorShare.push_back(share);
    }
    sectorOffset.push_back(static_cast<std::uint32_t>(sectorValue.size()));
    for (const auto &[goal, target] : d.sdgs) {
        sdgGoal.push_back(goal);
        sdgTarget.push_back(target);
    }
    sdgOffset.push_back(static_cast<std::uint32_t>(sdgGoal.size()));
    for (const auto &l : d.lines) {
        lineStart.push_back(l.start);
        lineEnd.push_back(l.end);
        lineAmount.push_back(l.amount);
        lineCurrency.push_back(l.currency);
        lineReported.push_back(NoRate);
    }
    lineOffset.push_back(static_cast<std::uint32_t>(lineStart.size()));
    textArena.append(d.text);
    textOffset.push_back(static_cast<std::uint32_t>(textArena.size()));
    convertRow(static_cast<Row>(projectId.size() - 1));
}

void Snapshot::replace(Row r, const RowData &d)
{
    ++m_generation;
    projectId[r] = d.projectId;
    version[r] = d.version;
    actor[r] = d.actor;
    status[r] = d.status;
    modality[r] = d.modality;
    channel[r] = d.channel;
    startYear[r] = d.startYear;
    endYear[r] = d.endYear;
    forms[r] = d.forms;
    dimensions[r] = d.dimensions;
    qualityNotes[r] = d.qualityNotes;

    spliceRow(countryOffset, r, d.countries.size(), countryValue, countryShare);
    for (std::size_t i = 0; i < d.countries.size(); ++i) {
        countryValue[countryOffset[r] + i] = d.countries[i].first;
        countryShare[countryOffset[r] + i] = d.countries[i].second;
    }
    spliceRow(sectorOffset, r, d.sectors.size(), sectorValue, sectorShare);
    for (std::size_t i = 0; i < d.sectors.size(); ++i) {
        sectorValue[sectorOffset[r] + i] = d.sectors[i].first;
        sectorShare[sectorOffset[r] + i] = d.sectors[i].second;
    }
    spliceRow(sdgOffset, r, d.sdgs.size(), sdgGoal, sdgTarget);
    for (std::size_t i = 0; i < d.sdgs.size(); ++i) {
        sdgGoal[sdgOffset[r] + i] = d.sdgs[i].first;
        sdgTarget[sdgOffset[r] + i] = d.sdgs[i].second;
    }
    spliceRow(lineOffset, r, d.lines.size(), lineStart, lineEnd, lineAmount, lineCurrency, lineReported);
    for (std::size_t i = 0; i < d.lines.size(); ++i) {
        const auto at = lineOffset[r] + i;
        lineStart[at] = d.lines[i].start;
        lineEnd[at] = d.lines[i].end;
        lineAmount[at] = d.lines[i].amount;
        lineCurrency[at] = d.lines[i].currency;
    }
    const std::uint32_t begin = textOffset[r];
    const std::uint32_t oldSize = textOffset[r + 1] - begin;
    textArena.replace(begin, oldSize, d.text);
    const auto shift = static_cast<std::int64_t>(d.text.size()) - oldSize;
    for (std::size_t i = r + 1; i < textOffset.size(); ++i)
        textOffset[i] = static_cast<std::uint32_t>(textOffset[i] + shift);
    convertRow(r);
}

void Snapshot::remove(Row r)
{
    ++m_generation;
    replace(r, RowData{}); // empties the list-valued columns and the text of the row
    for (auto *o : {&countryOffset, &sectorOffset, &sdgOffset, &lineOffset, &textOffset})
        o->erase(o->begin() + r + 1);
    auto eraseAt = [r](auto &column) { column.erase(column.begin() + r); };
    eraseAt(projectId);
    eraseAt(version);
    eraseAt(actor);
    eraseAt(status);
    eraseAt(modality);
    eraseAt(channel);
    eraseAt(startYear);
    eraseAt(endYear);
    eraseAt(forms);
    eraseAt(dimensions);
    eraseAt(qualityNotes);
    eraseAt(amount);
    eraseAt(currency);
    eraseAt(reported);
}

void Snapshot::setActors(const QList<Actor> &list)
{
    QHash<std::int64_t, std::uint16_t> index;
    for (int i = 0; i < list.size(); ++i)
        index.insert(list[i].id, static_cast<std::uint16_t>(i));
    std::vector<std::uint16_t> remap(actors.size(), NoId);
    for (int i = 0; i < actors.size(); ++i)
        remap[i] = index.value(actors[i].id, NoId);
    for (auto &a : actor)
        if (a != NoId)
            a = remap[a];
    actors = list;
    actorIndex = std::move(index);
}

std::int64_t Snapshot::rateFor(const QString &code, int year) const
{
    if (code == QLatin1String("USD"))
        return ExchangeRate::Scale;
    const auto byYear = rates.constFind(code);
    if (byYear == rates.constEnd())
        return 0;
    return byYear->value(year, 0);
}

void Snapshot::setRates(const QList<ExchangeRate> &list)
{
    rates.clear();
    for (const ExchangeRate &r : list)
        rates[r.currency].insert(r.year, r.perUsdMicro);
    setReportingCurrency(reportingCurrency);
}

void Snapshot::setReportingCurrency(const QString &code)
{
    reportingCurrency = code;
    for (Row r = 0; r < rowCount(); ++r)
        convertRow(r);
}

void Snapshot::convertRow(Row r)
{
    const Span span = lines(r);
    if (span.begin == span.end) {
        amount[r] = UnknownAmount;
        currency[r] = 0;
        reported[r] = UnknownAmount;
        return;
    }
    // Sums in 128 bits: validation keeps a project's lines within 64 bits in their
    // own currency, but converted lines may add up beyond; such a total cannot be
    // reported and counts as not converted, never as a wrapped number.
    Int128 original = 0;
    Int128 total = 0;
    std::uint8_t cur = lineCurrency[span.begin];
    bool convertible = true;
    for (auto i = span.begin; i < span.end; ++i) {
        if (lineCurrency[i] != cur)
            cur = MixedCurrencies;
        else
            original += lineAmount[i];
        const QString &from = currencies.value(lineCurrency[i]);
        const Money m(lineAmount[i], from);
        if (from == reportingCurrency) {
            lineReported[i] = lineAmount[i];
        } else {
            // The rate of the line's first year, else of the project's start year.
            const int year = lineStart[i] != UnknownYear ? lineStart[i] : startYear[r];
            const std::int64_t fromRate = year == UnknownYear ? 0 : rateFor(from, year);
            const std::int64_t toRate = year == UnknownYear ? 0 : rateFor(reportingCurrency, year);
            const auto converted = fromRate && toRate ? convert(m, fromRate, reportingCurrency, toRate) : std::nullopt;
            lineReported[i] = converted && isCounted(converted->minor()) ? converted->minor() : NoRate;
        }
        if (lineReported[i] == NoRate)
            convertible = false;
        else
            total += lineReported[i];
    }
    currency[r] = cur;
    amount[r] = cur == MixedCurrencies || !fitsAmount(original) ? UnknownAmount : std::int64_t(original);
    reported[r] = convertible && fitsAmount(total) && isCounted(std::int64_t(total)) ? std::int64_t(total) : NoRate;
}

QList<Snapshot::MissingRate> Snapshot::missingRates(Row r) const
{
    QList<MissingRate> out;
    if (reported[r] != NoRate)
        return out;
    const auto note = [&out](const QString &currency, int year) {
        const MissingRate m{currency, year};
        if (!out.contains(m))
            out.append(m);
    };
    const Span span = lines(r);
    for (auto i = span.begin; i < span.end; ++i) {
        if (lineReported[i] != NoRate)
            continue;
        const QString &from = currencies.value(lineCurrency[i]);
        const int year = lineStart[i] != UnknownYear ? lineStart[i] : startYear[r];
        if (year == UnknownYear) {
            note(from, UnknownYear);
            continue;
        }
        if (!rateFor(from, year))
            note(from, year);
        if (!rateFor(reportingCurrency, year))
            note(reportingCurrency, year);
    }
    return out;
}

std::size_t Snapshot::memoryBytes() const
{
    auto bytes = [](const auto &v) { return v.capacity() * sizeof(typename std::decay_t<decltype(v)>::value_type); };
    return bytes(projectId) + bytes(version) + bytes(actor) + bytes(status) + bytes(modality) + bytes(channel) + bytes(startYear)
           + bytes(endYear) + bytes(forms) + bytes(dimensions) + bytes(qualityNotes) + bytes(amount) + bytes(currency)
           + bytes(reported) + bytes(countryOffset) + bytes(countryValue) + bytes(countryShare) + bytes(sectorOffset)
           + bytes(sectorValue) + bytes(sectorShare) + bytes(sdgOffset) + bytes(sdgGoal) + bytes(sdgTarget)
           + bytes(lineOffset) + bytes(lineStart) + bytes(lineEnd) + bytes(lineAmount) + bytes(lineCurrency)
           + bytes(lineReported) + textArena.capacity() + bytes(textOffset) + bytes(m_textOrders[0].rank)
           + bytes(m_textOrders[1].rank) + bytes(m_textOrders[2].rank) + bytes(m_textOrders[3].rank);
}

} // namespace c2c

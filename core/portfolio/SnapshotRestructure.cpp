// Structural edits of the snapshot: rows removed and inserted in id order by one
// change set (a delete of many projects, its undo, an import).
#include "Snapshot.h"

#include <algorithm>

namespace c2c {

namespace {
// Up to this many rows are moved in place (each one shifts the columns once);
// more are merged in one pass over the columns.
constexpr std::size_t InPlaceLimit = 32;
} // namespace

void Snapshot::insertEmptyRow(Row at, std::int64_t id)
{
    ++m_generation;
    if (projectId.empty())
        for (auto *o : {&countryOffset, &sectorOffset, &sdgOffset, &lineOffset, &textOffset})
            o->assign(1, 0);
    for (auto *o : {&countryOffset, &sectorOffset, &sdgOffset, &lineOffset, &textOffset}) {
        const std::uint32_t begin = (*o)[at];
        o->insert(o->begin() + at, begin); // an empty span at the row's place
    }
    auto insertAt = [at](auto &column, auto value) { column.insert(column.begin() + at, value); };
    insertAt(projectId, id);
    insertAt(version, std::uint32_t(0));
    insertAt(actor, NoId);
    insertAt(status, std::uint8_t(0));
    insertAt(modality, std::uint8_t(0));
    insertAt(channel, std::uint8_t(0));
    insertAt(startYear, UnknownYear);
    insertAt(endYear, UnknownYear);
    insertAt(forms, std::uint16_t(0));
    insertAt(dimensions, std::uint8_t(0));
    insertAt(qualityNotes, std::uint8_t(0));
    insertAt(amount, UnknownAmount);
    insertAt(currency, std::uint8_t(0));
    insertAt(reported, UnknownAmount);
}

void Snapshot::copyRow(const Snapshot &from, Row r)
{
    if (projectId.empty())
        for (auto *o : {&countryOffset, &sectorOffset, &sdgOffset, &lineOffset, &textOffset})
            o->assign(1, 0);
    projectId.push_back(from.projectId[r]);
    version.push_back(from.version[r]);
    actor.push_back(from.actor[r]);
    status.push_back(from.status[r]);
    modality.push_back(from.modality[r]);
    channel.push_back(from.channel[r]);
    startYear.push_back(from.startYear[r]);
    endYear.push_back(from.endYear[r]);
    forms.push_back(from.forms[r]);
    dimensions.push_back(from.dimensions[r]);
    qualityNotes.push_back(from.qualityNotes[r]);
    amount.push_back(from.amount[r]);
    currency.push_back(from.currency[r]);
    reported.push_back(from.reported[r]);
    auto copySpan = [](const Span span, auto &to, const auto &src) {
        to.insert(to.end(), src.begin() + span.begin, src.begin() + span.end);
    };
    const Span c = from.countries(r), s = from.sectors(r), g = from.sdgs(r), l = from.lines(r);
    copySpan(c, countryValue, from.countryValue);
    copySpan(c, countryShare, from.countryShare);
    countryOffset.push_back(static_cast<std::uint32_t>(countryValue.size()));
    copySpan(s, sectorValue, from.sectorValue);
    copySpan(s, sectorShare, from.sectorShare);
    sectorOffset.push_back(static_cast<std::uint32_t>(sectorValue.size()));
    copySpan(g, sdgGoal, from.sdgGoal);
    copySpan(g, sdgTarget, from.sdgTarget);
    sdgOffset.push_back(static_cast<std::uint32_t>(sdgGoal.size()));
    copySpan(l, lineStart, from.lineStart);
    copySpan(l, lineEnd, from.lineEnd);
    copySpan(l, lineAmount, from.lineAmount);
    copySpan(l, lineCurrency, from.lineCurrency);
    copySpan(l, lineReported, from.lineReported);
    lineOffset.push_back(static_cast<std::uint32_t>(lineStart.size()));
    textArena.append(from.texts(r));
    textOffset.push_back(static_cast<std::uint32_t>(textArena.size()));
}

std::vector<Row> Snapshot::restructure(const std::vector<Row> &removeRows, std::vector<RowData> inserts,
                                       std::vector<std::pair<Row, RowData>> replacements)
{
    std::sort(replacements.begin(), replacements.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::sort(inserts.begin(), inserts.end(), [](const RowData &a, const RowData &b) { return a.projectId < b.projectId; });
    std::vector<Row> positions;
    positions.reserve(inserts.size());
    const bool appendOnly = removeRows.empty()
                            && (inserts.empty() || projectId.empty() || inserts.front().projectId > projectId.back());
    if ((appendOnly && replacements.size() <= InPlaceLimit)
        || removeRows.size() + inserts.size() + replacements.size() <= InPlaceLimit) {
        for (const auto &[r, d] : replacements)
            replace(r, d);
        for (auto it = removeRows.rbegin(); it != removeRows.rend(); ++it)
            remove(*it);
        for (const RowData &d : inserts) {
            if (projectId.empty() || d.projectId > projectId.back()) {
                append(d);
                positions.push_back(static_cast<Row>(rowCount() - 1));
                continue;
            }
            const auto at = static_cast<Row>(std::lower_bound(projectId.begin(), projectId.end(), d.projectId)
                                             - projectId.begin());
            insertEmptyRow(at, d.projectId);
            replace(at, d);
            positions.push_back(at);
        }
        return positions;
    }
    // Many rows: merge the kept rows and the new ones into fresh columns.
    Snapshot next;
    next.actors = actors;
    next.actorIndex = actorIndex;
    next.countryCodes = countryCodes;
    next.sectorCodes = sectorCodes;
    next.sdgTargets = sdgTargets;
    next.currencies = currencies;
    next.reportingCurrency = reportingCurrency;
    next.rates = rates;
    next.damage = damage;
    next.reserve(rowCount() - removeRows.size() + inserts.size());
    next.textArena.reserve(textArena.size());
    std::size_t removed = 0, inserted = 0, replaced = 0;
    for (Row r = 0; r < rowCount(); ++r) {
        while (replaced < replacements.size() && replacements[replaced].first < r)
            ++replaced;
        if (removed < removeRows.size() && removeRows[removed] == r) {
            ++removed;
            continue;
        }
        while (inserted < inserts.size() && inserts[inserted].projectId < projectId[r]) {
            positions.push_back(static_cast<Row>(next.rowCount()));
            next.append(inserts[inserted++]);
        }
        if (replaced < replacements.size() && replacements[replaced].first == r)
            next.append(replacements[replaced].second);
        else
            next.copyRow(*this, r);
    }
    for (; inserted < inserts.size(); ++inserted) {
        positions.push_back(static_cast<Row>(next.rowCount()));
        next.append(inserts[inserted]);
    }
    next.m_generation = m_generation + 1;
    *this = std::move(next);
    return positions;
}

} // namespace c2c

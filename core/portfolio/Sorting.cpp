#include "Sorting.h"

#include "reference/Reference.h"

#include <QCollator>
#include <algorithm>

namespace c2c {

namespace {

// Sorts by a numeric key per row, unknown (nullopt-like sentinel) last.
template <class KeyOf>
void sortByNumber(Selection &sel, bool descending, KeyOf keyOf, std::int64_t unknown)
{
    // Precompute the keys: the comparator then touches one array.
    std::vector<std::pair<std::int64_t, Row>> keyed(sel.size());
    for (std::size_t i = 0; i < sel.size(); ++i)
        keyed[i] = {keyOf(sel[i]), sel[i]};
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        const bool au = a.first == unknown, bu = b.first == unknown;
        if (au || bu)
            return !au && bu;
        return descending ? a.first > b.first : a.first < b.first;
    });
    for (std::size_t i = 0; i < sel.size(); ++i)
        sel[i] = keyed[i].second;
}

// Sorts by a text key computed per distinct dictionary id (actors, countries), then by rank.
void sortByRank(Selection &sel, bool descending, const std::vector<std::int64_t> &rankOfRow)
{
    sortByNumber(sel, descending, [&](Row r) { return rankOfRow[r]; }, -1);
}

std::vector<std::int64_t> ranks(const QStringList &names, const QCollator &collator)
{
    std::vector<int> order(names.size());
    for (int i = 0; i < names.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return collator.compare(names[a], names[b]) < 0; });
    std::vector<std::int64_t> rank(names.size());
    for (int i = 0; i < static_cast<int>(order.size()); ++i)
        rank[order[i]] = i;
    return rank;
}

} // namespace

void sortSelection(const Snapshot &s, Selection &sel, SortKey key, bool descending, Language lang)
{
    QCollator collator(QLocale(lang == Language::Korean ? QLocale::Korean : QLocale::English));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    switch (key) {
    case SortKey::Row:
        sortByNumber(sel, descending, [](Row r) { return std::int64_t(r); }, -1);
        return;
    case SortKey::Start:
        sortByNumber(sel, descending, [&](Row r) { return std::int64_t(s.startYear[r]); }, UnknownYear);
        return;
    case SortKey::End:
        sortByNumber(sel, descending, [&](Row r) { return std::int64_t(s.endYear[r]); }, UnknownYear);
        return;
    case SortKey::Status:
        sortByNumber(sel, descending, [&](Row r) { return std::int64_t(s.status[r]); }, 0);
        return;
    case SortKey::Modality:
        sortByNumber(sel, descending, [&](Row r) { return std::int64_t(s.modality[r]); }, 0);
        return;
    case SortKey::Amount:
        sortByNumber(sel, descending, [&](Row r) { return s.amount[r]; }, UnknownAmount);
        return;
    case SortKey::Reported:
        // Not-converted amounts sort with the unknown ones: they have no comparable value.
        sortByNumber(sel, descending, [&](Row r) { return isCounted(s.reported[r]) ? s.reported[r] : UnknownAmount; },
                     UnknownAmount);
        return;
    case SortKey::QualityNotes:
        sortByNumber(sel, descending, [&](Row r) { return std::int64_t(s.qualityNotes[r]); }, -1);
        return;
    case SortKey::Actor: {
        QStringList names;
        for (const Actor &a : s.actors)
            names.append(a.name.text(lang));
        const auto rank = ranks(names, collator);
        std::vector<std::int64_t> rowRank(s.rowCount());
        for (Row r = 0; r < s.rowCount(); ++r)
            rowRank[r] = s.actor[r] == NoId ? -1 : rank[s.actor[r]];
        sortByRank(sel, descending, rowRank);
        return;
    }
    case SortKey::Country: {
        QStringList names;
        for (const QString &code : s.countryCodes) {
            const auto *c = reference::country(code);
            names.append(c ? c->name.text(lang) : code);
        }
        const auto rank = ranks(names, collator);
        std::vector<std::int64_t> rowRank(s.rowCount(), -1);
        for (Row r : sel) {
            const Span span = s.countries(r);
            if (span.begin != span.end && s.countryValue[span.begin] != NoId)
                rowRank[r] = rank[s.countryValue[span.begin]];
        }
        sortByRank(sel, descending, rowRank);
        return;
    }
    case SortKey::Key:
    case SortKey::Title: {
        const TextField field = key == SortKey::Key ? TextField::Key
                                                    : (lang == Language::Korean ? TextField::TitleKo : TextField::TitleEn);
        const TextField other = lang == Language::Korean ? TextField::TitleEn : TextField::TitleKo;
        std::vector<std::pair<QCollatorSortKey, Row>> keyed;
        keyed.reserve(sel.size());
        for (Row r : sel) {
            QString t = s.text(r, field);
            if (t.isEmpty() && key == SortKey::Title)
                t = s.text(r, other);
            keyed.emplace_back(collator.sortKey(t), r);
        }
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            const int c = a.first.compare(b.first);
            return descending ? c > 0 : c < 0;
        });
        for (std::size_t i = 0; i < sel.size(); ++i)
            sel[i] = keyed[i].second;
        return;
    }
    }
}

} // namespace c2c

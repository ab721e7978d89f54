#include "Sorting.h"

#include "RowText.h"
#include "reference/Reference.h"

#include <QCollator>
#include <algorithm>
#include <string_view>
#include <unordered_map>

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

// The rank of each actor's and each partner country's name (by dictionary id) in a language.
std::vector<std::int64_t> actorRanks(const Snapshot &s, Language lang, const QCollator &collator)
{
    QStringList names;
    for (const Actor &a : s.actors)
        names.append(a.name.text(lang));
    return ranks(names, collator);
}

std::vector<std::int64_t> countryRanks(const Snapshot &s, Language lang, const QCollator &collator)
{
    QStringList names;
    for (const QString &code : s.countryCodes) {
        const auto *c = reference::country(code);
        names.append(c ? c->name.text(lang) : code);
    }
    return ranks(names, collator);
}

// The collation rank of every row's key or title (the title in the other language when it
// has none). Many projects share a title (a programme run in several places): each
// distinct text is collated once.
std::vector<std::int32_t> textRanks(const Snapshot &s, SortKey key, Language lang, const QCollator &collator)
{
    const TextField field = key == SortKey::Key ? TextField::Key : (lang == Language::Korean ? TextField::TitleKo : TextField::TitleEn);
    const TextField other = lang == Language::Korean ? TextField::TitleEn : TextField::TitleKo;
    std::unordered_map<std::string_view, std::int32_t> distinctIndex;
    distinctIndex.reserve(s.rowCount() / 4 + 16);
    QStringList distinct;
    std::vector<std::int32_t> textOf(s.rowCount());
    for (Row r = 0; r < s.rowCount(); ++r) {
        std::string_view t = s.textView(r, field);
        if (t.empty() && key == SortKey::Title)
            t = s.textView(r, other);
        if (t.empty() && key == SortKey::Title)
            t = s.textView(r, TextField::TitleOther);
        const auto [it, inserted] = distinctIndex.try_emplace(t, std::int32_t(distinct.size()));
        if (inserted)
            distinct.append(QString::fromUtf8(t.data(), qsizetype(t.size())));
        textOf[r] = it->second;
    }
    std::vector<QCollatorSortKey> keys;
    keys.reserve(std::size_t(distinct.size()));
    for (const QString &t : distinct)
        keys.push_back(collator.sortKey(t));
    std::vector<std::int32_t> order(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = std::int32_t(i);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return keys[std::size_t(a)].compare(keys[std::size_t(b)]) < 0; });
    std::vector<std::int32_t> rankOfText(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        rankOfText[std::size_t(order[i])] = std::int32_t(i);
    for (std::int32_t &t : textOf)
        t = rankOfText[std::size_t(t)];
    return textOf;
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
        const auto rank = actorRanks(s, lang, collator);
        std::vector<std::int64_t> rowRank(s.rowCount());
        for (Row r = 0; r < s.rowCount(); ++r)
            rowRank[r] = s.actor[r] == NoId ? -1 : rank[s.actor[r]];
        sortByRank(sel, descending, rowRank);
        return;
    }
    case SortKey::Country: {
        const auto rank = countryRanks(s, lang, collator);
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
        Snapshot::TextOrder &order = s.textOrder((key == SortKey::Title ? 2 : 0) + (lang == Language::Korean ? 1 : 0));
        if (order.generation != s.generation() || order.rank.size() != s.rowCount()) {
            order.rank = textRanks(s, key, lang, collator);
            order.generation = s.generation();
        }
        sortByNumber(sel, descending, [&](Row r) { return std::int64_t(order.rank[r]); }, -1);
        return;
    }
    }
}

RowOrder::RowOrder(const Snapshot &s, SortKey key, bool descending, Language lang)
    : m_s(s), m_key(key), m_descending(descending), m_lang(lang),
      m_collator(std::make_shared<QCollator>(QLocale(lang == Language::Korean ? QLocale::Korean : QLocale::English)))
{
    m_collator->setNumericMode(true);
    m_collator->setCaseSensitivity(Qt::CaseInsensitive);
    switch (key) {
    case SortKey::Start:
    case SortKey::End:
        m_unknown = UnknownYear;
        break;
    case SortKey::Status:
    case SortKey::Modality:
        m_unknown = 0;
        break;
    case SortKey::Amount:
    case SortKey::Reported:
        m_unknown = UnknownAmount;
        break;
    case SortKey::Actor:
        m_rank = actorRanks(s, lang, *m_collator);
        break;
    case SortKey::Country:
        m_rank = countryRanks(s, lang, *m_collator);
        break;
    default:
        break;
    }
}

std::int64_t RowOrder::number(Row r) const
{
    switch (m_key) {
    case SortKey::Row:
        return r;
    case SortKey::Start:
        return m_s.startYear[r];
    case SortKey::End:
        return m_s.endYear[r];
    case SortKey::Status:
        return m_s.status[r];
    case SortKey::Modality:
        return m_s.modality[r];
    case SortKey::Amount:
        return m_s.amount[r];
    case SortKey::Reported:
        return isCounted(m_s.reported[r]) ? m_s.reported[r] : UnknownAmount;
    case SortKey::QualityNotes:
        return m_s.qualityNotes[r];
    case SortKey::Actor:
        return m_s.actor[r] == NoId ? -1 : m_rank[m_s.actor[r]];
    case SortKey::Country: {
        const Span span = m_s.countries(r);
        return span.begin != span.end && m_s.countryValue[span.begin] != NoId ? m_rank[m_s.countryValue[span.begin]] : -1;
    }
    default:
        return -1;
    }
}

QString RowOrder::text(Row r) const
{
    if (m_key == SortKey::Key)
        return m_s.text(r, TextField::Key);
    return rowtext::title(m_s, r, m_lang);
}

bool RowOrder::operator()(Row a, Row b) const
{
    if (m_key == SortKey::Key || m_key == SortKey::Title) {
        const int c = m_collator->compare(text(a), text(b));
        return m_descending ? c > 0 : c < 0;
    }
    const std::int64_t x = number(a), y = number(b);
    const bool xu = x == m_unknown, yu = y == m_unknown;
    if (xu || yu)
        return !xu && yu;
    return m_descending ? x > y : x < y;
}

} // namespace c2c

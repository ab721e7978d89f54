#pragma once
// Orders a selection (not the portfolio: sorting is the expensive interactive
// step, so only the rows the user sees are sorted). Stable, so that equal keys
// keep the database order; unknown values sort last in either direction.
#include "Filter.h"
#include "domain/LocalizedText.h"

#include <memory>

class QCollator;

namespace c2c {

enum class SortKey { Row, Key, Title, Actor, Country, Start, End, Status, Modality, Amount, Reported, QualityNotes };

void sortSelection(const Snapshot &snapshot, Selection &selection, SortKey key, bool descending,
                   Language lang = Language::English);

} // namespace c2c

namespace c2c {

// The order sortSelection() gives, for one pair of rows: where one edited or new row
// goes in a sorted table without sorting it again.
class RowOrder {
public:
    RowOrder(const Snapshot &snapshot, SortKey key, bool descending, Language lang = Language::English);
    // True when a sorts before b (unknown values last in either direction).
    bool operator()(Row a, Row b) const;

private:
    std::int64_t number(Row r) const; // the numeric key, or m_unknown
    QString text(Row r) const;
    const Snapshot &m_s;
    SortKey m_key;
    bool m_descending;
    Language m_lang;
    std::int64_t m_unknown = -1;
    std::vector<std::int64_t> m_rank; // actor or country dictionary id -> rank of its name
    std::shared_ptr<QCollator> m_collator;
};

} // namespace c2c

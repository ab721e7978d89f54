#pragma once
// Orders a selection (not the portfolio: sorting is the expensive interactive
// step, so only the rows the user sees are sorted). Stable, so that equal keys
// keep the database order; unknown values sort last in either direction.
#include "Filter.h"
#include "domain/LocalizedText.h"

namespace c2c {

enum class SortKey { Row, Key, Title, Actor, Country, Start, End, Status, Modality, Amount, Reported, QualityNotes };

void sortSelection(const Snapshot &snapshot, Selection &selection, SortKey key, bool descending,
                   Language lang = Language::English);

} // namespace c2c

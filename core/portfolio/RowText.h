#pragma once
// A snapshot row's values as text for reading (table cells, lists, reports),
// in the reader's language. One place, so the table, the command line and the
// exports say the same thing the same way.
#include "Snapshot.h"
#include "domain/LocalizedText.h"

#include <QLocale>

namespace c2c::rowtext {

QString title(const Snapshot &s, Row r, Language lang);      // falls back to the other language
QString actor(const Snapshot &s, Row r, Language lang);
QString countries(const Snapshot &s, Row r, Language lang);  // "Viet Nam, Lao PDR"
QString locality(const Snapshot &s, Row r, Language lang);
QString period(const Snapshot &s, Row r);                     // "2016–2025", "2018–?", "" when unknown
QString status(const Snapshot &s, Row r, Language lang);
QString modality(const Snapshot &s, Row r, Language lang);
// The budget in its own currency; empty when unknown.
QString amount(const Snapshot &s, Row r, const QLocale &locale);
// The budget in the reporting currency; empty when unknown or not convertible.
QString reported(const Snapshot &s, Row r, const QLocale &locale);
QString sectors(const Snapshot &s, Row r);                    // DAC codes
QString sdgs(const Snapshot &s, Row r);                       // "11.6, 6"

} // namespace c2c::rowtext

#pragma once
// Currency pickers: the current ISO 4217 codes, each as "KRW — 대한민국 원" in the
// interface language, the code as item data.
#include "domain/LocalizedText.h"

#include <QStringList>

class QComboBox;

namespace c2c::app {

// "KRW — 대한민국 원" ("KRW — Won" in English); the bare code when unknown.
QString currencyLabel(const QString &code, Language lang);

// Refills box with the current currencies in lang, leaving out `except`, and
// selects `selected` (kept in the list when it is an old code such as EEK).
void fillCurrencyBox(QComboBox *box, Language lang, const QString &selected, const QStringList &except = {});

} // namespace c2c::app

#pragma once
// The user-interface language: our translations, Qt's own (dialog buttons,
// context menus) and the default locale for numbers, dates and money.
#include "domain/LocalizedText.h"

namespace c2c::app {

// Installs the translators for lang, replacing those of the previous language.
// Widgets receive QEvent::LanguageChange and retranslate themselves.
void installLanguage(Language lang);
Language currentLanguage();
// The language of the system locale when it is Korean, else English.
Language systemLanguage();

} // namespace c2c::app

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace c2c::app {

namespace {
Language g_current = Language::English;
std::unique_ptr<QTranslator> g_ours;
std::unique_ptr<QTranslator> g_qt;
} // namespace

void installLanguage(Language lang)
{
    for (auto *t : {&g_ours, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    const QString code = languageCode(lang);
    g_ours = std::make_unique<QTranslator>();
    if (g_ours->load(QStringLiteral(":/i18n/c2c_%1.qm").arg(code)))
        QCoreApplication::installTranslator(g_ours.get());
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    QLocale::setDefault(QLocale(lang == Language::Korean ? QLocale::Korean : QLocale::English,
                                lang == Language::Korean ? QLocale::SouthKorea : QLocale::UnitedStates));
    g_current = lang;
}

Language currentLanguage()
{
    return g_current;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? Language::Korean : Language::English;
}

} // namespace c2c::app

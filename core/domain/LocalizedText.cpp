#include "LocalizedText.h"

namespace c2c {

Language languageFromCode(const QString &code, Language fallback)
{
    const QString c = code.trimmed().toLower();
    if (c.startsWith(QLatin1String("ko")))
        return Language::Korean;
    if (c.startsWith(QLatin1String("en")))
        return Language::English;
    return fallback;
}

QString languageCode(Language lang)
{
    return lang == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString LocalizedText::text(Language lang) const
{
    const QString &first = lang == Language::Korean ? ko : en;
    if (!first.isEmpty())
        return first;
    const QString &second = lang == Language::Korean ? en : ko;
    if (!second.isEmpty())
        return second;
    return other.isEmpty() ? QString() : other.first();
}

} // namespace c2c

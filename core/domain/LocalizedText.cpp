#include "LocalizedText.h"

#include <QStringList>

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
    return markedOther();
}

QString LocalizedText::marked(const QString &lang, const QString &text)
{
    return QStringLiteral("[%1] %2").arg(lang, text);
}

QString LocalizedText::markedOther() const
{
    for (auto it = other.begin(); it != other.end(); ++it)
        if (!it.value().isEmpty())
            return marked(it.key(), it.value());
    return {};
}

QString LocalizedText::markedOthers() const
{
    QStringList lines;
    for (auto it = other.begin(); it != other.end(); ++it)
        if (!it.value().isEmpty())
            lines.append(marked(it.key(), it.value()));
    return lines.join(QLatin1Char('\n'));
}

LocalizedText LocalizedText::guessed(const QString &text)
{
    for (const QChar c : text)
        if ((c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) || (c.unicode() >= 0x1100 && c.unicode() <= 0x11FF)
            || (c.unicode() >= 0x3130 && c.unicode() <= 0x318F))
            return {text, QString(), {}};
    return {QString(), text, {}};
}

} // namespace c2c

#pragma once
// Text held in Korean and English (the product's two first-class languages),
// plus any other languages a source (e.g. an IATI file) carried.
#include <QMap>
#include <QString>

namespace c2c {

enum class Language { Korean, English };

Language languageFromCode(const QString &code, Language fallback = Language::English);
QString languageCode(Language lang);

struct LocalizedText {
    QString ko;
    QString en;
    QMap<QString, QString> other; // xml:lang code -> text, for languages other than ko/en

    // The text in the wanted language, else in the other one, else any other language.
    QString text(Language lang) const;
    bool isEmpty() const { return ko.isEmpty() && en.isEmpty() && other.isEmpty(); }
    bool operator==(const LocalizedText &) const = default;
};

} // namespace c2c

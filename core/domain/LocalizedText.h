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

    // The text to show in lang: in lang, else in the other of Korean and English, else in
    // any other language (the first by code) marked with its code, as "[fr] Projet ...".
    QString text(Language lang) const;
    // The text of the first other language, marked ("[fr] ..."); empty when there is none.
    QString markedOther() const;
    // Every other language's text, marked, one per line (what a search looks through).
    QString markedOthers() const;
    static QString marked(const QString &lang, const QString &text);
    // Text whose language was not recorded: Korean when it holds Hangul, else English.
    static LocalizedText guessed(const QString &text);
    bool isEmpty() const { return ko.isEmpty() && en.isEmpty() && other.isEmpty(); }
    bool operator==(const LocalizedText &) const = default;
};

} // namespace c2c

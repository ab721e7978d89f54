#pragma once
// The encodings spreadsheets are saved in by Korean users: UTF-8 (with or
// without the byte order mark Excel writes) and CP949, the superset of EUC-KR
// that Korean Excel uses for "CSV". CP949 is decoded by iconv, not by a table
// of our own.
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace c2c {

enum class TextEncoding { Auto, Utf8, Utf8Bom, Cp949 };

class TextDecoding {
    Q_DECLARE_TR_FUNCTIONS(c2c::TextDecoding)

public:
    // A BOM says UTF-8; otherwise valid UTF-8 is UTF-8 and anything else is taken for CP949.
    static TextEncoding detect(const QByteArray &bytes);
    // The text, or an error naming the line of the first byte that is not in the encoding.
    static Result<QString> decode(const QByteArray &bytes, TextEncoding encoding);
    // The same in UTF-8, without a copy when the bytes already are UTF-8 (a byte order mark
    // is kept). encoding Auto is replaced by the encoding detected.
    static Result<QByteArray> toUtf8(const QByteArray &bytes, TextEncoding &encoding);
    // NUL bytes, or mostly control characters, near the start: not a text file.
    static bool looksBinary(const QByteArray &bytes);
    static QString name(TextEncoding encoding);
};

} // namespace c2c

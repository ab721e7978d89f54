#include "TextDecoding.h"

#include <cerrno>
#include <iconv.h>

namespace c2c {

namespace {

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(std::min(offset, bytes.size())).count('\n')) + 1;
}

bool hasBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

// The line of the first byte sequence that is not UTF-8, for the message.
Result<QByteArray> notUtf8(QByteArrayView body)
{
    int line = 1;
    for (QByteArrayView rest = body; !rest.isEmpty(); ++line) {
        const qsizetype nl = rest.indexOf('\n');
        const QByteArrayView one = nl < 0 ? rest : rest.first(nl);
        if (!one.isValidUtf8())
            break;
        rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
    }
    return Result<QByteArray>::failure(
        TextDecoding::tr("line %1: the text is not valid UTF-8 (choose another encoding, e.g. CP949)").arg(line));
}

Result<QByteArray> decodeCp949(const QByteArray &bytes)
{
    iconv_t cd = iconv_open("UTF-8", "CP949");
    if (cd == iconv_t(-1))
        return Result<QByteArray>::failure(TextDecoding::tr("this system cannot decode CP949 (iconv has no converter for it)"));
    QByteArray out;
    out.resize(bytes.size() * 3 / 2 + 16); // a 2-byte Hangul syllable becomes 3 bytes of UTF-8
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *dst = out.data();
    size_t outLeft = size_t(out.size());
    const size_t result = iconv(cd, &in, &inLeft, &dst, &outLeft);
    const int error = errno;
    iconv_close(cd);
    if (result == size_t(-1)) {
        const qsizetype at = in - bytes.constData();
        const QString why = error == EINVAL ? TextDecoding::tr("the file ends in the middle of a character")
                                            : TextDecoding::tr("a byte sequence that is not CP949");
        return Result<QByteArray>::failure(TextDecoding::tr("line %1: %2").arg(lineAt(bytes, at)).arg(why));
    }
    out.truncate(out.size() - qsizetype(outLeft));
    return out;
}

} // namespace

TextEncoding TextDecoding::detect(const QByteArray &bytes)
{
    if (hasBom(bytes))
        return TextEncoding::Utf8Bom;
    return QByteArrayView(bytes).isValidUtf8() ? TextEncoding::Utf8 : TextEncoding::Cp949;
}

Result<QString> TextDecoding::decode(const QByteArray &bytes, TextEncoding encoding)
{
    auto utf8 = toUtf8(bytes, encoding);
    if (!utf8)
        return Result<QString>::failure(utf8.error());
    QString text = QString::fromUtf8(utf8.value());
    if (text.startsWith(QChar(0xFEFF)) && encoding == TextEncoding::Utf8Bom)
        text.remove(0, 1);
    return text;
}

Result<QByteArray> TextDecoding::toUtf8(const QByteArray &bytes, TextEncoding &encoding)
{
    if (encoding == TextEncoding::Auto) {
        encoding = detect(bytes);
        if (encoding == TextEncoding::Utf8)
            return bytes; // detected as valid UTF-8: no need to check again
    }
    if (encoding == TextEncoding::Cp949)
        return decodeCp949(bytes);
    if (!QByteArrayView(bytes).isValidUtf8())
        return notUtf8(QByteArrayView(bytes).sliced(encoding == TextEncoding::Utf8Bom && hasBom(bytes) ? 3 : 0));
    return bytes;
}

bool TextDecoding::looksBinary(const QByteArray &bytes)
{
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 8192));
    qsizetype control = 0;
    for (char c : head) {
        if (c == '\0')
            return true;
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++control;
    }
    return control * 10 > head.size();
}

QString TextDecoding::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return tr("detect");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return tr("UTF-8 with BOM");
    case TextEncoding::Cp949:
        return QStringLiteral("CP949 (EUC-KR)");
    }
    return {};
}

} // namespace c2c

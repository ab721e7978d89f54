#include "TextDecoding.h"

#include <QStringDecoder>
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

Result<QString> decodeUtf8(const QByteArray &bytes, TextEncoding encoding)
{
    const QByteArrayView body = encoding == TextEncoding::Utf8Bom && hasBom(bytes) ? QByteArrayView(bytes).sliced(3)
                                                                                   : QByteArrayView(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(body);
    if (decoder.hasError()) {
        // Find the first bad sequence for the message: decode line by line.
        int line = 1;
        for (QByteArrayView rest = body; !rest.isEmpty(); ++line) {
            const qsizetype nl = rest.indexOf('\n');
            const QByteArrayView one = nl < 0 ? rest : rest.first(nl);
            QStringDecoder check(QStringDecoder::Utf8);
            (void)QString(check(one));
            if (check.hasError())
                break;
            rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
        }
        return Result<QString>::failure(
            TextDecoding::tr("line %1: the text is not valid UTF-8 (choose another encoding, e.g. CP949)").arg(line));
    }
    return text;
}

Result<QString> decodeCp949(const QByteArray &bytes)
{
    iconv_t cd = iconv_open("UTF-8", "CP949");
    if (cd == iconv_t(-1))
        return Result<QString>::failure(TextDecoding::tr("this system cannot decode CP949 (iconv has no converter for it)"));
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
        return Result<QString>::failure(TextDecoding::tr("line %1: %2").arg(lineAt(bytes, at)).arg(why));
    }
    out.truncate(out.size() - qsizetype(outLeft));
    return QString::fromUtf8(out);
}

} // namespace

TextEncoding TextDecoding::detect(const QByteArray &bytes)
{
    if (hasBom(bytes))
        return TextEncoding::Utf8Bom;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder(bytes));
    return decoder.hasError() ? TextEncoding::Cp949 : TextEncoding::Utf8;
}

Result<QString> TextDecoding::decode(const QByteArray &bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Auto)
        encoding = detect(bytes);
    if (encoding == TextEncoding::Cp949)
        return decodeCp949(bytes);
    return decodeUtf8(bytes, encoding);
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

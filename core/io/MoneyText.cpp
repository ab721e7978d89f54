#include "MoneyText.h"

#include "reference/Reference.h"

namespace c2c {

namespace {

// The Korean number units, largest first: 조 10^12, 억 10^8, 만 10^4, 천 10^3.
struct KoreanUnit {
    char16_t ch;
    int exponent;
};
constexpr KoreanUnit kUnits[] = {{u'조', 12}, {u'억', 8}, {u'만', 4}, {u'천', 3}};

int unitExponent(QChar c)
{
    for (const KoreanUnit &u : kUnits)
        if (c.unicode() == u.ch)
            return u.exponent;
    return -1;
}

// Strips a currency named before or after the number; returns it ("" when none).
QString takeCurrency(QString &s)
{
    s = s.trimmed();
    QString found;
    auto take = [&](qsizetype at, qsizetype length, const QString &code) {
        s.remove(at, length);
        s = s.trimmed();
        found = code;
    };
    // Only a real currency code counts: "abc" is a wrong amount, not an amount in "ABC".
    const auto isCode = [](const QString &t) { return isCurrencyCodeShaped(t) && reference::currency(t); };
    if (s.size() >= 3 && isCode(s.left(3).toUpper()) && s.left(3).at(0).isLetter() && (s.size() == 3 || !s.at(3).isLetter()))
        take(0, 3, s.left(3).toUpper());
    else if (s.size() >= 3 && isCode(s.right(3).toUpper()) && (s.size() == 3 || !s.at(s.size() - 4).isLetter()))
        take(s.size() - 3, 3, s.right(3).toUpper());
    if (s.startsWith(QChar(0x20A9)) || s.startsWith(QChar(0xFFE6))) // ₩ and the full-width ￦
        take(0, 1, QStringLiteral("KRW"));
    else if (s.startsWith(QLatin1Char('$')))
        take(0, 1, QStringLiteral("USD"));
    else if (s.startsWith(QChar(0x20AC)))
        take(0, 1, QStringLiteral("EUR"));
    if (s.endsWith(QStringLiteral("원")))
        take(s.size() - 1, 1, QStringLiteral("KRW"));
    return found;
}

// "3.5" with exponent 8 -> 350000000 major units, times the minor units per major, exactly.
Result<Int128> scaledDigits(const QString &number, int exponent, int decimals, const QString &original)
{
    QString intPart, frac;
    bool point = false;
    for (QChar c : number) {
        if (c.isDigit() && c.unicode() < 128)
            (point ? frac : intPart).append(c);
        else if (c == QLatin1Char('.') && !point)
            point = true;
        else if (c == QLatin1Char(',') && !point)
            continue;
        else
            return Result<Int128>::failure(MoneyText::tr("\"%1\" is not an amount: unexpected character '%2'").arg(original, c));
    }
    if (intPart.isEmpty() && frac.isEmpty())
        return Result<Int128>::failure(MoneyText::tr("\"%1\" is not an amount: no digits").arg(original));
    if (intPart.size() + exponent > 18)
        return Result<Int128>::failure(MoneyText::tr("\"%1\" is too large").arg(original));
    Int128 value = 0;
    for (QChar c : intPart + frac)
        value = value * 10 + (c.unicode() - '0');
    // value is now the number times 10^frac.size(); scale to minor units.
    int shift = exponent + decimals - int(frac.size());
    for (; shift > 0; --shift)
        value *= 10;
    if (shift < 0) {
        Int128 divisor = 1;
        for (; shift < 0; ++shift)
            divisor *= 10;
        value = divideRounded(value, divisor);
    }
    return value;
}

} // namespace

std::optional<Money> MoneyText::parseWhole(QStringView text, const QString &currency, bool *canonical)
{
    const bool negative = text.startsWith(QLatin1Char('-'));
    const QStringView digits = text.sliced(negative ? 1 : 0);
    if (digits.isEmpty() || digits.size() > 18 || !isCurrencyCodeShaped(currency))
        return std::nullopt;
    Int128 value = 0;
    for (QChar c : digits) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    const int decimals = currencyDecimals(currency);
    value *= powerOfTen(decimals);
    if (value >= powerOfTen(18)) // the general parser's limit: 18 digits of minor units
        return std::nullopt;
    if (negative)
        value = -value;
    if (canonical) // no decimals to write, no leading zero and no "-0"
        *canonical = decimals == 0 && (digits.size() == 1 || digits.front() != QLatin1Char('0')) && !(negative && value == 0);
    return Money(std::int64_t(value), currency);
}

Result<Money> MoneyText::parse(const QString &text, const QString &currency)
{
    if (auto whole = parseWhole(text, currency))
        return *whole;
    QString s = text;
    s.remove(QChar(0x00A0));
    const QString named = takeCurrency(s);
    if (!named.isEmpty() && !currency.isEmpty() && named != currency)
        return Result<Money>::failure(
            tr("\"%1\" is in %2 but the row's currency is %3").arg(text.trimmed(), named, currency));
    const QString code = named.isEmpty() ? currency : named;
    bool korean = false;
    for (QChar c : s)
        korean = korean || unitExponent(c) >= 0;
    if (code.isEmpty())
        return Result<Money>::failure(
            tr("\"%1\" names no currency; add a currency column or choose a default currency").arg(text.trimmed()));
    if (!korean)
        return Money::parse(s, code, QLocale::c(), text.trimmed());

    // Korean units: "3억 5,000만" = 3 x 10^8 + 5000 x 10^4. 조, 억 and 만 close groups of four digits;
    // 천 counts thousands within a group ("5천만" = 5000 x 10^4); a trailing plain number counts as ones.
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s = s.mid(1);
    }
    s.remove(QLatin1Char(' '));
    const int decimals = currencyDecimals(code);
    Int128 total = 0;
    QList<std::pair<QString, int>> group; // numbers of the open group with their small exponent
    QString number;
    int lastExponent = 99;
    const QChar end(u'\x01');
    for (QChar c : s + end) {
        const int exponent = c == end ? 0 : unitExponent(c);
        if (exponent < 0) {
            number.append(c);
            continue;
        }
        if (exponent == 3) { // 천 within the group
            group.append({number.isEmpty() ? QStringLiteral("1") : number, 3});
            number.clear();
            continue;
        }
        if (!number.isEmpty())
            group.append({number, 0});
        else if (group.isEmpty() && c != end)
            group.append({QStringLiteral("1"), 0}); // "만원" alone means 10,000 won
        number.clear();
        if (group.isEmpty())
            break;
        if (exponent >= lastExponent)
            return Result<Money>::failure(tr("\"%1\" is not an amount: the units are out of order").arg(text.trimmed()));
        lastExponent = exponent;
        for (const auto &[digits, small] : group) {
            auto part = scaledDigits(digits, small + exponent, decimals, text.trimmed());
            if (!part)
                return Result<Money>::failure(part.error());
            total += part.value();
        }
        group.clear();
    }
    if (total > Int128(INT64_MAX))
        return Result<Money>::failure(tr("\"%1\" is too large").arg(text.trimmed()));
    return Money(negative ? -std::int64_t(total) : std::int64_t(total), code);
}

} // namespace c2c

#include "Money.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <numeric>

namespace c2c {

int currencyDecimals(const QString &currency)
{
    // ISO 4217 minor units; everything not listed has 2.
    static const char *const zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                       "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
    static const char *const three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    static const char *const four[] = {"CLF", "UYW"};
    for (const char *c : zero)
        if (currency == QLatin1String(c))
            return 0;
    for (const char *c : three)
        if (currency == QLatin1String(c))
            return 3;
    for (const char *c : four)
        if (currency == QLatin1String(c))
            return 4;
    return 2;
}

std::int64_t minorPerMajor(const QString &currency)
{
    std::int64_t f = 1;
    for (int i = currencyDecimals(currency); i > 0; --i)
        f *= 10;
    return f;
}

bool isCurrencyCodeShaped(const QString &code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
               return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
           });
}

static QString mixedCurrencyError(const QString &a, const QString &b)
{
    return QCoreApplication::translate("c2c::Money", "Cannot combine amounts in %1 and %2 without an exchange rate.")
        .arg(a, b);
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return Result<Money>::failure(mixedCurrencyError(m_currency, other.m_currency));
    std::int64_t sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return Result<Money>::failure(QCoreApplication::translate("c2c::Money", "The sum is too large."));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return Result<Money>::failure(mixedCurrencyError(m_currency, other.m_currency));
    std::int64_t diff = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &diff))
        return Result<Money>::failure(QCoreApplication::translate("c2c::Money", "The difference is too large."));
    return Money(diff, m_currency);
}

Int128 divideRounded128(Int128 numerator, Int128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    Int128 n = negative ? -numerator : numerator;
    Int128 q = (n + denominator / 2) / denominator;
    return negative ? -q : q;
}

std::int64_t divideRounded(Int128 numerator, Int128 denominator)
{
    return static_cast<std::int64_t>(divideRounded128(numerator, denominator));
}

bool fitsAmount(Int128 minor)
{
    return minor >= Int128(std::numeric_limits<std::int64_t>::min()) && minor <= Int128(std::numeric_limits<std::int64_t>::max());
}

Result<Money> Money::parse(const QString &text, const QString &currency, const QLocale &locale, const QString &shownAs)
{
    auto fail = [&](const QString &why) {
        return Result<Money>::failure(
            QCoreApplication::translate("c2c::Money", "\"%1\" is not an amount: %2").arg(shownAs.isEmpty() ? text : shownAs, why));
    };
    if (!isCurrencyCodeShaped(currency))
        return Result<Money>::failure(
            QCoreApplication::translate("c2c::Money", "\"%1\" is not a currency code (three capital letters, e.g. USD).")
                .arg(currency));
    QString s = text.trimmed();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("c2c::Money", "it is empty"));
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    const QChar decimalPoint = locale.decimalPoint().isEmpty() ? QLatin1Char('.') : locale.decimalPoint().at(0);
    const QChar group = decimalPoint == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    QString intPart;
    QString fracPart;
    bool seenPoint = false;
    for (QChar c : s) {
        if (c.isDigit() && c.unicode() < 128) {
            (seenPoint ? fracPart : intPart).append(c);
        } else if (c == decimalPoint && !seenPoint) {
            seenPoint = true;
        } else if ((c == group || c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F)) && !seenPoint) {
            continue;
        } else {
            return fail(QCoreApplication::translate("c2c::Money", "unexpected character '%1'").arg(c));
        }
    }
    if (intPart.isEmpty() && fracPart.isEmpty())
        return fail(QCoreApplication::translate("c2c::Money", "no digits"));
    const int decimals = currencyDecimals(currency);
    // Keep one extra digit to round half away from zero.
    QString digits = intPart + fracPart.left(decimals).leftJustified(decimals, QLatin1Char('0'));
    const bool roundUp = fracPart.size() > decimals && fracPart.at(decimals) >= QLatin1Char('5');
    // Leading zeros (but not the last digit) do not count towards the size limit.
    qsizetype zeros = 0;
    while (zeros + 1 < digits.size() && digits.at(zeros) == QLatin1Char('0'))
        ++zeros;
    digits.remove(0, zeros);
    if (digits.size() > 18)
        return fail(QCoreApplication::translate("c2c::Money", "the number is too large"));
    std::int64_t minor = digits.toLongLong();
    if (roundUp)
        ++minor;
    return Money(negative ? -minor : minor, currency);
}

namespace {

// Decimal digits of a non-negative 128-bit integer.
QString digitsOf(Int128 value)
{
    if (value == 0)
        return QStringLiteral("0");
    QString out;
    while (value > 0) {
        out.prepend(QLatin1Char(char('0' + int(value % 10))));
        value /= 10;
    }
    return out;
}

} // namespace

Int128 powerOfTen(int n)
{
    Int128 f = 1;
    while (n-- > 0)
        f *= 10;
    return f;
}

QString formatFixed(Int128 value, int decimals, const QLocale &locale)
{
    const Int128 unit = powerOfTen(decimals);
    const bool negative = value < 0;
    const Int128 absValue = negative ? -value : value;
    const Int128 whole = absValue / unit;
    const Int128 frac = absValue % unit;
    QString out;
    if (whole <= Int128(std::numeric_limits<qulonglong>::max())) {
        QLocale l = locale;
        l.setNumberOptions(l.numberOptions() & ~QLocale::OmitGroupSeparator);
        out = l.toString(static_cast<qulonglong>(whole));
    } else {
        // Beyond 64 bits: group the digits in threes as the locale does for smaller numbers.
        const QString digits = digitsOf(whole);
        for (qsizetype i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0)
                out += locale.groupSeparator();
            out += digits.at(i);
        }
    }
    if (decimals > 0)
        out += locale.decimalPoint() + digitsOf(frac).rightJustified(decimals, QLatin1Char('0'));
    return negative ? locale.negativeSign() + out : out;
}

QString formatMinorNumber(Int128 minor, const QString &currency, const QLocale &locale)
{
    return formatFixed(minor, currencyDecimals(currency), locale);
}

QString formatMinor(Int128 minor, const QString &currency, const QLocale &locale)
{
    const QString number = formatMinorNumber(minor, currency, locale);
    if (locale.language() == QLocale::Korean) {
        if (currency == QLatin1String("KRW"))
            return number + QStringLiteral("원");
        return number + QLatin1Char(' ') + currency;
    }
    return currency + QLatin1Char(' ') + number;
}

QString minorToDecimalString(Int128 minor, const QString &currency)
{
    return formatMinorNumber(minor, currency, QLocale::c()).remove(QLatin1Char(','));
}

double minorToMajor(Int128 minor, const QString &currency)
{
    // Parse the exact decimal text rather than dividing, so 0.1-style errors never appear.
    return minorToDecimalString(minor, currency).toDouble();
}

QString Money::formatNumber(const QLocale &locale) const
{
    return formatMinorNumber(m_minor, m_currency, locale);
}

QString Money::format(const QLocale &locale) const
{
    return formatMinor(m_minor, m_currency, locale);
}

QString Money::toDecimalString() const
{
    return minorToDecimalString(m_minor, m_currency);
}

QList<std::int64_t> allocate(std::int64_t total, const QList<std::int64_t> &weights)
{
    QList<std::int64_t> parts(weights.size(), 0);
    if (weights.isEmpty())
        return parts;
    Int128 sum = 0;
    for (auto w : weights)
        sum += std::max<std::int64_t>(w, 0);
    QList<std::int64_t> w = weights;
    if (sum == 0) {
        std::fill(w.begin(), w.end(), 1);
        sum = w.size();
    }
    const bool negative = total < 0;
    const Int128 t = negative ? -static_cast<Int128>(total) : total;
    Int128 assigned = 0;
    QList<std::pair<Int128, int>> remainders;
    remainders.reserve(w.size());
    for (int i = 0; i < w.size(); ++i) {
        const Int128 product = t * std::max<std::int64_t>(w[i], 0);
        parts[i] = static_cast<std::int64_t>(product / sum);
        assigned += parts[i];
        remainders.append({product % sum, i});
    }
    // Hand out what is left, one unit each, to the largest remainders (ties: first).
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; assigned < t; ++k, ++assigned)
        ++parts[remainders[k % remainders.size()].second];
    if (negative)
        for (auto &p : parts)
            p = -p;
    return parts;
}

Result<std::int64_t> ExchangeRate::parseRate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,12})(?:\\.(\\d+))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return Result<std::int64_t>::failure(
            QCoreApplication::translate("c2c::Money", "\"%1\" is not an exchange rate (a positive number such as 1350.25).")
                .arg(text));
    const QString frac = match.captured(2);
    std::int64_t micro = match.captured(1).toLongLong() * Scale
                         + frac.left(6).leftJustified(6, QLatin1Char('0')).toLongLong();
    if (frac.size() > 6 && frac.at(6) >= QLatin1Char('5'))
        ++micro;
    if (micro <= 0)
        return Result<std::int64_t>::failure(
            QCoreApplication::translate("c2c::Money", "An exchange rate must be greater than zero."));
    return micro;
}

QString ExchangeRate::formatRate(std::int64_t perUsdMicro)
{
    QString frac = QStringLiteral("%1").arg(perUsdMicro % Scale, 6, 10, QLatin1Char('0'));
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    const QString whole = QString::number(perUsdMicro / Scale);
    return frac.isEmpty() ? whole : whole + QLatin1Char('.') + frac;
}

std::optional<Money> convert(const Money &amount, std::int64_t fromPerUsdMicro, const QString &toCurrency,
                                    std::int64_t toPerUsdMicro)
{
    if (amount.currency() == toCurrency)
        return amount;
    const std::int64_t fromRate = amount.currency() == QLatin1String("USD") ? ExchangeRate::Scale : fromPerUsdMicro;
    const std::int64_t toRate = toCurrency == QLatin1String("USD") ? ExchangeRate::Scale : toPerUsdMicro;
    // minorTo = minorFrom / unitFrom / fromRate * toRate * unitTo, in 128 bits, checked.
    Int128 numerator = 0;
    if (__builtin_mul_overflow(static_cast<Int128>(amount.minor()), static_cast<Int128>(toRate), &numerator)
        || __builtin_mul_overflow(numerator, static_cast<Int128>(minorPerMajor(toCurrency)), &numerator))
        return std::nullopt;
    const Int128 denominator = static_cast<Int128>(fromRate) * minorPerMajor(amount.currency());
    const Int128 converted = divideRounded128(numerator, denominator);
    if (!fitsAmount(converted))
        return std::nullopt;
    return Money(static_cast<std::int64_t>(converted), toCurrency);
}

} // namespace c2c

#include "Period.h"

#include <QRegularExpression>
#include <limits>

namespace c2c {

std::optional<PartialDate> PartialDate::fromIso(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    PartialDate d;
    d.year = m.captured(1).toInt();
    if (m.hasCaptured(3) && !m.captured(3).isEmpty()) {
        d.month = m.captured(2).toInt();
        d.day = m.captured(3).toInt();
        d.precision = DatePrecision::Day;
    } else if (m.hasCaptured(2) && !m.captured(2).isEmpty()) {
        d.month = m.captured(2).toInt();
        d.precision = DatePrecision::Month;
    }
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString PartialDate::toIso() const
{
    switch (precision) {
    case DatePrecision::Year:
        return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    case DatePrecision::Month:
        return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    case DatePrecision::Day:
        break;
    }
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

bool PartialDate::isValid() const
{
    if (year < 1 || year > 9999)
        return false;
    switch (precision) {
    case DatePrecision::Year:
        return month == 0 && day == 0;
    case DatePrecision::Month:
        return month >= 1 && month <= 12 && day == 0;
    case DatePrecision::Day:
        return QDate(year, month, day).isValid();
    }
    return false;
}

QDate PartialDate::firstDay() const
{
    return QDate(year, precision == DatePrecision::Year ? 1 : month, precision == DatePrecision::Day ? day : 1);
}

QDate PartialDate::lastDay() const
{
    switch (precision) {
    case DatePrecision::Year:
        return QDate(year, 12, 31);
    case DatePrecision::Month:
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    case DatePrecision::Day:
        break;
    }
    return QDate(year, month, day);
}

bool Period::isReversed() const
{
    return start && end && end->lastDay() < start->firstDay();
}

bool Period::overlapsYears(int from, int to) const
{
    if (isUnknown())
        return false;
    const int s = start ? start->year : std::numeric_limits<int>::min();
    const int e = end ? end->year : std::numeric_limits<int>::max();
    return s <= to && e >= from;
}

} // namespace c2c

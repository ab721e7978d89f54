#pragma once
// A project's period: start and end, each a date known to a year, a month or a
// day, and each planned or actual. Either end may be unknown.
#include <QDate>
#include <QString>
#include <optional>

namespace c2c {

enum class DatePrecision : std::uint8_t { Year, Month, Day };

struct PartialDate {
    int year = 0;
    int month = 0; // 0 when precision is Year
    int day = 0;   // 0 unless precision is Day
    DatePrecision precision = DatePrecision::Year;

    static PartialDate ofYear(int y) { return {y, 0, 0, DatePrecision::Year}; }
    static PartialDate ofMonth(int y, int m) { return {y, m, 0, DatePrecision::Month}; }
    static PartialDate ofDay(const QDate &d) { return {d.year(), d.month(), d.day(), DatePrecision::Day}; }
    // "2016", "2016-03" or "2016-03-01"; nullopt if it is none of these.
    static std::optional<PartialDate> fromIso(const QString &text);
    QString toIso() const;
    bool isValid() const;
    QDate firstDay() const;
    QDate lastDay() const;
    bool operator==(const PartialDate &) const = default;
};

struct Period {
    std::optional<PartialDate> start;
    std::optional<PartialDate> end;
    bool startActual = false;
    bool endActual = false;

    std::optional<int> startYear() const { return start ? std::optional<int>(start->year) : std::nullopt; }
    std::optional<int> endYear() const { return end ? std::optional<int>(end->year) : std::nullopt; }
    bool isUnknown() const { return !start && !end; }
    // End before start, when both are known.
    bool isReversed() const;
    // Whether the period overlaps the years [from, to]. An unknown end is open
    // (the project may still run); an unknown start is open towards the past;
    // a period with neither end known overlaps nothing, because we cannot say.
    bool overlapsYears(int from, int to) const;
    bool operator==(const Period &) const = default;
};

} // namespace c2c

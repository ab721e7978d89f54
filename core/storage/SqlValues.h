#pragma once
// Conversions between domain values and SQL column values, shared by the repositories.
#include "domain/Period.h"

#include <QDate>
#include <QString>
#include <QVariant>
#include <optional>

namespace c2c::sql {

inline QVariant text(const QString &s)
{
    return s;
}
inline QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
inline QVariant partialDate(const std::optional<PartialDate> &d)
{
    return d ? QVariant(d->toIso()) : QVariant(QMetaType(QMetaType::QString));
}
inline std::optional<PartialDate> toPartialDate(const QVariant &v)
{
    return v.isNull() ? std::nullopt : PartialDate::fromIso(v.toString());
}
inline QVariant optionalInt(const std::optional<int> &i)
{
    return i ? QVariant(*i) : QVariant(QMetaType(QMetaType::Int));
}
inline std::optional<int> toOptionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

// A stored amount: only an integer column value is one (text or a fraction is damage).
inline std::optional<std::int64_t> toWholeNumber(const QVariant &v)
{
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::ULongLong)
        return v.toLongLong();
    return std::nullopt;
}

} // namespace c2c::sql

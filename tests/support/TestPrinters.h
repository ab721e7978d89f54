#pragma once
// How Boost.Test prints Qt and domain values in failure messages.
#include "domain/Money.h"

#include <QDate>
#include <QString>
#include <ostream>
#include <type_traits>

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

inline std::ostream &operator<<(std::ostream &os, const QDate &d)
{
    return os << d.toString(Qt::ISODate).toStdString();
}

namespace c2c {
inline std::ostream &operator<<(std::ostream &os, const Money &m)
{
    return os << m.toDecimalString().toStdString() << ' ' << m.currency().toStdString();
}
template <class E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
std::ostream &operator<<(std::ostream &os, E value)
{
    return os << static_cast<long long>(value);
}
} // namespace c2c

// 128-bit sums print as their decimal digits.
#include <boost/test/tools/detail/print_helper.hpp>
namespace boost::test_tools::tt_detail {
template <>
struct print_log_value<c2c::Int128> {
    void operator()(std::ostream &os, c2c::Int128 v) { os << c2c::minorToDecimalString(v, QStringLiteral("KRW")).toStdString(); }
};
} // namespace boost::test_tools::tt_detail

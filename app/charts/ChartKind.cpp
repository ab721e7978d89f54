#include "ChartKind.h"

namespace c2c::app {

QList<ChartKind> allChartKinds()
{
    return {ChartKind::Country, ChartKind::Actor,  ChartKind::Year,    ChartKind::Sdg,
            ChartKind::Sector,  ChartKind::Status, ChartKind::Timeline};
}

QString chartKindCode(ChartKind kind)
{
    static const char *const codes[] = {"country", "actor", "year", "sdg", "sector", "status", "timeline"};
    return QString::fromLatin1(codes[static_cast<int>(kind)]);
}

std::optional<ChartKind> chartKindFromCode(const QString &code)
{
    for (ChartKind k : allChartKinds())
        if (chartKindCode(k) == code)
            return k;
    return std::nullopt;
}

} // namespace c2c::app

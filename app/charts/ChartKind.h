#pragma once
// The charts of the dashboard, by the names the command line uses.
#include <QList>
#include <QString>
#include <optional>

namespace c2c::app {

enum class ChartKind { Country, Actor, Year, Sdg, Sector, Status, Timeline };

QList<ChartKind> allChartKinds();
QString chartKindCode(ChartKind kind); // "country", "actor", ...
std::optional<ChartKind> chartKindFromCode(const QString &code);

} // namespace c2c::app

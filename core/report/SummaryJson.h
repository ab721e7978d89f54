#pragma once
// The machine-readable summary that users and tests script against
// (`c2c-portfolio summary --format json`): projects, amount_known,
// amount_unknown, not_converted, currency, total, and by_actor, by_country,
// by_year, by_sector, by_sdg_goal, by_status - each a list of
// {key, name_en, name_ko, projects, total, not_counted}; totals are numbers in
// major units of the reporting currency.
#include "portfolio/Aggregation.h"

#include <QJsonObject>

namespace c2c {

QJsonObject summaryJson(const Snapshot &snapshot, const Selection &selection, const QString &filterDescription = {});
// Minor units as a JSON number in major units (exact for any budget a portfolio holds).
double toMajorUnits(std::int64_t minor, const QString &currency);

} // namespace c2c

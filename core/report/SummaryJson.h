#pragma once
// The machine-readable summary that users and tests script against
// (`c2c-portfolio summary --format json`): projects, amount_known,
// amount_unknown, not_converted, counted, not_counted, currency, total,
// total_exact, and by_actor, by_country, by_year, by_sector, by_sdg_goal,
// by_status - each a list of {key, name_en, name_ko, projects, counted,
// not_counted, total, total_exact}. total is a number in major units of the
// reporting currency, total_exact the same as an exact decimal string; both
// are null when nothing was counted (unknown, not zero).
#include "portfolio/Aggregation.h"

#include <QJsonObject>

namespace c2c {

QJsonObject summaryJson(const Snapshot &snapshot, const Selection &selection, const QString &filterDescription = {});

} // namespace c2c

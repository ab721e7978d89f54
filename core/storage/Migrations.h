#pragma once
// One function per schema version step. Each runs inside its own transaction
// (Database::migrate opens it) and must leave the schema at exactly its version.
#include "domain/Result.h"

namespace c2c {
class Database;

namespace migrations {
Status toVersion1(Database &db); // the portfolio: actors, projects and their details, exchange rates
Status toVersion2(Database &db); // saved views (named filter + pivot/compare configurations)
Status toVersion3(Database &db); // when and by whom each project was last written (named when a write is refused)
Status toVersion4(Database &db);
Status toVersion5(Database &db); // planned disbursements (IATI forecasts, kept apart from the budget)
} // namespace migrations

} // namespace c2c

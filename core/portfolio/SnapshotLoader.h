#pragma once
// Builds a Snapshot from the database in one streaming pass per table: the
// project table and each detail table are read in project id order and merged,
// so loading a million projects needs no per-project query.
#include "Snapshot.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <functional>

namespace c2c {

class Database;

class SnapshotLoader {
    Q_DECLARE_TR_FUNCTIONS(c2c::SnapshotLoader)

public:
    // progress receives rows loaded so far and the total.
    static Result<Snapshot> load(Database &db, const QString &reportingCurrency,
                                 const std::function<void(std::size_t, std::size_t)> &progress = {});
};

} // namespace c2c

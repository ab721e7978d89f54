#pragma once
// SQLite's settings for one large import, from construction to destruction, and
// the check of every reference that replaces SQLite's check of each row.
//
// - A page cache that holds the hot pages (a million keys' index), and no more: a
//   full cache writes out and reuses its pages, a larger one allocates each new page.
// - No check of each reference while writing (a lookup for every detail row);
//   checkReferences() checks them all at once before the import is committed.
// - A portfolio with few projects is written with the rollback journal instead of
//   the write-ahead log: pages appended to the file need no journal, so a million
//   new projects are written once instead of twice (log, then checkpoint).
//   synchronous = FULL meanwhile: a crash or power loss at any point leaves the
//   file as it was before the import (the journal is rolled back when the file is
//   next opened). The write-ahead log is back when the import ends. When another
//   connection has the file open, the journal cannot be changed; the import then
//   runs in the log as before.
//
// Construct outside any transaction: these pragmas have no effect inside one.
#include "domain/Result.h"

#include <QCoreApplication>

namespace c2c {

class Database;

class BulkImportSettings {
    Q_DECLARE_TR_FUNCTIONS(c2c::BulkImportSettings)

public:
    // smallPortfolio: with fewer projects stored than this, the rollback journal is used.
    static constexpr int SmallPortfolio = 10000;
    explicit BulkImportSettings(Database &db, int smallPortfolio = SmallPortfolio);
    ~BulkImportSettings();
    BulkImportSettings(const BulkImportSettings &) = delete;
    BulkImportSettings &operator=(const BulkImportSettings &) = delete;

    bool usesRollbackJournal() const { return m_rollbackJournal; }

    // Inside the import's transaction, after the last write: fails, naming the table and
    // the missing row, when any row refers to a row that is not there.
    Status checkReferences();

private:
    Database &m_db;
    bool m_rollbackJournal = false;
};

} // namespace c2c

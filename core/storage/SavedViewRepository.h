#pragma once
// Saved views: a name, the workspace filter and what was being looked at (the
// pivot's rows, columns and measure, or the compared actors), stored in the
// portfolio so that a colleague opening the file finds them too.
#include "domain/Result.h"
#include "portfolio/Filter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace c2c {

class Database;

struct SavedView {
    std::int64_t id = 0;
    QString name;
    QString kind; // "filter", "pivot" or "compare"
    Filter filter;
    QJsonObject settings; // pivot: rows, cols, measure; compare: actors
    bool operator==(const SavedView &) const = default;
};

class SavedViewRepository {
    Q_DECLARE_TR_FUNCTIONS(c2c::SavedViewRepository)

public:
    explicit SavedViewRepository(Database &db) : m_db(db) {}

    // Saves under the view's name, replacing a view of the same name; sets view.id.
    Status save(SavedView &view);
    Status remove(std::int64_t id);
    Result<QList<SavedView>> readAll() const; // by name

private:
    Database &m_db;
};

} // namespace c2c

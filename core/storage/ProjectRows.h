#pragma once
// How a project's rows are bound to the parameters of the insert and update
// statements, shared by single writes (ProjectRepository) and the batched
// inserts of an import (ProjectBulkWriter). Internal to storage.
#include "SqliteStatement.h"
#include "domain/Project.h"

#include <QDate>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <string_view>
#include <type_traits>

namespace c2c {

// Binds values to parameters i, i + 1, ... in order; empty optionals and nullptr bind NULL.
// Texts go to SQLite as they are, without a QString or QByteArray made for each value.
struct Binder {
    SqliteStatement &s;
    int i = 1;
    Binder &operator<<(const QString &v)
    {
        s.bind(i++, QStringView(v));
        return *this;
    }
    Binder &operator<<(std::string_view v)
    {
        s.bind(i++, v);
        return *this;
    }
    Binder &operator<<(std::int64_t v)
    {
        s.bind(i++, v);
        return *this;
    }
    Binder &operator<<(int v) { return *this << std::int64_t(v); }
    Binder &operator<<(std::nullptr_t)
    {
        s.bindNull(i++);
        return *this;
    }
    // A code of a closed vocabulary, as toCode() writes it.
    template <class E>
        requires std::is_enum_v<E>
    Binder &operator<<(E v)
    {
        for (const auto &e : codeTable<E>())
            if (e.value == v)
                return *this << std::string_view(e.code);
        return *this << std::string_view();
    }
    Binder &operator<<(const std::optional<int> &v) { return v ? *this << *v : *this << nullptr; }
    Binder &operator<<(const std::optional<PartialDate> &d);
    Binder &operator<<(const QDate &d) { return d.isValid() ? *this << d.toString(Qt::ISODate) : *this << nullptr; }
};

namespace rows {

// The project table's columns from key to modified_by, in the order of the insert and update statements.
void project(Binder &b, const Project &p);
// The detail tables' columns, in table order.
void country(Binder &b, std::int64_t pid, int seq, const PartnerCountry &c);
void org(Binder &b, std::int64_t pid, int seq, const ParticipatingOrg &o);
void sector(Binder &b, std::int64_t pid, int seq, const SectorShare &s);
void sdg(Binder &b, std::int64_t pid, int seq, const SdgTag &s);
void budget(Binder &b, std::int64_t pid, int seq, const BudgetLine &l);
void transaction(Binder &b, std::int64_t pid, int seq, const Transaction &t);
void planned(Binder &b, std::int64_t pid, int seq, const PlannedDisbursement &d);
void milestone(Binder &b, std::int64_t pid, int seq, const Milestone &m);
void source(Binder &b, std::int64_t pid, int seq, const Source &s);
void note(Binder &b, std::int64_t pid, int seq, const QualityNote &n);

} // namespace rows

} // namespace c2c

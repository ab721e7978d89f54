#pragma once
// Yearly exchange rates per currency (units per US dollar), each with its
// source. None is shipped: the office enters the rates it reports with.
#include "domain/Money.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

namespace c2c {

class Database;

class ExchangeRateRepository {
    Q_DECLARE_TR_FUNCTIONS(c2c::ExchangeRateRepository)

public:
    explicit ExchangeRateRepository(Database &db) : m_db(db) {}

    // Inserts or replaces the rate for (currency, year).
    Status set(const ExchangeRate &rate);
    // Removes some rates and sets others, in one transaction (one user action and its undo).
    Status replace(const QList<ExchangeRate> &removed, const QList<ExchangeRate> &set);
    Result<QList<ExchangeRate>> readAll() const;

private:
    Status setInTransaction(const ExchangeRate &rate);
    Status removeInTransaction(const QString &currency, int year);
    Database &m_db;
};

} // namespace c2c

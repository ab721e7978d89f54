#include "ExchangeRateRepository.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace c2c {

Status ExchangeRateRepository::set(const ExchangeRate &rate)
{
    return m_db.transaction([&] { return setInTransaction(rate); });
}

Status ExchangeRateRepository::replace(const QList<ExchangeRate> &removed, const QList<ExchangeRate> &set)
{
    return m_db.transaction([&]() -> Status {
        for (const ExchangeRate &r : removed)
            if (Status st = removeInTransaction(r.currency, r.year); !st)
                return st;
        for (const ExchangeRate &r : set)
            if (Status st = setInTransaction(r); !st)
                return st;
        return {};
    });
}

Status ExchangeRateRepository::setInTransaction(const ExchangeRate &rate)
{
    if (!isCurrencyCodeShaped(rate.currency))
        return Status::failure(tr("\"%1\" is not a currency code.").arg(rate.currency));
    if (rate.perUsdMicro <= 0)
        return Status::failure(tr("The rate for %1 in %2 must be greater than zero.").arg(rate.currency).arg(rate.year));
    if (rate.source.trimmed().isEmpty())
        return Status::failure(tr("Say where the rate for %1 in %2 comes from (its source).").arg(rate.currency).arg(rate.year));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO exchange_rate(currency, year, per_usd_micro, source) VALUES(?, ?, ?, ?) "
                             "ON CONFLICT(currency, year) DO UPDATE SET per_usd_micro = excluded.per_usd_micro,"
                             " source = excluded.source"));
    q.addBindValue(rate.currency);
    q.addBindValue(rate.year);
    q.addBindValue(qint64(rate.perUsdMicro));
    q.addBindValue(rate.source);
    if (!q.exec())
        return Status::failure(tr("Cannot save the exchange rate: %1").arg(Database::errorOf(q)));
    return {};
}

Status ExchangeRateRepository::removeInTransaction(const QString &currency, int year)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM exchange_rate WHERE currency = ? AND year = ?"));
    q.addBindValue(currency);
    q.addBindValue(year);
    if (!q.exec())
        return Status::failure(tr("Cannot delete the exchange rate: %1").arg(Database::errorOf(q)));
    return {};
}

Result<QList<ExchangeRate>> ExchangeRateRepository::readAll() const
{
    QList<ExchangeRate> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT currency, year, per_usd_micro, source FROM exchange_rate ORDER BY currency, year")))
        return Result<QList<ExchangeRate>>::failure(tr("Cannot read the exchange rates: %1").arg(Database::errorOf(q)));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString()});
    return out;
}

} // namespace c2c

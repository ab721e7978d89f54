#pragma once
// Amounts as officers type them in spreadsheets, in Korean and English forms:
// "1,234,567", "₩1,234,567", "USD 200,000", "200,000 USD", "3.5억원",
// "1,200만원", "3억 5,000만원". The result is exact integer minor units.
#include "domain/Money.h"

#include <QCoreApplication>
#include <optional>

namespace c2c {

class MoneyText {
    Q_DECLARE_TR_FUNCTIONS(c2c::MoneyText)

public:
    // currency: the row's currency (a currency column or the import's default);
    // an amount that names its own currency ("USD", "₩", "원") must agree with it
    // unless currency is empty. Fails when no currency is known at all.
    static Result<Money> parse(const QString &text, const QString &currency);
    // The common case, read without allocating: a plain whole number ("1863000", "-250") in a
    // currency of the right shape. Anything else (and an amount too large) gives nullopt, for
    // parse() to read or to explain. canonical: the text is the amount's toDecimalString().
    static std::optional<Money> parseWhole(QStringView text, const QString &currency, bool *canonical = nullptr);
};

} // namespace c2c

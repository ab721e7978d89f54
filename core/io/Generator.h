#pragma once
// A synthetic but realistic portfolio for demonstrations and benchmarks:
// Korean and English names, a skewed country distribution (a few partner
// countries get most projects), real DAC purpose codes and SDG targets, some
// multi-country projects, some unknown years and amounts, some quality notes.
// The same count and seed always give the same portfolio.
#include "domain/Result.h"

#include <QCoreApplication>
#include <cstdint>
#include <functional>

namespace c2c {

class Portfolio;

class Generator {
    Q_DECLARE_TR_FUNCTIONS(c2c::Generator)

public:
    // Adds count projects to the portfolio in one transaction: all or nothing.
    static Status run(Portfolio &portfolio, std::int64_t count, std::uint64_t seed,
                      const std::function<void(std::int64_t)> &progress = {});

private:
    static Status write(Portfolio &portfolio, std::int64_t count, std::uint64_t seed,
                        const std::function<void(std::int64_t)> &progress);
};

} // namespace c2c

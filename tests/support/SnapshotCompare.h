#pragma once
// Checks that a snapshot kept up to date edit by edit equals one loaded afresh
// from the file: same rows in the same order with the same values.
#include "portfolio/Snapshot.h"

#include <boost/test/unit_test.hpp>

inline void requireSameRows(const c2c::Snapshot &kept, const c2c::Snapshot &loaded)
{
    using namespace c2c;
    BOOST_REQUIRE_EQUAL(kept.rowCount(), loaded.rowCount());
    for (Row r = 0; r < kept.rowCount(); ++r) {
        BOOST_REQUIRE_EQUAL(kept.projectId[r], loaded.projectId[r]);
        BOOST_REQUIRE_EQUAL(kept.version[r], loaded.version[r]);
        BOOST_REQUIRE_EQUAL(kept.texts(r), loaded.texts(r));
        BOOST_REQUIRE_EQUAL(kept.status[r], loaded.status[r]);
        BOOST_REQUIRE_EQUAL(kept.startYear[r], loaded.startYear[r]);
        BOOST_REQUIRE_EQUAL(kept.endYear[r], loaded.endYear[r]);
        BOOST_REQUIRE_EQUAL(kept.amount[r], loaded.amount[r]);
        BOOST_REQUIRE_EQUAL(kept.reported[r], loaded.reported[r]);
        const auto actorId = [](const Snapshot &s, Row row) {
            return s.actor[row] == NoId ? std::int64_t(0) : s.actors[s.actor[row]].id;
        };
        BOOST_REQUIRE_EQUAL(actorId(kept, r), actorId(loaded, r));
        const Span a = kept.countries(r), b = loaded.countries(r);
        BOOST_REQUIRE_EQUAL(a.end - a.begin, b.end - b.begin);
        for (std::uint32_t i = 0; i < a.end - a.begin; ++i)
            BOOST_REQUIRE_EQUAL(kept.countryCodes.value(kept.countryValue[a.begin + i]),
                                loaded.countryCodes.value(loaded.countryValue[b.begin + i]));
        const Span la = kept.lines(r), lb = loaded.lines(r);
        BOOST_REQUIRE_EQUAL(la.end - la.begin, lb.end - lb.begin);
    }
}

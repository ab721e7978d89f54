#pragma once
// How one project's amount is split among the groups of a dimension (see
// Aggregation.h for the rules). Group totals, the pivot's rows, columns and
// cells and the charts all take their parts from here, so that they agree to
// the minor unit.
#include "Aggregation.h"

#include <limits>
#include <vector>

namespace c2c {

// The group key of projects that state no value for the dimension.
constexpr std::int64_t NotStatedKey = std::numeric_limits<std::int64_t>::min();

struct Part {
    std::int64_t key;    // dictionary id, actor index, year, code value; NotStatedKey when not stated
    std::int64_t amount; // reporting currency, minor units; 0 when the project is not counted
};

class Distributor {
public:
    Distributor(const Snapshot &snapshot, GroupBy by);

    // The project's parts, one per distinct key, amounts adding up to its
    // reported amount when it is counted (out is cleared first).
    void parts(Row r, std::vector<Part> &out) const;
    // The key as GroupBy's groups name it ("15" for an actor, "VN", "2024", ...; empty when not stated).
    QString keyText(std::int64_t key) const;
    GroupBy by() const { return m_by; }

    // Keys are small non-negative integers or NotStatedKey: this many slots index them densely.
    static constexpr std::int64_t KeySlots = 65536;
    static std::size_t slot(std::int64_t key) { return key < 0 || key >= KeySlots ? std::size_t(KeySlots) : std::size_t(key); }
    static std::int64_t keyOfSlot(std::size_t slot) { return slot == std::size_t(KeySlots) ? NotStatedKey : std::int64_t(slot); }

private:
    void years(Row r, std::vector<Part> &out) const;
    template <class KeyAt, class ShareAt>
    void byShare(Span span, std::int64_t amount, bool counted, KeyAt keyAt, ShareAt shareAt, std::vector<Part> &out) const;
    void byFlags(std::uint32_t flags, int count, std::int64_t amount, bool counted, std::vector<Part> &out) const;

    const Snapshot &m_s;
    GroupBy m_by;
    std::vector<std::int64_t> m_sectorToCategory; // sector id -> id of the first sector of its category
    std::vector<std::int64_t> m_countryToRegion;  // country id -> M49 region code, or NotStatedKey
};

} // namespace c2c

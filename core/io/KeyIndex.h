#pragma once
// Which project has each key (or IATI identifier) while an import runs: the keys
// of a whole portfolio, a million of them, added and looked up without an
// allocation per key and freed all at once. Keys are compared as text, exactly.
#include <QStringView>
#include <cstdint>
#include <vector>

namespace c2c {

class KeyIndex {
public:
    // The id stored for the key; 0 when it has none.
    std::int64_t value(QStringView key) const;
    bool contains(QStringView key) const { return value(key) != 0; }
    // Stores id (not 0) for the key, replacing the id it had.
    void insert(QStringView key, std::int64_t id);
    std::size_t size() const { return m_size; }

private:
    struct Slot {
        std::size_t hash = 0;
        std::size_t offset = 0; // of the key in m_text
        std::size_t length = 0;
        std::int64_t id = 0; // 0: the slot is free
    };
    // The slot holding the key, or the free slot where it would go.
    std::size_t slotOf(QStringView key, std::size_t hash) const;
    void grow();

    std::vector<Slot> m_slots; // open addressing with linear probing; a power of two in size
    std::vector<char16_t> m_text; // every key, one after the other
    std::size_t m_size = 0;
};

} // namespace c2c

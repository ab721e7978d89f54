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
    std::size_t size() const { return m_keys.size(); }

private:
    struct Key {
        std::size_t offset; // in m_text
        std::size_t length;
        std::int64_t id;
        std::size_t hash; // kept for growing
    };
    // A slot is 8 bytes, so that a million keys' slots take 16 MB and a lookup costs one cache
    // miss: part of the key's hash (to skip other keys without reading them) and its number + 1.
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t key = 0; // 0: free
    };
    // The slot holding the key, or the free slot where it would go.
    std::size_t slotOf(QStringView key, std::size_t hash) const;
    void grow();

    std::vector<Slot> m_slots; // open addressing with linear probing; a power of two in size
    std::vector<Key> m_keys;   // in the order they were added
    std::vector<char16_t> m_text; // every key's text, one after the other
};

} // namespace c2c

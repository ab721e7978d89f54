#include "KeyIndex.h"

#include <QHashFunctions>
#include <algorithm>

namespace c2c {

namespace {

std::size_t hashOf(QStringView key)
{
    return qHash(key, QHashSeed::globalSeed());
}

// The slot index comes from the low bits of the hash, the tag from the high ones.
std::uint32_t tagOf(std::size_t hash)
{
    return std::uint32_t(std::uint64_t(hash) >> 32);
}

} // namespace

std::size_t KeyIndex::slotOf(QStringView key, std::size_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    const std::uint32_t tag = tagOf(hash);
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.key == 0)
            return i;
        if (s.tag != tag)
            continue;
        const Key &k = m_keys[s.key - 1];
        if (k.length == std::size_t(key.size())
            && std::equal(key.utf16(), key.utf16() + key.size(), m_text.begin() + std::ptrdiff_t(k.offset)))
            return i;
    }
}

std::int64_t KeyIndex::value(QStringView key) const
{
    if (m_slots.empty())
        return 0;
    const Slot &s = m_slots[slotOf(key, hashOf(key))];
    return s.key ? m_keys[s.key - 1].id : 0;
}

void KeyIndex::insert(QStringView key, std::int64_t id)
{
    if (id == 0)
        return;
    // At most half full: probes stay short.
    if ((m_keys.size() + 1) * 2 > m_slots.size())
        grow();
    const std::size_t hash = hashOf(key);
    Slot &s = m_slots[slotOf(key, hash)];
    if (s.key) {
        m_keys[s.key - 1].id = id;
        return;
    }
    m_keys.push_back({m_text.size(), std::size_t(key.size()), id, hash});
    m_text.insert(m_text.end(), key.utf16(), key.utf16() + key.size());
    s = {tagOf(hash), std::uint32_t(m_keys.size())};
}

void KeyIndex::grow()
{
    m_slots.assign(std::max<std::size_t>(64, m_slots.size() * 2), Slot{});
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t n = 0; n < m_keys.size(); ++n) {
        const std::size_t hash = m_keys[n].hash;
        std::size_t i = hash & mask;
        while (m_slots[i].key != 0)
            i = (i + 1) & mask;
        m_slots[i] = {tagOf(hash), std::uint32_t(n + 1)};
    }
}

} // namespace c2c

#include "KeyIndex.h"

#include <QHashFunctions>
#include <algorithm>

namespace c2c {

std::size_t KeyIndex::slotOf(QStringView key, std::size_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.id == 0)
            return i;
        if (s.hash == hash && s.length == std::size_t(key.size())
            && std::equal(key.utf16(), key.utf16() + key.size(), m_text.begin() + std::ptrdiff_t(s.offset)))
            return i;
    }
}

std::int64_t KeyIndex::value(QStringView key) const
{
    if (m_slots.empty())
        return 0;
    return m_slots[slotOf(key, qHash(key, QHashSeed::globalSeed()))].id;
}

void KeyIndex::insert(QStringView key, std::int64_t id)
{
    if (id == 0)
        return;
    // At most half full: probes stay short.
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    const std::size_t hash = qHash(key, QHashSeed::globalSeed());
    Slot &s = m_slots[slotOf(key, hash)];
    if (s.id == 0) {
        s.hash = hash;
        s.offset = m_text.size();
        s.length = std::size_t(key.size());
        m_text.insert(m_text.end(), key.utf16(), key.utf16() + key.size());
        ++m_size;
    }
    s.id = id;
}

void KeyIndex::grow()
{
    std::vector<Slot> old(std::max<std::size_t>(64, m_slots.size() * 2));
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.id == 0)
            continue;
        std::size_t i = s.hash & mask;
        while (m_slots[i].id != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace c2c

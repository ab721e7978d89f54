#pragma once
// Hands projects read on one thread to the thread that writes them, in
// batches, with a bound on how far reading may run ahead (memory stays flat
// on a million rows). Written batches come back to the reading thread to be
// freed there: the writing thread is the slower one.
#include "ImportTypes.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace c2c {

class ItemQueue {
public:
    static constexpr qsizetype BatchSize = 512;
    static constexpr std::size_t MaxBatches = 64;

    void push(QList<ImportItem> &&batch)
    {
        std::deque<QList<ImportItem>> written;
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_batches.size() < MaxBatches; });
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
        written.swap(m_written);
        lock.unlock();
    } // written batches are freed here, on the caller's thread
    // A batch the writer is done with.
    void giveBack(QList<ImportItem> &&batch)
    {
        std::lock_guard lock(m_mutex);
        m_written.push_back(std::move(batch));
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_ready.notify_one();
    }
    // False when reading has finished and every batch was taken.
    bool pop(QList<ImportItem> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_room.notify_one();
        return true;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_room;
    std::deque<QList<ImportItem>> m_batches;
    std::deque<QList<ImportItem>> m_written;
    bool m_finished = false;
};

} // namespace c2c

#include "PartialFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <cstdio>
#include <utility>

#ifdef Q_OS_UNIX
#include <array>
#include <atomic>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace c2c {

namespace {

const QString kSuffix = QStringLiteral(".partial");

#ifdef Q_OS_UNIX
// Nobody holds it: the export that wrote it is gone. The lock is taken and kept only to look.
bool abandoned(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // not ours to judge (another user's, or gone already)
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}
#else
// Without advisory locks: a day untouched is long past any export.
bool abandoned(const QString &path)
{
    return QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600;
}
#endif

#ifdef Q_OS_UNIX
// The names of the temporary files being written, for the interrupt handler: fixed storage,
// since a signal handler may neither allocate nor lock.
enum SlotState { Free, Filling, Ready };
struct Slot {
    std::atomic<int> state{Free};
    char path[4096] = {};
};
std::array<Slot, 8> g_partials;

int claimSlot(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    if (name.size() >= int(sizeof(Slot::path)))
        return -1;
    for (std::size_t i = 0; i < g_partials.size(); ++i) {
        int expected = Free;
        if (!g_partials[i].state.compare_exchange_strong(expected, Filling))
            continue;
        std::memcpy(g_partials[i].path, name.constData(), std::size_t(name.size()) + 1);
        g_partials[i].state.store(Ready); // only now may the handler read the name
        return int(i);
    }
    return -1;
}

void releaseSlot(int slot)
{
    if (slot >= 0)
        g_partials[std::size_t(slot)].state.store(Free);
}

extern "C" void removeAndDie(int signal)
{
    for (Slot &s : g_partials)
        if (s.state.load() == Ready)
            ::unlink(s.path);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#else
int claimSlot(const QString &)
{
    return -1;
}
void releaseSlot(int) {}
#endif

} // namespace

void PartialFile::removeOnInterrupt()
{
#ifdef Q_OS_UNIX
    for (int signal : {SIGINT, SIGTERM, SIGHUP})
        std::signal(signal, removeAndDie);
#endif
}

PartialFile::PartialFile(const QString &target)
    : m_target(QFileInfo(target).absoluteFilePath()),
      m_file(std::make_unique<QTemporaryFile>(m_target + QStringLiteral(".XXXXXX") + kSuffix))
{
    if (!m_file->open())
        return;
    // A name of our pattern is created; from now on it is locked for as long as this object
    // lives (the process holds the lock, so a killed export frees it at once).
    m_slot = claimSlot(m_file->fileName());
#ifdef Q_OS_UNIX
    ::flock(m_file->handle(), LOCK_EX | LOCK_NB);
#else
    m_file->close(); // the writer opens it by name
#endif
}

PartialFile::~PartialFile()
{
    releaseSlot(m_slot);
}

bool PartialFile::isOpen() const
{
    return m_file->isOpen();
}

QString PartialFile::errorString() const
{
    return m_file->errorString();
}

QString PartialFile::fileName() const
{
    return m_file->fileName();
}

bool PartialFile::commit()
{
    if (std::rename(QFile::encodeName(m_file->fileName()).constData(), QFile::encodeName(m_target).constData()) != 0)
        return false;
    releaseSlot(std::exchange(m_slot, -1)); // its name is the target's now: an interrupt leaves it
    m_file->setAutoRemove(false);
    return true;
}

bool PartialFile::isPartialName(const QString &fileName)
{
    // QTemporaryFile puts six letters or digits in place of XXXXXX.
    static const QRegularExpression pattern(QStringLiteral("^.+\\.[A-Za-z0-9]{6}\\.partial$"));
    return pattern.match(fileName).hasMatch();
}

int PartialFile::removeStale(const QString &folder)
{
    int removed = 0;
    const QDir dir(folder);
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files | QDir::Hidden)) {
        if (isPartialName(f.fileName()) && abandoned(f.absoluteFilePath()) && QFile::remove(f.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

} // namespace c2c

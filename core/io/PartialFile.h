#pragma once
// The temporary files exports write before moving the finished file into
// place: named "<target>.XXXXXX.partial" beside the target and locked while
// being written. A failed export removes its own; one killed half-way leaves
// one behind, which the next export to that folder (or the next start of the
// application, for the last export folder) removes. Only files of this
// pattern that nobody holds locked are removed, never anything else.
#include <QString>
#include <memory>

class QTemporaryFile;

namespace c2c {

class PartialFile {
public:
    // Creates the temporary file for target (removed when this object goes unless committed).
    explicit PartialFile(const QString &target);
    ~PartialFile();
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    bool isOpen() const;
    QString errorString() const;
    QString fileName() const;
    // Moves the finished file over the target; false (temporary removed) when that fails.
    bool commit();

    // Removes the stale temporary files of killed exports in folder; returns how many.
    static int removeStale(const QString &folder);
    // Whether a file name is one of ours (the pattern above).
    static bool isPartialName(const QString &fileName);
    // From now on, an interrupt (Ctrl+C, SIGTERM, SIGHUP) removes the temporary files being
    // written before the process ends, as a failure would (for the command line).
    static void removeOnInterrupt();

private:
    QString m_target;
    std::unique_ptr<QTemporaryFile> m_file;
    int m_slot = -1; // where the interrupt handler finds its name

};

} // namespace c2c

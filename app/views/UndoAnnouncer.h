#pragma once
// Announces every step of the undo stack in the status bar: an edit made anywhere
// (table, editor, import, the Tools dialogs) as done, with Undo beside it; an undo
// with Redo; a redo with Undo. Watching the stack, not the call sites, is what
// makes it hold for every command, present and future.
#include <QObject>
#include <QString>

class QUndoCommand;
class QUndoStack;

namespace c2c::app {

class StatusNotice;

class UndoAnnouncer : public QObject {
    Q_OBJECT

public:
    UndoAnnouncer(QUndoStack &stack, StatusNotice &notice, QObject *parent = nullptr);

    // What the notice says after a command was pushed ("Deleted 3 projects").
    static QString doneText(const QUndoCommand &command);

private:
    void indexChanged(int index);
    void remember();

    QUndoStack &m_stack;
    StatusNotice &m_notice;
    int m_index = 0;
    int m_count = 0;
    const QUndoCommand *m_next = nullptr; // the command a redo would run (compared, never dereferenced)
    QString m_undoText, m_redoText;
};

} // namespace c2c::app

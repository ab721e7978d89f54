#include "UndoAnnouncer.h"

#include "StatusNotice.h"
#include "commands/ImportCommand.h"
#include "commands/ProjectCommands.h"

#include <QUndoStack>

namespace c2c::app {

UndoAnnouncer::UndoAnnouncer(QUndoStack &stack, StatusNotice &notice, QObject *parent)
    : QObject(parent), m_stack(stack), m_notice(notice)
{
    remember();
    connect(&stack, &QUndoStack::indexChanged, this, &UndoAnnouncer::indexChanged);
}

void UndoAnnouncer::remember()
{
    m_index = m_stack.index();
    m_count = m_stack.count();
    m_next = m_stack.command(m_index);
    m_undoText = m_stack.undoText();
    m_redoText = m_stack.redoText();
}

QString UndoAnnouncer::doneText(const QUndoCommand &command)
{
    if (const auto *del = dynamic_cast<const DeleteProjectsCommand *>(&command))
        return tr("Deleted %n project(s)", nullptr, int(del->count()));
    if (const auto *import = dynamic_cast<const ImportCommand *>(&command))
        return tr("Import done: %1 new, %2 updated").arg(import->addedCount()).arg(import->updatedCount());
    return tr("Done: %1").arg(command.text());
}

void UndoAnnouncer::indexChanged(int index)
{
    const int before = m_index, countBefore = m_count;
    const QUndoCommand *next = m_next;
    const QString undone = m_undoText, redone = m_redoText;
    remember();
    const int count = m_stack.count();
    // An undo or redo that failed drops its command (the count falls): the error says so, not us.
    auto undoButton = [this, index] {
        if (m_stack.index() == index)
            m_stack.undo();
    };
    if (index == before - 1 && count == countBefore) {
        m_notice.showNotice(tr("Undone: %1").arg(undone), tr("Redo"), [this, index] {
            if (m_stack.index() == index)
                m_stack.redo();
        });
    } else if (index == before + 1 && count == countBefore && m_stack.command(before) == next) {
        m_notice.showNotice(tr("Redone: %1").arg(redone), tr("Undo"), undoButton);
    } else if (index > 0 && index == count && m_stack.command(index - 1) != next) {
        m_notice.showNotice(doneText(*m_stack.command(index - 1)), tr("Undo"), undoButton);
    }
}

} // namespace c2c::app

#include "ShortcutsDialog.h"

#include "ShortcutToolTips.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace c2c::app {

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window), m_window(window), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(520, 560);
    rebuild();
}

void ShortcutsDialog::collect(const QString &menu, const QList<QAction *> &actions, QList<QAction *> &seen)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (QMenu *sub = action->menu()) {
            collect(menu, sub->actions(), seen);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.append(action);
        m_entries.append({menu, ShortcutToolTips::actionName(action), ShortcutToolTips::shortcutText(action)});
    }
}

void ShortcutsDialog::rebuild()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_entries.clear();
    QList<QAction *> seen;
    for (QAction *top : m_window->menuBar()->actions())
        if (top->menu())
            collect(ShortcutToolTips::actionName(top), top->menu()->actions(), seen);
    // Shortcuts that live outside the menus (on the table, say) are listed too.
    QList<QAction *> others;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        // Only those of this window, not of the pivot or comparison windows it owns.
        for (QObject *o : action->associatedObjects())
            if (auto *w = qobject_cast<QWidget *>(o); w && w->window() == m_window) {
                others.append(action);
                break;
            }
    }
    collect(tr("Other"), others, seen);

    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    for (const Entry &e : std::as_const(m_entries)) {
        if (!group || group->text(0) != e.menu) {
            group = new QTreeWidgetItem(m_tree, {e.menu});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {e.action, e.keys});
    }
    m_tree->expandAll();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    // After the main window has renamed its actions (it handles the same event).
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &ShortcutsDialog::rebuild, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

} // namespace c2c::app

#pragma once
// Help > Keyboard shortcuts: every shortcut of the window's actions, grouped by
// menu, read from the actions themselves (so the list cannot go out of date) and
// rebuilt after a language switch.
#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace c2c::app {

class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    struct Entry {
        QString menu, action, keys;
    };
    QList<Entry> entries() const { return m_entries; }
    void rebuild();

protected:
    void changeEvent(QEvent *event) override;

private:
    void collect(const QString &menu, const QList<QAction *> &actions, QList<QAction *> &seen);

    QMainWindow *m_window;
    QTreeWidget *m_tree;
    QList<Entry> m_entries;
};

} // namespace c2c::app

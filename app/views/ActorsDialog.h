#pragma once
// The actors of the portfolio (local governments, agencies, organisations):
// add one, record a rename (the old name stays in the history, so older
// projects still read right), or merge one into its successor.
#include "domain/Actor.h"
#include "domain/Result.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QUndoStack;
class QPushButton;
class QTableWidget;

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class ActorsDialog : public QDialog {
    Q_OBJECT

public:
    // Renames and merges are undo commands on undo; onError outlives the dialog (their
    // undo may fail later, when someone else changed the projects).
    ActorsDialog(Portfolio &portfolio, QUndoStack &undo, std::function<void(const QString &)> onError,
                 QWidget *parent = nullptr);

    // The operations behind the buttons (tests call them directly).
    Status addActor(Actor actor);
    Status rename(std::int64_t actorId, const LocalizedText &newName, const QDate &effective);
    Status merge(std::int64_t from, std::int64_t into);

private:
    void reload();
    std::int64_t currentActorId() const;
    void askAdd();
    QComboBox *localGovernmentBox(QWidget *parent) const;
    void askRename();
    void askMerge();
    void report(const Status &status);

    Portfolio &m_portfolio;
    QUndoStack &m_undo;
    std::function<void(const QString &)> m_onError;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_merge;
    QLabel *m_error;
};

} // namespace c2c::app

#pragma once
// IATI activity files: what reading them found (projects, every problem with
// its line), the choice for activities already in the portfolio, then the
// import as one undoable step.
#include "io/ImportTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QUndoStack;

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class ImportPreview;

class IatiImportDialog : public QDialog {
    Q_OBJECT

public:
    IatiImportDialog(Portfolio &portfolio, const QStringList &files, QWidget *parent = nullptr);
    const QList<ImportItem> &items() const { return m_items; }
    qsizetype warningCount() const;
    ImportPreview *preview() const { return m_preview; }

    // Asks for files, shows the report, and imports on confirmation.
    static void run(QWidget *parent, Portfolio &portfolio, QUndoStack *undo);

private:
    QList<ImportItem> m_items;
    QList<ImportIssue> m_issues;
    ImportPreview *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace c2c::app

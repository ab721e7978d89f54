#pragma once
// The spreadsheet import wizard: choose a file (or start from pasted cells),
// check the detected encoding, delimiter and header row, map the columns to
// fields (suggested from the header names, remembered per header), preview
// every problem, then import as one undoable step.
#include "io/CsvImport.h"

#include <QWizard>

class QUndoStack;

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum Page { SourcePage, MappingPage, PreviewPage };

    ImportWizard(Portfolio &portfolio, QWidget *parent = nullptr);
    // Starts from the clipboard's cells instead of a file.
    void setPastedText(const QString &text);
    void setFile(const QString &path);

    // Shared by the pages.
    Portfolio &portfolio() { return m_portfolio; }
    const QString &pastedText() const { return m_pasted; }
    CsvDocument document;
    ColumnMapping mapping;
    CsvRowOptions rowOptions;
    QList<ImportItem> items;
    QList<ImportIssue> issues;
    DuplicatePolicy policy() const;

    // Runs the wizard; when the user finishes it the import is pushed onto undo as one command.
    static void run(QWidget *parent, Portfolio &portfolio, QUndoStack *undo, bool fromClipboard);
    // Pushes the import as one undo step and tells the user what it did (or why it did nothing);
    // readWarnings: the problems found while reading, already shown in the preview.
    static void pushAndReport(QWidget *parent, Portfolio &portfolio, QUndoStack *undo, const QList<ImportItem> &items,
                              DuplicatePolicy policy, qsizetype readWarnings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    Portfolio &m_portfolio;
    QString m_pasted;
};

} // namespace c2c::app

#include "ImportWizard.h"

#include "ImportPages.h"
#include "ImportPreview.h"
#include "commands/ImportCommand.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPointer>
#include <QUndoStack>

namespace c2c::app {

ImportWizard::ImportWizard(Portfolio &portfolio, QWidget *parent) : QWizard(parent), m_portfolio(portfolio)
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(SourcePage, new ImportSourcePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    resize(900, 640);
    retranslateUi();
}

void ImportWizard::setPastedText(const QString &text)
{
    m_pasted = text;
    static_cast<ImportSourcePage *>(page(SourcePage))->showSource();
}

void ImportWizard::setFile(const QString &path)
{
    m_pasted.clear();
    static_cast<ImportSourcePage *>(page(SourcePage))->setPath(path);
}

DuplicatePolicy ImportWizard::policy() const
{
    return static_cast<ImportPreviewPage *>(page(PreviewPage))->preview()->policy();
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import projects from a spreadsheet"));
    setButtonText(QWizard::FinishButton, tr("&Import"));
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::run(QWidget *parent, Portfolio &portfolio, QUndoStack *undo, bool fromClipboard)
{
    ImportWizard wizard(portfolio, parent);
    if (fromClipboard) {
        const QString text = QApplication::clipboard()->text();
        if (text.trimmed().isEmpty()) {
            QMessageBox::information(parent, tr("Paste from spreadsheet"),
                                     tr("The clipboard holds no cells. Copy the rows in your spreadsheet (with their "
                                        "header row) and try again."));
            return;
        }
        wizard.setPastedText(text);
    }
    if (wizard.exec() != QDialog::Accepted || wizard.items.isEmpty())
        return;
    pushAndReport(parent, portfolio, undo, wizard.items, wizard.policy(), wizard.issues.size());
}

void ImportWizard::pushAndReport(QWidget *parent, Portfolio &portfolio, QUndoStack *undo, const QList<ImportItem> &items,
                                 DuplicatePolicy policy, qsizetype readWarnings)
{
    // Undo and redo of the import may fail much later (someone else changed its projects):
    // the message then goes to the window, not to anything of this call.
    const QPointer<QWidget> owner(parent);
    auto later = [owner](const QString &e) {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            qWarning("%s", qPrintable(e));
        else
            QMessageBox::warning(owner, tr("Import"), e);
    };
    ImportReport r;
    auto command = ImportCommand::run(portfolio, items, policy, later, r);
    if (!command) {
        QStringList errors;
        for (const ImportIssue &i : r.issues)
            if (i.kind == ImportIssue::Error)
                errors.append(i.text());
        QMessageBox::warning(parent, tr("Import"), tr("Nothing was imported: %1").arg(errors.join(QLatin1Char('\n'))));
        return;
    }
    undo->push(command.release());
    QMessageBox::information(parent, tr("Import"),
                             tr("Imported %1, updated %2, skipped %3; %4 warning(s). Edit > Undo removes the whole import.")
                                 .arg(r.imported)
                                 .arg(r.updated)
                                 .arg(r.skipped)
                                 .arg(readWarnings + r.warningCount()));
}

} // namespace c2c::app

#include "IatiImportDialog.h"

#include "ImportPreview.h"
#include "ImportWizard.h"
#include "commands/ImportCommand.h"
#include "io/IatiImport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace c2c::app {

IatiImportDialog::IatiImportDialog(Portfolio &portfolio, const QStringList &files, QWidget *parent)
    : QDialog(parent), m_preview(new ImportPreview(portfolio, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import IATI activities"));
    for (const QString &file : files)
        IatiImport::read(file, [this](ImportItem &&item) { m_items.append(std::move(item)); }, m_issues);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &ImportPreview::changed, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_preview->hasErrors() && !m_items.isEmpty());
    });
    m_preview->setContent(&m_items, m_issues);
    resize(900, 600);
}

qsizetype IatiImportDialog::warningCount() const
{
    return m_issues.size();
}

void IatiImportDialog::run(QWidget *parent, Portfolio &portfolio, QUndoStack *undo)
{
    const QStringList files = QFileDialog::getOpenFileNames(parent, tr("Import IATI activity files"), QString(),
                                                            tr("IATI XML files (*.xml);;All files (*)"));
    if (files.isEmpty())
        return;
    IatiImportDialog dialog(portfolio, files, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ImportWizard::pushAndReport(parent, portfolio, undo, dialog.items(), dialog.preview()->policy(), dialog.warningCount());
}

} // namespace c2c::app

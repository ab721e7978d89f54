#include "IatiImportDialog.h"

#include "ImportPreview.h"
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
    QStringList errors;
    auto *command = new ImportCommand(portfolio, dialog.items(), dialog.preview()->policy(),
                                      [&errors](const QString &e) { errors.append(e); });
    undo->push(command);
    if (!errors.isEmpty()) {
        QMessageBox::warning(parent, tr("Import"), tr("Nothing was imported: %1").arg(errors.join(QLatin1Char('\n'))));
        return;
    }
    const ImportReport &r = command->report();
    QMessageBox::information(parent, tr("Import"),
                             tr("Imported %1, updated %2, skipped %3; %4 warning(s). Edit > Undo removes the whole import.")
                                 .arg(r.imported)
                                 .arg(r.updated)
                                 .arg(r.skipped)
                                 .arg(dialog.warningCount() + r.warningCount()));
}

} // namespace c2c::app

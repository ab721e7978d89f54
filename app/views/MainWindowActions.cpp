// The menus, toolbar and shortcuts of the main window.
#include "FilterPanel.h"
#include "MainWindow.h"
#include "MainWindowActions.h"
#include "SavedViewsMenu.h"
#include "ShortcutToolTips.h"
#include "Translations.h"
#include "Workspace.h"
#include "import/IatiImportDialog.h"
#include "import/ImportWizard.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Portfolio.h"

#include <QAction>
#include <QDockWidget>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace c2c::app {

void MainWindow::createActions()
{
    m_actions = std::make_unique<Actions>();
    Actions &a = *m_actions;
    QMenuBar *bar = menuBar();
    a.file = bar->addMenu(QString());
    a.newPortfolio = a.file->addAction(QString(), this, [this] { chooseAndOpenPortfolio(true); });
    a.openPortfolio = a.file->addAction(QString(), this, [this] { chooseAndOpenPortfolio(false); });
    a.openPortfolio->setShortcut(QKeySequence::Open);
    a.recent = a.file->addMenu(QString());
    connect(a.recent, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    a.file->addSeparator();
    a.importFile = a.file->addAction(QString(), this, [this] {
        if (!refuseIfReadOnly())
            ImportWizard::run(this, *m_portfolio, m_undo, false);
    });
    a.importFile->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    a.importPaste = a.file->addAction(QString(), this, [this] {
        if (!refuseIfReadOnly())
            ImportWizard::run(this, *m_portfolio, m_undo, true);
    });
    a.importPaste->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    a.importIati = a.file->addAction(QString(), this, [this] {
        if (!refuseIfReadOnly())
            IatiImportDialog::run(this, *m_portfolio, m_undo);
    });
    a.file->addSeparator();
    a.exportSummary = a.file->addAction(QString(), this, &MainWindow::exportPortfolio);
    a.exportSummary->setShortcut(Qt::CTRL | Qt::Key_E);
    a.file->addSeparator();
    a.quit = a.file->addAction(QString(), qApp, &QApplication::closeAllWindows);
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);

    a.edit = bar->addMenu(QString());
    // Own actions rather than QUndoStack's, whose "Undo" prefix would stay in the first language.
    a.undo = new QAction(this);
    a.undo->setShortcut(QKeySequence::Undo);
    connect(a.undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    a.redo = new QAction(this);
    a.redo->setShortcut(QKeySequence::Redo);
    connect(a.redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    auto undoTexts = [this] {
        Actions &acts = *m_actions;
        const QString undo = m_undo->undoText(), redo = m_undo->redoText();
        acts.undo->setText(undo.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undo));
        acts.redo->setText(redo.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redo));
        acts.undo->setEnabled(m_undo->canUndo());
        acts.redo->setEnabled(m_undo->canRedo());
    };
    connect(m_undo, &QUndoStack::indexChanged, this, undoTexts);
    connect(m_undo, &QUndoStack::undoTextChanged, this, undoTexts);
    connect(m_undo, &QUndoStack::redoTextChanged, this, undoTexts);
    m_undoTexts = undoTexts;
    a.edit->addAction(a.undo);
    a.edit->addAction(a.redo);
    a.edit->addSeparator();
    a.newProject = a.edit->addAction(QString(), this, &MainWindow::newProject);
    a.newProject->setShortcut(QKeySequence::New);
    a.editProject = a.edit->addAction(QString(), this, &MainWindow::editCurrent);
    a.editProject->setShortcut(Qt::Key_Return | Qt::ControlModifier);
    a.duplicate = a.edit->addAction(QString(), this, &MainWindow::duplicateSelected);
    a.duplicate->setShortcut(Qt::CTRL | Qt::Key_D);
    a.remove = a.edit->addAction(QString(), this, &MainWindow::deleteSelected);
    a.remove->setShortcut(QKeySequence::Delete);
    a.copyRows = a.edit->addAction(QString(), this, &MainWindow::copySelectedRows);
    a.copyRows->setShortcut(QKeySequence::Copy);
    a.edit->addSeparator();
    a.status = a.edit->addMenu(QString());
    for (const auto &entry : activityStatuses()) {
        if (entry.value == ActivityStatus::Unknown)
            continue;
        const ActivityStatus status = entry.value;
        a.statusActions.append(a.status->addAction(QString(), this, [this, status] { setStatusOfSelected(status); }));
    }
    a.setActor = a.edit->addAction(QString(), this, [this] {
        QMenu menu(this);
        for (const Actor &actor : m_portfolio->snapshot().actors) {
            const auto id = actor.id;
            menu.addAction(actor.name.text(currentLanguage()), this, [this, id] { setActorOfSelected(id); });
        }
        menu.exec(QCursor::pos());
    });

    a.view = bar->addMenu(QString());
    a.find = a.view->addAction(QString(), this, [this] {
        m_filterDock->show();
        m_filterPanel->searchBox()->setFocus();
        m_filterPanel->searchBox()->selectAll();
    });
    a.find->setShortcut(QKeySequence::Find);
    a.back = a.view->addAction(QString(), m_workspace, &Workspace::back);
    a.back->setShortcut(QKeySequence::Back);
    a.back->setEnabled(false);
    connect(m_workspace, &Workspace::historyChanged, a.back, &QAction::setEnabled);
    a.clearFilters = a.view->addAction(QString(), m_filterPanel, &FilterPanel::clearAll);
    a.view->addSeparator();
    a.pivot = a.view->addAction(QString(), this, [this] { showPivot(); });
    a.pivot->setShortcut(Qt::CTRL | Qt::Key_T);
    a.compare = a.view->addAction(QString(), this, [this] { showComparison(); });
    a.compare->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    a.savedViews = new SavedViewsMenu(*this, a.view);
    a.view->addMenu(a.savedViews);
    a.view->addSeparator();
    a.columns = a.view->addMenu(QString());
    for (int c = 0; c < ProjectTableModel::ColumnCount; ++c) {
        QAction *column = a.columns->addAction(QString());
        column->setCheckable(true);
        column->setChecked(!m_table->isColumnHidden(c));
        connect(column, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        a.columnActions.append(column);
        m_table->horizontalHeader()->addAction(column);
    }
    a.language = a.view->addMenu(QString());
    auto *languages = new QActionGroup(this);
    a.korean = a.language->addAction(QStringLiteral("한국어"), this, [this] { switchLanguage(Language::Korean); });
    a.english = a.language->addAction(QStringLiteral("English"), this, [this] { switchLanguage(Language::English); });
    for (QAction *l : {a.korean, a.english}) {
        l->setCheckable(true);
        languages->addAction(l);
    }

    a.tools = bar->addMenu(QString());
    a.actors = a.tools->addAction(QString(), this, &MainWindow::showActors);
    a.rates = a.tools->addAction(QString(), this, &MainWindow::showExchangeRates);
    a.reporting = a.tools->addAction(QString(), this, &MainWindow::showReporting);

    a.help = bar->addMenu(QString());
    a.guide = a.help->addAction(QString(), this, [this] { showGuide(); });
    a.guide->setShortcut(QKeySequence::HelpContents);
    a.shortcutList = a.help->addAction(QString(), this, [this] { showShortcuts(); });
    a.help->addSeparator();
    a.about = a.help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About C2C Portfolio"),
                           tr("<p><b>C2C Portfolio</b> %1</p><p>Portfolios of city-to-city partnerships: the international "
                              "development cooperation projects of local governments, in Korean and English.</p>"
                              "<p>Reference data: IATI Standard (http://iatistandard.org/), ISO 3166 via iso-codes, "
                              "UN SDG goals and targets.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    a.toolbar = addToolBar(QString());
    a.toolbar->setObjectName(QStringLiteral("mainToolbar"));
    a.toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *act : {a.newProject, a.editProject, a.duplicate, a.remove})
        a.toolbar->addAction(act);
    a.toolbar->addSeparator();
    for (QAction *act : {a.undo, a.redo, a.back})
        a.toolbar->addAction(act);
    a.toolbar->addSeparator();
    a.toolbar->addAction(a.exportSummary);
    for (QAction *act : {a.editProject, a.duplicate, a.copyRows, a.remove})
        m_table->addAction(act);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    ShortcutToolTips::keepUpToDate(this);
}

void MainWindow::retranslateActions()
{
    Actions &a = *m_actions;
    m_undoTexts();
    a.file->setTitle(tr("&File"));
    a.newPortfolio->setText(tr("&New portfolio…"));
    a.openPortfolio->setText(tr("&Open portfolio…"));
    a.recent->setTitle(tr("Open &recent"));
    a.exportSummary->setText(tr("&Export…"));
    a.exportSummary->setStatusTip(tr("Export the projects as a PDF report, an XLSX workbook, CSV or IATI XML"));
    a.importFile->setText(tr("&Import spreadsheet (CSV)…"));
    a.importPaste->setText(tr("&Paste from spreadsheet…"));
    a.importIati->setText(tr("Import IATI &activities…"));
    a.quit->setText(tr("&Quit"));
    a.edit->setTitle(tr("&Edit"));
    a.newProject->setText(tr("&New project…"));
    a.editProject->setText(tr("&Edit project…"));
    a.duplicate->setText(tr("D&uplicate project"));
    a.remove->setText(tr("&Delete project"));
    a.copyRows->setText(tr("&Copy selected rows"));
    a.copyRows->setStatusTip(tr("Copy the selected projects with a header row, to paste into a spreadsheet"));
    a.status->setTitle(tr("Set &status of selected projects"));
    int i = 0;
    for (const auto &entry : activityStatuses())
        if (entry.value != ActivityStatus::Unknown)
            a.statusActions[i++]->setText(label(entry.value).text(currentLanguage()));
    a.setActor->setText(tr("Set &lead actor of selected projects…"));
    a.view->setTitle(tr("&View"));
    a.find->setText(tr("&Find"));
    a.back->setText(tr("&Back to the previous filter"));
    a.clearFilters->setText(tr("&Clear all filters"));
    a.pivot->setText(tr("&Pivot table…"));
    a.compare->setText(tr("Compare &cases…"));
    a.savedViews->retranslate();
    a.columns->setTitle(tr("&Columns"));
    for (int c = 0; c < a.columnActions.size(); ++c)
        a.columnActions[c]->setText(m_model->headerData(c, Qt::Horizontal).toString());
    a.language->setTitle(tr("&Language"));
    a.korean->setChecked(currentLanguage() == Language::Korean);
    a.english->setChecked(currentLanguage() == Language::English);
    a.tools->setTitle(tr("&Tools"));
    a.actors->setText(tr("&Actors…"));
    a.rates->setText(tr("&Exchange rates…"));
    a.reporting->setText(tr("&Reporting currency and unit…"));
    a.help->setTitle(tr("&Help"));
    a.guide->setText(tr("User &guide"));
    a.shortcutList->setText(tr("&Keyboard shortcuts"));
    a.about->setText(tr("&About C2C Portfolio"));
    a.toolbar->setWindowTitle(tr("Main toolbar"));
}

SavedViewsMenu *MainWindow::savedViews() const
{
    return m_actions->savedViews;
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_actions->recent;
    menu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent")).toStringList();
    for (const QString &path : recent)
        menu->addAction(path, this, [this, path] { openPortfolioFile(path); });
    if (recent.isEmpty())
        menu->addAction(tr("No recent portfolios"))->setEnabled(false);
}

void MainWindow::chooseAndOpenPortfolio(bool create)
{
    const QString filter = tr("C2C portfolios (*.c2c);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New portfolio"), QString(), filter)
                                : QFileDialog::getOpenFileName(this, tr("Open portfolio"), QString(), filter);
    if (!path.isEmpty())
        openPortfolioFile(path);
}

void MainWindow::editCurrent()
{
    const QList<Project> selected = selectedProjects();
    if (!selected.isEmpty())
        openEditor(selected.first(), false);
}

void MainWindow::newProject()
{
    Project p;
    int n = int(m_portfolio->projects().count()) + 1;
    do
        p.key = QStringLiteral("NEW-%1").arg(n++, 4, 10, QLatin1Char('0'));
    while (m_portfolio->projects().idForKey(p.key));
    openEditor(p, true);
}

} // namespace c2c::app

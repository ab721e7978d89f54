#pragma once
// The main window composes the workspace's views (filter panel, project
// table, detail pane, status bar) and the menus; the work itself is done by
// core, the Workspace and the undo commands.
#include "domain/Project.h"
#include "report/ExportRunner.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace c2c {
class Portfolio;
struct SelectionUpdate;
}

namespace c2c::app {

class Dashboard;
class GuideWindow;
class ShortcutsDialog;
class StatusNotice;
class FilterPanel;
class PivotWindow;
class ComparisonWindow;
class SavedViewsMenu;
class ProjectTableModel;
class Workspace;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Portfolio> portfolio, QWidget *parent = nullptr);
    ~MainWindow() override;

    Portfolio &portfolio() { return *m_portfolio; }
    Workspace &workspace() { return *m_workspace; }
    ProjectTableModel *projectModel() const { return m_model; }
    QTableView *projectTable() const { return m_table; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    Dashboard *dashboard() const { return m_dashboard; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoStack *undoStack() const { return m_undo; }
    QString statusText() const;
    QString filterSentence() const;
    // The projects selected in the table (read from the database, with their versions).
    QList<Project> selectedProjects() const;
    // Shows a project of the current selection in the table (e.g. clicked in the timeline).
    void showProject(std::int64_t projectId);

    // Edits run as undo commands; errors are shown to the user (or collected by tests).
    void addProject(const Project &project);
    void duplicateSelected();
    void deleteSelected();
    // Puts the selected rows, in table order, on the clipboard as text and HTML (MainWindowEditing.cpp).
    void copySelectedRows();
    void setStatusOfSelected(ActivityStatus status);
    void setActorOfSelected(std::int64_t actorId);
    void applyEdit(const Project &before, const Project &after);
    // File > Export: asks what to write, then writes it with progress (MainWindowExport.cpp).
    void exportPortfolio();
    // View > Pivot table: one window, live with the filter (MainWindowDialogs.cpp).
    PivotWindow *showPivot();
    // View > Compare cases: one window; with two to five rows selected, it compares those projects.
    ComparisonWindow *showComparison();
    // View > Saved views (MainWindowActions.cpp).
    SavedViewsMenu *savedViews() const;
    ExportOutcome exportTo(const ExportRequest &request, bool selectedOnly);
    // Help > User guide and Help > Keyboard shortcuts: one window each (MainWindowHelp.cpp).
    GuideWindow *showGuide();
    ShortcutsDialog *showShortcuts();
    // The status-bar message after a completed action, with Undo or Open folder.
    StatusNotice *notice() const { return m_notice; }
    QStringList takeErrors();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();      // MainWindowActions.cpp
    void retranslateActions(); // MainWindowActions.cpp
    void createViews();
    void retranslateUi();
    void refresh();
    void showDetails();
    // The highlighted projects are kept by id when the table is rebuilt for another filter.
    void rememberHighlight();
    void highlightAfterEdit(const c2c::SelectionUpdate &update);
    void restoreHighlight();
    void showError(const QString &message);
    // A portfolio opened read-only (MainWindowReadOnly.cpp): a notice in the title and status
    // bar, edit actions disabled, and any edit that still gets through refused with a message.
    void applyReadOnly();
    void retranslateReadOnly();
    bool refuseIfReadOnly();
    void openEditor(const Project &project, bool isNew); // MainWindowEditing.cpp
    void editCurrent();
    void newProject();
    void openPortfolioFile(const QString &path);
    void chooseAndOpenPortfolio(bool create);
    void updateRecentMenu();
    void restoreSettings();
    void switchLanguage(Language lang);
    void showActors();
    void showExchangeRates();
    void showReporting();
    // Asks before deleting more than one project (MainWindowHelp.cpp).
    bool confirmDelete(qsizetype count);

    std::unique_ptr<Portfolio> m_portfolio;
    Workspace *m_workspace = nullptr;
    ProjectTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    QDockWidget *m_filterDock = nullptr;
    QLabel *m_sentence = nullptr;
    QTextBrowser *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    Dashboard *m_dashboard = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_notCounted = nullptr;
    QLabel *m_readOnlyNotice = nullptr;
    QUndoStack *m_undo = nullptr;
    PivotWindow *m_pivot = nullptr;
    ComparisonWindow *m_comparison = nullptr;
    GuideWindow *m_guide = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
    StatusNotice *m_notice = nullptr;
    QStringList m_errors;
    std::function<void()> m_undoTexts; // names the undo and redo actions after the stack's commands
    std::int64_t m_currentId = 0;
    QList<std::int64_t> m_selectedIds;
    bool m_collectErrors = false;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

} // namespace c2c::app

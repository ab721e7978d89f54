#include "MainWindow.h"

#include "Dashboard.h"
#include "DetailHtml.h"
#include "FilterPanel.h"
#include "MainWindowActions.h"
#include "StatusNotice.h"
#include "Translations.h"
#include "UndoAnnouncer.h"
#include "Workspace.h"
#include "commands/ProjectCommands.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Aggregation.h"
#include "portfolio/DefaultPortfolio.h"
#include "portfolio/Portfolio.h"
#include "report/Figures.h"

#include <QCloseEvent>
#include <QDir>
#include <QTimer>
#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace c2c::app {

namespace {

// Widens the columns whose heading no longer fits: widths remembered in one
// language (or display unit) must not clip the heading in another.
void fitHeadings(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
        const int needed = metrics.horizontalAdvance(text) + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + 20;
        if (header->sectionSize(c) < needed)
            header->resizeSection(c, needed);
    }
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Portfolio> portfolio, QWidget *parent)
    : QMainWindow(parent), m_portfolio(std::move(portfolio))
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_workspace = new Workspace(*m_portfolio, this);
    m_undo = new QUndoStack(this);
    createViews();
    createActions();
    connect(m_workspace, &Workspace::selectionAboutToBeReplaced, this, &MainWindow::rememberHighlight);
    connect(m_workspace, &Workspace::selectionReplaced, this, [this] {
        m_model->setSelection(m_workspace->selection());
        restoreHighlight();
    });
    connect(m_workspace, &Workspace::selectionUpdated, m_model, &ProjectTableModel::applyUpdate);
    connect(m_workspace, &Workspace::selectionUpdated, this, &MainWindow::highlightAfterEdit);
    connect(m_workspace, &Workspace::selectionChanged, this, &MainWindow::refresh);
    // The details follow an edit of the highlighted project (including its undo).
    connect(m_model, &ProjectTableModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int current = m_table->selectionModel()->currentIndex().row();
        if (current >= from.row() && current <= to.row())
            showDetails();
    });
    m_model->setSelection(m_workspace->selection());
    refresh();
    m_table->resizeColumnsToContents();
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, [this] { fitHeadings(m_table); });
    // Values another program broke in the file are named once the window is up, never read as 0.
    if (const QStringList &damage = m_portfolio->snapshot().damage; !damage.isEmpty())
        QTimer::singleShot(0, this, [this, damage] {
            QMessageBox::warning(this, tr("Damaged values in the portfolio"),
                                 tr("%1 holds values this program does not write. They are not counted:")
                                         .arg(QDir::toNativeSeparators(m_portfolio->path()))
                                     + QStringLiteral("\n\n") + damage.mid(0, 20).join(QLatin1Char('\n')));
        });
    m_table->setColumnWidth(ProjectTableModel::Title, std::min(m_table->columnWidth(ProjectTableModel::Title), 380));
    restoreSettings();
    applyReadOnly();
    retranslateUi();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_model = new ProjectTableModel(*m_portfolio, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("projectTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showDetails);

    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("filterSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_sentence->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_sentence->setFont(big);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 0);
    leftLayout->addWidget(m_table, 1);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenExternalLinks(true);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    // The projects and the charts of the same selection, side by side as tabs.
    m_dashboard = new Dashboard(*m_workspace, this);
    connect(m_dashboard, &Dashboard::projectChosen, this, &MainWindow::showProject);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, QString());
    m_tabs->addTab(m_dashboard, QString());
    // The filter as a sentence above both tabs: the table and the charts show the same selection.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 0, 0);
    centralLayout->addWidget(m_sentence);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_filterPanel = new FilterPanel(*m_workspace, this);
    m_filterDock = new QDockWidget(this);
    m_filterDock->setObjectName(QStringLiteral("filterDock"));
    m_filterDock->setWidget(m_filterPanel);
    m_filterDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);
    connect(m_filterPanel, &FilterPanel::yearsSwapped, this, [this](int from, int to) {
        statusBar()->showMessage(tr("The years were reversed; showing %1–%2.").arg(from).arg(to), 6000);
    });
    resizeDocks({m_filterDock}, {300}, Qt::Horizontal);

    m_totals = new QLabel(this);
    m_notCounted = new QPushButton(this);
    m_notCounted->setFlat(true);
    m_notCounted->setCursor(Qt::PointingHandCursor);
    connect(m_notCounted, &QPushButton::clicked, this, [this] {
        Filter f = m_workspace->filter();
        f.notCountedOnly = true;
        m_workspace->setFilter(f);
    });
    // A normal widget: a message (an export done, years swapped) shows in its place for a while.
    statusBar()->addWidget(m_totals, 1);
    m_notice = new StatusNotice(m_totals, this);
    statusBar()->addWidget(m_notice, 1);
    new UndoAnnouncer(*m_undo, *m_notice, this);
    statusBar()->addPermanentWidget(m_notCounted);
}

void MainWindow::highlightAfterEdit(const SelectionUpdate &update)
{
    QItemSelectionModel *sm = m_table->selectionModel();
    // Projects an edit brings into the table (put back by an undo, imported) become the highlighted ones.
    if (!update.entered.empty()) {
        QItemSelection selection;
        const std::vector<int> rows = m_model->positionsOf(update.entered);
        for (std::size_t i = 0; i < rows.size();) {
            std::size_t j = i + 1;
            while (j < rows.size() && rows[j] == rows[j - 1] + 1)
                ++j;
            selection.select(m_model->index(rows[i], 0), m_model->index(rows[j - 1], ProjectTableModel::ColumnCount - 1));
            i = j;
        }
        if (!rows.empty()) {
            sm->setCurrentIndex(m_model->index(rows.front(), 0), QItemSelectionModel::NoUpdate);
            sm->select(selection, QItemSelectionModel::ClearAndSelect);
            m_table->scrollTo(m_model->index(rows.front(), 0));
        }
        return;
    }
    // After a delete the row that takes its place is highlighted, so that the details, the
    // highlight and what Edit and Delete act on stay one and the same.
    const QModelIndex current = sm->currentIndex();
    if (current.isValid() && !sm->hasSelection())
        sm->select(current, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void MainWindow::rememberHighlight()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_currentId = current.isValid() ? m_model->projectId(current.row()) : 0;
    m_selectedIds.clear();
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        m_selectedIds.append(m_model->projectId(i.row()));
}

void MainWindow::restoreHighlight()
{
    QItemSelection selection;
    for (std::int64_t id : std::as_const(m_selectedIds)) {
        const int row = m_model->rowOfProject(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, ProjectTableModel::ColumnCount - 1));
    }
    const int current = m_currentId ? m_model->rowOfProject(m_currentId) : -1;
    if (current >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current >= 0)
        m_table->scrollTo(m_model->index(current, 0));
}

void MainWindow::refresh()
{
    m_sentence->setText(filterSentence());
    m_totals->setText(statusText());
    const Totals t = totals(m_portfolio->snapshot(), m_workspace->selection());
    const auto notCounted = t.notCounted();
    m_notCounted->setText(tr("%n not counted (unknown amount or no exchange rate)", nullptr, int(notCounted)));
    QString tip = tr("Show only the projects not counted in the total");
    if (t.notConverted)
        tip += QLatin1Char('\n') + tr("Missing exchange rates: %1")
                                        .arg(Figures::missingRatesSummary(m_portfolio->snapshot(), m_workspace->selection(), 5));
    m_notCounted->setToolTip(tip);
    m_notCounted->setVisible(notCounted > 0 && !m_workspace->filter().notCountedOnly);
    showDetails();
}

QString MainWindow::filterSentence() const
{
    return m_workspace->filter().describe(m_portfolio->snapshot(), currentLanguage());
}

QString MainWindow::statusText() const
{
    const Totals t = totals(m_portfolio->snapshot(), m_workspace->selection());
    QString text = tr("%n project(s)", nullptr, int(t.projects)) + QStringLiteral("  ·  ")
                   + tr("Total %1").arg(Figures::totalText(t, m_portfolio->displayUnit(), QLocale()));
    // A "–" total says why, even where the "not counted" button is hidden (its own filter is on).
    if (!t.hasTotal() && t.projects > 0)
        text += QStringLiteral("  ·  ") + Figures::countedSentence(t, QLocale());
    return text;
}

void MainWindow::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a project to see its details.")));
        return;
    }
    const Row r = m_model->snapshotRow(current.row());
    auto project = m_portfolio->projects().read(m_portfolio->snapshot().projectId[r]);
    m_details->setHtml(project ? detailHtml(*m_portfolio, project.value(), currentLanguage()) : project.error().toHtmlEscaped());
}

void MainWindow::showProject(std::int64_t projectId)
{
    const int row = m_model->rowOfProject(projectId);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(0);
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

QList<Project> MainWindow::selectedProjects() const
{
    QList<Project> out;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        auto p = m_portfolio->projects().read(m_model->projectId(index.row()));
        if (p)
            out.append(p.value());
    }
    return out;
}

void MainWindow::showError(const QString &message)
{
    m_errors.append(message);
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::warning(this, tr("The change was not saved"), message);
}

QStringList MainWindow::takeErrors()
{
    return std::exchange(m_errors, {});
}

void MainWindow::addProject(const Project &project)
{
    if (refuseIfReadOnly())
        return;
    // The new project becomes the highlighted one (highlightAfterEdit).
    m_undo->push(new AddProjectCommand(*m_portfolio, project, [this](const QString &e) { showError(e); }));
}

void MainWindow::applyEdit(const Project &before, const Project &after)
{
    if (refuseIfReadOnly())
        return;
    if (before == after)
        return;
    m_undo->push(new EditProjectCommand(*m_portfolio, before, after, [this](const QString &e) { showError(e); }));
}

void MainWindow::duplicateSelected()
{
    if (refuseIfReadOnly())
        return;
    const QList<Project> selected = selectedProjects();
    if (selected.isEmpty())
        return;
    Project copy = selected.first();
    copy.id = 0;
    copy.version = 0;
    copy.iatiIdentifier.clear();
    // A key nobody uses yet: KEY-copy, KEY-copy2, ...
    QString key = copy.key + QStringLiteral("-copy");
    for (int n = 2; m_portfolio->projects().idForKey(key); ++n)
        key = copy.key + QStringLiteral("-copy%1").arg(n);
    copy.key = key;
    m_undo->push(new AddProjectCommand(*m_portfolio, copy, [this](const QString &e) { showError(e); }, true));
}

void MainWindow::deleteSelected()
{
    if (refuseIfReadOnly())
        return;
    const QList<Project> selected = selectedProjects();
    if (selected.isEmpty() || (selected.size() > 1 && !confirmDelete(selected.size())))
        return;
    int first = m_model->rowCount();
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        first = std::min(first, i.row());
    const Status st = runAndPush(*m_undo, new DeleteProjectsCommand(*m_portfolio, selected, [this](const QString &e) { showError(e); }));
    if (!st)
        return showError(st.error());
    // The project that takes the place of the first deleted one is highlighted (the one above, at the end).
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::min(first, m_model->rowCount() - 1));
}

void MainWindow::setStatusOfSelected(ActivityStatus status)
{
    if (refuseIfReadOnly())
        return;
    const QList<Project> selected = selectedProjects();
    if (selected.isEmpty())
        return;
    const int n = int(selected.size());
    auto text = [n, status] { return tr("Set status of %n project(s) to %1", nullptr, n).arg(label(status).text(currentLanguage())); };
    m_undo->push(new BulkChangeCommand(*m_portfolio, selected, [status](Project &p) { p.status = status; }, text,
                                       [this](const QString &e) { showError(e); }));
}

void MainWindow::setActorOfSelected(std::int64_t actorId)
{
    if (refuseIfReadOnly())
        return;
    const QList<Project> selected = selectedProjects();
    const auto index = m_portfolio->snapshot().actorIndex.value(actorId, NoId);
    if (selected.isEmpty() || index == NoId)
        return;
    const LocalizedText name = m_portfolio->snapshot().actors[index].name;
    const int n = int(selected.size());
    auto text = [n, name] { return tr("Set lead actor of %n project(s) to %1", nullptr, n).arg(name.text(currentLanguage())); };
    m_undo->push(new BulkChangeCommand(*m_portfolio, selected, [actorId](Project &p) { p.leadActorId = actorId; }, text,
                                       [this](const QString &e) { showError(e); }));
}

void MainWindow::switchLanguage(Language lang)
{
    installLanguage(lang);
    QSettings().setValue(QStringLiteral("ui/language"), languageCode(lang));
}

void MainWindow::retranslateUi()
{
    const QString name = m_portfolio->name();
    setWindowTitle(name.isEmpty() ? tr("C2C Portfolio") : tr("%1 — C2C Portfolio").arg(name));
    retranslateReadOnly();
    m_filterDock->setWindowTitle(tr("Filters"));
    m_tabs->setTabText(0, tr("Projects"));
    m_tabs->setTabText(1, tr("Charts"));
    m_table->setAccessibleName(tr("Projects"));
    m_details->setAccessibleName(tr("Project details"));
    m_model->retranslate();
    ProjectCommand::retranslateAll(*m_undo);
    retranslateActions();
    refresh();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("table/header")).toByteArray());
    fitHeadings(m_table);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt()); // projects or charts, as left
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("table/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    QMainWindow::closeEvent(event);
}

void MainWindow::openPortfolioFile(const QString &path)
{
    auto portfolio = openPortfolio(path);
    if (!portfolio) {
        QMessageBox::critical(this, tr("Cannot open the portfolio"), portfolio.error());
        return;
    }
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
    recent.removeAll(portfolio.value()->path());
    recent.prepend(portfolio.value()->path());
    settings.setValue(QStringLiteral("recent"), recent.mid(0, 8));
    auto *window = new MainWindow(std::move(portfolio).value());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (testAttribute(Qt::WA_DeleteOnClose))
        close();
}

} // namespace c2c::app

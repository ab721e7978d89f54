#include "ComparisonWindow.h"

#include "FrozenColumnTable.h"
#include "Translations.h"
#include "WindowPlacement.h"
#include "Workspace.h"
#include "io/ExportFormats.h"
#include "models/ComparisonModel.h"
#include "portfolio/Aggregation.h"
#include "portfolio/Portfolio.h"
#include "report/ComparisonPdf.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace c2c::app {

ComparisonWindow::ComparisonWindow(Workspace &workspace, std::function<QList<std::int64_t>()> selectedProjects, QWidget *parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace), m_selectedProjects(std::move(selectedProjects)),
      m_model(new ComparisonModel(this)), m_byActor(new QRadioButton(this)), m_byProject(new QRadioButton(this)),
      m_actors(new QListWidget(this)), m_useSelection(new QPushButton(this)), m_export(new QPushButton(this)),
      m_message(new QLabel(this)), m_table(new FrozenColumnTable(this))
{
    setObjectName(QStringLiteral("comparisonWindow"));
    m_byActor->setChecked(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_message->setWordWrap(true);
    // Long names (the UNDP centre with the Anti-Corruption and Civil Rights Commission) go on
    // more lines rather than past the list's edge.
    m_actors->setWordWrap(true);
    m_actors->setResizeMode(QListView::Adjust);
    m_actors->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_byActor);
    leftLayout->addWidget(m_actors, 1);
    leftLayout->addWidget(m_byProject);
    leftLayout->addWidget(m_useSelection);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_message, 1);
    top->addWidget(m_export);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    placeWindow(this, QSize(1100, 620), QStringLiteral("comparison/geometry"));

    connect(m_actors, &QListWidget::itemChanged, this, [this] {
        m_byActor->setChecked(true);
        recompute();
    });
    connect(m_byActor, &QRadioButton::toggled, this, &ComparisonWindow::recompute);
    connect(m_useSelection, &QPushButton::clicked, this, &ComparisonWindow::compareSelectedProjects);
    connect(m_export, &QPushButton::clicked, this, &ComparisonWindow::chooseExport);
    connect(&m_workspace, &Workspace::selectionChanged, this, [this] {
        fillActors();
        recompute();
    });
    fillActors();
    retranslateUi();
}

void ComparisonWindow::fillActors()
{
    const QList<std::int64_t> checked = checkedActors();
    const Snapshot &s = m_workspace.portfolio().snapshot();
    const QSignalBlocker block(m_actors);
    m_actors->clear();
    // The actors with projects in the current selection, largest budget first.
    for (const Group &g : groupBy(s, m_workspace.selection(), GroupBy::Actor)) {
        if (g.key.isEmpty())
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(g.name.text(currentLanguage())).arg(g.projects), m_actors);
        item->setData(Qt::UserRole, g.key.toLongLong());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(g.key.toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<std::int64_t> ComparisonWindow::checkedActors() const
{
    QList<std::int64_t> ids;
    for (int i = 0; i < m_actors->count(); ++i)
        if (m_actors->item(i)->checkState() == Qt::Checked)
            ids.append(m_actors->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

void ComparisonWindow::compareActors(const QList<std::int64_t> &actorIds)
{
    {
        const QSignalBlocker block(m_actors);
        for (int i = 0; i < m_actors->count(); ++i)
            m_actors->item(i)->setCheckState(actorIds.contains(m_actors->item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                                                    : Qt::Unchecked);
    }
    m_byActor->setChecked(true);
    recompute();
}

void ComparisonWindow::compareSelectedProjects()
{
    m_projects = m_selectedProjects ? m_selectedProjects() : QList<std::int64_t>{};
    m_byProject->setChecked(true);
    recompute();
}

void ComparisonWindow::recompute()
{
    Portfolio &portfolio = m_workspace.portfolio();
    const Language lang = currentLanguage();
    const QList<std::int64_t> subjects = m_byActor->isChecked() ? checkedActors() : m_projects;
    if (subjects.size() < Compare::MinSubjects || subjects.size() > Compare::MaxSubjects) {
        m_model->setComparison({});
        m_message->setText(m_byActor->isChecked() ? tr("Tick two to five actors to compare them.")
                                                  : tr("Select two to five projects in the table, then press \"Use the table's selection\"."));
        m_export->setEnabled(false);
        return;
    }
    m_model->setComparison(m_byActor->isChecked()
                               ? Compare::actors(portfolio.snapshot(), m_workspace.selection(), subjects, lang, QLocale())
                               : Compare::projects(portfolio, subjects, lang, QLocale()));
    m_message->setText(caption());
    m_export->setEnabled(true);
    // The cases share the width equally; the indicator names take what they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
}

QString ComparisonWindow::caption() const
{
    const Snapshot &s = m_workspace.portfolio().snapshot();
    return m_byActor->isChecked() ? tr("Within: %1. Shaded rows: the cases differ.").arg(m_workspace.filter().describe(s, currentLanguage()))
                                  : tr("Shaded rows: the projects differ.");
}

bool ComparisonWindow::comparingActors() const
{
    return m_byActor->isChecked();
}

QString ComparisonWindow::message() const
{
    return m_message->text();
}

Status ComparisonWindow::exportTo(const QString &path)
{
    if (m_model->comparison().subjects.isEmpty())
        return Status::failure(tr("There is nothing to export yet: choose two to five cases."));
    const Language lang = currentLanguage();
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return ComparisonPdf::write(m_model->comparison(), lang, caption(), path);
    return Export::comparisonXlsx(m_model->comparison(), lang, caption(), path);
}

void ComparisonWindow::chooseExport()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the comparison"), folder + QStringLiteral("/comparison.xlsx"),
                                                      tr("Excel workbook (*.xlsx);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status st = exportTo(path); !st) {
        QMessageBox::warning(this, tr("Export the comparison"), st.error());
        return;
    }
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
}

void ComparisonWindow::retranslateUi()
{
    setWindowTitle(tr("Compare cases"));
    m_byActor->setText(tr("Compare &actors (within the current filter)"));
    m_byProject->setText(tr("Compare &projects"));
    m_useSelection->setText(tr("&Use the table's selection"));
    m_export->setText(tr("&Export…"));
    m_actors->setAccessibleName(tr("Actors to compare"));
    m_table->setAccessibleName(tr("Comparison"));
    fillActors();
    recompute();
}

void ComparisonWindow::hideEvent(QHideEvent *event)
{
    rememberWindow(this, QStringLiteral("comparison/geometry"));
    QWidget::hideEvent(event);
}

void ComparisonWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace c2c::app

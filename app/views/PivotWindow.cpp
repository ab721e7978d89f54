#include "PivotWindow.h"

#include "FrozenColumnTable.h"
#include "Translations.h"
#include "WindowPlacement.h"
#include "Workspace.h"
#include "io/ExportFormats.h"
#include "models/PivotModel.h"
#include "portfolio/Portfolio.h"
#include "report/PivotTable.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QVBoxLayout>

namespace c2c::app {

namespace {
constexpr GroupBy Dimensions[] = {GroupBy::Actor,  GroupBy::ActorKind, GroupBy::Country, GroupBy::Region, GroupBy::Year,
                                  GroupBy::SectorCategory, GroupBy::Sector, GroupBy::SdgGoal, GroupBy::Modality,
                                  GroupBy::Channel, GroupBy::Form, GroupBy::Dimension, GroupBy::Status};
constexpr PivotMeasure Measures[] = {PivotMeasure::Total, PivotMeasure::Projects, PivotMeasure::AverageDuration,
                                     PivotMeasure::AverageBudgetPerYear, PivotMeasure::Countries};
} // namespace

PivotWindow::PivotWindow(Workspace &workspace, QWidget *parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace), m_model(new PivotModel(workspace.portfolio(), this)),
      m_table(new FrozenColumnTable(this)), m_sentence(new QLabel(this)), m_rowsLabel(new QLabel(this)),
      m_colsLabel(new QLabel(this)), m_measureLabel(new QLabel(this)), m_rows(new QComboBox(this)),
      m_cols(new QComboBox(this)), m_measure(new QComboBox(this)), m_swap(new QPushButton(this)),
      m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("pivotWindow"));
    for (GroupBy by : Dimensions) {
        m_rows->addItem(QString(), int(by));
        m_cols->addItem(QString(), int(by));
    }
    for (PivotMeasure m : Measures)
        m_measure->addItem(QString(), int(m));
    m_rowsLabel->setBuddy(m_rows);
    m_colsLabel->setBuddy(m_cols);
    m_measureLabel->setBuddy(m_measure);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { drillDown(i.row(), i.column()); });
    m_sentence->setWordWrap(true);

    // A narrow window (a 1024-pixel screen, or half of a laptop's) takes its room from the swap
    // button and from the boxes' longer names, never from the chosen ones (see fitChoices()).
    m_swap->setMinimumWidth(fontMetrics().height() * 2);

    auto *controls = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_rowsLabel, m_rows, m_swap, m_colsLabel, m_cols, m_measureLabel, m_measure})
        controls->addWidget(w);
    controls->addStretch(1);
    controls->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_sentence);
    layout->addWidget(m_table, 1);

    QSettings settings;
    const auto restore = [&](QComboBox *box, const char *key, int fallback) {
        const int i = box->findData(settings.value(QLatin1String(key), fallback).toInt());
        box->setCurrentIndex(i < 0 ? 0 : i);
    };
    restore(m_rows, "pivot/rows", int(GroupBy::Actor));
    restore(m_cols, "pivot/cols", int(GroupBy::Year));
    restore(m_measure, "pivot/measure", int(PivotMeasure::Total));
    placeWindow(this, QSize(1000, 560), QStringLiteral("pivot/geometry"));

    for (QComboBox *box : {m_rows, m_cols, m_measure})
        connect(box, &QComboBox::currentIndexChanged, this, &PivotWindow::recompute);
    connect(m_swap, &QPushButton::clicked, this, [this] { setDimensions(cols(), rows(), measure()); });
    connect(m_export, &QPushButton::clicked, this, &PivotWindow::chooseExport);
    connect(&m_workspace, &Workspace::selectionChanged, this, &PivotWindow::recompute);
    retranslateUi();
    recompute();
}

PivotWindow::~PivotWindow() = default;

GroupBy PivotWindow::rows() const
{
    return static_cast<GroupBy>(m_rows->currentData().toInt());
}

GroupBy PivotWindow::cols() const
{
    return static_cast<GroupBy>(m_cols->currentData().toInt());
}

PivotMeasure PivotWindow::measure() const
{
    return static_cast<PivotMeasure>(m_measure->currentData().toInt());
}

void PivotWindow::setDimensions(GroupBy rows, GroupBy cols, PivotMeasure measure)
{
    const QSignalBlocker a(m_rows), b(m_cols), c(m_measure);
    m_rows->setCurrentIndex(m_rows->findData(int(rows)));
    m_cols->setCurrentIndex(m_cols->findData(int(cols)));
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
    recompute();
}

void PivotWindow::fitChoices()
{
    // Each box as wide as its longest name when there is room, and never narrower than the name
    // chosen: the window's narrowest width is that of the choices, not of the longest names.
    for (QComboBox *box : {m_rows, m_cols, m_measure}) {
        QStyleOptionComboBox option;
        option.initFrom(box);
        option.currentText = box->currentText();
        const QSize text(box->fontMetrics().horizontalAdvance(option.currentText), box->fontMetrics().height());
        box->setMinimumWidth(box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, box).width());
    }
}

void PivotWindow::recompute()
{
    fitChoices();
    const Snapshot &s = m_workspace.portfolio().snapshot();
    m_model->setPivot(pivot(s, m_workspace.selection(), rows(), cols()), measure());
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    // Every figure in full (the totals are bold, and wider): each column as wide as its widest text.
    // The row names, always in view, take at most a third of the table (in full in their tooltips).
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), std::max(160, m_table->width() / 3)));
    const Language lang = currentLanguage();
    QString text = m_workspace.filter().describe(s, lang) + QStringLiteral(" · ") + pivotMeasureName(measure()).text(lang);
    if (PivotTable::isMoney(measure()))
        text += QStringLiteral(" (%1)").arg(displayUnitName(m_workspace.portfolio().displayUnit(), s.reportingCurrency, QLocale()));
    const std::int64_t notCounted = m_model->pivot().grand.notCounted;
    if (notCounted && (measure() == PivotMeasure::Total || measure() == PivotMeasure::AverageBudgetPerYear))
        text += QStringLiteral(" — ") + tr("%n project(s) not counted (budget unknown or no exchange rate)", nullptr, int(notCounted));
    m_sentence->setText(text);
    QSettings settings;
    settings.setValue(QStringLiteral("pivot/rows"), int(rows()));
    settings.setValue(QStringLiteral("pivot/cols"), int(cols()));
    settings.setValue(QStringLiteral("pivot/measure"), int(measure()));
}

bool PivotWindow::drillDown(int row, int column)
{
    const auto f = m_model->drillDown(m_model->index(row, column), m_workspace.filter());
    if (!f)
        return false;
    m_workspace.setFilter(*f);
    if (parentWidget()) {
        parentWidget()->raise();
        parentWidget()->activateWindow();
    }
    return true;
}

Status PivotWindow::exportTo(const QString &path)
{
    const Language lang = currentLanguage();
    const QString caption = m_workspace.filter().describe(m_workspace.portfolio().snapshot(), lang);
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Export::pivotCsv(m_model->pivot(), measure(), lang, path);
    return Export::pivotXlsx(m_model->pivot(), measure(), lang, caption, path);
}

void PivotWindow::chooseExport()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the pivot table"), folder + QStringLiteral("/pivot.xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    const Status st = exportTo(path);
    if (!st) {
        QMessageBox::warning(this, tr("Export the pivot table"), st.error());
        return;
    }
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
}

void PivotWindow::retranslateUi()
{
    setWindowTitle(tr("Pivot table"));
    const Language lang = currentLanguage();
    for (QComboBox *box : {m_rows, m_cols})
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, PivotTable::dimensionName(static_cast<GroupBy>(box->itemData(i).toInt())).text(lang));
    for (int i = 0; i < m_measure->count(); ++i)
        m_measure->setItemText(i, pivotMeasureName(static_cast<PivotMeasure>(m_measure->itemData(i).toInt())).text(lang));
    m_rowsLabel->setText(tr("&Rows"));
    m_colsLabel->setText(tr("&Columns"));
    m_measureLabel->setText(tr("&Measure"));
    m_swap->setText(QStringLiteral("⇄"));
    m_swap->setToolTip(tr("Swap rows and columns"));
    m_swap->setAccessibleName(tr("Swap rows and columns"));
    m_export->setText(tr("&Export…"));
    m_table->setAccessibleName(tr("Pivot table"));
    m_model->retranslate();
    recompute();
}

void PivotWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PivotWindow::hideEvent(QHideEvent *event)
{
    rememberWindow(this, QStringLiteral("pivot/geometry"));
    QWidget::hideEvent(event);
}

} // namespace c2c::app

#include "Dashboard.h"

#include "ChartExportDialog.h"
#include "Translations.h"
#include "Workspace.h"
#include "charts/ChartRenderer.h"
#include "charts/YearChart.h"
#include "portfolio/DrillDown.h"
#include "portfolio/Portfolio.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>

namespace c2c::app {

namespace {
constexpr int ChartHeight = 360;
constexpr int TimelineHeight = 520;

// Charts that need about the same height share a row, so none is stretched to its
// neighbour's height: the countries beside the actors (long lists of bars), the years
// beside the donut of statuses, the SDG goals beside the sectors; the timeline, a row
// per project, alone. The years and the statuses share their row by need (see shareYearRow()).
constexpr int GridColumns = 6;
struct Cell {
    int row, column, span;
};
Cell cellOf(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Country:
        return {0, 0, 3};
    case ChartKind::Actor:
        return {0, 3, 3};
    case ChartKind::Year:
    case ChartKind::Status:
        return {1, 0, GridColumns};
    case ChartKind::Sdg:
        return {2, 0, 3};
    case ChartKind::Sector:
        return {2, 3, 3};
    case ChartKind::Timeline:
        break;
    }
    return {3, 0, GridColumns};
}
} // namespace

Dashboard::Dashboard(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_stackLabel(new QLabel(this)), m_stackBy(new QComboBox(this)),
      m_yearRow(new QHBoxLayout)
{
    setObjectName(QStringLiteral("dashboard"));
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    const QList<ChartKind> kinds = allChartKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        const ChartKind kind = kinds[i];
        m_charts.push_back(makeChart(kind));
        Chart *chart = m_charts.back().get();
        auto *view = new QChartView(chart->chart());
        view->setObjectName(QStringLiteral("chart-") + chartKindCode(kind));
        view->setRenderHint(QPainter::Antialiasing);
        // Whole repaints: a chart rebuilt while the window was covered (a dialog open) left
        // stale pieces of its former self behind partial updates.
        view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
        // Every filter change replaces hundreds of items: a BSP index would be rebuilt each time for nothing.
        view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, kind](const QPoint &pos) { showContextMenu(kind, pos); });
        connect(chart, &Chart::drillDown, this, &Dashboard::applyDrillDown);
        connect(chart, &Chart::projectChosen, this, &Dashboard::projectChosen);
        m_views.append(view);
        view->setMinimumHeight(kind == ChartKind::Timeline ? TimelineHeight : ChartHeight);
        if (kind == ChartKind::Year || kind == ChartKind::Status) {
            m_yearRow->addWidget(view);
            continue;
        }
        const Cell cell = cellOf(kind);
        grid->addWidget(view, cell.row, cell.column, 1, cell.span);
    }
    const Cell yearRow = cellOf(ChartKind::Year);
    grid->addLayout(m_yearRow, yearRow.row, yearRow.column, 1, yearRow.span);
    for (int column = 0; column < GridColumns; ++column)
        grid->setColumnStretch(column, 1);
    auto *inner = new QWidget;
    inner->setLayout(grid);
    m_yearRow->setSpacing(grid->spacing());
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scroll = scroll;

    m_stackBy->addItem(QString(), int(GroupBy::Actor));
    m_stackBy->addItem(QString(), int(GroupBy::Modality));
    connect(m_stackBy, &QComboBox::currentIndexChanged, this,
            [this] { setYearStack(static_cast<GroupBy>(m_stackBy->currentData().toInt())); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_stackLabel);
    bar->addWidget(m_stackBy);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(&m_workspace, &Workspace::selectionChanged, this, &Dashboard::selectionChanged);
    retranslateUi();
}

Dashboard::~Dashboard() = default;

int Dashboard::indexOf(ChartKind kind) const
{
    return int(allChartKinds().indexOf(kind));
}

Chart *Dashboard::chart(ChartKind kind) const
{
    return m_charts[indexOf(kind)].get();
}

QChartView *Dashboard::view(ChartKind kind) const
{
    return m_views[indexOf(kind)];
}

void Dashboard::selectionChanged()
{
    // Charts nobody looks at are not worth a million-row aggregation per keystroke.
    if (isVisible())
        updateCharts();
    else
        m_stale = true;
}

void Dashboard::updateCharts()
{
    const Language lang = currentLanguage();
    Portfolio &portfolio = m_workspace.portfolio();
    // One unit for every chart, from the largest figure any of them draws (or the officer's display unit).
    Int128 largest = 0;
    for (auto &chart : m_charts) {
        chart->load(portfolio, m_workspace.selection(), lang);
        largest = std::max(largest, chart->largestAmount());
    }
    m_scale = amountScale(portfolio.snapshot().reportingCurrency, portfolio.displayUnit(), largest, lang);
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->present(m_scale);
        // Tall enough for every bar's label to be read rather than cut to "…".
        const int minimum = m_charts[i]->kind() == ChartKind::Timeline ? TimelineHeight : ChartHeight;
        m_views[int(i)]->setMinimumHeight(std::max(minimum, m_charts[i]->preferredHeight()));
    }
    shareYearRow();
    m_stale = false;
}

void Dashboard::shareYearRow()
{
    // The statuses take the width their legend needs to name each status in full (Qt Charts
    // cuts a longer legend), between a third and a half of the row; the years, decades of
    // bars, take the rest.
    const int width = m_scroll->viewport()->width();
    if (width <= 0)
        return;
    const int status = std::clamp(chart(ChartKind::Status)->preferredWidth(), width / 3, width / 2);
    m_yearRow->setStretch(0, std::max(1, width - status));
    m_yearRow->setStretch(1, std::max(1, status));
}

void Dashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    shareYearRow();
}

void Dashboard::setYearStack(GroupBy by)
{
    auto *year = static_cast<YearChart *>(chart(ChartKind::Year));
    if (year->stackBy() == by)
        return;
    year->setStackBy(by);
    m_stackBy->setCurrentIndex(m_stackBy->findData(int(by)));
    // Other stacks, the same years: the dashboard's unit still fits.
    year->load(m_workspace.portfolio(), m_workspace.selection(), currentLanguage());
    year->present(m_scale);
}

void Dashboard::applyDrillDown(const QList<DrillStep> &steps)
{
    // Later, not from within the click: the new filter rebuilds the chart whose bar is handling the click.
    QMetaObject::invokeMethod(this, [this, steps] {
        Filter f = m_workspace.filter();
        for (const DrillStep &step : steps)
            if (const auto narrowed = drillDown(f, step.by, step.keys))
                f = *narrowed;
        m_workspace.setFilter(f);
    }, Qt::QueuedConnection);
}

Status Dashboard::exportChart(ChartKind kind, const QString &path, QSize size) const
{
    ChartOptions options;
    options.yearStack = static_cast<const YearChart *>(chart(ChartKind::Year))->stackBy();
    options.unit = m_scale.unit;
    return ChartRenderer::write(kind, m_workspace.portfolio(), m_workspace.selection(), currentLanguage(), size, path, options);
}

void Dashboard::showContextMenu(ChartKind kind, const QPoint &pos)
{
    QChartView *v = view(kind);
    QMenu menu(this);
    menu.addAction(tr("Export chart as PNG or SVG…"), this, [this, kind, v] {
        const auto chosen = ChartExportDialog::ask(this, v->size(), chartKindCode(kind));
        if (!chosen)
            return;
        const Status st = exportChart(kind, chosen->second, chosen->first);
        if (!st)
            QMessageBox::warning(this, tr("The chart was not exported"), st.error());
    });
    menu.exec(v->mapToGlobal(pos));
}

void Dashboard::showEvent(QShowEvent *event)
{
    if (m_stale)
        updateCharts();
    QWidget::showEvent(event);
}

void Dashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void Dashboard::retranslateUi()
{
    m_stackLabel->setText(tr("Years stacked by:"));
    m_stackBy->setItemText(0, tr("Local government"));
    m_stackBy->setItemText(1, tr("Modality"));
    // The charts' own texts follow the language they are built in.
    if (isVisible())
        updateCharts();
    else
        m_stale = true;
}

} // namespace c2c::app

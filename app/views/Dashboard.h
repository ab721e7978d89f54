#pragma once
// The portfolio at a glance: every chart of the workspace's selection, kept
// in step with the filter. A click on a bar or slice narrows the workspace's
// filter (Back returns); each chart exports as PNG or SVG from its context menu.
#include "charts/ChartFactory.h"
#include "domain/Result.h"

#include <QWidget>
#include <memory>
#include <vector>

class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace c2c::app {

class Workspace;

class Dashboard : public QWidget {
    Q_OBJECT

public:
    explicit Dashboard(Workspace &workspace, QWidget *parent = nullptr);
    ~Dashboard() override;

    // Rebuilds every chart for the workspace's selection, in the current language.
    void updateCharts();
    Chart *chart(ChartKind kind) const;
    QChartView *view(ChartKind kind) const;
    // Writes the chart as the officer sees it (selection, language, stacking) at size.
    Status exportChart(ChartKind kind, const QString &path, QSize size) const;
    // The year chart's stacks: GroupBy::Actor or GroupBy::Modality.
    void setYearStack(GroupBy by);
    // The unit every chart shows its amounts in.
    const AmountScale &scale() const { return m_scale; }

signals:
    // A project was clicked (a timeline row): the window shows it in the table.
    void projectChosen(std::int64_t projectId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void selectionChanged();
    void applyDrillDown(const QList<DrillStep> &steps);
    void showContextMenu(ChartKind kind, const QPoint &pos);
    void retranslateUi();
    void shareYearRow();
    int indexOf(ChartKind kind) const;

    Workspace &m_workspace;
    std::vector<std::unique_ptr<Chart>> m_charts; // the views' scenes own the QCharts
    QList<QChartView *> m_views;
    QLabel *m_stackLabel;
    QComboBox *m_stackBy;
    QHBoxLayout *m_yearRow; // the year chart beside the statuses
    QScrollArea *m_scroll = nullptr;
    AmountScale m_scale; // the unit every chart shows amounts in
    bool m_stale = true; // the selection changed while the dashboard was hidden
};

} // namespace c2c::app

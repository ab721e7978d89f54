#pragma once
// View > Pivot table: the researcher's cross-table of the workspace's current
// selection, live with the filter. Rows, columns and measure are chosen above
// the table; double-clicking a cell filters the workspace to its projects
// (Back returns); the table exports to CSV and XLSX.
#include "domain/Result.h"
#include "portfolio/Pivot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace c2c::app {

class PivotModel;
class Workspace;

class PivotWindow : public QWidget {
    Q_OBJECT

public:
    explicit PivotWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~PivotWindow() override;

    PivotModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setDimensions(GroupBy rows, GroupBy cols, PivotMeasure measure);
    GroupBy rows() const;
    GroupBy cols() const;
    PivotMeasure measure() const;
    // Filters the workspace to the projects of a cell; false when the cell has no filter of its own.
    bool drillDown(int row, int column);
    // Exports what is shown; errors name the file.
    Status exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void recompute();
    void fitChoices();
    void retranslateUi();
    void chooseExport();

    Workspace &m_workspace;
    PivotModel *m_model;
    QTableView *m_table;
    QLabel *m_sentence;
    QLabel *m_rowsLabel, *m_colsLabel, *m_measureLabel;
    QComboBox *m_rows, *m_cols, *m_measure;
    QPushButton *m_swap, *m_export;
};

} // namespace c2c::app

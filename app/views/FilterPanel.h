#pragma once
// The faceted filter: free text, years, amounts, data-quality flags and one
// list per facet with counts within the other filters. It builds a Filter and
// hands it to the Workspace; core does the filtering and the counting.
#include "portfolio/Filter.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace c2c::app {

class FacetList;
class Workspace;

class FilterPanel : public QWidget {
    Q_OBJECT

public:
    explicit FilterPanel(Workspace &workspace, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_text; }
    FacetList *facetList(Facet facet) const;
    // The filter the controls describe.
    Filter currentFilter() const;

public slots:
    // Shows a filter set elsewhere (Back, drill-down from a chart, the status bar).
    void showFilter(const c2c::Filter &filter);
    void clearAll();
    // Recomputes the counts of every facet value (debounced after each change).
    void updateCounts();

signals:
    // The year boxes held a reversed range and now show it in order.
    void yearsSwapped(int from, int to);

protected:
    void changeEvent(QEvent *event) override;

private:
    void emitFilter();
    void orderYears();
    void retranslateUi();

    Workspace &m_workspace;
    QLineEdit *m_text;
    QLabel *m_yearsLabel;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QLabel *m_amountLabel;
    QLineEdit *m_minAmount;
    QLineEdit *m_maxAmount;
    QLabel *m_amountError;
    QCheckBox *m_withNotes;
    QCheckBox *m_notCounted;
    QPushButton *m_clearAll;
    QList<FacetList *> m_facets;
    QTimer *m_countTimer;
    bool m_showing = false;
};

} // namespace c2c::app

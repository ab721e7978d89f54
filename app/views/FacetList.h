#pragma once
// One facet of the filter panel: its values, each checkable, with the number
// of projects it would give within the other filters.
#include "portfolio/Facets.h"

#include <QWidget>

class QListWidget;
class QLabel;
class QToolButton;

namespace c2c::app {

class FacetList : public QWidget {
    Q_OBJECT

public:
    FacetList(Facet facet, QWidget *parent = nullptr);

    Facet facet() const { return m_facet; }
    void setTitle(const QString &title);
    // Replaces the values, keeping the checked keys checked.
    void setValues(const QList<FacetValue> &values, const QStringList &checked);
    QStringList checkedKeys() const;
    void clear();

signals:
    void changed();

private:
    Facet m_facet;
    QLabel *m_title;
    QToolButton *m_clear;
    QListWidget *m_list;
    bool m_updating = false;
};

} // namespace c2c::app

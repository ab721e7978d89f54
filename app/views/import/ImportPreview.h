#pragma once
// What an import will do, before it is done: the projects as they will be
// stored (first rows), whether each is new or updates/skips a stored one and
// what an update changes (old → new, with a warning when the title or the
// lead actor changes), every problem by file, line and column, and the choice
// for duplicates.
#include "io/ImportTypes.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QRadioButton;
class QTableWidget;

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class ImportPreview : public QWidget {
    Q_OBJECT

public:
    enum Column { LineColumn, KeyColumn, TitleColumn, ActorColumn, CountriesColumn, PeriodColumn, BudgetColumn, ActionColumn,
                  ChangesColumn };

    explicit ImportPreview(Portfolio &portfolio, QWidget *parent = nullptr);
    void setContent(const QList<ImportItem> *items, const QList<ImportIssue> &issues);
    DuplicatePolicy policy() const;
    bool hasErrors() const;
    QTableWidget *table() const { return m_table; }
    QListWidget *problems() const { return m_problems; }
    QString summary() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateUi();
    Portfolio &m_portfolio;
    const QList<ImportItem> *m_items = nullptr;
    QList<ImportIssue> m_issues;
    QLabel *m_summary;
    QLabel *m_duplicatesLabel;
    QRadioButton *m_update;
    QRadioButton *m_skip;
    QTableWidget *m_table;
    QLabel *m_problemsLabel;
    QListWidget *m_problems;
};

} // namespace c2c::app

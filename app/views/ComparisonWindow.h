#pragma once
// View > Compare cases: two to five actors on the same indicators (each over
// its projects within the workspace's filter, live with it), or two to five
// projects selected in the table, field by field. Rows where the cases differ
// are shaded; the comparison exports to XLSX and PDF.
#include "domain/Result.h"

#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;

namespace c2c::app {

class ComparisonModel;
class Workspace;

class ComparisonWindow : public QWidget {
    Q_OBJECT

public:
    // selectedProjects: the database ids of the projects selected in the table, asked when needed.
    ComparisonWindow(Workspace &workspace, std::function<QList<std::int64_t>()> selectedProjects, QWidget *parent = nullptr);

    ComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void compareActors(const QList<std::int64_t> &actorIds);
    void compareSelectedProjects();
    QString message() const;
    bool comparingActors() const;
    QList<std::int64_t> checkedActors() const;
    Status exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillActors();
    void recompute();
    void retranslateUi();
    void chooseExport();
    QString caption() const;

    Workspace &m_workspace;
    std::function<QList<std::int64_t>()> m_selectedProjects;
    QList<std::int64_t> m_projects;
    ComparisonModel *m_model;
    QRadioButton *m_byActor, *m_byProject;
    QListWidget *m_actors;
    QPushButton *m_useSelection, *m_export;
    QLabel *m_message;
    QTableView *m_table; // the indicators' names stay in view
};

} // namespace c2c::app

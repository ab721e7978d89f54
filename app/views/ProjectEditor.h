#pragma once
// Editing one project, every field of it: Korean and English side by side,
// partners, period, money, results, sources and data-quality notes. The dialog
// edits a copy and never saves: the caller turns the result into an undo
// command. It cannot be accepted while the project is invalid, and says why
// next to the offending input and in a summary at the top.
#include "domain/Project.h"
#include "domain/Validation.h"
#include "portfolio/Classification.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class ListEditor;

class ProjectEditor : public QDialog {
    Q_OBJECT

public:
    // The currency a new budget line or transaction starts with: the last one
    // entered, else KRW in the Korean interface and USD in the English one.
    static QString defaultCurrency();
    ProjectEditor(Portfolio &portfolio, Project project, QWidget *parent = nullptr);
    ~ProjectEditor() override;

    // The edited project (only meaningful while problems() is empty).
    Project project() const;
    // What keeps the project from being saved, as shown to the user.
    QList<ValidationIssue> problems() const { return m_problems; }
    bool canSave() const;
    // Adds a suggested sector and SDG goal (those not there yet) and a source saying the
    // officer classified the project (ProjectEditorClassify.cpp).
    void applyClassification(const ClassificationSuggestion &suggestion);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void done(int result) override;

private:
    // ProjectEditorForm.cpp: the widgets and their labels.
    void buildGeneralTab();
    void buildPartnersTab();
    void buildClassificationTab();
    void buildMoneyTab();
    void buildResultsTab();
    void retranslateUi();
    // ProjectEditorValues.cpp: project <-> widgets.
    void load(const Project &p);
    Project read(QList<ValidationIssue> &issues) const;
    void revalidate();
    void markProblems();
    // The problems line keeps its two lines of room whether or not there are problems, so
    // the form below never moves under the pointer; what does not fit is counted, and the
    // whole list is its tooltip.
    void showProblems();
    void classify();

    Portfolio &m_portfolio;
    Project m_original;
    QList<ValidationIssue> m_problems;
    QStringList m_problemMessages;
    bool m_loading = false;

    QTabWidget *m_tabs = nullptr;
    QPushButton *m_classify = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<std::pair<QLabel *, const char *>> m_labels; // form labels with their untranslated text
    QList<std::pair<QWidget *, const char *>> m_tabTitles;
    QLabel *addLabel(const char *text);
    QLineEdit *m_key, *m_iati, *m_titleKo, *m_titleEn, *m_start, *m_end, *m_asPrinted;
    QPlainTextEdit *m_descriptionKo, *m_descriptionEn;
    QCheckBox *m_startActual, *m_endActual;
    QComboBox *m_actor, *m_status, *m_modality, *m_channel;
    QList<QCheckBox *> m_forms, m_dimensions;
    ListEditor *m_countries, *m_organisations, *m_sectors, *m_sdgs, *m_budget, *m_transactions, *m_milestones,
        *m_sources, *m_notes;
};

} // namespace c2c::app

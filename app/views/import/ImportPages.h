#pragma once
// The three pages of the import wizard.
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace c2c::app {

class ImportPreview;
class ImportWizard;

// The file (or the pasted cells), its encoding, delimiter and header row.
class ImportSourcePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportSourcePage(ImportWizard *wizard);
    void setPath(const QString &path);
    void showSource();
    bool validatePage() override;
    bool isComplete() const override;
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool load();
    ImportWizard *m_wizard;
    QLabel *m_intro, *m_pathLabel, *m_encodingLabel, *m_delimiterLabel, *m_detected;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_encoding, *m_delimiter;
    QCheckBox *m_header;
};

// Which field each column holds, suggested from the header and remembered.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    QTableWidget *table() const { return m_table; }
    QComboBox *fieldBox(int column) const;
    QComboBox *currencyBox() const { return m_currency; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    ImportWizard *m_wizard;
    QLabel *m_intro, *m_currencyLabel, *m_problem;
    QTableWidget *m_table;
    QComboBox *m_currency;
};

// The preview with every problem, and the choice for duplicates.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    ImportPreview *preview() const { return m_preview; }

protected:
    void changeEvent(QEvent *event) override;

private:
    ImportWizard *m_wizard;
    ImportPreview *m_preview;
};

} // namespace c2c::app

#pragma once
// File > Export: what to write (PDF report, XLSX workbook, CSV, IATI XML), in
// which language, of which projects (all of the current filter or the rows
// selected in the table) and where. The dialog only gathers the request; the
// main window runs it with progress.
#include "report/ExportRunner.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace c2c::app {

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    // filtered: projects of the current filter; selected: rows selected in the table (0 disables that choice).
    ExportDialog(const QString &portfolioName, qsizetype filtered, qsizetype selected, QWidget *parent = nullptr);

    ExportRequest request() const;
    bool selectedOnly() const;
    void setFormat(ExportFormat format);
    void setPath(const QString &path);
    QString path() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void formatChanged();
    void browse();
    QString defaultPath(ExportFormat format) const;

    QString m_portfolioName;
    qsizetype m_filtered, m_selected;
    QFormLayout *m_form;
    QLabel *m_labels[4];
    QComboBox *m_format;
    QComboBox *m_language;
    QRadioButton *m_scopeFilter;
    QRadioButton *m_scopeSelection;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
};

} // namespace c2c::app

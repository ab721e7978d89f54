#pragma once
// The reporting currency every total is converted into, and the unit sums are
// shown in (USD / thousand / million; for won 원 / 천원 / 백만원 / 억원).
#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QUndoStack;

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class ReportingDialog : public QDialog {
    Q_OBJECT

public:
    // Its changes are undo commands on undo; onError outlives the dialog.
    ReportingDialog(Portfolio &portfolio, QUndoStack &undo, std::function<void(const QString &)> onError,
                    QWidget *parent = nullptr);
    void accept() override;

protected:
    void changeEvent(QEvent *event) override; // the currency names follow the language

private:
    void fillUnits();
    Portfolio &m_portfolio;
    QUndoStack &m_undo;
    std::function<void(const QString &)> m_onError;
    QComboBox *m_currency;
    QComboBox *m_unit;
    QLabel *m_error;
};

} // namespace c2c::app

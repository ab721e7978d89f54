#pragma once
// The reporting currency every total is converted into, and the unit sums are
// shown in (USD / thousand / million; for won 원 / 천원 / 백만원 / 억원).
#include <QDialog>

class QComboBox;
class QLabel;

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class ReportingDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReportingDialog(Portfolio &portfolio, QWidget *parent = nullptr);
    void accept() override;

private:
    void fillUnits();
    Portfolio &m_portfolio;
    QComboBox *m_currency;
    QComboBox *m_unit;
    QLabel *m_error;
};

} // namespace c2c::app

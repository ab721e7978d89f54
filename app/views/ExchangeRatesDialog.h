#pragma once
// Yearly exchange rates per currency, each with its source. The office enters
// the rates it reports with; nothing is shipped and nothing is guessed.
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class ExchangeRatesDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExchangeRatesDialog(Portfolio &portfolio, QWidget *parent = nullptr);
    // Adds or replaces a rate; false with the message shown when it is refused.
    bool addRate(const QString &currency, int year, const QString &rate, const QString &source);

private:
    void reload();
    void removeSelected();
    Portfolio &m_portfolio;
    QTableWidget *m_table;
    QComboBox *m_currency;
    QSpinBox *m_year;
    QLineEdit *m_rate;
    QLineEdit *m_source;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace c2c::app

#pragma once
// Yearly exchange rates per currency, each with its source. The office enters
// the rates it reports with; nothing is shipped and nothing is guessed.
#include "domain/Money.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QUndoStack;
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
    // Its changes are undo commands on undo; onError outlives the dialog.
    ExchangeRatesDialog(Portfolio &portfolio, QUndoStack &undo, std::function<void(const QString &)> onError,
                        QWidget *parent = nullptr);
    // Adds or replaces a rate; false with the message shown when it is refused.
    bool addRate(const QString &currency, int year, const QString &rate, const QString &source);

protected:
    void changeEvent(QEvent *event) override; // the currency names follow the language

private:
    void reload();
    QList<ExchangeRate> stored() const;
    void removeSelected();
    Portfolio &m_portfolio;
    QUndoStack &m_undo;
    std::function<void(const QString &)> m_onError;
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

#include "ExchangeRatesDialog.h"

#include "CurrencyBox.h"
#include "Translations.h"
#include "commands/SettingsCommands.h"
#include "portfolio/Portfolio.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c2c::app {

ExchangeRatesDialog::ExchangeRatesDialog(Portfolio &portfolio, QUndoStack &undo, std::function<void(const QString &)> onError,
                                          QWidget *parent)
    : QDialog(parent), m_portfolio(portfolio), m_undo(undo), m_onError(std::move(onError)), m_table(new QTableWidget(this)), m_currency(new QComboBox(this)),
      m_year(new QSpinBox(this)), m_rate(new QLineEdit(this)), m_source(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add or replace"), this)), m_remove(new QPushButton(tr("Remove selected"), this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Exchange rates"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Currency"), tr("Year"), tr("Units per US dollar"), tr("Source")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Exchange rates"));

    fillCurrencyBox(m_currency, currentLanguage(), QStringLiteral("KRW"), {QStringLiteral("USD")});
    m_currency->setAccessibleName(tr("Currency"));
    m_year->setRange(1950, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_rate->setPlaceholderText(tr("e.g. 1363.98"));
    m_source->setPlaceholderText(tr("e.g. Bank of Korea, yearly average"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Currency"), m_currency);
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Units per US dollar"), m_rate);
    form->addRow(tr("Source"), m_source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Amounts are converted with the rate of their year. A missing rate is reported, "
                                    "never taken as 1."), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_remove);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_add);
    layout->addWidget(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRate(m_currency->currentData().toString(), m_year->value(), m_rate->text(), m_source->text());
    });
    connect(m_remove, &QPushButton::clicked, this, &ExchangeRatesDialog::removeSelected);
    resize(640, 520);
    reload();
}

void ExchangeRatesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillCurrencyBox(m_currency, currentLanguage(), m_currency->currentData().toString(), {QStringLiteral("USD")});
        reload();
    }
    QDialog::changeEvent(event);
}

QList<ExchangeRate> ExchangeRatesDialog::stored() const
{
    auto rates = m_portfolio.rates().readAll();
    return rates ? rates.value() : QList<ExchangeRate>{};
}

void ExchangeRatesDialog::reload()
{
    auto rates = m_portfolio.rates().readAll();
    m_table->setRowCount(0);
    if (!rates) {
        m_error->setText(rates.error());
        return;
    }
    for (const ExchangeRate &r : rates.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *currency = new QTableWidgetItem(r.currency);
        currency->setToolTip(currencyLabel(r.currency, currentLanguage()));
        m_table->setItem(row, 0, currency);
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(r.year)));
        m_table->setItem(row, 2, new QTableWidgetItem(ExchangeRate::formatRate(r.perUsdMicro)));
        m_table->setItem(row, 3, new QTableWidgetItem(r.source));
    }
}

bool ExchangeRatesDialog::addRate(const QString &currency, int year, const QString &rate, const QString &source)
{
    auto parsed = ExchangeRate::parseRate(rate);
    Status st = parsed ? Status() : Status::failure(parsed.error());
    if (st) {
        QList<ExchangeRate> before;
        for (const ExchangeRate &r : stored())
            if (r.currency == currency && r.year == year)
                before.append(r);
        const ExchangeRate after{currency, year, parsed.value(), source.trimmed()};
        st = runAndPush(m_undo, new RatesCommand(m_portfolio, before, {after}, m_onError));
    }
    m_error->setText(st ? QString() : st.error());
    reload();
    return st.ok();
}

void ExchangeRatesDialog::removeSelected()
{
    QList<ExchangeRate> removed;
    const QList<ExchangeRate> all = stored();
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        for (const ExchangeRate &r : all)
            if (r.currency == m_table->item(index.row(), 0)->text() && r.year == m_table->item(index.row(), 1)->text().toInt())
                removed.append(r);
    if (removed.isEmpty())
        return;
    const Status st = runAndPush(m_undo, new RatesCommand(m_portfolio, removed, {}, m_onError));
    m_error->setText(st ? QString() : st.error());
    reload();
}

} // namespace c2c::app

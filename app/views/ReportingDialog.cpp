#include "ReportingDialog.h"

#include "CurrencyBox.h"
#include "Translations.h"
#include "commands/SettingsCommands.h"
#include "portfolio/Portfolio.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace c2c::app {

ReportingDialog::ReportingDialog(Portfolio &portfolio, QUndoStack &undo, std::function<void(const QString &)> onError,
                                  QWidget *parent)
    : QDialog(parent), m_portfolio(portfolio), m_undo(undo), m_onError(std::move(onError)), m_currency(new QComboBox(this)), m_unit(new QComboBox(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Reporting currency and unit"));
    fillCurrencyBox(m_currency, currentLanguage(), m_portfolio.reportingCurrency());
    m_currency->setAccessibleName(tr("Reporting currency"));
    m_unit->setAccessibleName(tr("Display unit"));
    fillUnits();
    connect(m_currency, &QComboBox::currentIndexChanged, this, &ReportingDialog::fillUnits);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Reporting currency"), m_currency);
    form->addRow(tr("Show sums in"), m_unit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Amounts in other currencies are converted with the exchange rates of their year "
                               "(Tools > Exchange rates); without a rate they are not counted, and the totals say so."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ReportingDialog::fillUnits()
{
    const QString currency = m_currency->currentData().toString();
    const DisplayUnit current = m_unit->count() ? static_cast<DisplayUnit>(m_unit->currentData().toInt()) : m_portfolio.displayUnit();
    m_unit->clear();
    QList<DisplayUnit> units = {DisplayUnit::One, DisplayUnit::Thousand, DisplayUnit::Million};
    if (currency == QLatin1String("KRW"))
        units.append(DisplayUnit::HundredMillion);
    for (DisplayUnit u : units)
        m_unit->addItem(displayUnitName(u, currency, QLocale()), int(u));
    const int index = m_unit->findData(int(current));
    m_unit->setCurrentIndex(index < 0 ? 0 : index);
}

void ReportingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillCurrencyBox(m_currency, currentLanguage(), m_currency->currentData().toString());
        fillUnits();
    }
    QDialog::changeEvent(event);
}

void ReportingDialog::accept()
{
    const ReportingCommand::Setting before{m_portfolio.reportingCurrency(), m_portfolio.displayUnit()};
    const ReportingCommand::Setting after{m_currency->currentData().toString(),
                                          static_cast<DisplayUnit>(m_unit->currentData().toInt())};
    Status st;
    if (before.currency != after.currency || before.unit != after.unit)
        st = runAndPush(m_undo, new ReportingCommand(m_portfolio, before, after, m_onError));
    if (!st) {
        m_error->setText(st.error());
        return;
    }
    QDialog::accept();
}

} // namespace c2c::app

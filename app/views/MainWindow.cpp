#include "MainWindow.h"

#include "Translations.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Aggregation.h"
#include "portfolio/Portfolio.h"

#include <QCloseEvent>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace c2c::app {

MainWindow::MainWindow(std::unique_ptr<Portfolio> portfolio, QWidget *parent)
    : QMainWindow(parent), m_portfolio(std::move(portfolio))
{
    m_model = new ProjectTableModel(*m_portfolio, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(false);
    setCentralWidget(m_table);

    m_totals = new QLabel(this);
    statusBar()->addPermanentWidget(m_totals, 1);

    connect(m_portfolio.get(), &Portfolio::reset, this, &MainWindow::refresh);
    connect(m_portfolio.get(), &Portfolio::rowInserted, this, &MainWindow::refresh);
    connect(m_portfolio.get(), &Portfolio::rowChanged, this, &MainWindow::refresh);
    connect(m_portfolio.get(), &Portfolio::rowRemoved, this, &MainWindow::refresh);

    refresh();
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ProjectTableModel::Title, std::min(m_table->columnWidth(ProjectTableModel::Title), 420));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 760);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    m_model->setSelection(select(m_portfolio->snapshot(), Filter{}));
    m_totals->setText(statusText());
}

QString MainWindow::statusText() const
{
    const Totals t = totals(m_portfolio->snapshot(), m_model->selection());
    QString text = tr("%n project(s)", nullptr, int(t.projects)) + QStringLiteral("  ·  ")
                   + tr("Total %1").arg(Money(t.total, t.currency).format(QLocale()));
    const auto notCounted = t.amountUnknown + t.notConverted;
    if (notCounted)
        text += QStringLiteral("  ·  ") + tr("%n not counted (unknown amount or no exchange rate)", nullptr, int(notCounted));
    return text;
}

void MainWindow::retranslateUi()
{
    const QString name = m_portfolio->name();
    setWindowTitle(name.isEmpty() ? tr("C2C Portfolio") : tr("%1 — C2C Portfolio").arg(name));
    m_totals->setText(statusText());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace c2c::app

#include "ImportPreview.h"

#include "Translations.h"
#include "commands/ImportCommand.h"
#include "portfolio/Portfolio.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c2c::app {

namespace {

constexpr int kShownRows = 1000; // enough to check a mapping; the counts cover every row

QString matchedBy(ImportUpdate::Match match)
{
    switch (match) {
    case ImportUpdate::ByKey:
        return ImportPreview::tr("The project with the same key.");
    case ImportUpdate::ByIatiIdentifier:
        return ImportPreview::tr("The project with the same IATI identifier.");
    case ImportUpdate::ByContent:
        return ImportPreview::tr("The row has no key: the project with the same lead actor, title, first partner country "
                                 "and start year.");
    }
    return {};
}

} // namespace

ImportPreview::ImportPreview(Portfolio &portfolio, QWidget *parent)
    : QWidget(parent), m_portfolio(portfolio), m_summary(new QLabel(this)), m_duplicatesLabel(new QLabel(this)),
      m_update(new QRadioButton(this)), m_skip(new QRadioButton(this)), m_table(new QTableWidget(this)),
      m_problemsLabel(new QLabel(this)), m_problems(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *duplicates = new QHBoxLayout;
    duplicates->addWidget(m_duplicatesLabel);
    duplicates->addWidget(m_update);
    duplicates->addWidget(m_skip);
    duplicates->addStretch();
    layout->addLayout(duplicates);
    auto *group = new QButtonGroup(this);
    group->addButton(m_update);
    group->addButton(m_skip);
    m_update->setChecked(true);
    connect(m_update, &QRadioButton::toggled, this, &ImportPreview::refresh);
    m_table->setColumnCount(9);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 2);
    retranslateUi();
}

void ImportPreview::setContent(const QList<ImportItem> *items, const QList<ImportIssue> &issues)
{
    m_items = items;
    m_issues = issues;
    refresh();
}

DuplicatePolicy ImportPreview::policy() const
{
    return m_skip->isChecked() ? DuplicatePolicy::Skip : DuplicatePolicy::Update;
}

bool ImportPreview::hasErrors() const
{
    return std::any_of(m_issues.begin(), m_issues.end(), [](const ImportIssue &i) { return i.kind == ImportIssue::Error; });
}

QString ImportPreview::summary() const
{
    return m_summary->text();
}

void ImportPreview::refresh()
{
    if (!m_items)
        return;
    const Language lang = currentLanguage();
    // A dry run gives exact counts (duplicates in the portfolio and within the file) and changes nothing.
    ImportReport dry;
    if (!hasErrors())
        dry = ImportWriter::run(m_portfolio, replay(*m_items), policy(), true);
    QList<ImportIssue> all = m_issues;
    for (const ImportIssue &i : dry.issues)
        if (i.kind == ImportIssue::Error)
            all.append(i);
    // What each matched row does to its stored project, by where the row is.
    QHash<QPair<QString, int>, const ImportUpdate *> matched;
    for (const ImportUpdate &u : dry.updates) {
        matched.insert({u.file, u.line}, &u);
        if (u.changesTitleOrActor) {
            QStringList changes;
            for (const FieldChange &c : u.changes(lang))
                if (c.identity)
                    changes.append(c.text());
            all.append({ImportIssue::Warning, u.file, u.line, {},
                         tr("this row updates %1 and changes its title or lead actor (%2). Is it the same project?")
                             .arg(u.before.key, changes.join(QStringLiteral("; ")))});
        }
    }
    const auto errors = std::count_if(all.begin(), all.end(), [](const ImportIssue &i) { return i.kind == ImportIssue::Error; });
    if (errors)
        m_summary->setText(tr("%n project(s) read. Nothing can be imported until the errors below are fixed "
                              "(%1 error(s), %2 warning(s)).", nullptr, int(m_items->size()))
                               .arg(errors)
                               .arg(all.size() - errors));
    else
        m_summary->setText(tr("%n project(s) read: %1 new, %2 updated, %3 skipped; %4 warning(s).", nullptr, int(m_items->size()))
                               .arg(dry.imported)
                               .arg(dry.updated)
                               .arg(dry.skipped)
                               .arg(all.size()));
    if (!errors && dry.titleOrActorChanges > 0)
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
                           + tr("%n update(s) would change a title or a lead actor: check below that each is the same project.",
                                nullptr, int(dry.titleOrActorChanges)));

    const int rows = int(std::min<qsizetype>(m_items->size(), kShownRows));
    m_table->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const ImportItem &item = m_items->at(r);
        const Project &p = item.project;
        const ImportUpdate *update = matched.value({item.file, item.line});
        QStringList countries;
        for (const PartnerCountry &c : p.countries)
            countries.append(c.code);
        QStringList budget;
        for (const BudgetLine &b : p.budget)
            budget.append(b.amount.format(QLocale()));
        const QString period = QStringLiteral("%1 – %2").arg(p.period.start ? p.period.start->toIso() : QStringLiteral("?"),
                                                             p.period.end ? p.period.end->toIso() : QStringLiteral("?"));
        // Without a dry run (there are errors) nothing says what a row would do.
        const QString action = errors ? QString() : !update ? tr("new") : update->skipped ? tr("skip") : tr("update");
        QStringList changes;
        if (update && !update->skipped)
            for (const FieldChange &c : update->changes(lang))
                changes.append(c.text());
        if (update && !update->skipped && changes.isEmpty())
            changes.append(tr("no change"));
        const QStringList cells = {QString::number(item.line), update ? update->before.key : p.key, p.title.text(lang),
                                   item.actorName.text(lang), countries.join(QStringLiteral(", ")), period,
                                   budget.isEmpty() ? tr("unknown") : budget.join(QStringLiteral(" + ")), action,
                                   changes.join(QLatin1Char('\n'))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        if (update)
            m_table->item(r, ActionColumn)->setToolTip(matchedBy(update->match));
        if (update && update->changesTitleOrActor) {
            QTableWidgetItem *cell = m_table->item(r, ActionColumn);
            cell->setText(tr("update ⚠"));
            QFont bold = cell->font();
            bold.setBold(true);
            cell->setFont(bold);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents(); // one line per change

    m_problems->clear();
    for (const ImportIssue &i : all) {
        auto *row = new QListWidgetItem(i.text(), m_problems);
        row->setIcon(style()->standardIcon(i.kind == ImportIssue::Error ? QStyle::SP_MessageBoxCritical
                                                                         : QStyle::SP_MessageBoxWarning));
    }
    if (all.isEmpty())
        new QListWidgetItem(tr("No problems found."), m_problems);
    emit changed();
}

void ImportPreview::retranslateUi()
{
    m_duplicatesLabel->setText(tr("Projects already in the portfolio (same key or IATI identifier; for rows without a "
                                  "key, same lead actor, title, partner country and start year):"));
    m_update->setText(tr("&Update them"));
    m_skip->setText(tr("&Skip them"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Key"), tr("Title"), tr("Lead actor"), tr("Countries"), tr("Period"),
                                        tr("Budget"), tr("Action"), tr("Changes (old → new)")});
    m_problemsLabel->setText(tr("Problems (file, line, column: what is wrong):"));
    refresh();
}

void ImportPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace c2c::app

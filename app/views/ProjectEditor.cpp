#include "ProjectEditor.h"

#include "Translations.h"
#include "editor/ListEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace c2c::app {

ProjectEditor::ProjectEditor(Portfolio &portfolio, Project project, QWidget *parent)
    : QDialog(parent), m_portfolio(portfolio), m_original(std::move(project))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problems"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020"));
    m_summary->setFixedHeight(2 * m_summary->fontMetrics().lineSpacing() + 2 * m_summary->margin() + 2);
    m_tabs = new QTabWidget(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *accept = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(accept, &QShortcut::activated, this, [this] {
        if (canSave())
            QDialog::accept();
    });

    buildGeneralTab();
    buildPartnersTab();
    buildClassificationTab();
    buildMoneyTab();
    buildResultsTab();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    retranslateUi();
    load(m_original);
    revalidate();
    if (!restoreGeometry(QSettings().value(QStringLiteral("editor/geometry")).toByteArray()))
        resize(1000, 700);
}

ProjectEditor::~ProjectEditor() = default;

QString ProjectEditor::defaultCurrency()
{
    const QString last = QSettings().value(QStringLiteral("editor/lastCurrency")).toString();
    if (!last.isEmpty())
        return last;
    return currentLanguage() == Language::Korean ? QStringLiteral("KRW") : QStringLiteral("USD");
}

Project ProjectEditor::project() const
{
    QList<ValidationIssue> ignored;
    return read(ignored);
}

bool ProjectEditor::canSave() const
{
    return m_problems.isEmpty();
}

void ProjectEditor::revalidate()
{
    if (m_loading)
        return;
    QList<ValidationIssue> issues;
    const Project p = read(issues);
    // A value the form could not read is reported once: not again by validation
    // of the placeholder it was read as.
    QSet<QString> unread;
    for (const ValidationIssue &i : issues)
        unread.insert(i.field.section(QLatin1Char('.'), 0, 0));
    for (const ValidationIssue &i : Validation::validate(p))
        if (!unread.contains(i.field.section(QLatin1Char('.'), 0, 0)))
            issues.append(i);
    m_problems = issues;
    QStringList messages;
    for (const ValidationIssue &i : issues)
        if (!messages.contains(i.message))
            messages.append(i.message);
    m_problemMessages = messages;
    showProblems();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(messages.isEmpty());
    markProblems();
}

void ProjectEditor::showProblems()
{
    const QStringList &messages = m_problemMessages;
    if (messages.isEmpty()) {
        m_summary->clear();
        m_summary->setToolTip(QString());
        return;
    }
    const QString prefix = tr("Cannot save yet:") + QLatin1Char(' ');
    m_summary->setToolTip(prefix + messages.join(QLatin1Char('\n')));
    const QFontMetrics fm = m_summary->fontMetrics();
    const int width = std::max(m_summary->contentsRect().width(), 200);
    const int room = m_summary->contentsRect().height();
    for (qsizetype shown = messages.size(); shown > 0; --shown) {
        QString text = prefix + messages.first(shown).join(QLatin1Char(' '));
        if (shown < messages.size())
            text += QLatin1Char(' ') + tr("(and %n more: point here to read them)", nullptr, int(messages.size() - shown));
        if (fm.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text).height() <= room) {
            m_summary->setText(text);
            return;
        }
    }
    // Not even the first problem fits in two lines: its start, then the count.
    m_summary->setText(fm.elidedText(prefix + messages.first(), Qt::ElideRight, width * 2 - fm.averageCharWidth() * 4));
}

void ProjectEditor::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showProblems();
}

void ProjectEditor::markProblems()
{
    // Each input shows the problems about it: red frame, message as tooltip.
    const std::pair<QWidget *, QStringList> widgets[] = {
        {m_key, {QStringLiteral("key")}},
        {m_titleKo, {QStringLiteral("title")}},
        {m_titleEn, {QStringLiteral("title")}},
        {m_start, {QStringLiteral("period.start")}},
        {m_end, {QStringLiteral("period.end")}},
        {m_countries, {QStringLiteral("countries")}},
        {m_organisations, {QStringLiteral("organisations")}},
        {m_sectors, {QStringLiteral("sectors")}},
        {m_sdgs, {QStringLiteral("sdgs")}},
        {m_budget, {QStringLiteral("budget")}},
        {m_transactions, {QStringLiteral("transactions")}},
        {m_milestones, {QStringLiteral("milestones")}},
        {m_notes, {QStringLiteral("qualityNotes")}},
    };
    for (const auto &[widget, prefixes] : widgets) {
        QStringList messages;
        for (const ValidationIssue &i : m_problems)
            for (const QString &prefix : prefixes)
                if (i.field == prefix || i.field.startsWith(prefix + QLatin1Char('.')) || i.field.startsWith(prefix + QLatin1Char('[')))
                    messages.append(i.message);
        QWidget *target = widget;
        if (auto *list = qobject_cast<ListEditor *>(widget))
            target = list->table();
        target->setStyleSheet(messages.isEmpty() ? QString() : QStringLiteral("border: 2px solid #b00020;"));
        target->setToolTip(messages.join(QLatin1Char('\n')));
    }
}

void ProjectEditor::done(int result)
{
    if (result == QDialog::Accepted && !canSave())
        return;
    QSettings().setValue(QStringLiteral("editor/geometry"), saveGeometry());
    if (result == QDialog::Accepted) {
        // The currency of the last line entered is the one a new line starts with next time.
        const Project p = project();
        QString last;
        for (const BudgetLine &b : p.budget)
            last = b.amount.currency();
        for (const Transaction &t : p.transactions)
            last = t.value.currency();
        if (!last.isEmpty())
            QSettings().setValue(QStringLiteral("editor/lastCurrency"), last);
    }
    QDialog::done(result);
}

void ProjectEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const Project current = project();
        retranslateUi();
        load(current); // choice labels follow the language
        revalidate();
    }
    QDialog::changeEvent(event);
}

} // namespace c2c::app

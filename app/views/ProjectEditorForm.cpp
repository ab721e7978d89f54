// The project editor's widgets, one tab per group of fields, and their texts.
#include "ProjectEditor.h"
#include "NoteFields.h"

#include "Translations.h"
#include "editor/ListEditor.h"
#include "portfolio/Portfolio.h"
#include "reference/Reference.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace c2c::app {

namespace {

template <class E>
QList<QPair<QString, QString>> choices(bool withUnknown = true)
{
    QList<QPair<QString, QString>> out;
    for (const auto &e : codeTable<E>())
        if (withUnknown || QLatin1String(e.code) != QLatin1String("unknown"))
            out.append({QString::fromLatin1(e.code), label(e.value).text(currentLanguage())});
    return out;
}

template <class E>
void fillCombo(QComboBox *combo)
{
    const QVariant keep = combo->currentData();
    combo->clear();
    for (const auto &[code, text] : choices<E>())
        combo->addItem(text, code);
    const int i = combo->findData(keep);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    return e;
}

} // namespace

QLabel *ProjectEditor::addLabel(const char *text)
{
    auto *l = new QLabel(this);
    m_labels.append({l, text});
    return l;
}

void ProjectEditor::buildGeneralTab()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    m_key = lineEdit(page, "key");
    m_iati = lineEdit(page, "iatiIdentifier");
    m_titleKo = lineEdit(page, "titleKo");
    m_titleEn = lineEdit(page, "titleEn");
    m_descriptionKo = new QPlainTextEdit(page);
    m_descriptionKo->setObjectName(QStringLiteral("descriptionKo"));
    m_descriptionEn = new QPlainTextEdit(page);
    m_descriptionEn->setObjectName(QStringLiteral("descriptionEn"));
    m_start = lineEdit(page, "start");
    m_end = lineEdit(page, "end");
    m_startActual = new QCheckBox(page);
    m_endActual = new QCheckBox(page);
    m_asPrinted = lineEdit(page, "amountAsPrinted");
    m_actor = new QComboBox(page);
    m_actor->setObjectName(QStringLiteral("leadActor"));
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("status"));
    m_modality = new QComboBox(page);
    m_modality->setObjectName(QStringLiteral("modality"));
    m_channel = new QComboBox(page);
    m_channel->setObjectName(QStringLiteral("fundingChannel"));

    int row = 0;
    grid->addWidget(addLabel(QT_TR_NOOP("Key")), row, 0);
    grid->addWidget(m_key, row, 1);
    grid->addWidget(addLabel(QT_TR_NOOP("IATI identifier")), row, 2);
    grid->addWidget(m_iati, row++, 3);
    grid->addWidget(addLabel(QT_TR_NOOP("Korean")), row, 1);
    grid->addWidget(addLabel(QT_TR_NOOP("English")), row++, 3);
    grid->addWidget(addLabel(QT_TR_NOOP("Title")), row, 0);
    grid->addWidget(m_titleKo, row, 1);
    grid->addWidget(m_titleEn, row++, 3);
    grid->addWidget(addLabel(QT_TR_NOOP("Description")), row, 0);
    grid->addWidget(m_descriptionKo, row, 1);
    grid->addWidget(m_descriptionEn, row++, 3);
    grid->addWidget(addLabel(QT_TR_NOOP("Lead actor")), row, 0);
    grid->addWidget(m_actor, row, 1);
    grid->addWidget(addLabel(QT_TR_NOOP("Status")), row, 2);
    grid->addWidget(m_status, row++, 3);
    grid->addWidget(addLabel(QT_TR_NOOP("Modality")), row, 0);
    grid->addWidget(m_modality, row, 1);
    grid->addWidget(addLabel(QT_TR_NOOP("Funding channel")), row, 2);
    grid->addWidget(m_channel, row++, 3);
    grid->addWidget(addLabel(QT_TR_NOOP("Start (year, year-month or date)")), row, 0);
    auto *start = new QHBoxLayout;
    start->addWidget(m_start, 1);
    start->addWidget(m_startActual);
    grid->addLayout(start, row, 1);
    grid->addWidget(addLabel(QT_TR_NOOP("End (year, year-month or date)")), row, 2);
    auto *end = new QHBoxLayout;
    end->addWidget(m_end, 1);
    end->addWidget(m_endActual);
    grid->addLayout(end, row++, 3);
    grid->addWidget(addLabel(QT_TR_NOOP("Amount as printed in the source")), row, 0);
    grid->addWidget(m_asPrinted, row++, 1, 1, 3);

    auto *forms = new QGridLayout;
    int i = 0;
    for (const auto &e : cooperationForms()) {
        auto *box = new QCheckBox(page);
        box->setObjectName(QStringLiteral("form-%1").arg(QLatin1String(e.code)));
        m_forms.append(box);
        forms->addWidget(box, i / 2, i % 2);
        ++i;
    }
    grid->addWidget(addLabel(QT_TR_NOOP("Cooperation forms")), row, 0, Qt::AlignTop);
    grid->addLayout(forms, row++, 1, 1, 3);
    auto *dims = new QHBoxLayout;
    for (const auto &e : partnershipDimensions()) {
        auto *box = new QCheckBox(page);
        box->setObjectName(QStringLiteral("dimension-%1").arg(QLatin1String(e.code)));
        m_dimensions.append(box);
        dims->addWidget(box);
    }
    dims->addStretch(1);
    grid->addWidget(addLabel(QT_TR_NOOP("Partnership dimensions")), row, 0);
    grid->addLayout(dims, row++, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_tabs->addTab(page, QString());
    m_tabTitles.append({page, QT_TR_NOOP("General")});

    for (QLineEdit *e : {m_key, m_iati, m_titleKo, m_titleEn, m_start, m_end, m_asPrinted})
        connect(e, &QLineEdit::textChanged, this, &ProjectEditor::revalidate);
    for (QPlainTextEdit *e : {m_descriptionKo, m_descriptionEn})
        connect(e, &QPlainTextEdit::textChanged, this, &ProjectEditor::revalidate);
    for (QComboBox *c : {m_actor, m_status, m_modality, m_channel})
        connect(c, &QComboBox::currentIndexChanged, this, &ProjectEditor::revalidate);
    for (QCheckBox *b : m_forms + m_dimensions + QList<QCheckBox *>{m_startActual, m_endActual})
        connect(b, &QCheckBox::toggled, this, &ProjectEditor::revalidate);
}

namespace {

ListEditor *listIn(QWidget *page, QVBoxLayout *layout, QLabel *title, const char *name)
{
    auto *list = new ListEditor(page);
    list->setObjectName(QLatin1String(name));
    layout->addWidget(title);
    layout->addWidget(list, 1);
    return list;
}

} // namespace

void ProjectEditor::buildPartnersTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_countries = listIn(page, layout, addLabel(QT_TR_NOOP("Partner countries")), "countries");
    m_organisations = listIn(page, layout, addLabel(QT_TR_NOOP("Participating organisations")), "organisations");
    m_tabs->addTab(page, QString());
    m_tabTitles.append({page, QT_TR_NOOP("Partners")});
}

void ProjectEditor::buildClassificationTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_sectors = listIn(page, layout, addLabel(QT_TR_NOOP("Sectors (DAC purpose codes)")), "sectors");
    m_sdgs = listIn(page, layout, addLabel(QT_TR_NOOP("SDG goals and targets")), "sdgs");
    m_classify = new QPushButton(page);
    m_classify->setObjectName(QStringLiteral("classify"));
    connect(m_classify, &QPushButton::clicked, this, &ProjectEditor::classify);
    auto *row = new QHBoxLayout;
    row->addWidget(m_classify);
    row->addStretch(1);
    layout->addLayout(row);
    m_tabs->addTab(page, QString());
    m_tabTitles.append({page, QT_TR_NOOP("Sectors and SDGs")});
}

void ProjectEditor::buildMoneyTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_budget = listIn(page, layout, addLabel(QT_TR_NOOP("Budget lines")), "budget");
    m_transactions = listIn(page, layout, addLabel(QT_TR_NOOP("Transactions")), "transactions");
    m_tabs->addTab(page, QString());
    m_tabTitles.append({page, QT_TR_NOOP("Money")});
}

void ProjectEditor::buildResultsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_milestones = listIn(page, layout, addLabel(QT_TR_NOOP("Milestones")), "milestones");
    m_sources = listIn(page, layout, addLabel(QT_TR_NOOP("Sources")), "sources");
    m_notes = listIn(page, layout, addLabel(QT_TR_NOOP("Data-quality notes")), "qualityNotes");
    m_tabs->addTab(page, QString());
    m_tabTitles.append({page, QT_TR_NOOP("Results, sources and quality")});
    for (ListEditor *l : {m_countries, m_organisations, m_sectors, m_sdgs, m_budget, m_transactions, m_milestones, m_sources, m_notes})
        connect(l, &ListEditor::changed, this, &ProjectEditor::revalidate);
}

void ProjectEditor::retranslateUi()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    setWindowTitle(m_original.id ? tr("Edit project") : tr("New project"));
    for (const auto &[label, text] : m_labels)
        label->setText(tr(text));
    for (const auto &[page, text] : m_tabTitles)
        m_tabs->setTabText(m_tabs->indexOf(page), tr(text));
    m_classify->setText(tr("&Classify from the title…"));
    m_classify->setToolTip(tr("Suggest a DAC sector and an SDG goal from the project's title and description; "
                              "you confirm them, and the project's sources record that you classified it."));
    m_startActual->setText(tr("actual"));
    m_endActual->setText(tr("actual"));
    m_start->setPlaceholderText(tr("e.g. 2016 or 2016-03"));
    m_end->setPlaceholderText(tr("e.g. 2025"));
    m_key->setAccessibleName(tr("Key"));
    m_titleKo->setAccessibleName(tr("Korean title"));
    m_titleEn->setAccessibleName(tr("English title"));
    m_descriptionKo->setAccessibleName(tr("Korean description"));
    m_descriptionEn->setAccessibleName(tr("English description"));
    m_start->setAccessibleName(tr("Start"));
    m_end->setAccessibleName(tr("End"));
    int i = 0;
    for (const auto &e : cooperationForms())
        m_forms[i++]->setText(label(e.value).text(currentLanguage()));
    i = 0;
    for (const auto &e : partnershipDimensions())
        m_dimensions[i++]->setText(label(e.value).text(currentLanguage()));
    fillCombo<ActivityStatus>(m_status);
    fillCombo<Modality>(m_modality);
    fillCombo<FundingChannel>(m_channel);
    const QVariant actor = m_actor->currentData();
    m_actor->clear();
    m_actor->addItem(tr("(none)"), qint64(0));
    for (const Actor &a : m_portfolio.snapshot().actors)
        m_actor->addItem(a.name.text(currentLanguage()), qint64(a.id));
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));

    QList<QPair<QString, QString>> countries;
    for (const auto &c : reference::countries())
        countries.append({c.code, QStringLiteral("%1 (%2)").arg(c.name.text(currentLanguage()), c.code)});
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    QList<QPair<QString, QString>> goals;
    for (const auto &g : reference::sdgGoals())
        goals.append({QString::number(g.goal), QStringLiteral("%1 %2").arg(g.goal).arg(g.name.text(currentLanguage()))});
    m_countries->setColumns({{tr("Country"), countries, 220}, {tr("Locality (Korean)")}, {tr("Locality (English)")}, {tr("Share %"), {}, 80}});
    m_organisations->setColumns({{tr("Name (Korean)")}, {tr("Name (English)")}, {tr("IATI identifier"), {}, 160}, {tr("Role"), choices<OrgRole>(), 140}});
    // DAC codes (vocabulary 1: purpose code, 2: category) are named in the interface language.
    const auto sectorName = [](const QStringList &row) {
        const QString vocabulary = row.value(1);
        const auto *name = vocabulary.isEmpty() || vocabulary == QLatin1String("1") || vocabulary == QLatin1String("2")
                               ? reference::sectorName(row.value(0))
                               : nullptr;
        return name ? name->text(currentLanguage()) : QString();
    };
    m_sectors->setColumns({{tr("Code"), {}, 100}, {tr("Vocabulary"), {}, 100}, {tr("Percent"), {}, 100},
                           {tr("Name"), {}, 0, {}, sectorName}});
    m_sdgs->setColumns({{tr("Goal"), goals}, {tr("Target (e.g. 11.6)"), {}, 160}});
    const auto currency = [] { return ProjectEditor::defaultCurrency(); };
    m_budget->setColumns({{tr("Start"), {}, 100}, {tr("End"), {}, 100}, {tr("Amount")}, {tr("Currency"), {}, 80, currency},
                          {tr("Type"), choices<BudgetType>(), 120}, {tr("Status"), choices<BudgetStatus>(), 120},
                          {tr("Value date"), {}, 110}});
    m_transactions->setColumns({{tr("Type"), choices<TransactionType>(), 160}, {tr("Date"), {}, 110}, {tr("Amount")},
                                {tr("Currency"), {}, 80, currency}, {tr("Value date"), {}, 110}, {tr("Description (Korean)")},
                                {tr("Description (English)")}});
    m_milestones->setColumns({{tr("Milestone (Korean)")}, {tr("Milestone (English)")}, {tr("Due"), {}, 110},
                              {tr("Completion"), choices<Completion>(), 140}});
    m_sources->setColumns({{tr("Citation")}, {tr("Link")}, {tr("Page"), {}, 80}});
    m_notes->setColumns({{tr("Field"), NoteFields::choices(), 160}, {tr("Note (Korean)")}, {tr("Note (English)")}, {tr("Severity"), choices<Severity>(), 120}});
    const std::pair<ListEditor *, QString> names[] = {
        {m_countries, tr("Partner countries")}, {m_organisations, tr("Participating organisations")},
        {m_sectors, tr("Sectors")}, {m_sdgs, tr("SDG goals and targets")}, {m_budget, tr("Budget lines")},
        {m_transactions, tr("Transactions")}, {m_milestones, tr("Milestones")}, {m_sources, tr("Sources")},
        {m_notes, tr("Data-quality notes")}};
    for (const auto &[list, name] : names)
        list->setAccessibleNames(name);
    m_loading = wasLoading;
}

} // namespace c2c::app

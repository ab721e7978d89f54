#include "FilterPanel.h"

#include "FacetList.h"
#include "Translations.h"
#include "Workspace.h"
#include "portfolio/Portfolio.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace c2c::app {

namespace {

constexpr Facet kFacets[] = {Facet::Actor,   Facet::ActorKind, Facet::Country, Facet::Status, Facet::Modality,
                             Facet::Channel, Facet::Sector,    Facet::SdgGoal, Facet::Form,   Facet::Dimension};

QSpinBox *yearBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1949, 2100); // 1949 shows as "any"
    box->setValue(1949);
    return box;
}

} // namespace

FilterPanel::FilterPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_text(new QLineEdit(this)), m_yearsLabel(new QLabel(this)),
      m_from(yearBox(this)), m_to(yearBox(this)), m_amountLabel(new QLabel(this)), m_minAmount(new QLineEdit(this)),
      m_maxAmount(new QLineEdit(this)), m_amountError(new QLabel(this)), m_withNotes(new QCheckBox(this)),
      m_notCounted(new QCheckBox(this)), m_clearAll(new QPushButton(this)), m_countTimer(new QTimer(this))
{
    m_text->setClearButtonEnabled(true);
    m_amountError->setWordWrap(true);
    m_amountError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_amountError->hide();

    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    layout->addWidget(m_text);
    auto *years = new QHBoxLayout;
    years->addWidget(m_yearsLabel);
    years->addWidget(m_from, 1);
    years->addWidget(new QLabel(QStringLiteral("–"), inner));
    years->addWidget(m_to, 1);
    layout->addLayout(years);
    layout->addWidget(m_amountLabel);
    auto *amounts = new QHBoxLayout;
    amounts->addWidget(m_minAmount, 1);
    amounts->addWidget(new QLabel(QStringLiteral("–"), inner));
    amounts->addWidget(m_maxAmount, 1);
    layout->addLayout(amounts);
    layout->addWidget(m_amountError);
    layout->addWidget(m_withNotes);
    layout->addWidget(m_notCounted);
    for (Facet f : kFacets) {
        auto *list = new FacetList(f, inner);
        m_facets.append(list);
        layout->addWidget(list);
        connect(list, &FacetList::changed, this, &FilterPanel::emitFilter);
    }
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_clearAll);

    connect(m_text, &QLineEdit::textChanged, this, &FilterPanel::emitFilter);
    for (QSpinBox *box : {m_from, m_to}) {
        connect(box, &QSpinBox::valueChanged, this, &FilterPanel::emitFilter);
        connect(box, &QSpinBox::editingFinished, this, &FilterPanel::orderYears);
    }
    for (QLineEdit *edit : {m_minAmount, m_maxAmount})
        connect(edit, &QLineEdit::editingFinished, this, &FilterPanel::emitFilter);
    for (QCheckBox *box : {m_withNotes, m_notCounted})
        connect(box, &QCheckBox::toggled, this, &FilterPanel::emitFilter);
    connect(m_clearAll, &QPushButton::clicked, this, &FilterPanel::clearAll);

    // Counting every facet is the slow part on a large portfolio: do it once typing pauses.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(150);
    connect(m_countTimer, &QTimer::timeout, this, &FilterPanel::updateCounts);
    connect(&m_workspace, &Workspace::selectionChanged, m_countTimer, qOverload<>(&QTimer::start));
    connect(&m_workspace, &Workspace::selectionChanged, this, [this] {
        if (!(m_workspace.filter() == currentFilter()))
            showFilter(m_workspace.filter());
    });
    // The budget range is in the reporting currency: its label follows a change of it.
    connect(&m_workspace.portfolio(), &Portfolio::settingsChanged, this, [this] {
        m_amountLabel->setText(tr("Budget in %1").arg(m_workspace.portfolio().reportingCurrency()));
    });
    retranslateUi();
    updateCounts();
}

void FilterPanel::orderYears()
{
    const bool bothSet = m_from->value() != m_from->minimum() && m_to->value() != m_to->minimum();
    if (!bothSet || m_from->value() <= m_to->value())
        return;
    // The filter already reads the range in order; the boxes now show it so.
    const int from = m_to->value(), to = m_from->value();
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setValue(from);
    m_to->setValue(to);
    emit yearsSwapped(from, to);
}

FacetList *FilterPanel::facetList(Facet facet) const
{
    for (FacetList *list : m_facets)
        if (list->facet() == facet)
            return list;
    return nullptr;
}

Filter FilterPanel::currentFilter() const
{
    Filter f;
    f.text = m_text->text();
    if (m_from->value() != m_from->minimum())
        f.fromYear = m_from->value();
    if (m_to->value() != m_to->minimum())
        f.toYear = m_to->value();
    // A reversed range means the same years (the boxes are swapped visibly once editing ends).
    if (f.fromYear && f.toYear && *f.fromYear > *f.toYear)
        std::swap(*f.fromYear, *f.toYear);
    const QString currency = m_workspace.portfolio().reportingCurrency();
    const QLocale locale;
    QStringList problems;
    for (auto [edit, target] : {std::pair{m_minAmount, &f.minAmount}, std::pair{m_maxAmount, &f.maxAmount}}) {
        if (edit->text().trimmed().isEmpty())
            continue;
        auto m = Money::parse(edit->text(), currency, locale);
        if (m)
            *target = m->minor();
        else
            problems.append(m.error());
    }
    m_amountError->setText(problems.join(QLatin1Char('\n')));
    m_amountError->setVisible(!problems.isEmpty());
    f.withQualityNote = m_withNotes->isChecked();
    f.notCountedOnly = m_notCounted->isChecked();
    for (const FacetList *list : m_facets) {
        const QStringList keys = list->checkedKeys();
        switch (list->facet()) {
        case Facet::Actor:
            for (const QString &k : keys)
                f.actorIds.append(k.toLongLong());
            break;
        case Facet::ActorKind:
            f.actorKinds = fromCodes<ActorKind>(keys);
            break;
        case Facet::Country:
            f.countries = keys;
            break;
        case Facet::Status:
            f.statuses = fromCodes<ActivityStatus>(keys);
            break;
        case Facet::Modality:
            f.modalities = fromCodes<Modality>(keys);
            break;
        case Facet::Channel:
            f.channels = fromCodes<FundingChannel>(keys);
            break;
        case Facet::Sector:
            f.sectors = keys;
            break;
        case Facet::SdgGoal:
            for (const QString &k : keys)
                f.sdgGoals.append(k.toInt());
            break;
        case Facet::Form:
            f.cooperationForms = flagsFromCodes<CooperationForm>(keys);
            break;
        case Facet::Dimension:
            f.dimensions = flagsFromCodes<PartnershipDimension>(keys);
            break;
        default:
            break;
        }
    }
    return f;
}

void FilterPanel::emitFilter()
{
    if (!m_showing)
        m_workspace.setFilter(currentFilter());
}

void FilterPanel::showFilter(const Filter &f)
{
    m_showing = true;
    m_text->setText(f.text);
    m_from->setValue(f.fromYear.value_or(m_from->minimum()));
    m_to->setValue(f.toYear.value_or(m_to->minimum()));
    const QString currency = m_workspace.portfolio().reportingCurrency();
    m_minAmount->setText(f.minAmount ? Money(*f.minAmount, currency).formatNumber(QLocale()) : QString());
    m_maxAmount->setText(f.maxAmount ? Money(*f.maxAmount, currency).formatNumber(QLocale()) : QString());
    m_withNotes->setChecked(f.withQualityNote);
    m_notCounted->setChecked(f.notCountedOnly);
    m_showing = false;
    updateCounts();
}

void FilterPanel::clearAll()
{
    showFilter(Filter{});
    m_workspace.setFilter(Filter{});
}

void FilterPanel::updateCounts()
{
    const Filter &f = m_workspace.filter();
    const Snapshot &s = m_workspace.portfolio().snapshot();
    for (FacetList *list : m_facets) {
        QStringList checked;
        switch (list->facet()) {
        case Facet::Actor:
            for (auto id : f.actorIds)
                checked.append(QString::number(id));
            break;
        case Facet::ActorKind:
            checked = toCodes(f.actorKinds);
            break;
        case Facet::Country:
            checked = f.countries;
            break;
        case Facet::Status:
            checked = toCodes(f.statuses);
            break;
        case Facet::Modality:
            checked = toCodes(f.modalities);
            break;
        case Facet::Channel:
            checked = toCodes(f.channels);
            break;
        case Facet::Sector:
            checked = f.sectors;
            break;
        case Facet::SdgGoal:
            for (int g : f.sdgGoals)
                checked.append(QString::number(g));
            break;
        case Facet::Form:
            checked = toCodes(valuesIn<CooperationForm>(f.cooperationForms));
            break;
        case Facet::Dimension:
            checked = toCodes(valuesIn<PartnershipDimension>(f.dimensions));
            break;
        default:
            break;
        }
        list->setValues(facetValues(s, f, list->facet()), checked);
    }
}

void FilterPanel::retranslateUi()
{
    m_text->setPlaceholderText(tr("Search titles, places, descriptions (Korean or English)"));
    m_text->setAccessibleName(tr("Search"));
    m_yearsLabel->setText(tr("Years"));
    for (QSpinBox *box : {m_from, m_to})
        box->setSpecialValueText(tr("any"));
    m_from->setAccessibleName(tr("From year"));
    m_to->setAccessibleName(tr("To year"));
    m_amountLabel->setText(tr("Budget in %1").arg(m_workspace.portfolio().reportingCurrency()));
    m_minAmount->setPlaceholderText(tr("at least"));
    m_maxAmount->setPlaceholderText(tr("at most"));
    m_minAmount->setAccessibleName(tr("Smallest budget"));
    m_maxAmount->setAccessibleName(tr("Largest budget"));
    m_withNotes->setText(tr("With a data-quality note"));
    m_notCounted->setText(tr("Not counted in totals"));
    m_clearAll->setText(tr("Clear all filters"));
    const QString titles[] = {tr("Lead actor"), tr("Kind of actor"), tr("Partner country"), tr("Status"),
                              tr("Modality"), tr("Funding channel"), tr("Sector"), tr("SDG goal"),
                              tr("Cooperation form"), tr("Partnership dimension")};
    for (int i = 0; i < m_facets.size(); ++i)
        m_facets[i]->setTitle(titles[i]);
    updateCounts();
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace c2c::app

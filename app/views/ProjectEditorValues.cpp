// Moving a project into the editor's widgets and back, with a problem for
// every value that cannot be read (which row, which column, what was expected).
#include "ProjectEditor.h"

#include "editor/ListEditor.h"
#include "io/MoneyText.h"
#include "reference/Reference.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace c2c::app {

namespace {

QString percentText(const std::optional<int> &share)
{
    if (!share)
        return {};
    return QLocale().toString(*share / 100.0, 'f', *share % 100 ? 2 : 0);
}

QString amountText(const Money &m)
{
    return m.isValid() ? m.formatNumber(QLocale()) : QString();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString partialText(const std::optional<PartialDate> &d)
{
    return d ? d->toIso() : QString();
}

// Reads list cells, recording a problem for each value that cannot be read.
struct CellReader {
    QList<ValidationIssue> &issues;
    QString field; // e.g. "countries[2]"
    QString what;  // e.g. "Partner country 3"

    std::optional<int> percent(const QString &text, const QString &column)
    {
        if (text.isEmpty())
            return std::nullopt;
        static const QRegularExpression pattern(QStringLiteral("^\\d{1,3}([.,]\\d{1,2})?$"));
        if (!pattern.match(text).hasMatch()) {
            issues.append({field + QStringLiteral(".share"),
                           ProjectEditor::tr("%1, %2: \"%3\" is not a percentage (e.g. 60 or 12.5).").arg(what, column, text)});
            return std::nullopt;
        }
        QString t = text;
        return int(std::lround(t.replace(QLatin1Char(','), QLatin1Char('.')).toDouble() * 100));
    }
    std::optional<PartialDate> partial(const QString &text, const QString &column, const QString &sub)
    {
        if (text.isEmpty())
            return std::nullopt;
        auto d = PartialDate::fromIso(text);
        if (!d)
            issues.append({field + sub, ProjectEditor::tr("%1, %2: \"%3\" is not a year, a year-month or a date (e.g. 2016, 2016-03, 2016-03-01).")
                                            .arg(what, column, text)});
        return d;
    }
    QDate date(const QString &text, const QString &column)
    {
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            issues.append({field + QStringLiteral(".date"), ProjectEditor::tr("%1, %2: \"%3\" is not a date (e.g. 2024-05-31).").arg(what, column, text)});
        return d;
    }
    Money money(const QString &amount, const QString &currency)
    {
        const QString code = currency.trimmed().toUpper();
        if (amount.trimmed().isEmpty()) {
            issues.append({field + QStringLiteral(".amount"), ProjectEditor::tr("%1: enter the amount.").arg(what)});
            return Money(0, code);
        }
        // The forms the importer reads ("3.5억원", "1,200만원", "USD 200,000").
        auto m = MoneyText::parse(amount, code);
        if (!m && code.isEmpty()) {
            issues.append({field + QStringLiteral(".currency"),
                           ProjectEditor::tr("%1: choose the currency of the amount (e.g. KRW).").arg(what)});
            return Money(0, code);
        }
        if (!m) {
            issues.append({field + QStringLiteral(".amount"), QStringLiteral("%1: %2").arg(what, m.error())});
            return Money(0, code);
        }
        return m.value();
    }
};

template <class E>
E codeOr(const QString &code, E fallback)
{
    return fromCode<E>(code).value_or(fallback);
}

} // namespace

void ProjectEditor::load(const Project &p)
{
    m_loading = true;
    m_key->setText(p.key);
    m_iati->setText(p.iatiIdentifier);
    m_titleKo->setText(p.title.ko);
    m_titleEn->setText(p.title.en);
    m_descriptionKo->setPlainText(p.description.ko);
    m_descriptionEn->setPlainText(p.description.en);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(qint64(p.leadActorId))));
    m_status->setCurrentIndex(std::max(0, m_status->findData(toCode(p.status))));
    m_modality->setCurrentIndex(std::max(0, m_modality->findData(toCode(p.modality))));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(toCode(p.fundingChannel))));
    m_start->setText(partialText(p.period.start));
    m_end->setText(partialText(p.period.end));
    m_startActual->setChecked(p.period.startActual);
    m_endActual->setChecked(p.period.endActual);
    m_asPrinted->setText(p.amountAsPrinted);
    int i = 0;
    for (const auto &e : cooperationForms())
        m_forms[i++]->setChecked(p.cooperationForms & flag(e.value));
    i = 0;
    for (const auto &e : partnershipDimensions())
        m_dimensions[i++]->setChecked(p.dimensions & flag(e.value));

    QList<QStringList> rows;
    for (const PartnerCountry &c : p.countries)
        rows.append({c.code, c.locality.ko, c.locality.en, percentText(c.share)});
    m_countries->setRows(rows);
    rows.clear();
    for (const ParticipatingOrg &o : p.organisations)
        rows.append({o.name.ko, o.name.en, o.ref, toCode(o.role)});
    m_organisations->setRows(rows);
    rows.clear();
    for (const SectorShare &s : p.sectors)
        rows.append({s.code, s.vocabulary, percentText(s.share), QString()}); // the name follows from the code
    m_sectors->setRows(rows);
    rows.clear();
    for (const SdgTag &t : p.sdgs)
        rows.append({QString::number(t.goal), t.target});
    m_sdgs->setRows(rows);
    rows.clear();
    for (const BudgetLine &b : p.budget)
        rows.append({partialText(b.period.start), partialText(b.period.end), amountText(b.amount), b.amount.currency(),
                     toCode(b.type), toCode(b.status), dateText(b.valueDate)});
    m_budget->setRows(rows);
    rows.clear();
    for (const Transaction &t : p.transactions)
        rows.append({toCode(t.type), dateText(t.date), amountText(t.value), t.value.currency(), dateText(t.valueDate),
                     t.description.ko, t.description.en});
    m_transactions->setRows(rows);
    rows.clear();
    for (const Milestone &m : p.milestones)
        rows.append({m.title.ko, m.title.en, dateText(m.due), toCode(m.completion)});
    m_milestones->setRows(rows);
    rows.clear();
    for (const Source &s : p.sources)
        rows.append({s.citation, s.url, s.page});
    m_sources->setRows(rows);
    rows.clear();
    for (const QualityNote &n : p.qualityNotes)
        rows.append({n.field, n.note.ko, n.note.en, toCode(n.severity)});
    m_notes->setRows(rows);
    m_loading = false;
}

Project ProjectEditor::read(QList<ValidationIssue> &issues) const
{
    Project p = m_original; // keeps id, version and what the form does not show
    p.key = m_key->text().trimmed();
    p.iatiIdentifier = m_iati->text().trimmed();
    p.title.ko = m_titleKo->text().trimmed();
    p.title.en = m_titleEn->text().trimmed();
    p.description.ko = m_descriptionKo->toPlainText().trimmed();
    p.description.en = m_descriptionEn->toPlainText().trimmed();
    p.leadActorId = m_actor->currentData().toLongLong();
    p.status = codeOr(m_status->currentData().toString(), ActivityStatus::Unknown);
    p.modality = codeOr(m_modality->currentData().toString(), Modality::Unknown);
    p.fundingChannel = codeOr(m_channel->currentData().toString(), FundingChannel::Unknown);
    CellReader period{issues, QStringLiteral("period"), tr("Period")};
    p.period.start = period.partial(m_start->text().trimmed(), tr("start"), QStringLiteral(".start"));
    p.period.end = period.partial(m_end->text().trimmed(), tr("end"), QStringLiteral(".end"));
    p.period.startActual = m_startActual->isChecked();
    p.period.endActual = m_endActual->isChecked();
    p.amountAsPrinted = m_asPrinted->text().trimmed();
    p.cooperationForms = 0;
    int i = 0;
    for (const auto &e : cooperationForms())
        if (m_forms[i++]->isChecked())
            p.cooperationForms |= flag(e.value);
    p.dimensions = 0;
    i = 0;
    for (const auto &e : partnershipDimensions())
        if (m_dimensions[i++]->isChecked())
            p.dimensions |= flag(e.value);

    auto reader = [&](const char *field, int row, const QString &what) {
        return CellReader{issues, QStringLiteral("%1[%2]").arg(QLatin1String(field)).arg(row), what.arg(row + 1)};
    };
    p.countries.clear();
    const auto countryRows = m_countries->rows();
    for (int r = 0; r < countryRows.size(); ++r) {
        const QStringList &v = countryRows[r];
        p.countries.append({v[0], {v[1], v[2], {}}, reader("countries", r, tr("Partner country %1")).percent(v[3], tr("share"))});
    }
    p.organisations.clear();
    for (const QStringList &v : m_organisations->rows())
        p.organisations.append({0, {v[0], v[1], {}}, v[2], codeOr(v[3], OrgRole::Implementing)});
    p.sectors.clear();
    const auto sectorRows = m_sectors->rows();
    for (int r = 0; r < sectorRows.size(); ++r) {
        const QStringList &v = sectorRows[r];
        p.sectors.append({v[0], v[1].isEmpty() ? QStringLiteral("1") : v[1],
                          reader("sectors", r, tr("Sector %1")).percent(v[2], tr("percent"))});
    }
    p.sdgs.clear();
    for (const QStringList &v : m_sdgs->rows())
        p.sdgs.append({v[0].toInt(), v[1]});
    p.budget.clear();
    const auto budgetRows = m_budget->rows();
    for (int r = 0; r < budgetRows.size(); ++r) {
        const QStringList &v = budgetRows[r];
        CellReader cell = reader("budget", r, tr("Budget line %1"));
        BudgetLine b;
        b.period.start = cell.partial(v[0], tr("start"), QStringLiteral(".start"));
        b.period.end = cell.partial(v[1], tr("end"), QStringLiteral(".end"));
        b.amount = cell.money(v[2], v[3]);
        b.type = codeOr(v[4], BudgetType::Original);
        b.status = codeOr(v[5], BudgetStatus::Indicative);
        b.valueDate = cell.date(v[6], tr("value date"));
        p.budget.append(b);
    }
    p.transactions.clear();
    const auto transactionRows = m_transactions->rows();
    for (int r = 0; r < transactionRows.size(); ++r) {
        const QStringList &v = transactionRows[r];
        CellReader cell = reader("transactions", r, tr("Transaction %1"));
        p.transactions.append({codeOr(v[0], TransactionType::Disbursement), cell.date(v[1], tr("date")), cell.money(v[2], v[3]),
                               cell.date(v[4], tr("value date")), {v[5], v[6], {}}});
    }
    p.milestones.clear();
    const auto milestoneRows = m_milestones->rows();
    for (int r = 0; r < milestoneRows.size(); ++r) {
        const QStringList &v = milestoneRows[r];
        p.milestones.append({{v[0], v[1], {}}, reader("milestones", r, tr("Milestone %1")).date(v[2], tr("due")),
                             codeOr(v[3], Completion::NotStarted)});
    }
    p.sources.clear();
    for (const QStringList &v : m_sources->rows())
        p.sources.append({v[0], v[1], v[2]});
    p.qualityNotes.clear();
    for (const QStringList &v : m_notes->rows())
        p.qualityNotes.append({v[0], {v[1], v[2], {}}, codeOr(v[3], Severity::Warning)});
    return p;
}

} // namespace c2c::app

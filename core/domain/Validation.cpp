#include "Validation.h"

#include "reference/Reference.h"

#include <QMap>
#include <limits>

namespace c2c {

namespace {

QString percent(int hundredths)
{
    return QString::number(hundredths / 100.0, 'f', hundredths % 100 ? 2 : 0);
}

} // namespace

std::optional<ValidationIssue> Validation::checkBudgetTotal(const Project &p)
{
    // The project's budget is the sum of its lines: it must itself be an amount.
    QMap<QString, Int128> budgetSums;
    for (const BudgetLine &line : p.effectiveBudget())
        budgetSums[line.amount.currency()] += line.amount.minor();
    for (auto it = budgetSums.cbegin(); it != budgetSums.cend(); ++it)
        if (!fitsAmount(it.value()))
            return ValidationIssue{QStringLiteral("budget"),
                                   tr("The budget lines add up to %1, more than one project's budget can hold (at most %2).")
                                       .arg(formatMinor(it.value(), it.key(), QLocale::c()),
                                            formatMinor(std::numeric_limits<std::int64_t>::max(), it.key(), QLocale::c()))};
    return std::nullopt;
}

QList<ValidationIssue> Validation::validate(const Project &p)
{
    QList<ValidationIssue> out;
    auto add = [&out](const QString &field, const QString &message) { out.append({field, message}); };

    if (p.key.trimmed().isEmpty())
        add(QStringLiteral("key"), tr("The project needs a key."));
    // A title only in another language (an IATI file in French) is a title too.
    if (p.title.ko.trimmed().isEmpty() && p.title.en.trimmed().isEmpty() && p.title.markedOther().isEmpty())
        add(QStringLiteral("title"), tr("Give the project a title in Korean or in English."));
    if (p.period.isReversed())
        add(QStringLiteral("period.end"), tr("The end (%1) is before the start (%2).")
                                               .arg(p.period.end->toIso(), p.period.start->toIso()));

    int countryShares = 0;
    for (int i = 0; i < p.countries.size(); ++i) {
        const PartnerCountry &c = p.countries[i];
        const QString field = QStringLiteral("countries[%1]").arg(i);
        if (c.code.isEmpty())
            add(field + QStringLiteral(".code"), tr("Partner country %1: choose a country.").arg(i + 1));
        else if (!reference::country(c.code))
            add(field + QStringLiteral(".code"), tr("Partner country %1: \"%2\" is not a country code.").arg(i + 1).arg(c.code));
        if (c.share && (*c.share < 0 || *c.share > FullShare))
            add(field + QStringLiteral(".share"), tr("Partner country %1: a share must be between 0 and 100%.").arg(i + 1));
        countryShares += c.share.value_or(0);
    }
    if (countryShares > FullShare)
        add(QStringLiteral("countries"), tr("Partner country shares add up to %1%; they can be at most 100%.").arg(percent(countryShares)));

    int sectorShares = 0;
    for (int i = 0; i < p.sectors.size(); ++i) {
        const SectorShare &s = p.sectors[i];
        const QString field = QStringLiteral("sectors[%1]").arg(i);
        if (s.code.trimmed().isEmpty())
            add(field + QStringLiteral(".code"), tr("Sector %1: enter a DAC purpose code (five digits, e.g. 15110).").arg(i + 1));
        else if (s.vocabulary == QLatin1String("1") && !reference::sector(s.code))
            add(field + QStringLiteral(".code"), tr("Sector %1: \"%2\" is not a DAC purpose code.").arg(i + 1).arg(s.code));
        if (s.share && (*s.share < 0 || *s.share > FullShare))
            add(field + QStringLiteral(".share"), tr("Sector %1: a percentage must be between 0 and 100.").arg(i + 1));
        sectorShares += s.share.value_or(0);
    }
    if (sectorShares > FullShare)
        add(QStringLiteral("sectors"), tr("Sector percentages add up to %1%; they can be at most 100%.").arg(percent(sectorShares)));

    for (int i = 0; i < p.sdgs.size(); ++i) {
        const SdgTag &t = p.sdgs[i];
        const QString field = QStringLiteral("sdgs[%1]").arg(i);
        if (t.goal < 1 || t.goal > 17)
            add(field + QStringLiteral(".goal"), tr("SDG %1: the goal must be between 1 and 17.").arg(i + 1));
        else if (!t.target.isEmpty()) {
            const auto *target = reference::sdgTarget(t.target);
            if (!target)
                add(field + QStringLiteral(".target"), tr("SDG %1: \"%2\" is not an SDG target.").arg(i + 1).arg(t.target));
            else if (target->goal != t.goal)
                add(field + QStringLiteral(".target"), tr("SDG %1: target %2 belongs to goal %3, not %4.")
                                                           .arg(i + 1).arg(t.target).arg(target->goal).arg(t.goal));
        }
    }

    auto checkMoney = [&](const QString &field, const QString &what, const Money &m) {
        if (!reference::currency(m.currency()))
            add(field + QStringLiteral(".currency"), tr("%1: \"%2\" is not a currency code.").arg(what, m.currency()));
        if (m.minor() < 0)
            add(field + QStringLiteral(".amount"), tr("%1: the amount cannot be negative.").arg(what));
    };
    for (int i = 0; i < p.budget.size(); ++i) {
        const QString field = QStringLiteral("budget[%1]").arg(i);
        const QString what = tr("Budget line %1").arg(i + 1);
        checkMoney(field, what, p.budget[i].amount);
        if (p.budget[i].period.isReversed())
            add(field + QStringLiteral(".end"), tr("%1: the end is before the start.").arg(what));
    }
    if (auto total = checkBudgetTotal(p))
        out.append(*total);
    for (int i = 0; i < p.transactions.size(); ++i)
        checkMoney(QStringLiteral("transactions[%1]").arg(i), tr("Transaction %1").arg(i + 1), p.transactions[i].value);
    for (int i = 0; i < p.qualityNotes.size(); ++i)
        if (p.qualityNotes[i].note.ko.trimmed().isEmpty() && p.qualityNotes[i].note.en.trimmed().isEmpty())
            add(QStringLiteral("qualityNotes[%1].note").arg(i), tr("Data-quality note %1 is empty.").arg(i + 1));
    return out;
}

} // namespace c2c

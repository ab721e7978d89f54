#include "DetailHtml.h"
#include "NoteFields.h"

#include "portfolio/Portfolio.h"
#include "reference/Reference.h"

#include <QLocale>

namespace c2c::app {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>").arg(esc(label), value);
}

QString periodText(const Period &p)
{
    if (p.isUnknown())
        return DetailText::tr("not stated");
    const auto end = [](const std::optional<PartialDate> &d, bool actual) {
        if (!d)
            return QStringLiteral("?");
        return d->toIso() + (actual ? QString() : QStringLiteral(" (%1)").arg(DetailText::tr("planned")));
    };
    return esc(end(p.start, p.startActual) + QStringLiteral(" – ") + end(p.end, p.endActual));
}

// Forecasts, one per line: "2024-01-01 – 2024-03-31: EUR 1,500.00 · Original". Not part of the budget.
QString plannedText(const QList<PlannedDisbursement> &planned, Language lang, const QLocale &locale)
{
    QStringList lines;
    for (const PlannedDisbursement &d : planned) {
        const QString from = d.period.start ? d.period.start->toIso() : QStringLiteral("?");
        QString text = d.period.end ? QStringLiteral("%1 – %2").arg(from, d.period.end->toIso()) : from;
        text += QStringLiteral(": ") + d.value.format(locale);
        if (d.type)
            text += QStringLiteral(" · ") + label(*d.type).text(lang);
        lines.append(esc(text));
    }
    if (lines.isEmpty())
        return {};
    return lines.join(QStringLiteral("<br>")) + QStringLiteral("<br><span style='color:#555'>%1</span>")
                                                    .arg(esc(DetailText::tr("Forecasts; not counted in the budget.")));
}

} // namespace

QString detailHtml(Portfolio &portfolio, const Project &p, Language lang)
{
    const QLocale locale;
    const QString heading = p.title.text(lang);
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(heading));
    // The title in the other languages, each marked with its code ("[fr] ..."), under the heading.
    QStringList others{lang == Language::Korean ? p.title.en : p.title.ko};
    others += p.title.markedOthers().split(QLatin1Char('\n'));
    for (const QString &other : others)
        if (!other.isEmpty() && other != heading)
            html += QStringLiteral("<p style='color:#555'>%1</p>").arg(esc(other));

    if (!p.qualityNotes.isEmpty()) {
        html += QStringLiteral("<div style='background:#fff4e5;padding:4px'><b>%1</b><ul>").arg(esc(DetailText::tr("Data-quality notes")));
        for (const QualityNote &n : p.qualityNotes)
            html += QStringLiteral("<li>%1%2</li>")
                        .arg(n.field.isEmpty() ? QString() : QStringLiteral("<i>%1</i>: ").arg(esc(NoteFields::label(n.field))), esc(n.note.text(lang)));
        html += QStringLiteral("</ul></div>");
    }

    html += QStringLiteral("<table>");
    html += row(DetailText::tr("Key"), esc(p.key));
    html += row(DetailText::tr("IATI identifier"), esc(p.iatiIdentifier));
    const auto actorIndex = portfolio.snapshot().actorIndex.value(p.leadActorId, NoId);
    if (actorIndex != NoId)
        html += row(DetailText::tr("Lead actor"), esc(portfolio.snapshot().actors[actorIndex].name.text(lang)));
    QStringList countries;
    for (const PartnerCountry &c : p.countries) {
        const auto *ref = reference::country(c.code);
        QString text = ref ? ref->name.text(lang) : c.code;
        if (!c.locality.isEmpty())
            text += QStringLiteral(" (%1)").arg(c.locality.text(lang));
        if (c.share)
            text += QStringLiteral(" %1%").arg(locale.toString(*c.share / 100.0, 'f', *c.share % 100 ? 2 : 0));
        countries.append(esc(text));
    }
    html += row(DetailText::tr("Partner countries"), countries.isEmpty() ? DetailText::tr("not stated") : countries.join(QStringLiteral("<br>")));
    html += row(DetailText::tr("Period"), periodText(p.period));
    if (p.status != ActivityStatus::Unknown)
        html += row(DetailText::tr("Status"), esc(label(p.status).text(lang)));
    if (p.modality != Modality::Unknown)
        html += row(DetailText::tr("Modality"), esc(label(p.modality).text(lang)));
    if (p.fundingChannel != FundingChannel::Unknown)
        html += row(DetailText::tr("Funding channel"), esc(label(p.fundingChannel).text(lang)));
    QStringList budget;
    for (const BudgetLine &b : p.effectiveBudget())
        budget.append(esc(b.amount.format(locale) + QStringLiteral(" · ") + label(b.type).text(lang) + QStringLiteral(", ")
                          + label(b.status).text(lang)));
    html += row(DetailText::tr("Budget"), budget.isEmpty() ? DetailText::tr("unknown") : budget.join(QStringLiteral("<br>")));
    html += row(DetailText::tr("As printed in the source"), esc(p.amountAsPrinted));
    html += row(DetailText::tr("Planned disbursements"), plannedText(p.plannedDisbursements, lang, locale));
    QStringList sectors;
    for (const SectorShare &s : p.sectors) {
        const auto *name = reference::sectorName(s.code);
        sectors.append(esc(s.code + (name ? QStringLiteral(" ") + name->text(lang) : QString())));
    }
    html += row(DetailText::tr("Sectors"), sectors.join(QStringLiteral("<br>")));
    QStringList sdgs;
    for (const SdgTag &t : p.sdgs)
        sdgs.append(esc(t.target.isEmpty() ? reference::sdgGoal(t.goal) ? QStringLiteral("%1 %2").arg(t.goal).arg(reference::sdgGoal(t.goal)->name.text(lang)) : QString::number(t.goal) : t.target));
    html += row(DetailText::tr("SDGs"), sdgs.join(QStringLiteral(", ")));
    QStringList forms;
    for (CooperationForm f : valuesIn<CooperationForm>(p.cooperationForms))
        forms.append(esc(label(f).text(lang)));
    html += row(DetailText::tr("Cooperation forms"), forms.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");

    const QString description = p.description.text(lang);
    if (!description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(description));
    if (!p.sources.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(DetailText::tr("Sources")));
        for (const Source &s : p.sources) {
            QString text = esc(s.citation);
            if (!s.page.isEmpty())
                text += QStringLiteral(", %1").arg(esc(DetailText::tr("p. %1").arg(s.page)));
            if (!s.url.isEmpty())
                text += QStringLiteral(" <a href='%1'>%2</a>").arg(esc(s.url), esc(s.url));
            html += QStringLiteral("<li>%1</li>").arg(text);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace c2c::app

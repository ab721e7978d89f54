#include "PortfolioSummary.h"

#include "portfolio/Portfolio.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <QSet>
#include <map>

namespace c2c {

PortfolioSummary PortfolioSummary::build(Portfolio &portfolio, const Filter &filter, const Selection &selection, Language lang)
{
    const Snapshot &s = portfolio.snapshot();
    PortfolioSummary out;
    out.portfolioName = portfolio.name();
    out.filterDescription = filter.describe(s, lang);
    out.generated = QDateTime::currentDateTime();
    out.language = lang;
    out.unit = portfolio.displayUnit();
    out.totals = c2c::totals(s, selection);
    out.byActor = groupBy(s, selection, GroupBy::Actor);
    out.byCountry = groupBy(s, selection, GroupBy::Country);
    out.byYear = groupBy(s, selection, GroupBy::Year);
    out.bySectorCategory = groupBy(s, selection, GroupBy::SectorCategory);
    out.bySdgGoal = groupBy(s, selection, GroupBy::SdgGoal);
    out.byStatus = groupBy(s, selection, GroupBy::Status);
    out.rows = selection;

    // Notes and sources are not in the snapshot: one pass over their tables,
    // kept for the selected projects only.
    QSet<std::int64_t> ids;
    ids.reserve(qsizetype(selection.size()));
    for (Row r : selection)
        ids.insert(s.projectId[r]);
    SqliteStatement notes(portfolio.database(),
                          "SELECT n.project_id, p.key, p.title_ko, p.title_en, n.field, n.note_ko, n.note_en FROM quality_note n"
                          " JOIN project p ON p.id = n.project_id ORDER BY p.key, n.seq");
    while (notes.next()) {
        if (!ids.contains(notes.int64(0)))
            continue;
        const QString ko = notes.qtext(2), en = notes.qtext(3);
        const QString title = lang == Language::Korean ? (ko.isEmpty() ? en : ko) : (en.isEmpty() ? ko : en);
        const LocalizedText note{notes.qtext(5), notes.qtext(6), {}};
        out.qualityNotes.append({notes.qtext(1), title, notes.qtext(4), note.text(lang)});
    }
    std::map<std::pair<QString, QString>, std::int64_t> sources;
    SqliteStatement cited(portfolio.database(), "SELECT project_id, citation, url FROM source ORDER BY citation");
    while (cited.next())
        if (ids.contains(cited.int64(0)))
            ++sources[{cited.qtext(1), cited.qtext(2)}];
    for (const auto &[source, count] : sources)
        out.sources.append({source.first, source.second, count});
    return out;
}

} // namespace c2c

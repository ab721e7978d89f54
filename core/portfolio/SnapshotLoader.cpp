#include "SnapshotLoader.h"

#include "domain/Project.h"
#include "storage/ActorRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/OtherLanguages.h"
#include "storage/SqliteStatement.h"

#include <charconv>

namespace c2c {

namespace {

std::int16_t yearOfIso(std::string_view iso)
{
    int year = 0;
    if (iso.size() < 4 || std::from_chars(iso.data(), iso.data() + 4, year).ec != std::errc())
        return UnknownYear;
    return static_cast<std::int16_t>(year);
}

template <class E>
std::uint8_t codeValue(std::string_view code, E fallback)
{
    for (const auto &e : codeTable<E>())
        if (code == e.code)
            return static_cast<std::uint8_t>(e.value);
    return static_cast<std::uint8_t>(fallback);
}

// A detail table read in project order alongside the project table.
struct DetailCursor {
    SqliteStatement stmt;
    bool hasRow = false;
    DetailCursor(Database &db, const char *sql) : stmt(db, sql) { hasRow = stmt.next(); }
    // Calls f for each row of the project; rows of deleted projects are skipped.
    template <class F>
    void forProject(std::int64_t id, F &&f)
    {
        while (hasRow && stmt.int64(0) < id)
            hasRow = stmt.next();
        while (hasRow && stmt.int64(0) == id) {
            f(stmt);
            hasRow = stmt.next();
        }
    }
};

QString key(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

Result<Snapshot> SnapshotLoader::load(Database &db, const QString &reportingCurrency,
                                      const std::function<void(std::size_t, std::size_t)> &progress)
{
    Snapshot snap;
    snap.reportingCurrency = reportingCurrency;
    auto actors = ActorRepository(db).readAll();
    if (!actors)
        return Result<Snapshot>::failure(actors.error());
    snap.actors = actors.value();
    for (int i = 0; i < snap.actors.size(); ++i)
        snap.actorIndex.insert(snap.actors[i].id, static_cast<std::uint16_t>(i));
    auto rates = ExchangeRateRepository(db).readAll();
    if (!rates)
        return Result<Snapshot>::failure(rates.error());
    for (const ExchangeRate &r : rates.value())
        snap.rates[r.currency].insert(r.year, r.perUsdMicro);

    std::size_t total = 0;
    {
        SqliteStatement count(db, "SELECT count(*) FROM project");
        if (count.next())
            total = static_cast<std::size_t>(count.int64(0));
    }
    snap.reserve(total);

    // Dictionary lookups by UTF-8 text without building a QString per row.
    std::unordered_map<std::string, std::uint16_t> countryIds, sectorIds, targetIds;
    std::unordered_map<std::string, std::uint8_t> currencyIds;
    auto lookup = [](auto &cache, std::string_view text, auto make) {
        auto it = cache.find(std::string(text));
        if (it != cache.end())
            return it->second;
        const auto id = make(key(text));
        cache.emplace(std::string(text), id);
        return id;
    };

    SqliteStatement projects(db, "SELECT id, lead_actor_id, status, modality, funding_channel, start_date, end_date,"
                                 " cooperation_forms, dimensions, key, title_ko, title_en, description_ko, description_en, version,"
                                 " other_languages"
                                 " FROM project ORDER BY id");
    DetailCursor countries(db, "SELECT project_id, country, share, locality_ko, locality_en FROM project_country ORDER BY project_id, seq");
    DetailCursor sectors(db, "SELECT project_id, code, share FROM project_sector ORDER BY project_id, seq");
    DetailCursor sdgs(db, "SELECT project_id, goal, target FROM project_sdg ORDER BY project_id, seq");
    DetailCursor lines(db, "SELECT project_id, start_date, end_date, amount_minor, currency, type FROM budget_line"
                           " ORDER BY project_id, seq");
    DetailCursor notes(db, "SELECT project_id, count(*) FROM quality_note GROUP BY project_id ORDER BY project_id");
    for (const SqliteStatement *s : {&projects, &countries.stmt, &sectors.stmt, &sdgs.stmt, &lines.stmt, &notes.stmt})
        if (!s->isValid())
            return Result<Snapshot>::failure(tr("Cannot read the portfolio %1: %2").arg(db.path(), s->error()));

    Snapshot::RowData d;
    std::string localitiesKo, localitiesEn;
    struct RawLine {
        Snapshot::RowData::Line line;
        bool revised;
    };
    std::vector<RawLine> rawLines;
    while (projects.next()) {
        const std::int64_t id = projects.int64(0);
        d.projectId = id;
        d.version = static_cast<std::uint32_t>(projects.int64(14));
        d.actor = projects.isNull(1) ? NoId : snap.actorIndex.value(projects.int64(1), NoId);
        d.status = codeValue(projects.text(2), ActivityStatus::Unknown);
        d.modality = codeValue(projects.text(3), Modality::Unknown);
        d.channel = codeValue(projects.text(4), FundingChannel::Unknown);
        d.startYear = yearOfIso(projects.text(5));
        d.endYear = yearOfIso(projects.text(6));
        d.forms = static_cast<std::uint16_t>(projects.int64(7));
        d.dimensions = static_cast<std::uint8_t>(projects.int64(8));
        d.countries.clear();
        d.sectors.clear();
        d.sdgs.clear();
        d.lines.clear();
        localitiesKo.clear();
        localitiesEn.clear();
        countries.forProject(id, [&](SqliteStatement &s) {
            const auto share = s.isNull(2) ? NoShare : static_cast<std::uint16_t>(s.int64(2));
            d.countries.emplace_back(lookup(countryIds, s.text(1), [&](const QString &c) { return snap.countryId(c); }), share);
            for (auto [col, out] : {std::pair{3, &localitiesKo}, std::pair{4, &localitiesEn}}) {
                const auto t = s.text(col);
                if (t.empty())
                    continue;
                if (!out->empty())
                    out->append(", ");
                out->append(t);
            }
        });
        sectors.forProject(id, [&](SqliteStatement &s) {
            const auto share = s.isNull(2) ? NoShare : static_cast<std::uint16_t>(s.int64(2));
            d.sectors.emplace_back(lookup(sectorIds, s.text(1), [&](const QString &c) { return snap.sectorId(c); }), share);
        });
        sdgs.forProject(id, [&](SqliteStatement &s) {
            const auto target = s.text(2);
            d.sdgs.emplace_back(static_cast<std::uint8_t>(s.int64(1)),
                                target.empty() ? NoId
                                               : lookup(targetIds, target, [&](const QString &c) { return snap.sdgTargetId(c); }));
        });
        rawLines.clear();
        bool anyRevised = false;
        bool damagedAmount = false;
        lines.forProject(id, [&](SqliteStatement &s) {
            if (!s.isInteger(3)) {
                if (!damagedAmount)
                    snap.damage.append(tr("Project %1: a budget line holds \"%2\" as its amount, not a whole number; "
                                          "its budget is counted as unknown.")
                                           .arg(key(projects.text(9)), key(s.text(3))));
                damagedAmount = true;
                return;
            }
            const bool revised = s.text(5) == "revised";
            anyRevised = anyRevised || revised;
            const std::int16_t start = s.isNull(1) ? d.startYear : yearOfIso(s.text(1));
            const std::int16_t end = s.isNull(2) ? (s.isNull(1) ? d.endYear : start) : yearOfIso(s.text(2));
            rawLines.push_back({{start, end, s.int64(3),
                                 lookup(currencyIds, s.text(4), [&](const QString &c) { return snap.currencyId(c); })},
                                revised});
        });
        for (const RawLine &l : rawLines)
            if (l.revised == anyRevised && !damagedAmount)
                d.lines.push_back(l.line);
        d.qualityNotes = 0;
        notes.forProject(id, [&](SqliteStatement &s) { d.qualityNotes = static_cast<std::uint8_t>(std::min<std::int64_t>(s.int64(1), 255)); });

        d.text.clear();
        for (int col : {9, 10, 11}) {
            d.text.append(projects.text(col));
            d.text.push_back('\x1f');
        }
        d.text.append(localitiesKo);
        d.text.push_back('\x1f');
        d.text.append(localitiesEn);
        d.text.push_back('\x1f');
        d.text.append(projects.text(12));
        d.text.push_back('\x1f');
        d.text.append(projects.text(13));
        if (!projects.isNull(15)) {
            // Rare (IATI files of other publishers): the JSON is read only for these rows.
            Project other;
            otherlanguages::fromJson(key(projects.text(15)), other);
            d.text += Snapshot::otherLanguageFields(other);
        }
        snap.append(d);
        if (progress && snap.rowCount() % 65536 == 0)
            progress(snap.rowCount(), total);
    }
    if (!projects.error().isEmpty())
        return Result<Snapshot>::failure(tr("Cannot read the portfolio %1: %2").arg(db.path(), projects.error()));
    if (progress)
        progress(snap.rowCount(), total);
    return snap;
}

} // namespace c2c

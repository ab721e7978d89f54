#include "Comparison.h"

#include "Portfolio.h"
#include "RowText.h"
#include "reference/Reference.h"

#include <QSet>
#include <map>

namespace c2c {

const ComparisonRow *Comparison::row(const QString &code) const
{
    for (const ComparisonRow &r : rows)
        if (r.code == code)
            return &r;
    return nullptr;
}

namespace {

LocalizedText both(const char *ko, const char *en)
{
    return {QString::fromUtf8(ko), QString::fromUtf8(en), {}};
}

void markDifferences(Comparison &c)
{
    for (ComparisonRow &r : c.rows)
        for (const QString &v : r.values)
            r.differs = r.differs || v != r.values.first();
}

// "City-to-city (3), Triangular (1)": values with how many projects have them, most first.
template <class Key, class Name>
QString counted(const std::map<Key, int> &counts, Name name)
{
    std::vector<std::pair<Key, int>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[key, n] : sorted)
        parts.append(QStringLiteral("%1 (%2)").arg(name(key)).arg(n));
    return parts.join(QStringLiteral(", "));
}

} // namespace

Comparison Compare::actors(const Snapshot &s, const Selection &within, const QList<std::int64_t> &actorIds, Language lang,
                           const QLocale &locale)
{
    Comparison c;
    struct Indicator {
        QString code;
        LocalizedText label;
    };
    const QList<Indicator> indicators = {
        {QStringLiteral("projects"), both("사업 수", "Projects")},
        {QStringLiteral("total"), both("총예산", "Total budget")},
        {QStringLiteral("not-counted"), both("집계 제외 사업(예산 미상 또는 환율 없음)", "Not counted (budget unknown or no exchange rate)")},
        {QStringLiteral("per-year"), both("연평균 예산", "Budget per year")},
        {QStringLiteral("duration"), both("평균 사업 기간", "Average duration")},
        {QStringLiteral("years"), both("사업 연도", "Years")},
        {QStringLiteral("countries"), both("협력국", "Partner countries")},
        {QStringLiteral("sectors"), both("분야", "Sectors")},
        {QStringLiteral("sdgs"), both("SDG 목표", "SDG goals")},
        {QStringLiteral("modalities"), both("협력 방식", "Modalities")},
        {QStringLiteral("forms"), both("협력 형태", "Cooperation forms")},
        {QStringLiteral("dimensions"), both("협력 차원", "Partnership dimensions")},
        {QStringLiteral("quality"), both("데이터 품질 메모가 있는 사업 비율", "Share with data-quality notes")},
    };
    for (const Indicator &r : indicators)
        c.rows.append({r.code, r.label, {}, {}, false});
    const auto put = [&](int i, const QString &text, std::optional<double> number = std::nullopt) {
        c.rows[i].values.append(text);
        c.rows[i].numbers.push_back(number);
    };
    const QString currency = s.reportingCurrency;
    c.currency = currency;
    for (std::int64_t id : actorIds) {
        const auto index = s.actorIndex.value(id, NoId);
        c.subjects.append(index == NoId ? QString::number(id) : s.actors[index].name.text(lang));
        std::int64_t projects = 0, notCounted = 0, years = 0, known = 0, countedYears = 0, noted = 0;
        Int128 total = 0, countedAmount = 0;
        int first = std::numeric_limits<int>::max(), last = std::numeric_limits<int>::min();
        std::map<QString, int> countries, sectors;
        std::map<int, int> goals, modalities, forms, dimensions;
        for (Row r : within) {
            if (index == NoId || s.actor[r] != index)
                continue;
            ++projects;
            const bool isCountedRow = isCounted(s.reported[r]);
            if (isCountedRow)
                total += s.reported[r];
            else
                ++notCounted;
            if (s.startYear[r] != UnknownYear && s.endYear[r] != UnknownYear && s.endYear[r] >= s.startYear[r]) {
                const int d = s.endYear[r] - s.startYear[r] + 1;
                years += d;
                ++known;
                if (isCountedRow) {
                    countedYears += d;
                    countedAmount += s.reported[r];
                }
            }
            for (const auto y : {s.startYear[r], s.endYear[r]})
                if (y != UnknownYear) {
                    first = std::min<int>(first, y);
                    last = std::max<int>(last, y);
                }
            const Span cs = s.countries(r);
            for (auto i = cs.begin; i < cs.end; ++i)
                ++countries[s.countryCodes.value(s.countryValue[i])];
            QSet<QString> categories;
            const Span ss = s.sectors(r);
            for (auto i = ss.begin; i < ss.end; ++i)
                categories.insert(s.sectorCodes.value(s.sectorValue[i]).left(3));
            for (const QString &cat : categories)
                ++sectors[cat];
            QSet<int> projectGoals;
            const Span gs = s.sdgs(r);
            for (auto i = gs.begin; i < gs.end; ++i)
                projectGoals.insert(s.sdgGoal[i]);
            for (int g : projectGoals)
                ++goals[g];
            if (s.modality[r])
                ++modalities[s.modality[r]];
            for (CooperationForm f : valuesIn<CooperationForm>(s.forms[r]))
                ++forms[int(f)];
            for (PartnershipDimension d : valuesIn<PartnershipDimension>(s.dimensions[r]))
                ++dimensions[int(d)];
            noted += s.qualityNotes[r] > 0;
        }
        const QString none = QStringLiteral("–");
        put(0, locale.toString(qlonglong(projects)), double(projects));
        if (projects > notCounted)
            put(1, formatMinor(total, currency, locale), double(total));
        else
            put(1, none); // nothing known: unknown, not zero
        put(2, locale.toString(qlonglong(notCounted)), double(notCounted));
        if (countedYears)
            put(3, formatMinor(divideRounded128(countedAmount, countedYears), currency, locale), double(countedAmount) / double(countedYears));
        else
            put(3, none);
        if (known)
            put(4, tr("%1 years").arg(locale.toString(double(years) / double(known), 'f', 1)), double(years) / double(known));
        else
            put(4, none);
        put(5, first <= last ? (first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last)) : none);
        put(6, counted(countries, [&](const QString &code) {
                const auto *country = reference::country(code);
                return country ? country->name.text(lang) : code;
            }),
            double(countries.size()));
        put(7, counted(sectors, [&](const QString &code) {
                const auto *cat = reference::sectorCategory(code);
                return cat ? cat->name.text(lang) : code;
            }));
        put(8, counted(goals, [](int g) { return QString::number(g); }), double(goals.size()));
        put(9, counted(modalities, [&](int m) { return label(Modality(m)).text(lang); }));
        put(10, counted(forms, [&](int f) { return label(CooperationForm(f)).text(lang); }));
        put(11, counted(dimensions, [&](int d) { return label(PartnershipDimension(d)).text(lang); }));
        if (projects)
            put(12, locale.toString(100.0 * double(noted) / double(projects), 'f', 0) + QLatin1Char('%'), 100.0 * double(noted) / double(projects));
        else
            put(12, none);
    }
    markDifferences(c);
    return c;
}

Comparison Compare::projects(Portfolio &portfolio, const QList<std::int64_t> &projectIds, Language lang, const QLocale &locale)
{
    Comparison c;
    const Snapshot &s = portfolio.snapshot();
    QList<Project> list;
    for (std::int64_t id : projectIds) {
        auto p = portfolio.projects().read(id);
        if (p)
            list.append(p.value());
    }
    const auto field = [&](const char *code, LocalizedText label, auto value) {
        ComparisonRow row{QString::fromLatin1(code), label, {}, {}, false};
        for (const Project &p : list)
            row.values.append(value(p));
        row.numbers.resize(std::size_t(list.size()));
        c.rows.append(row);
    };
    for (const Project &p : list)
        c.subjects.append(QStringLiteral("%1 · %2").arg(p.key, p.title.text(lang)));
    const auto names = [&](const auto &values, auto name) {
        QStringList out;
        for (const auto &v : values)
            out.append(name(v));
        return out.join(QStringLiteral(", "));
    };
    const auto share = [&](const std::optional<int> &hundredths) {
        return hundredths ? QStringLiteral(" %1%").arg(locale.toString(*hundredths / 100.0, 'f', hundredths.value() % 100 ? 2 : 0)) : QString();
    };
    field("key", both("키", "Key"), [](const Project &p) { return p.key; });
    field("title-ko", both("사업명(한국어)", "Title (Korean)"), [](const Project &p) { return p.title.ko; });
    field("title-en", both("사업명(영어)", "Title (English)"), [](const Project &p) { return p.title.en; });
    field("actor", both("주관 기관", "Lead actor"), [&](const Project &p) {
        const auto i = s.actorIndex.value(p.leadActorId, NoId);
        return i == NoId ? QString() : s.actors[i].name.text(lang);
    });
    field("organisations", both("참여 기관", "Participating organisations"), [&](const Project &p) {
        return names(p.organisations, [&](const ParticipatingOrg &o) { return QStringLiteral("%1 (%2)").arg(o.name.text(lang), label(o.role).text(lang)); });
    });
    field("countries", both("협력국", "Partner countries"), [&](const Project &p) {
        return names(p.countries, [&](const PartnerCountry &pc) {
            const auto *country = reference::country(pc.code);
            QString text = (country ? country->name.text(lang) : pc.code) + share(pc.share);
            if (!pc.locality.isEmpty())
                text += QStringLiteral(" (%1)").arg(pc.locality.text(lang));
            return text;
        });
    });
    field("period", both("기간", "Period"), [](const Project &p) {
        const QString start = p.period.start ? p.period.start->toIso() : QStringLiteral("?");
        const QString end = p.period.end ? p.period.end->toIso() : QStringLiteral("?");
        return p.period.isUnknown() ? QString() : start + QStringLiteral("–") + end;
    });
    field("status", both("상태", "Status"), [&](const Project &p) { return p.status == ActivityStatus::Unknown ? QString() : label(p.status).text(lang); });
    field("modality", both("협력 방식", "Modality"), [&](const Project &p) { return p.modality == Modality::Unknown ? QString() : label(p.modality).text(lang); });
    field("channel", both("재원 경로", "Funding channel"),
          [&](const Project &p) { return p.fundingChannel == FundingChannel::Unknown ? QString() : label(p.fundingChannel).text(lang); });
    field("budget", both("예산", "Budget"), [&](const Project &p) {
        return names(p.effectiveBudget(), [&](const BudgetLine &b) {
            QString text = b.amount.format(locale);
            if (b.period.start)
                text += QStringLiteral(" (%1)").arg(b.period.start->year == (b.period.end ? b.period.end->year : b.period.start->year)
                                                        ? QString::number(b.period.start->year)
                                                        : QStringLiteral("%1–%2").arg(b.period.start->year).arg(b.period.end->year));
            return text;
        });
    });
    field("reported", both("보고 통화 예산", "Budget in the reporting currency"), [&](const Project &p) {
        const auto row = s.findRow(p.id);
        if (row < 0)
            return QString();
        const auto v = s.reported[std::size_t(row)];
        return isCounted(v) ? Money(v, s.reportingCurrency).format(locale) : v == NoRate ? tr("no exchange rate") : tr("unknown");
    });
    field("amount-as-printed", both("출처 원문 표기", "Amount as printed"), [](const Project &p) { return p.amountAsPrinted; });
    field("sectors", both("분야", "Sectors"), [&](const Project &p) {
        return names(p.sectors, [&](const SectorShare &sec) {
            const auto *name = reference::sectorName(sec.code);
            return (name ? QStringLiteral("%1 %2").arg(sec.code, name->text(lang)) : sec.code) + share(sec.share);
        });
    });
    field("sdgs", both("SDG", "SDGs"), [&](const Project &p) {
        return names(p.sdgs, [](const SdgTag &t) { return t.target.isEmpty() ? QString::number(t.goal) : t.target; });
    });
    field("forms", both("협력 형태", "Cooperation forms"), [&](const Project &p) {
        return names(valuesIn<CooperationForm>(p.cooperationForms), [&](CooperationForm f) { return label(f).text(lang); });
    });
    field("dimensions", both("협력 차원", "Partnership dimensions"), [&](const Project &p) {
        return names(valuesIn<PartnershipDimension>(p.dimensions), [&](PartnershipDimension d) { return label(d).text(lang); });
    });
    field("milestones", both("이정표", "Milestones"), [&](const Project &p) {
        return names(p.milestones, [&](const Milestone &m) { return QStringLiteral("%1 (%2)").arg(m.title.text(lang), label(m.completion).text(lang)); });
    });
    field("quality-notes", both("데이터 품질 메모", "Data-quality notes"),
          [&](const Project &p) { return names(p.qualityNotes, [&](const QualityNote &n) { return n.note.text(lang); }); });
    field("sources", both("출처", "Sources"), [&](const Project &p) { return names(p.sources, [](const Source &src) { return src.citation; }); });
    markDifferences(c);
    return c;
}

} // namespace c2c

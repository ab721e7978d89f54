#include "Generator.h"

#include "domain/Project.h"
#include "portfolio/Portfolio.h"
#include "reference/Reference.h"

#include <cmath>
#include <random>

namespace c2c {

namespace {

struct City {
    const char *ko;
    const char *en;
    ActorKind kind;
};

// Real Korean cities and counties (si/gun) that run or could run partnerships.
constexpr City kCities[] = {
    {"수원시", "Suwon", ActorKind::City},         {"성남시", "Seongnam", ActorKind::City},
    {"고양시", "Goyang", ActorKind::City},        {"용인시", "Yongin", ActorKind::City},
    {"부천시", "Bucheon", ActorKind::City},       {"안산시", "Ansan", ActorKind::City},
    {"화성시", "Hwaseong", ActorKind::City},      {"남양주시", "Namyangju", ActorKind::City},
    {"안양시", "Anyang", ActorKind::City},        {"평택시", "Pyeongtaek", ActorKind::City},
    {"청주시", "Cheongju", ActorKind::City},      {"천안시", "Cheonan", ActorKind::City},
    {"전주시", "Jeonju", ActorKind::City},        {"포항시", "Pohang", ActorKind::City},
    {"창원시", "Changwon", ActorKind::City},      {"김해시", "Gimhae", ActorKind::City},
    {"구미시", "Gumi", ActorKind::City},          {"경주시", "Gyeongju", ActorKind::City},
    {"원주시", "Wonju", ActorKind::City},         {"춘천시", "Chuncheon", ActorKind::City},
    {"강릉시", "Gangneung", ActorKind::City},     {"여수시", "Yeosu", ActorKind::City},
    {"순천시", "Suncheon", ActorKind::City},      {"목포시", "Mokpo", ActorKind::City},
    {"제주시", "Jeju City", ActorKind::City},     {"진주시", "Jinju", ActorKind::City},
    {"안동시", "Andong", ActorKind::City},        {"익산시", "Iksan", ActorKind::City},
    {"홍천군", "Hongcheon County", ActorKind::County}, {"완주군", "Wanju County", ActorKind::County},
    {"강남구", "Gangnam-gu", ActorKind::AutonomousDistrict}, {"해운대구", "Haeundae-gu", ActorKind::AutonomousDistrict},
};

// Frequent partner countries first: the generator draws ranks with a Zipf-like law.
constexpr const char *kLeadingCountries[] = {"VN", "KH", "LA", "MN", "PH", "ID", "MM", "LK", "UZ", "BD", "NP", "ET",
                                            "RW", "TZ", "KE", "UG", "GH", "SN", "CO", "PE", "BO", "PY", "GT", "KG",
                                            "TJ", "KZ", "TL", "PK", "IN", "TH", "EG", "TN", "MA", "CI", "CM", "MZ"};

// Real DAC purpose codes, with the SDG goal they most often serve.
struct SectorPick {
    const char *code;
    int goal;
};
constexpr SectorPick kSectors[] = {
    {"11110", 4},  {"11220", 4},  {"11330", 4},  {"12220", 3},  {"12240", 2},  {"12261", 3},  {"13020", 3},
    {"14010", 6},  {"14020", 6},  {"14030", 6},  {"14050", 11}, {"15110", 16}, {"15112", 16}, {"15150", 16},
    {"16010", 1},  {"16020", 8},  {"21010", 9},  {"21020", 9},  {"23110", 7},  {"23210", 7},  {"25010", 8},
    {"31110", 2},  {"31120", 2},  {"31140", 6},  {"31161", 2},  {"31191", 2},  {"31220", 15}, {"32130", 9},
    {"33110", 17}, {"41010", 13}, {"41030", 15}, {"41081", 4},  {"43030", 11}, {"43040", 11}, {"43060", 11},
    {"43072", 1},  {"72010", 1},  {"74020", 13}, {"15220", 16}, {"22040", 9},  {"15130", 16},
};

struct FormWords {
    CooperationForm form;
    const char *en;
    const char *ko;
};
constexpr FormWords kForms[] = {
    {CooperationForm::CapacityBuilding, "Capacity building for %1", "%1 역량강화 연수"},
    {CooperationForm::PolicyConsulting, "Master plan for %1", "%1 마스터플랜 수립"},
    {CooperationForm::Infrastructure, "Equipment and facilities for %1", "%1 기자재·시설 지원"},
    {CooperationForm::FeasibilityStudy, "Feasibility study: %1", "%1 타당성조사"},
    {CooperationForm::Scholarship, "Scholarships in %1", "%1 장학사업"},
    {CooperationForm::CommunityDevelopment, "Saemaul Undong villages in %1", "%1 새마을운동 시범마을"},
    {CooperationForm::KnowledgeExchange, "Knowledge exchange with %1", "%1 지식교류"},
};

// Places partner cities are in, with their country: a locality is only ever one of its country's.
struct Locality {
    const char *country;
    const char *en;
};
constexpr Locality kLocalities[] = {
    {"VN", "Hanoi"},      {"VN", "Da Nang"},      {"VN", "Quang Nam"},   {"KH", "Phnom Penh"}, {"KH", "Siem Reap"},
    {"LA", "Vientiane"},  {"LA", "Luang Prabang"}, {"MN", "Ulaanbaatar"}, {"PH", "Manila"},     {"PH", "Cebu"},
    {"ID", "Jakarta"},    {"ID", "Yogyakarta"},   {"MM", "Yangon"},      {"LK", "Colombo"},    {"UZ", "Tashkent"},
    {"BD", "Dhaka"},      {"NP", "Kathmandu"},    {"ET", "Addis Ababa"}, {"RW", "Kigali"},     {"TZ", "Dar es Salaam"}};

// One of the country's localities, chosen by a drawn number; empty when it has none listed.
QString localityIn(const QString &country, std::size_t drawn)
{
    QList<const Locality *> in;
    for (const Locality &l : kLocalities)
        if (country == QLatin1String(l.country))
            in.append(&l);
    return in.isEmpty() ? QString() : QString::fromLatin1(in.at(qsizetype(drawn % std::size_t(in.size())))->en);
}

class Draw {
public:
    explicit Draw(std::uint64_t seed) : m_rng(seed) {}
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return uniform() < p; }
    double normal() { return std::normal_distribution<double>(0.0, 1.0)(m_rng); }
    // Rank in [0, n) with probability proportional to 1 / (rank + 1).
    int zipf(const std::vector<double> &cumulative)
    {
        const double u = uniform() * cumulative.back();
        return static_cast<int>(std::lower_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
    }

private:
    std::mt19937_64 m_rng;
};

} // namespace

Status Generator::run(Portfolio &portfolio, std::int64_t count, std::uint64_t seed,
                      const std::function<void(std::int64_t)> &progress)
{
    if (count < 0)
        return Status::failure(tr("The number of projects cannot be negative."));
    // One transaction: stopped half-way (killed, disk full), the portfolio stays as it was.
    Status st = portfolio.database().transaction([&] { return write(portfolio, count, seed, progress); });
    if (!st)
        return st;
    return portfolio.reload();
}

Status Generator::write(Portfolio &portfolio, std::int64_t count, std::uint64_t seed,
                        const std::function<void(std::int64_t)> &progress)
{
    Status st = portfolio.actors().ensureLocalGovernmentsInTransaction();
    if (!st)
        return st;
    for (const City &c : kCities) {
        if (portfolio.actors().findByName(QString::fromUtf8(c.ko)))
            continue;
        Actor a;
        a.kind = c.kind;
        a.name = {QString::fromUtf8(c.ko), QString::fromUtf8(c.en), {}};
        st = portfolio.actors().createInTransaction(a);
        if (!st)
            return st;
    }
    auto actors = portfolio.actors().readAll();
    if (!actors)
        return Status::failure(actors.error());

    // Countries: the leading partners in order, then every other country.
    QStringList countries;
    for (const char *c : kLeadingCountries)
        countries.append(QString::fromLatin1(c));
    for (const auto &c : reference::countries())
        if (!countries.contains(c.code) && c.code != QLatin1String("KR") && countries.size() < 150)
            countries.append(c.code);
    std::vector<double> countryWeights;
    double acc = 0;
    for (int i = 0; i < countries.size(); ++i)
        countryWeights.push_back(acc += 1.0 / (i + 1));
    std::vector<double> actorWeights;
    acc = 0;
    for (int i = 0; i < actors->size(); ++i)
        actorWeights.push_back(acc += 1.0 / std::sqrt(i + 1.0));

    QList<QStringList> targetsByGoal(18);
    for (const auto &t : reference::sdgTargets())
        targetsByGoal[t.goal].append(t.code);

    Draw draw(seed);
    const std::int64_t firstNumber = portfolio.projects().count();
    constexpr std::int64_t Batch = 50000; // progress is reported this often
    for (std::int64_t n = 0; n < count; ++n) {
        Project p;
        const Actor &actor = actors->at(draw.zipf(actorWeights));
        p.leadActorId = actor.id;
        p.key = QStringLiteral("GEN-%1-%2").arg(seed).arg(firstNumber + n + 1, 7, 10, QLatin1Char('0'));

        const int countryCount = draw.chance(0.05) ? draw.between(2, 3) : 1;
        for (int i = 0; i < countryCount; ++i) {
            const QString code = countries.at(draw.zipf(countryWeights));
            if (std::any_of(p.countries.begin(), p.countries.end(), [&](const auto &c) { return c.code == code; }))
                continue;
            PartnerCountry c;
            c.code = code;
            if (countryCount == 1 && draw.chance(0.3))
                c.locality.en = localityIn(code, std::size_t(draw.between(0, std::size(kLocalities) - 1)));
            p.countries.append(c);
        }
        if (p.countries.size() > 1 && draw.chance(0.5)) {
            int left = FullShare;
            for (int i = 0; i < p.countries.size(); ++i) {
                const int share = i + 1 == p.countries.size() ? left : left / 2;
                p.countries[i].share = share;
                left -= share;
            }
        }

        const SectorPick &sector = kSectors[draw.between(0, std::size(kSectors) - 1)];
        p.sectors.append({QString::fromLatin1(sector.code), QStringLiteral("1"), std::nullopt});
        if (!draw.chance(0.08)) {
            const int goal = draw.chance(0.07) ? draw.between(1, 17) : sector.goal;
            const QStringList &targets = targetsByGoal[goal];
            p.sdgs.append({goal, targets.isEmpty() ? QString() : targets.at(draw.between(0, std::min<int>(2, targets.size() - 1)))});
        }

        const FormWords &form = kForms[draw.between(0, std::size(kForms) - 1)];
        p.cooperationForms = flag(form.form);
        if (draw.chance(0.3))
            p.cooperationForms |= flag(kForms[draw.between(0, std::size(kForms) - 1)].form);
        p.dimensions = flag(PartnershipDimension::Technical);
        if (draw.chance(0.25))
            p.dimensions |= flag(PartnershipDimension::Social);
        if (draw.chance(0.15))
            p.dimensions |= flag(PartnershipDimension::Political);

        const auto *country = reference::country(p.countries.first().code);
        const auto *category = reference::sectorCategory(QString::fromLatin1(sector.code).left(3));
        const QString placeEn = p.countries.first().locality.en.isEmpty()
                                    ? (country ? country->name.en : p.countries.first().code)
                                    : p.countries.first().locality.en;
        p.title.en = QString::fromLatin1(form.en).arg(placeEn);
        if (category)
            p.title.en += QStringLiteral(" (%1)").arg(category->name.en);
        p.title.ko = QString::fromUtf8(form.ko).arg(country ? country->name.ko : p.countries.first().code);
        if (category && !category->name.ko.isEmpty())
            p.title.ko = (category->name.ko + QLatin1Char(' ') + p.title.ko);

        // Years: skewed to recent ones, durations mostly short.
        if (!draw.chance(0.02)) {
            const int start = 2030 - static_cast<int>(std::floor(35.0 * std::pow(draw.uniform(), 2.0)));
            p.period.start = PartialDate::ofYear(start);
            if (!draw.chance(0.03)) {
                int duration = 1;
                while (duration < 14 && draw.chance(0.6))
                    ++duration;
                p.period.end = PartialDate::ofYear(start + duration - 1);
            }
            const int end = p.period.end ? p.period.end->year : start + 5;
            p.status = start > 2025 ? ActivityStatus::Pipeline
                       : end < 2025 ? (draw.chance(0.05) ? ActivityStatus::Cancelled : ActivityStatus::Closed)
                       : end == 2025 ? ActivityStatus::Finalisation
                                     : (draw.chance(0.03) ? ActivityStatus::Suspended : ActivityStatus::Implementation);
        }

        const double m = draw.uniform();
        p.modality = m < 0.58 ? Modality::CityToCity : m < 0.80 ? Modality::Bilateral : m < 0.92 ? Modality::Triangular
                                                                                                 : Modality::SouthSouth;
        p.fundingChannel = static_cast<FundingChannel>(draw.between(1, 4));

        if (!draw.chance(0.04)) {
            // Log-normal around 300,000 USD, clamped to 1,000 .. 500,000,000 USD.
            const double usd = std::clamp(300000.0 * std::exp(1.3 * draw.normal()), 1000.0, 5e8);
            const double c = draw.uniform();
            Money amount = c < 0.82   ? Money(std::llround(usd * 100), QStringLiteral("USD"))
                           : c < 0.95 ? Money(std::llround(usd * 1350), QStringLiteral("KRW"))
                                      : Money(std::llround(usd * 92), QStringLiteral("EUR"));
            BudgetLine line;
            line.period = p.period;
            line.amount = amount;
            line.status = draw.chance(0.7) ? BudgetStatus::Committed : BudgetStatus::Indicative;
            p.budget.append(line);
        }
        if (draw.chance(0.03))
            p.qualityNotes.append({QStringLiteral("amount"),
                                   {QStringLiteral("합성 메모: 두 출처의 금액이 다릅니다. 확인이 필요합니다."),
                                    QStringLiteral("Synthetic note: figure differs between two sources; verify."), {}},
                                   Severity::Warning});
        st = portfolio.projects().insertInTransaction(p);
        if (!st)
            return st;
        if (progress && ((n + 1) % Batch == 0 || n + 1 == count))
            progress(n + 1);
    }
    return {};
}

} // namespace c2c

#include "CliSupport.h"

#include "portfolio/DefaultPortfolio.h"
#include "reference/Reference.h"

namespace c2c::cli {

void addFilterOptions(QCommandLineParser &p, const char *actorKindOption)
{
    p.addOptions({
        {QStringLiteral("actor"), CliText::tr("Lead actor: name (Korean or English, current or former), MOIS code or id. Repeatable."), CliText::tr("actor")},
        {QLatin1String(actorKindOption), CliText::tr("Actor kind, e.g. province, metropolitan-city. Repeatable."), CliText::tr("kind")},
        {QStringLiteral("country"), CliText::tr("Partner country: ISO code or name. Repeatable."), CliText::tr("country")},
        {QStringLiteral("from"), CliText::tr("Projects running in or after this year."), CliText::tr("year")},
        {QStringLiteral("to"), CliText::tr("Projects running in or before this year."), CliText::tr("year")},
        {QStringLiteral("status"), CliText::tr("Status: pipeline, implementation, finalisation, closed, cancelled, suspended. Repeatable."), CliText::tr("status")},
        {QStringLiteral("modality"), CliText::tr("Modality: city-to-city, triangular, south-south, bilateral. Repeatable."), CliText::tr("modality")},
        {QStringLiteral("channel"), CliText::tr("Funding channel: own-budget, koica-call, central-ministry, other. Repeatable."), CliText::tr("channel")},
        {QStringLiteral("sector"), CliText::tr("DAC sector code (5 digits) or category (3 digits). Repeatable."), CliText::tr("code")},
        {QStringLiteral("sdg"), CliText::tr("SDG goal (11) or target (11.6). Repeatable."), CliText::tr("goal")},
        {QStringLiteral("form"), CliText::tr("Cooperation form, e.g. capacity-building. Repeatable."), CliText::tr("form")},
        {QStringLiteral("text"), CliText::tr("Text in keys, titles, localities or descriptions (Korean or English)."), CliText::tr("text")},
        {QStringLiteral("min-amount"), CliText::tr("Smallest budget, in the reporting currency."), CliText::tr("amount")},
        {QStringLiteral("max-amount"), CliText::tr("Largest budget, in the reporting currency."), CliText::tr("amount")},
        {QStringLiteral("quality-notes"), CliText::tr("Only projects with a data-quality note.")},
        {QStringLiteral("not-counted"), CliText::tr("Only projects not counted in totals (unknown amount or no exchange rate).")},
    });
}

namespace {

template <class E>
Status addCodes(const QCommandLineParser &p, const char *option, QList<E> &out)
{
    for (const QString &v : p.values(QLatin1String(option))) {
        const auto e = fromCode<E>(v);
        if (!e) {
            QStringList known;
            for (const auto &entry : codeTable<E>())
                known.append(QString::fromLatin1(entry.code));
            return Status::failure(CliText::tr("--%1: \"%2\" is not one of: %3.")
                                       .arg(QLatin1String(option), v, known.join(QStringLiteral(", "))));
        }
        out.append(*e);
    }
    return {};
}

Result<int> yearOption(const QCommandLineParser &p, const char *option)
{
    bool ok = false;
    const int y = p.value(QLatin1String(option)).toInt(&ok);
    if (!ok || y < 1900 || y > 2200)
        return Result<int>::failure(CliText::tr("--%1: \"%2\" is not a year (e.g. 2015).")
                                        .arg(QLatin1String(option), p.value(QLatin1String(option))));
    return y;
}

} // namespace

std::int64_t findActor(const Snapshot &s, const QString &v)
{
    bool isNumber = false;
    const qlonglong id = v.toLongLong(&isNumber);
    for (const Actor &a : s.actors) {
        bool match = (isNumber && a.id == id) || a.moisCode == v || a.name.ko == v
                     || a.name.en.compare(v, Qt::CaseInsensitive) == 0;
        for (const ActorName &n : a.formerNames)
            match = match || n.name.ko == v || n.name.en.compare(v, Qt::CaseInsensitive) == 0;
        if (match)
            return a.successorId ? a.successorId : a.id;
    }
    return 0;
}

Result<Filter> filterFromOptions(const QCommandLineParser &p, const Snapshot &s, const char *actorKindOption)
{
    using R = Result<Filter>;
    Filter f;
    for (const QString &v : p.values(QStringLiteral("actor"))) {
        const std::int64_t found = findActor(s, v);
        if (!found)
            return R::failure(CliText::tr("--actor: no actor is called \"%1\" in this portfolio.").arg(v));
        f.actorIds.append(found);
    }
    Status st = addCodes(p, actorKindOption, f.actorKinds);
    if (st)
        st = addCodes(p, "status", f.statuses);
    if (st)
        st = addCodes(p, "modality", f.modalities);
    if (st)
        st = addCodes(p, "channel", f.channels);
    if (!st)
        return R::failure(st.error());
    QList<CooperationForm> forms;
    st = addCodes(p, "form", forms);
    if (!st)
        return R::failure(st.error());
    for (auto form : forms)
        f.cooperationForms |= flag(form);
    for (const QString &v : p.values(QStringLiteral("country"))) {
        const auto code = reference::findCountryCode(v);
        if (!code)
            return R::failure(CliText::tr("--country: \"%1\" is not a country code or name.").arg(v));
        f.countries.append(*code);
    }
    for (const QString &v : p.values(QStringLiteral("sector"))) {
        if (!reference::sector(v) && !reference::sectorCategory(v))
            return R::failure(CliText::tr("--sector: \"%1\" is not a DAC sector code or category.").arg(v));
        f.sectors.append(v);
    }
    for (const QString &v : p.values(QStringLiteral("sdg"))) {
        bool ok = false;
        const int goal = v.toInt(&ok);
        if (ok && goal >= 1 && goal <= 17)
            f.sdgGoals.append(goal);
        else if (reference::sdgTarget(v))
            f.sdgTargets.append(v);
        else
            return R::failure(CliText::tr("--sdg: \"%1\" is not an SDG goal (1-17) or target (e.g. 11.6).").arg(v));
    }
    for (const char *option : {"from", "to"}) {
        if (!p.isSet(QLatin1String(option)))
            continue;
        auto y = yearOption(p, option);
        if (!y)
            return R::failure(y.error());
        (option[0] == 'f' ? f.fromYear : f.toYear) = y.value();
    }
    if (f.fromYear && f.toYear && *f.fromYear > *f.toYear)
        return R::failure(CliText::tr("--from %1 is after --to %2.").arg(*f.fromYear).arg(*f.toYear));
    for (const char *option : {"min-amount", "max-amount"}) {
        if (!p.isSet(QLatin1String(option)))
            continue;
        auto m = Money::parse(p.value(QLatin1String(option)), s.reportingCurrency);
        if (!m)
            return R::failure(QStringLiteral("--%1: %2").arg(QLatin1String(option), m.error()));
        (option[1] == 'i' ? f.minAmount : f.maxAmount) = m->minor();
    }
    f.text = p.value(QStringLiteral("text"));
    f.withQualityNote = p.isSet(QStringLiteral("quality-notes"));
    f.notCountedOnly = p.isSet(QStringLiteral("not-counted"));
    return f;
}

Result<std::unique_ptr<Portfolio>> openPortfolioFromOptions(const QCommandLineParser &p)
{
    return openPortfolio(p.value(QStringLiteral("db")));
}

Result<QString> formatOption(const QCommandLineParser &p, const QStringList &allowed)
{
    const QString f = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : allowed.first();
    if (!allowed.contains(f))
        return Result<QString>::failure(CliText::tr("--format: \"%1\" is not one of: %2.").arg(f, allowed.join(QStringLiteral(", "))));
    return f;
}

Result<Query> openQuery(const QCommandLineParser &parser, const char *actorKindOption)
{
    auto portfolio = openPortfolioFromOptions(parser);
    if (!portfolio)
        return Result<Query>::failure(portfolio.error());
    auto filter = filterFromOptions(parser, portfolio.value()->snapshot(), actorKindOption);
    if (!filter)
        return Result<Query>::failure(filter.error());
    Query q{std::move(portfolio).value(), std::move(filter).value(), {}};
    q.selection = select(q.snapshot(), q.filter);
    return q;
}

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    const auto width = [](const QString &text) {
        int w = 0;
        for (QChar ch : text)
            w += (ch.unicode() >= 0x1100 && ch.unicode() <= 0xFFDC && ch.unicode() != 0x2013) ? 2 : 1;
        return w;
    };
    QList<int> widths(header.size(), 0);
    for (int i = 0; i < header.size() - 1; ++i) {
        widths[i] = width(header[i]);
        for (const QStringList &row : rows)
            widths[i] = std::max(widths[i], width(row.value(i)));
    }
    const auto print = [&](const QStringList &row) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += QString(widths[i] - width(row[i]) + 2, QLatin1Char(' '));
        }
        out << line << QLatin1Char('\n');
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
}

} // namespace c2c::cli

// c2c-portfolio set KEY [--title-ko T] ... [--if-version N]: the editor's path
// (validation, Portfolio::apply, one transaction) for scripts.
#include "Commands.h"

#include "domain/Validation.h"
#include "io/MoneyText.h"
#include "portfolio/Portfolio.h"

namespace c2c::cli {

namespace {

// Applies the options to the project; an error names the option and the value.
Status applyOptions(const QCommandLineParser &p, const Snapshot &s, Project &project)
{
    auto opt = [&p](const char *name) { return p.value(QLatin1String(name)); };
    auto isSet = [&p](const char *name) { return p.isSet(QLatin1String(name)); };
    if (isSet("title-ko"))
        project.title.ko = opt("title-ko").trimmed();
    if (isSet("title-en"))
        project.title.en = opt("title-en").trimmed();
    if (isSet("actor")) {
        const std::int64_t id = findActor(s, opt("actor"));
        if (!id)
            return Status::failure(CliText::tr("--actor: no actor is called \"%1\" in this portfolio.").arg(opt("actor")));
        project.leadActorId = id;
    }
    if (isSet("status")) {
        const auto v = fromCode<ActivityStatus>(opt("status"));
        if (!v)
            return Status::failure(CliText::tr("--status: \"%1\" is not a status code.").arg(opt("status")));
        project.status = *v;
    }
    if (isSet("modality")) {
        const auto v = fromCode<Modality>(opt("modality"));
        if (!v)
            return Status::failure(CliText::tr("--modality: \"%1\" is not a modality code.").arg(opt("modality")));
        project.modality = *v;
    }
    if (isSet("country")) {
        QList<PartnerCountry> countries;
        for (const QString &code : p.values(QStringLiteral("country"))) {
            PartnerCountry c;
            c.code = code.trimmed().toUpper();
            for (const PartnerCountry &old : std::as_const(project.countries))
                if (old.code == c.code)
                    c = old; // keeps its locality and share
            countries.append(c);
        }
        project.countries = countries;
    }
    for (const auto &[name, end] : {std::pair{"from", false}, std::pair{"to", true}}) {
        if (!isSet(name))
            continue;
        bool ok = false;
        const int year = opt(name).toInt(&ok);
        if (!ok || year < 1900 || year > 2200)
            return Status::failure(CliText::tr("--%1: \"%2\" is not a year.").arg(QLatin1String(name), opt(name)));
        (end ? project.period.end : project.period.start) = PartialDate::ofYear(year);
    }
    if (isSet("amount")) {
        QString currency;
        for (const BudgetLine &l : std::as_const(project.budget))
            currency = l.amount.currency();
        auto money = MoneyText::parse(opt("amount"), QString());
        if (!money && !currency.isEmpty())
            money = MoneyText::parse(opt("amount"), currency);
        if (!money)
            return Status::failure(CliText::tr("--amount: \"%1\": %2").arg(opt("amount"), money.error()));
        BudgetLine line;
        line.period = {project.period.start, project.period.end};
        line.amount = money.value();
        project.budget = {line};
    }
    const auto issues = Validation::validate(project);
    if (!issues.isEmpty())
        return Status::failure(CliText::tr("%1: %2").arg(issues.first().field, issues.first().message));
    return {};
}

} // namespace

void addSetOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("key"), CliText::tr("The project's key."));
    p.addOptions({
        {QStringLiteral("title-ko"), CliText::tr("Korean title."), CliText::tr("text")},
        {QStringLiteral("title-en"), CliText::tr("English title."), CliText::tr("text")},
        {QStringLiteral("actor"), CliText::tr("Lead actor (name in either language, MOIS code or id)."), CliText::tr("name")},
        {QStringLiteral("status"), CliText::tr("Status code."), CliText::tr("code")},
        {QStringLiteral("modality"), CliText::tr("Modality code."), CliText::tr("code")},
        {QStringLiteral("country"), CliText::tr("Partner country (ISO code); repeat for several. Replaces the list."), CliText::tr("code")},
        {QStringLiteral("from"), CliText::tr("First year."), CliText::tr("year")},
        {QStringLiteral("to"), CliText::tr("Last year."), CliText::tr("year")},
        {QStringLiteral("amount"), CliText::tr("Budget over the whole period, e.g. \"3.5억원\" or \"USD 200,000\"; replaces the budget lines."), CliText::tr("amount")},
        {QStringLiteral("if-version"), CliText::tr("Change the project only if its stored version is still this one."), CliText::tr("version")},
    });
}

int runSet(Context &c)
{
    const QStringList args = c.parser.positionalArguments().mid(1);
    if (args.size() != 1) {
        c.err << CliText::tr("set: name exactly one project key.") << Qt::endl;
        return UsageError;
    }
    std::optional<int> ifVersion;
    if (c.parser.isSet(QStringLiteral("if-version"))) {
        bool ok = false;
        ifVersion = c.parser.value(QStringLiteral("if-version")).toInt(&ok);
        if (!ok || *ifVersion < 1) {
            c.err << CliText::tr("--if-version: \"%1\" is not a version.").arg(c.parser.value(QStringLiteral("if-version")))
                  << Qt::endl;
            return UsageError;
        }
    }
    auto portfolio = openPortfolioFromOptions(c.parser);
    if (!portfolio) {
        c.err << portfolio.error() << Qt::endl;
        return BadInput;
    }
    Portfolio &pf = *portfolio.value();
    auto stored = pf.projects().readByKey(args.first());
    if (!stored) {
        c.err << stored.error() << Qt::endl;
        return BadInput;
    }
    Project project = stored.value();
    if (ifVersion && *ifVersion != project.version) {
        c.err << CliText::tr("Project %1 is at version %2, not %3: someone changed it since. Nothing was changed.")
                     .arg(project.key)
                     .arg(project.version)
                     .arg(*ifVersion)
              << Qt::endl;
        return BadInput;
    }
    Status st = applyOptions(c.parser, pf.snapshot(), project);
    if (!st) {
        c.err << st.error() << Qt::endl;
        return BadInput;
    }
    if (project == stored.value()) {
        c.out << project.version << Qt::endl;
        return Success;
    }
    ChangeSet change;
    change.changed = {project};
    change.givenVersions = true; // conditional on the version read above (or --if-version)
    st = pf.apply(change);
    if (!st) {
        c.err << st.error() << Qt::endl;
        return BadInput;
    }
    c.out << change.changed.first().version << Qt::endl;
    return Success;
}

} // namespace c2c::cli

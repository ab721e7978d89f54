#include "SeedImport.h"

#include "CsvReader.h"
#include "domain/Project.h"
#include "portfolio/Portfolio.h"

#include <QFile>
#include <QHash>

namespace c2c {

namespace {

// Full citations of the seed sources, by the short ids the CSV uses.
QString citationFor(const QString &sourceId)
{
    if (sourceId == QLatin1String("city-to-city-partnership-kipa"))
        return QStringLiteral("Korea Institute of Public Administration (KIPA), \"City-to-City Partnership for the SDG "
                              "Implementation in Korea\", section \"Korean Examples\" and the Seoul ODA (SHINE) slide");
    if (sourceId == QLatin1String("undp-seoul-policy-centre-sdg-partnerships"))
        return QStringLiteral("UNDP Seoul Policy Centre, \"SDG Partnerships\" (Examples I and II)");
    return sourceId;
}

// Which field a seed note is about, so the editor can show it beside that field.
QString noteField(const QString &note)
{
    const QString n = note.toLower();
    if (n.contains(QLatin1String("amount")))
        return QStringLiteral("amount");
    if (n.contains(QLatin1String("partner country")))
        return QStringLiteral("countries");
    if (n.contains(QLatin1String("spells")))
        return QStringLiteral("locality");
    if (n.contains(QLatin1String("period")))
        return QStringLiteral("period");
    return {};
}

} // namespace

Status SeedImport::run(Portfolio &portfolio, const QString &csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read the seed cases %1: %2").arg(csvPath, file.errorString()));
    CsvReader csv(QString::fromUtf8(file.readAll()));
    QStringList header;
    if (!csv.next(header))
        return Status::failure(tr("%1 is empty.").arg(csvPath));
    const QStringList required = {QStringLiteral("case_id"), QStringLiteral("actor_en"), QStringLiteral("actor_ko"),
                                  QStringLiteral("actor_kind"), QStringLiteral("title_en"), QStringLiteral("title_ko"),
                                  QStringLiteral("partner_countries"), QStringLiteral("partner_locality"),
                                  QStringLiteral("start_year"), QStringLiteral("end_year"), QStringLiteral("amount"),
                                  QStringLiteral("currency"), QStringLiteral("amount_as_printed"),
                                  QStringLiteral("modality"), QStringLiteral("quality_notes"), QStringLiteral("source")};
    QHash<QString, int> col;
    for (const QString &name : required) {
        const int i = header.indexOf(name);
        if (i < 0)
            return Status::failure(tr("%1, line 1: the column \"%2\" is missing.").arg(csvPath, name));
        col.insert(name, i);
    }
    // Optional columns: the Korean name of the partner locality and the notes in Korean.
    for (const QString &name : {QStringLiteral("partner_locality_ko"), QStringLiteral("quality_notes_ko")})
        if (const int i = header.indexOf(name); i >= 0)
            col.insert(name, i);

    Status st = portfolio.actors().ensureLocalGovernments();
    if (!st)
        return st;

    QList<Project> projects;
    QStringList fields;
    while (csv.next(fields)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue;
        const int line = csv.recordLine();
        if (fields.size() != header.size())
            return Status::failure(tr("%1, line %2: %3 fields, expected %4.")
                                       .arg(csvPath).arg(line).arg(fields.size()).arg(header.size()));
        auto get = [&](const char *name) { return fields.at(col.value(QLatin1String(name))).trimmed(); };

        // Match the actor by its Korean name first (English names vary by source).
        std::int64_t actorId = portfolio.actors().findByName(get("actor_ko"));
        if (!actorId)
            actorId = portfolio.actors().findByName(get("actor_en"));
        if (!actorId) {
            Actor a;
            a.kind = fromCode<ActorKind>(get("actor_kind")).value_or(ActorKind::Other);
            a.name = {get("actor_ko"), get("actor_en"), {}};
            st = portfolio.actors().create(a);
            if (!st)
                return st;
            actorId = a.id;
        }

        Project p;
        p.key = get("case_id");
        p.title = {get("title_ko"), get("title_en"), {}};
        p.leadActorId = actorId;
        const QStringList codes = get("partner_countries").split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &code : codes) {
            PartnerCountry c;
            c.code = code.trimmed().toUpper();
            if (codes.size() == 1) {
                c.locality.en = get("partner_locality");
                if (col.contains(QStringLiteral("partner_locality_ko")))
                    c.locality.ko = get("partner_locality_ko");
            }
            p.countries.append(c);
        }
        bool ok = true;
        if (!get("start_year").isEmpty()) {
            p.period.start = PartialDate::ofYear(get("start_year").toInt(&ok));
            if (!ok)
                return Status::failure(tr("%1, line %2, start_year: \"%3\" is not a year.").arg(csvPath).arg(line).arg(get("start_year")));
        }
        if (!get("end_year").isEmpty()) {
            p.period.end = PartialDate::ofYear(get("end_year").toInt(&ok));
            if (!ok)
                return Status::failure(tr("%1, line %2, end_year: \"%3\" is not a year.").arg(csvPath).arg(line).arg(get("end_year")));
        }
        if (!get("amount").isEmpty()) {
            auto money = Money::parse(get("amount"), get("currency"));
            if (!money)
                return Status::failure(tr("%1, line %2, amount: %3").arg(csvPath).arg(line).arg(money.error()));
            BudgetLine b;
            b.period = p.period; // the source gives one total over the whole period
            b.amount = money.value();
            p.budget.append(b);
        }
        p.amountAsPrinted = get("amount_as_printed");
        p.modality = fromCode<Modality>(get("modality")).value_or(Modality::Unknown);
        if (!get("quality_notes").isEmpty())
            p.qualityNotes.append({noteField(get("quality_notes")),
                                   {col.contains(QStringLiteral("quality_notes_ko")) ? get("quality_notes_ko") : QString(),
                                    get("quality_notes"), {}},
                                   Severity::Warning});
        if (!get("source").isEmpty())
            p.sources.append({citationFor(get("source")), QString(), QString()});
        projects.append(p);
    }
    if (!csv.error().isEmpty())
        return Status::failure(tr("%1: %2").arg(csvPath, csv.error()));
    return portfolio.addProjects(projects);
}

} // namespace c2c

#include "SummaryJson.h"

#include <QJsonArray>

namespace c2c {

namespace {

void insertTotal(QJsonObject &o, bool known, Int128 total, const QString &currency)
{
    o.insert(QStringLiteral("total"), known ? QJsonValue(minorToMajor(total, currency)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("total_exact"),
             known ? QJsonValue(minorToDecimalString(total, currency)) : QJsonValue(QJsonValue::Null));
}

} // namespace

QJsonObject summaryJson(const Snapshot &s, const Selection &selection, const QString &filterDescription)
{
    const Totals t = totals(s, selection);
    QJsonObject root;
    if (!filterDescription.isEmpty())
        root.insert(QStringLiteral("filter"), filterDescription);
    root.insert(QStringLiteral("projects"), qint64(t.projects));
    root.insert(QStringLiteral("amount_known"), qint64(t.amountKnown));
    root.insert(QStringLiteral("amount_unknown"), qint64(t.amountUnknown));
    root.insert(QStringLiteral("not_converted"), qint64(t.notConverted));
    root.insert(QStringLiteral("counted"), qint64(t.counted()));
    root.insert(QStringLiteral("not_counted"), qint64(t.notCounted()));
    root.insert(QStringLiteral("currency"), t.currency);
    insertTotal(root, t.hasTotal(), t.total, t.currency);
    const std::pair<const char *, GroupBy> dimensions[] = {
        {"by_actor", GroupBy::Actor},   {"by_country", GroupBy::Country},  {"by_year", GroupBy::Year},
        {"by_sector", GroupBy::Sector}, {"by_sdg_goal", GroupBy::SdgGoal}, {"by_status", GroupBy::Status},
    };
    for (const auto &[name, by] : dimensions) {
        QJsonArray groups;
        for (const Group &g : groupBy(s, selection, by)) {
            QJsonObject o;
            o.insert(QStringLiteral("key"), g.key);
            o.insert(QStringLiteral("name_en"), g.name.en);
            o.insert(QStringLiteral("name_ko"), g.name.ko);
            o.insert(QStringLiteral("projects"), qint64(g.projects));
            o.insert(QStringLiteral("counted"), qint64(g.counted()));
            o.insert(QStringLiteral("not_counted"), qint64(g.notCounted));
            insertTotal(o, g.hasTotal(), g.total, t.currency);
            groups.append(o);
        }
        root.insert(QLatin1String(name), groups);
    }
    return root;
}

} // namespace c2c

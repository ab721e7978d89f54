// The Korean local governments of both tiers, and how sources name them.
#include "Reference.h"
#include "ReferenceTables.h"

#include <QHash>

namespace c2c::reference {

using namespace tables;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

LocalGovernment fromRow(const GovernmentRow &g)
{
    LocalGovernment l;
    l.moisCode = u(g.mois);
    l.kostatCode = u(g.kostat);
    l.name = {u(g.ko), u(g.en), {}};
    l.kind = fromCode<ActorKind>(u(g.kind)).value_or(ActorKind::Province);
    l.formerName = {u(g.formerKo), u(g.formerEn), {}};
    l.renamedOn = QDate::fromString(u(g.renamedOn), Qt::ISODate);
    l.formerMoisCodes = u(g.formerMois).split(QLatin1Char(','), Qt::SkipEmptyParts);
    l.shortName = {u(g.shortKo), u(g.shortEn), {}};
    l.parentMoisCode = u(g.parentMois);
    l.formerParentMoisCode = u(g.formerParentMois);
    l.latitude = g.latitude;
    l.longitude = g.longitude;
    return l;
}

const QList<LocalGovernment> &allGovernments()
{
    static const QList<LocalGovernment> list = [] {
        QList<LocalGovernment> l;
        for (int i = 0; i < kGovernmentCount; ++i)
            l.append(fromRow(kGovernments[i]));
        return l;
    }();
    return list;
}

QString key(const QString &name)
{
    return normalised(name);
}

struct Names {
    QHash<QString, const LocalGovernment *> qualified; // with the city or province, or a name nobody shares
    QHash<QString, int> bare;                           // the bare names and how many have each
};

const Names &names()
{
    static const Names n = [] {
        Names n;
        const QList<LocalGovernment> &basic = basicLocalGovernments();
        auto ownNames = [](const LocalGovernment &g) {
            QList<LocalizedText> own{g.name};
            if (!g.formerName.isEmpty())
                own.append(g.formerName);
            return own;
        };
        for (const LocalGovernment &g : basic)
            for (const LocalizedText &t : ownNames(g))
                for (const QString &s : {t.ko, t.en})
                    if (!s.isEmpty())
                        ++n.bare[key(s)];
        for (const LocalGovernment &g : basic) {
            // The provinces it belongs to, and belonged to before a move or a rename of the province.
            QList<const LocalGovernment *> parents{localGovernment(g.parentMoisCode)};
            if (!g.formerParentMoisCode.isEmpty())
                parents.append(localGovernment(g.formerParentMoisCode));
            for (const LocalizedText &own : ownNames(g)) {
                for (const QString &s : {own.ko, own.en})
                    if (!s.isEmpty() && n.bare.value(key(s)) == 1)
                        n.qualified.insert(key(s), &g);
                for (const LocalGovernment *p : parents) {
                    if (!p)
                        continue;
                    QStringList ko{p->name.ko, p->shortName.ko, p->formerName.ko};
                    if (p->kind == ActorKind::SpecialCity || p->kind == ActorKind::MetropolitanCity)
                        ko.append(p->shortName.ko + QStringLiteral("시")); // 인천시 중구
                    const QStringList en{p->name.en, p->shortName.en, p->formerName.en};
                    for (const QString &pk : ko)
                        if (!pk.isEmpty() && !own.ko.isEmpty())
                            n.qualified.insert(key(pk + own.ko), &g);
                    for (const QString &pe : en) {
                        if (pe.isEmpty() || own.en.isEmpty())
                            continue;
                        n.qualified.insert(key(own.en + pe), &g); // Jung-gu, Incheon
                        n.qualified.insert(key(pe + own.en), &g); // Incheon Jung-gu
                    }
                }
            }
        }
        return n;
    }();
    return n;
}

} // namespace

const QList<LocalGovernment> &localGovernments()
{
    static const QList<LocalGovernment> list = allGovernments().mid(0, 17);
    return list;
}

const QList<LocalGovernment> &basicLocalGovernments()
{
    static const QList<LocalGovernment> list = allGovernments().mid(17);
    return list;
}

const LocalGovernment *localGovernment(const QString &moisCode)
{
    static const QHash<QString, const LocalGovernment *> byCode = [] {
        QHash<QString, const LocalGovernment *> h;
        for (const QList<LocalGovernment> *list : {&localGovernments(), &basicLocalGovernments()})
            for (const LocalGovernment &g : *list) {
                for (const QString &former : g.formerMoisCodes)
                    h.insert(former, &g);
                h.insert(g.moisCode, &g);
            }
        return h;
    }();
    return byCode.value(moisCode);
}

const LocalGovernment *findLocalGovernment(const QString &name)
{
    return names().qualified.value(key(name));
}

int localGovernmentsNamed(const QString &name)
{
    return names().bare.value(key(name));
}

LocalizedText actorName(const LocalGovernment &g)
{
    const LocalGovernment *parent = localGovernment(g.parentMoisCode);
    if (!parent || localGovernmentsNamed(g.name.ko) < 2)
        return g.name;
    return {parent->shortName.ko + QLatin1Char(' ') + g.name.ko, g.name.en + QStringLiteral(", ") + parent->shortName.en, {}};
}

Actor actorFor(const LocalGovernment &g)
{
    Actor a;
    a.kind = g.kind;
    a.name = actorName(g);
    a.moisCode = g.moisCode;
    if (!g.formerName.isEmpty()) {
        a.formerNames.append({g.formerName, g.renamedOn.addDays(-1)});
        a.renamedOn = g.renamedOn;
    }
    return a;
}

} // namespace c2c::reference

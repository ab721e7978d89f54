#include "OtherLanguages.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace c2c::otherlanguages {

QString toJson(const Project &p)
{
    if (p.title.other.isEmpty() && p.description.other.isEmpty())
        return {};
    QJsonObject root;
    auto put = [&root](const char *field, const QMap<QString, QString> &texts) {
        if (texts.isEmpty())
            return;
        QJsonObject o;
        for (auto it = texts.begin(); it != texts.end(); ++it)
            o.insert(it.key(), it.value());
        root.insert(QLatin1String(field), o);
    };
    put("title", p.title.other);
    put("description", p.description.other);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void fromJson(const QString &json, Project &p)
{
    if (json.isEmpty())
        return;
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    auto get = [&root](const char *field, QMap<QString, QString> &texts) {
        const QJsonObject o = root.value(QLatin1String(field)).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            texts.insert(it.key(), it.value().toString());
    };
    get("title", p.title.other);
    get("description", p.description.other);
}

} // namespace c2c::otherlanguages

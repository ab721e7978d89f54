#include "NoteFields.h"

namespace c2c::app {

namespace {

struct Field {
    const char *code;
    const char *label;
};

const Field kFields[] = {
    {"key", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Key")},
    {"title", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Title")},
    {"description", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Description")},
    {"actor", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Lead actor")},
    {"countries", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Partner countries")},
    {"locality", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Locality")},
    {"period", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Period")},
    {"amount", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Budget")},
    {"transactions", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Transactions")},
    {"sectors", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Sectors")},
    {"sdgs", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "SDGs")},
    {"status", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Status")},
    {"modality", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Modality")},
    {"sources", QT_TRANSLATE_NOOP("c2c::app::NoteFields", "Sources")},
};

} // namespace

QList<QPair<QString, QString>> NoteFields::choices()
{
    QList<QPair<QString, QString>> out{{QString(), tr("(whole project)")}};
    for (const Field &f : kFields)
        out.append({QLatin1String(f.code), tr(f.label)});
    return out;
}

QString NoteFields::label(const QString &code)
{
    for (const Field &f : kFields)
        if (code == QLatin1String(f.code))
            return tr(f.label);
    return code;
}

} // namespace c2c::app

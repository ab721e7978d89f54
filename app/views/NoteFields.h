#pragma once
// The fields a data-quality note can be about: stored as a stable code
// ("amount"), shown in the interface language ("예산" / "Budget").
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace c2c::app {

class NoteFields {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::NoteFields)

public:
    // (code, label) of every known field, for the editor's choice.
    static QList<QPair<QString, QString>> choices();
    // The label of a field code; a code not known is shown as written.
    static QString label(const QString &code);
};

} // namespace c2c::app

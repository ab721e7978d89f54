#pragma once
// What an update changes in a stored project, field by field, as a reader
// checks it before importing: "Title (Korean): 몽골 숲 → 몽골 도시숲". The
// officer's own notes (milestones, sources, data-quality notes) are not
// compared: an import keeps them.
#include "domain/Project.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace c2c {

struct FieldChange {
    QString field;  // the field's name in the user's language
    QString before; // as shown to the user; "(none)" when empty or unknown
    QString after;
    bool identity = false; // the title or the lead actor: how an officer recognises the project

    // "Title (Korean): A → B"
    QString text() const;
};

class ProjectDiff {
    Q_DECLARE_TR_FUNCTIONS(c2c::ProjectDiff)

public:
    // The fields that differ, in the order the editor shows them. Names and
    // labels are in lang; the lead actors' names are given, as they may not be
    // stored yet (a new actor of a dry run).
    static QList<FieldChange> compare(const Project &before, const Project &after, const LocalizedText &actorBefore,
                                      const LocalizedText &actorAfter, Language lang);
    // The fields by which an officer recognises a project: a change there may
    // mean the update was matched to the wrong one.
    static bool changesTitleOrActor(const Project &before, const Project &after);
};

} // namespace c2c

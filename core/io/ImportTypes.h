#pragma once
// What every importer shares: the problems it finds (by file, line and
// field), the projects it read, and what importing them did. Importers only
// read; ImportWriter is the one place that writes, all or nothing.
#include "ProjectDiff.h"
#include "domain/Actor.h"
#include "domain/Project.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace c2c {

// What to do with a project whose key (CSV) or IATI identifier is already in the portfolio.
enum class DuplicatePolicy { Update, Skip };

struct ImportIssue {
    enum Kind { Error, Warning };
    Kind kind = Error;
    QString file;
    int line = 0;  // 1-based; 0 when the problem is about the whole file
    QString field; // column header or XML element/attribute, when there is one
    QString message;

    // "file, line 12, budget: message" (the parts that are known).
    QString text() const;
};

// One project read from a source, with where it came from and who leads it:
// the lead actor is named rather than resolved, because it may not exist yet.
struct ImportItem {
    Project project;
    QString file;
    int line = 0;
    LocalizedText actorName; // empty: no lead actor
    ActorKind actorKind = ActorKind::Other;
    QString actorRef; // IATI organisation identifier, for matching actors of earlier imports
    // How duplicates are recognised: by IATI identifier when the source is IATI, else by key.
    bool matchByIatiIdentifier = false;
    // The source has no key: the key was made from the content (see identityKey), and a stored
    // project is recognised by its lead actor, title, first partner country and start year.
    bool keyGenerated = false;
};

// How the identity of a keyless row is compared: trimmed, inner spaces collapsed, case folded.
QString identityText(const QString &text);
// A key for a row the source gives none: prefix, then a short hash of the row's identity
// (lead actor, titles, first partner country, start year). The same row gives the same key
// wherever it stands in the sheet.
QString identityKey(const QString &prefix, const ImportItem &item);

// A stored project an item matched: updated, or left alone when the policy skips duplicates.
struct ImportUpdate {
    enum Match { ByKey, ByIatiIdentifier, ByContent };
    QString file;
    int line = 0;
    Match match = ByKey;
    bool skipped = false;
    bool changesTitleOrActor = false;
    Project before; // as stored
    Project after;  // as the update writes it (empty when skipped)
    LocalizedText actorBefore, actorAfter;

    // The fields that change, names and labels in lang; empty when the update changes nothing.
    QList<FieldChange> changes(Language lang) const;
};

using ItemSink = std::function<void(ImportItem &&)>;

struct ImportReport {
    qsizetype imported = 0;
    qsizetype updated = 0;
    qsizetype skipped = 0;
    QStringList files;
    QList<ImportIssue> issues;
    // The first MaxListedUpdates matches, in the order of the items; enough for a preview,
    // and a re-import of a million rows does not hold a million copies.
    static constexpr qsizetype MaxListedUpdates = 5000;
    QList<ImportUpdate> updates;
    qsizetype titleOrActorChanges = 0; // over all updates, listed or not

    bool hasErrors() const;
    qsizetype errorCount() const;
    qsizetype warningCount() const;
};

class ImportText {
    Q_DECLARE_TR_FUNCTIONS(c2c::ImportText)
};

} // namespace c2c

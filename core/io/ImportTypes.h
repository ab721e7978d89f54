#pragma once
// What every importer shares: the problems it finds (by file, line and
// field), the projects it read, and what importing them did. Importers only
// read; ImportWriter is the one place that writes, all or nothing.
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
};

using ItemSink = std::function<void(ImportItem &&)>;

struct ImportReport {
    qsizetype imported = 0;
    qsizetype updated = 0;
    qsizetype skipped = 0;
    QStringList files;
    QList<ImportIssue> issues;

    bool hasErrors() const;
    qsizetype errorCount() const;
    qsizetype warningCount() const;
};

class ImportText {
    Q_DECLARE_TR_FUNCTIONS(c2c::ImportText)
};

} // namespace c2c

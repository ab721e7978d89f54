#pragma once
// IATI activity files (iati-activities, versions 2.01-2.03 fully, 1.0x as far
// as their elements still mean the same). Read with QXmlStreamReader, one
// activity at a time: a DTD is refused (so no entity, external or internal,
// is ever expanded) and entity expansion is bounded anyway. Every problem is
// reported with the file and line; an activity with an error is not imported.
#include "ImportTypes.h"

#include <QCoreApplication>

class QIODevice;

namespace c2c {

class IatiImport {
    Q_DECLARE_TR_FUNCTIONS(c2c::IatiImport)

public:
    static void read(const QString &path, const ItemSink &sink, QList<ImportIssue> &issues);
    // name is what messages call the source.
    static void read(QIODevice &device, const QString &name, const ItemSink &sink, QList<ImportIssue> &issues);
};

} // namespace c2c

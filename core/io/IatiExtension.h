#pragma once
// What a project holds beyond IATI, carried in the activity's extension
// element (the schema allows elements of other namespaces at the end of an
// <iati-activity>): the portfolio key, the period with its precision,
// localities, modality, funding channel, cooperation forms, partnership
// dimensions, milestones, sources, data-quality notes, the amount as printed,
// and which required IATI values the export had to stand in for (a status
// derived from the dates, the title as description, a generated identifier,
// the lead actor as participating organisation). Another C2C Portfolio reads
// it back to the same project; every other IATI reader ignores it.
#include "domain/Project.h"

class QXmlStreamReader;
class QXmlStreamWriter;

namespace c2c {

struct IatiStandIns {
    bool status = false;        // activity-status derived from the dates
    bool description = false;   // the title stands in for a missing description
    bool identifier = false;    // iati-identifier made from the lead actor and the key
    bool organisations = false; // the lead actor stands in as the only participating organisation
    // Read back only: what the extension says that the activity's own elements cannot.
    QString key;
    std::optional<PartialDate> start, end; // with their precision (IATI dates are days)
};

class IatiExtension {
public:
    static QString namespaceUri();
    static bool isExtension(const QXmlStreamReader &xml);

    static void write(QXmlStreamWriter &xml, const Project &project, const IatiStandIns &standIns);
    // Reads the extension element (the reader is on its start tag) into project; returns what was stood in for.
    static IatiStandIns read(QXmlStreamReader &xml, Project &project);
    // After the whole activity was read: the key and period as the portfolio had them, stand-ins undone.
    static void apply(const IatiStandIns &standIns, Project &project);
};

} // namespace c2c

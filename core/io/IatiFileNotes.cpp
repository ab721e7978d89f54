#include "IatiFileNotes.h"

#include "IatiExtension.h"

#include <QXmlStreamReader>
#include <climits>

namespace c2c {

namespace {

// Attributes the IATI 2.03 schema requires on elements the reader skips or reads only in part
// (iati-activities-schema.xsd and iati-common.xsd, use="required").
struct Required {
    const char *element;
    const char *attributes[3]; // unused slots are null
};

const Required kRequired[] = {
    {"reporting-org", {"ref", "type"}},
    {"activity-scope", {"code"}},
    {"collaboration-type", {"code"}},
    {"default-flow-type", {"code"}},
    {"default-finance-type", {"code"}},
    {"default-aid-type", {"code"}},
    {"default-tied-status", {"code"}},
    {"other-identifier", {"ref", "type"}},
    {"humanitarian-scope", {"type", "vocabulary", "code"}},
    {"policy-marker", {"code"}},
    {"capital-spend", {"percentage"}},
    {"disbursement-channel", {"code"}},
    {"flow-type", {"code"}},
    {"finance-type", {"code"}},
    {"aid-type", {"code"}},
    {"tied-status", {"code"}},
    {"location-reach", {"code"}},
    {"location-id", {"code", "vocabulary"}},
    {"administrative", {"code", "vocabulary"}},
    {"point", {"srsName"}},
    {"exactness", {"code"}},
    {"location-class", {"code"}},
    {"feature-designation", {"code"}},
    {"country-budget-items", {"vocabulary"}},
    {"budget-item", {"code"}},
    {"related-activity", {"ref", "type"}},
    {"legacy-data", {"name", "value"}},
    {"result", {"type"}},
    {"indicator", {"measure"}},
    {"reference", {"code", "vocabulary"}},
    {"baseline", {"year"}},
    {"period-start", {"iso-date"}},
    {"period-end", {"iso-date"}},
    {"conditions", {"attached"}},
    {"condition", {"type"}},
    {"other-flags", {"code", "significance"}},
    {"repayment-type", {"code"}},
    {"repayment-plan", {"code"}},
    {"commitment-date", {"iso-date"}},
    {"repayment-first-date", {"iso-date"}},
    {"repayment-final-date", {"iso-date"}},
    {"loan-status", {"year", "value-date"}},
    {"fss", {"extraction-date"}},
    {"forecast", {"year"}},
    {"document-link", {"url", "format"}},
    {"category", {"code"}},
    {"language", {"code"}},
    {"document-date", {"iso-date"}},
};

// Small, stable IATI code lists (IATI-Codelists 2.03): a code outside them is a schema-level problem.
struct CodeList {
    const char *element;
    const char *attribute;
    const char *list; // the code list's name, for the message
    const char *codes[16]; // unused slots are null
};

const CodeList kCodeLists[] = {
    {"reporting-org", "type", "OrganisationType",
     {"10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90"}},
    {"participating-org", "type", "OrganisationType",
     {"10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90"}},
    {"activity-scope", "code", "ActivityScope", {"1", "2", "3", "4", "5", "6", "7", "8"}},
    {"collaboration-type", "code", "CollaborationType", {"1", "2", "3", "4", "6", "7", "8"}},
    {"default-flow-type", "code", "FlowType", {"10", "20", "21", "22", "30", "35", "36", "37", "40", "50"}},
    {"flow-type", "code", "FlowType", {"10", "20", "21", "22", "30", "35", "36", "37", "40", "50"}},
    {"default-tied-status", "code", "TiedStatus", {"3", "4", "5"}},
    {"tied-status", "code", "TiedStatus", {"3", "4", "5"}},
    {"description", "type", "DescriptionType", {"1", "2", "3", "4"}},
    {"policy-marker", "significance", "PolicySignificance", {"0", "1", "2", "3", "4"}},
};

} // namespace

IatiFileNotes::IatiFileNotes(QString file, QList<ImportIssue> &issues) : m_file(std::move(file)), m_issues(issues) {}

void IatiFileNotes::warning(int line, const QString &field, const QString &message)
{
    if (++m_perField[field] <= ListedPerField)
        m_issues.append({ImportIssue::Warning, m_file, line, field, message});
}

bool IatiFileNotes::isForeign(const QXmlStreamReader &xml)
{
    const auto uri = xml.namespaceUri();
    if (uri.isEmpty() || uri == IatiExtension::namespaceUri())
        return false;
    ++m_foreign[uri.toString()];
    return true;
}

void IatiFileNotes::checkElement(const QXmlStreamReader &xml)
{
    if (!xml.namespaceUri().isEmpty())
        return;
    const auto name = xml.name();
    const auto attributes = xml.attributes();
    const int line = int(xml.lineNumber());
    for (const Required &r : kRequired) {
        if (name != QLatin1String(r.element))
            continue;
        for (const char *a : r.attributes)
            if (a && !attributes.hasAttribute(QLatin1String(a)))
                warning(line, name.toString(),
                        tr("<%1> has no %2 attribute, which the IATI schema requires").arg(name.toString(), QLatin1String(a)));
        break;
    }
    for (const CodeList &c : kCodeLists) {
        if (name != QLatin1String(c.element))
            continue;
        const QString value = attributes.value(QLatin1String(c.attribute)).toString().trimmed();
        if (value.isEmpty())
            continue;
        bool known = false;
        for (const char *code : c.codes)
            known = known || (code && value == QLatin1String(code));
        if (!known)
            warning(line, name.toString(),
                    tr("<%1 %2=\"%3\">: \"%3\" is not a code of the IATI %4 code list")
                        .arg(name.toString(), QLatin1String(c.attribute), value, QLatin1String(c.list)));
    }
}

void IatiFileNotes::skip(QXmlStreamReader &xml, bool strictSchema)
{
    if (isForeign(xml)) {
        xml.skipCurrentElement();
        return;
    }
    if (strictSchema)
        checkElement(xml);
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            if (isForeign(xml)) {
                xml.skipCurrentElement();
                continue;
            }
            ++depth;
            if (strictSchema)
                checkElement(xml);
        }
    }
}

void IatiFileNotes::finish()
{
    for (auto it = m_foreign.begin(); it != m_foreign.end(); ++it)
        m_issues.append({ImportIssue::Warning, m_file, 0, {},
                         tr("ignored %n element(s) of the namespace %1 (another publisher's extension, "
                            "which C2C Portfolio does not read)", nullptr, int(std::min<qint64>(it.value(), INT_MAX)))
                             .arg(it.key())});
    QStringList fields = m_perField.keys();
    fields.sort();
    for (const QString &field : fields) {
        const qint64 more = m_perField.value(field) - ListedPerField;
        if (more > 0)
            m_issues.append({ImportIssue::Warning, m_file, 0, field,
                             tr("%n more warning(s) like the ones above, not listed one by one", nullptr,
                                int(std::min<qint64>(more, INT_MAX)))});
    }
    m_perField.clear();
    m_foreign.clear();
}

} // namespace c2c

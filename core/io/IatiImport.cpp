#include "IatiImport.h"

#include "domain/Validation.h"

#include "IatiActivityReader.h"
#include "IatiFileNotes.h"
#include "TextDecoding.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace c2c {

namespace {

enum class VersionSupport { Full, BestEffort, Placeholder, Unsupported };

VersionSupport versionSupport(const QString &version)
{
    if (version == QLatin1String("2.01") || version == QLatin1String("2.02") || version == QLatin1String("2.03"))
        return VersionSupport::Full;
    // IATI 1.0 was followed by 1.01 to 1.05.
    static const QStringList version1 = {QStringLiteral("1.0"),  QStringLiteral("1.00"), QStringLiteral("1.01"),
                                         QStringLiteral("1.02"), QStringLiteral("1.03"), QStringLiteral("1.04"),
                                         QStringLiteral("1.05")};
    if (version1.contains(version))
        return VersionSupport::BestEffort;
    bool numeric = false;
    version.toDouble(&numeric);
    return numeric ? VersionSupport::Unsupported : VersionSupport::Placeholder;
}

} // namespace

void IatiImport::read(const QString &path, const ItemSink &sink, QList<ImportIssue> &issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        issues.append({ImportIssue::Error, path, 0, {}, tr("cannot read the file: %1").arg(file.errorString())});
        return;
    }
    read(file, path, sink, issues);
}

void IatiImport::read(QIODevice &device, const QString &name, const ItemSink &sink, QList<ImportIssue> &issues)
{
    auto error = [&](int line, const QString &message) { issues.append({ImportIssue::Error, name, line, {}, message}); };
    const QByteArray head = device.peek(8192);
    if (head.isEmpty())
        return error(0, tr("the file is empty"));
    if (TextDecoding::looksBinary(head))
        return error(1, tr("this is not an XML file (it contains binary data)"));

    QXmlStreamReader xml(&device);
    xml.setEntityExpansionLimit(1000);
    QList<ImportItem> pending;
    IatiFileNotes notes(name, issues);
    int activities = 0;
    bool bestEffort = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            error(int(xml.lineNumber()), tr("the file declares a DTD; IATI files have none, and its entities are not "
                                            "expanded for safety"));
            return;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const int line = int(xml.lineNumber());
        if (xml.name() != QLatin1String("iati-activities")) {
            error(line, xml.name() == QLatin1String("iati-organisations")
                            ? tr("this is an IATI organisation file; import reads activity files (<iati-activities>)")
                            : tr("the root element is <%1>; an IATI activity file starts with <iati-activities>")
                                  .arg(xml.name().toString()));
            return;
        }
        const QString version = xml.attributes().value(QLatin1String("version")).toString().trimmed();
        switch (versionSupport(version)) {
        case VersionSupport::Full:
            break;
        case VersionSupport::BestEffort:
            bestEffort = true;
            issues.append({ImportIssue::Warning, name, line, QStringLiteral("version"),
                           tr("IATI %1 is read as far as its elements still mean what they mean in 2.03").arg(version)});
            break;
        case VersionSupport::Placeholder:
            issues.append({ImportIssue::Warning, name, line, QStringLiteral("version"),
                           version.isEmpty() ? tr("the file states no IATI version; read as 2.03")
                                             : tr("\"%1\" is not an IATI version number; read as 2.03").arg(version)});
            break;
        case VersionSupport::Unsupported:
            error(line, tr("IATI version %1 is not supported: C2C Portfolio reads versions 2.01 to 2.03, and 1.0 to 1.05 "
                           "as far as possible").arg(version));
            return;
        }
        IatiActivityReader activity(xml, name, bestEffort, notes);
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("iati-activity")) {
                notes.skip(xml, !bestEffort);
                continue;
            }
            ++activities;
            ImportItem item;
            if (!activity.read(item, activities, issues))
                continue;
            if (const auto total = Validation::checkBudgetTotal(item.project)) {
                issues.append({ImportIssue::Error, name, item.line, QStringLiteral("budget"),
                               tr("activity %1: %2").arg(item.project.iatiIdentifier, total->message)});
                continue;
            }
            pending.append(std::move(item));
        }
        break;
    }
    notes.finish();
    if (xml.hasError()) {
        const QString why = xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                                ? tr("the file ends too early (is it truncated?)")
                                : tr("the XML is not well-formed: %1").arg(xml.errorString());
        error(int(xml.lineNumber()), why);
        return;
    }
    if (activities == 0) {
        error(0, tr("the file holds no <iati-activity>"));
        return;
    }
    // Only a whole, well-formed file gives its projects: a truncated one gives none.
    for (ImportItem &item : pending)
        sink(std::move(item));
}

} // namespace c2c

#include "ImportTypes.h"

#include <QFileInfo>
#include <algorithm>

namespace c2c {

QString ImportIssue::text() const
{
    QString where = QFileInfo(file).fileName();
    if (line > 0)
        where = where.isEmpty() ? ImportText::tr("line %1").arg(line) : ImportText::tr("%1, line %2").arg(where).arg(line);
    if (!field.isEmpty())
        where = where.isEmpty() ? field : QStringLiteral("%1, %2").arg(where, field);
    return where.isEmpty() ? message : QStringLiteral("%1: %2").arg(where, message);
}

bool ImportReport::hasErrors() const
{
    return errorCount() > 0;
}

qsizetype ImportReport::errorCount() const
{
    return std::count_if(issues.begin(), issues.end(), [](const ImportIssue &i) { return i.kind == ImportIssue::Error; });
}

qsizetype ImportReport::warningCount() const
{
    return issues.size() - errorCount();
}

} // namespace c2c

#include "ImportTypes.h"

#include <QCryptographicHash>
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

QString identityText(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QString identityKey(const QString &prefix, const ImportItem &item)
{
    const Project &p = item.project;
    const QStringList parts = {identityText(item.actorName.ko), identityText(item.actorName.en), identityText(p.title.ko),
                               identityText(p.title.en), p.countries.isEmpty() ? QString() : p.countries.first().code,
                               p.period.start ? QString::number(p.period.start->year) : QString()};
    const QByteArray digest = QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
    // 12 hex digits: two different rows among a million share a key about once in 500 imports, and
    // even then the second gets a suffix, as identical rows do.
    const QString hash = QString::fromLatin1(digest.toHex().left(12)).toUpper();
    return prefix.isEmpty() ? hash : QStringLiteral("%1-%2").arg(prefix, hash);
}

QList<FieldChange> ImportUpdate::changes(Language lang) const
{
    if (skipped)
        return {};
    return ProjectDiff::compare(before, after, actorBefore, actorAfter, lang);
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

#pragma once
// What the IATI reader notices about a whole file rather than one value:
// warnings that repeat in every activity (the first ones of each kind are
// listed with their line, the rest counted, so that a file of any size reports
// without holding a million messages), elements of other publishers' extension
// namespaces (counted, reported once per namespace), and the schema's rules for
// the elements the reader does not otherwise read (required attributes, codes
// of small code lists), checked as the file streams by.
#include "ImportTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

class QXmlStreamReader;

namespace c2c {

class IatiFileNotes {
    Q_DECLARE_TR_FUNCTIONS(c2c::IatiImport)

public:
    // How many warnings about the same field one file lists before it only counts them.
    static constexpr int ListedPerField = 50;

    IatiFileNotes(QString file, QList<ImportIssue> &issues);

    void warning(int line, const QString &field, const QString &message);
    // Skips the element at the reader's start tag and everything in it, checking each
    // element on the way: foreign namespaces are counted, IATI elements checked
    // against the schema (2.0x only: strictSchema).
    void skip(QXmlStreamReader &xml, bool strictSchema);
    // Checks the required attributes and the code of the element at the reader's start tag.
    void checkElement(const QXmlStreamReader &xml);
    // True (and counted) when the element at the start tag belongs to another publisher's namespace.
    bool isForeign(const QXmlStreamReader &xml);
    // Adds the counts: foreign namespaces, warnings beyond the listed ones.
    void finish();

private:
    QString m_file;
    QList<ImportIssue> &m_issues;
    QHash<QString, qint64> m_perField;          // warnings seen per field
    QMap<QString, qint64> m_foreign;            // namespace -> elements ignored
};

} // namespace c2c

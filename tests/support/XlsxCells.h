#pragma once
// Reads back the cells of an XLSX workbook as a spreadsheet would show them:
// the parts are taken out with unzip and the sheet XML read with Qt's stream
// reader. Sheets by name (from workbook.xml, in order), cells by reference.
#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace xlsx {

using Sheet = QHash<QString, QString>; // "B3" -> value (numbers as written, strings as text)

inline QByteArray part(const QString &path, const QString &name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
    unzip.waitForFinished(60000);
    return unzip.readAllStandardOutput();
}

inline QStringList sheetNames(const QString &path)
{
    QStringList names;
    QXmlStreamReader xml(part(path, QStringLiteral("xl/workbook.xml")));
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet"))
            names.append(xml.attributes().value(QLatin1String("name")).toString());
        if (xml.hasError())
            break;
        xml.readNext();
    }
    return names;
}

// The shared string table (cells of type "s" hold an index into it).
inline QStringList sharedStrings(const QString &path)
{
    QStringList strings;
    QXmlStreamReader xml(part(path, QStringLiteral("xl/sharedStrings.xml")));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(QString());
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && !strings.isEmpty())
            strings.last() += xml.readElementText();
    }
    return strings;
}

inline Sheet sheet(const QString &path, int number) // 1-based, in workbook order
{
    Sheet cells;
    const QStringList shared = sharedStrings(path);
    QXmlStreamReader xml(part(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(number)));
    QString ref;
    bool isShared = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            isShared = xml.attributes().value(QLatin1String("t")) == QLatin1String("s");
        } else if (xml.isStartElement() && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t"))) {
            const QString text = xml.readElementText();
            cells[ref] += isShared ? shared.value(text.toInt()) : text;
        }
    }
    return cells;
}

inline Sheet sheet(const QString &path, const QString &name)
{
    return sheet(path, int(sheetNames(path).indexOf(name)) + 1);
}

// How many rows below the header hold a value in the column.
inline int rows(const Sheet &s, QChar column)
{
    int n = 0;
    while (s.contains(QStringLiteral("%1%2").arg(column).arg(n + 2)) || s.contains(QStringLiteral("A%1").arg(n + 2)))
        ++n;
    return n;
}

} // namespace xlsx

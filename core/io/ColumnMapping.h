#pragma once
// Which project field each column of a spreadsheet holds. Suggested from the
// header names officers and researchers actually use, in Korean or English
// (사업명 / title, 지자체 / local government, 국가 / country, 예산 / budget,
// 시작연도 / start year ...); the user can change every column.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace c2c {

enum class ImportField {
    Ignore,
    Key,
    IatiIdentifier,
    Title,   // Korean or English, told apart by the script
    TitleKo,
    TitleEn,
    Description,
    DescriptionKo,
    DescriptionEn,
    Actor,   // lead actor's name, Korean or English
    ActorKo,
    ActorEn,
    ActorKind,
    Countries,
    Locality,
    StartYear, // a year or a date
    EndYear,
    Amount,
    Currency,
    AmountAsPrinted,
    Sector,
    Sdg,
    Status,
    Modality,
    FundingChannel,
    Count
};

struct ColumnMapping {
    QList<ImportField> columns; // one per column of the file

    // A suggestion for every header; a field is given to its first matching column only.
    static ColumnMapping suggest(const QStringList &header);
    static ImportField suggestField(const QString &header);
    int columnOf(ImportField field) const { return int(columns.indexOf(field)); }
    bool has(ImportField field) const { return columns.contains(field); }

    // Stable codes ("title_ko") for settings and the command line.
    static QString code(ImportField field);
    static ImportField fromCode(const QString &code);
    static QString label(ImportField field); // translated
    QStringList codes() const;
    static ColumnMapping fromCodes(const QStringList &codes);
};

class ColumnMappingText {
    Q_DECLARE_TR_FUNCTIONS(c2c::ColumnMapping)
};

} // namespace c2c

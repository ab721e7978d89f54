#pragma once
// The project list as exported (CSV and the XLSX Projects sheet): the same
// columns, codes and names, in the export language. Money cells hold plain
// decimals in major units ("3500000.00"), empty when unknown.
#include "portfolio/Snapshot.h"
#include "domain/LocalizedText.h"

#include <QCoreApplication>
#include <QStringList>

namespace c2c {

class ProjectColumns {
    Q_DECLARE_TR_FUNCTIONS(c2c::ProjectColumns)

public:
    enum Column { Key, TitleKo, TitleEn, Actor, ActorKind, CountryCodes, Countries, Locality, StartYear, EndYear,
                  Status, Modality, Amount, Currency, Reported, ReportingCurrency, Sectors, Sdgs, QualityNotes, Count };

    static QStringList headers(const Snapshot &snapshot);
    static QStringList row(const Snapshot &snapshot, Row r, Language lang);
    static bool isMoney(int column) { return column == Amount || column == Reported; }
    static bool isNumber(int column) { return isMoney(column) || column == StartYear || column == EndYear || column == QualityNotes; }
};

} // namespace c2c

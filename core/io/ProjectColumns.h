#pragma once
// The project list as exported (CSV and the XLSX Projects sheet): the same
// columns, codes and names, in the export language. Cells are UTF-8, filled
// into buffers reused from row to row, with every dictionary name looked up
// once: a million rows export in seconds. Money cells hold plain decimals in
// major units ("3500000.00"), empty when unknown.
#include "domain/LocalizedText.h"
#include "portfolio/Snapshot.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <string>

namespace c2c {

class ProjectColumns {
    Q_DECLARE_TR_FUNCTIONS(c2c::ProjectColumns)

public:
    enum Column { Key, TitleKo, TitleEn, Actor, ActorKind, CountryCodes, Countries, Locality, StartYear, EndYear,
                  Status, Modality, Amount, Currency, Reported, ReportingCurrency, Sectors, Sdgs, QualityNotes,
                  TitleOther, // last, so that scripts reading columns by position keep working
                  Count };
    using Cells = std::array<std::string, Count>;

    ProjectColumns(const Snapshot &snapshot, Language lang);

    QStringList headers() const;
    void fill(Row r, Cells &cells) const;

    static bool isMoney(int column) { return column == Amount || column == Reported; }
    // Decimals of a money cell: the project's own currency for Amount, the reporting currency for Reported.
    int decimals(Row r, int column) const;
    static bool isNumber(int column) { return isMoney(column) || column == StartYear || column == EndYear || column == QualityNotes; }
    // Minor units as a plain decimal in major units: 350000 with 2 decimals -> "3500.00".
    static void appendDecimal(std::string &out, std::int64_t minor, int decimals);

private:
    const Snapshot &m_s;
    Language m_lang;
    std::vector<std::string> m_actorNames, m_actorKinds, m_countryCodes, m_countryNames, m_sectorCodes, m_sdgTargets,
        m_currencies;
    std::vector<int> m_decimals;
    std::array<std::string, 256> m_status, m_modality;
    int m_reportingDecimals = 2;
};

} // namespace c2c

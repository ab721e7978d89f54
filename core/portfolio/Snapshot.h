#pragma once
// The in-memory, columnar copy of a portfolio that filtering, faceting and
// aggregation run over. One row per project; small integer ids for actors,
// countries, sectors and SDG targets; int64 minor units for money; list-valued
// fields as offset + value arrays; the texts in one UTF-8 arena. This layout
// keeps a million projects under ~250 bytes each and a full scan in
// milliseconds (see PERFORMANCE.md of the design notes).
#include "domain/Actor.h"
#include "domain/Codes.h"
#include "domain/Money.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QString>
#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace c2c {

struct Project;

using Row = std::uint32_t;

// Sentinels in the money columns: unknown is not zero.
constexpr std::int64_t UnknownAmount = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t NoRate = std::numeric_limits<std::int64_t>::min() + 1;
inline bool isCounted(std::int64_t amount) { return amount > NoRate; }

constexpr std::int16_t UnknownYear = std::numeric_limits<std::int16_t>::min();
constexpr std::uint16_t NoId = 0xFFFF;
constexpr std::uint16_t NoShare = 0xFFFF;
constexpr std::uint8_t MixedCurrencies = 0xFF;

// Which text fields of a row are in the arena, in this order, separated by '\x1f'.
// TitleOther is the title in the first language other than Korean and English, marked
// ("[fr] Projet ..."): shown when the project has no Korean or English title.
// OtherLanguages holds every other language's title and description, for the search.
// Rows with no other language end after DescriptionEn (missing fields read as empty).
enum class TextField { Key, TitleKo, TitleEn, LocalityKo, LocalityEn, DescriptionKo, DescriptionEn, TitleOther,
                       OtherLanguages, Count };

// A span of a list-valued column: values [begin, end) of the value array.
struct Span {
    std::uint32_t begin;
    std::uint32_t end;
};

class Snapshot {
public:
    // --- dictionaries -----------------------------------------------------
    QList<Actor> actors;                 // index = actor id in rows
    QHash<std::int64_t, std::uint16_t> actorIndex; // database id -> index
    QStringList countryCodes;            // index -> ISO code
    QStringList sectorCodes;             // index -> DAC code (or other vocabulary code)
    QStringList sdgTargets;              // index -> "11.6"
    QStringList currencies;              // index -> ISO 4217 code
    std::uint16_t countryId(const QString &code);
    std::uint16_t sectorId(const QString &code);
    std::uint16_t sdgTargetId(const QString &code);
    std::uint8_t currencyId(const QString &code);

    // --- one value per row ------------------------------------------------
    std::vector<std::int64_t> projectId;  // database id, ascending
    std::vector<std::uint32_t> version;   // the stored version this portfolio last read or wrote
    std::vector<std::uint16_t> actor;     // lead actor index or NoId
    std::vector<std::uint8_t> status;     // ActivityStatus
    std::vector<std::uint8_t> modality;   // Modality
    std::vector<std::uint8_t> channel;    // FundingChannel
    std::vector<std::int16_t> startYear;  // UnknownYear when not known
    std::vector<std::int16_t> endYear;
    std::vector<std::uint16_t> forms;     // CooperationForm flags
    std::vector<std::uint8_t> dimensions; // PartnershipDimension flags
    std::vector<std::uint8_t> qualityNotes; // number of data-quality notes (saturating)
    std::vector<std::int64_t> amount;     // effective budget in its currency, minor units, or UnknownAmount
    std::vector<std::uint8_t> currency;   // index into currencies, MixedCurrencies, or 0 when unknown
    std::vector<std::int64_t> reported;   // in the reporting currency; UnknownAmount or NoRate

    // --- list-valued columns: offsets (size rows + 1) and values ----------
    std::vector<std::uint32_t> countryOffset;
    std::vector<std::uint16_t> countryValue;
    std::vector<std::uint16_t> countryShare; // hundredths of a percent, NoShare when unstated
    std::vector<std::uint32_t> sectorOffset;
    std::vector<std::uint16_t> sectorValue;
    std::vector<std::uint16_t> sectorShare;
    std::vector<std::uint32_t> sdgOffset;
    std::vector<std::uint8_t> sdgGoal;
    std::vector<std::uint16_t> sdgTarget;    // NoId when only the goal is tagged
    // Effective budget lines, for spreading over years.
    std::vector<std::uint32_t> lineOffset;
    std::vector<std::int16_t> lineStart;     // UnknownYear when not known
    std::vector<std::int16_t> lineEnd;
    std::vector<std::int64_t> lineAmount;    // minor units in lineCurrency
    std::vector<std::uint8_t> lineCurrency;
    std::vector<std::int64_t> lineReported;  // in the reporting currency, or NoRate

    // --- texts --------------------------------------------------------------
    std::string textArena;
    // Values the file held that are not what the product writes (a money column
    // holding text after another program changed the file): each names the
    // project, and such a project's budget is unknown rather than read as 0.
    QStringList damage;
    std::vector<std::uint32_t> textOffset; // size rows + 1

    // --- reporting currency and rates --------------------------------------
    QString reportingCurrency = QStringLiteral("USD");
    QHash<QString, QHash<int, std::int64_t>> rates; // currency -> year -> per USD (micro)

    std::size_t rowCount() const { return projectId.size(); }
    Span countries(Row r) const { return {countryOffset[r], countryOffset[r + 1]}; }
    Span sectors(Row r) const { return {sectorOffset[r], sectorOffset[r + 1]}; }
    Span sdgs(Row r) const { return {sdgOffset[r], sdgOffset[r + 1]}; }
    Span lines(Row r) const { return {lineOffset[r], lineOffset[r + 1]}; }
    std::string_view texts(Row r) const
    {
        return std::string_view(textArena).substr(textOffset[r], textOffset[r + 1] - textOffset[r]);
    }
    QString text(Row r, TextField field) const;
    // The same text as UTF-8 inside the arena, without copying.
    std::string_view textView(Row r, TextField field) const;
    std::int64_t findRow(std::int64_t projectId) const; // -1 when absent

    // Everything one row holds, in dictionary ids: what append() and replace() take.
    struct RowData {
        std::int64_t projectId = 0;
        std::uint32_t version = 0;
        std::uint16_t actor = NoId;
        std::uint8_t status = 0, modality = 0, channel = 0;
        std::int16_t startYear = UnknownYear, endYear = UnknownYear;
        std::uint16_t forms = 0;
        std::uint8_t dimensions = 0, qualityNotes = 0;
        std::vector<std::pair<std::uint16_t, std::uint16_t>> countries; // id, share
        std::vector<std::pair<std::uint16_t, std::uint16_t>> sectors;   // id, share
        std::vector<std::pair<std::uint8_t, std::uint16_t>> sdgs;       // goal, target id
        struct Line {
            std::int16_t start, end;
            std::int64_t amount;
            std::uint8_t currency;
        };
        std::vector<Line> lines;
        std::string text; // the TextField values joined by '\x1f'
    };
    RowData rowData(const Project &p);
    // The TitleOther and OtherLanguages fields with their leading separators; empty when
    // the project has no text in a language other than Korean and English.
    static std::string otherLanguageFields(const Project &p);

    // Appends a row; its id must be larger than every stored one (loading, new projects).
    void append(const RowData &row);
    void append(const Project &p) { append(rowData(p)); }
    // Replaces the row's values, keeping its position.
    void replace(Row r, const RowData &row);
    void remove(Row r);
    // Replaces the values of some rows, removes others (ascending) and inserts new ones at
    // their place in id order: in place when they are few, else in one pass over the
    // columns. Returns the inserted rows' final positions, ascending.
    std::vector<Row> restructure(const std::vector<Row> &removeRows, std::vector<RowData> inserts,
                                 std::vector<std::pair<Row, RowData>> replacements = {});
    void reserve(std::size_t rows);

    // Replaces the actor dictionary (after actors were added, renamed or merged),
    // keeping every row pointing at the same actor.
    void setActors(const QList<Actor> &list);

    // Converts every amount into currency with the known rates.
    void setReportingCurrency(const QString &currency);
    void setRates(const QList<ExchangeRate> &list);
    // The rate to use for a line of a year; 0 when unknown.
    std::int64_t rateFor(const QString &currency, int year) const;
    // The rates a row lacks to be reported (its total is NoRate): each (currency, year)
    // once, the year UnknownYear when neither the line nor the project has a year.
    // The reporting currency itself appears when its own rate for a year is missing.
    struct MissingRate {
        QString currency;
        int year = UnknownYear;
        bool operator==(const MissingRate &) const = default;
    };
    QList<MissingRate> missingRates(Row r) const;

    std::size_t memoryBytes() const;

    // Bumped by every change of the rows, so that caches of derived orders know when they are stale.
    std::uint64_t generation() const { return m_generation; }
    // The rank of every row's key or title in a language's collation, computed on the first sort
    // by that text and kept until the rows change (Sorting.cpp fills it).
    struct TextOrder {
        std::uint64_t generation = ~std::uint64_t(0);
        std::vector<std::int32_t> rank;
    };
    TextOrder &textOrder(int which) const { return m_textOrders[std::size_t(which)]; }

private:
    void convertRow(Row r);
    void insertEmptyRow(Row at, std::int64_t id);
    // Appends row r of another snapshot with the same dictionaries, values as they are.
    void copyRow(const Snapshot &from, Row r);
    std::uint64_t m_generation = 0;
    mutable std::array<TextOrder, 4> m_textOrders;
};

} // namespace c2c

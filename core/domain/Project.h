#pragma once
// A project (an IATI "activity") with everything the officer and the
// researcher record about it. Unknown values stay unknown: empty optionals,
// empty lists, ActivityStatus::Unknown - never a made-up zero.
#include "Codes.h"
#include "LocalizedText.h"
#include "Money.h"
#include "Period.h"

#include <QDate>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace c2c {

// Percentages are kept in hundredths of a percent (IATI allows decimals): 100% = 10000.
constexpr int FullShare = 10000;

struct PartnerCountry {
    QString code; // ISO 3166-1 alpha-2 (XK for Kosovo)
    LocalizedText locality;
    std::optional<int> share; // hundredths of a percent
    bool operator==(const PartnerCountry &) const = default;
};

struct ParticipatingOrg {
    std::int64_t actorId = 0; // 0 when the organisation is not an actor of the portfolio
    LocalizedText name;
    QString ref;              // IATI organisation identifier
    OrgRole role = OrgRole::Implementing;
    bool operator==(const ParticipatingOrg &) const = default;
};

struct SectorShare {
    QString code;                     // DAC 5-digit purpose code when vocabulary is "1"
    QString vocabulary = QStringLiteral("1");
    std::optional<int> share;         // hundredths of a percent
    bool operator==(const SectorShare &) const = default;
};

struct SdgTag {
    int goal = 0;   // 1-17
    QString target; // "11.6", empty when only the goal is known
    bool operator==(const SdgTag &) const = default;
};

struct BudgetLine {
    Period period; // usually a year; a total over the whole project has the project's period
                   // (only the dates: a budget period is not planned or actual)
    Money amount;
    BudgetType type = BudgetType::Original;
    BudgetStatus status = BudgetStatus::Indicative;
    QDate valueDate;
    bool operator==(const BudgetLine &) const = default;
};

struct Transaction {
    TransactionType type = TransactionType::Disbursement;
    QDate date;
    Money value;
    QDate valueDate;
    LocalizedText description;
    bool operator==(const Transaction &) const = default;
};

// What the funder plans to disburse in a period (IATI planned-disbursement): a
// forecast, kept as its own list and never added to the budget. Negative values
// (planned repayments, corrections) are allowed.
struct PlannedDisbursement {
    Period period; // only the dates; the end may be unknown
    Money value;
    QDate valueDate;
    std::optional<BudgetType> type; // IATI BudgetType: original or revised; unknown when not stated
    bool operator==(const PlannedDisbursement &) const = default;
};

struct Milestone {
    LocalizedText title;
    QDate due;
    Completion completion = Completion::NotStarted;
    bool operator==(const Milestone &) const = default;
};

struct Source {
    QString citation;
    QString url;
    QString page;
    bool operator==(const Source &) const = default;
};

struct QualityNote {
    QString field;      // which field the note is about, e.g. "amount"
    LocalizedText note; // in Korean and/or English
    Severity severity = Severity::Warning;
    bool operator==(const QualityNote &) const = default;
};

struct Project {
    std::int64_t id = 0;  // database row id, 0 before the first save
    int version = 0;      // bumped by every save; a stale save is refused
    QString key;          // stable, user-visible key, e.g. KR-GB-LAO-SMU
    QString iatiIdentifier;
    LocalizedText title;
    LocalizedText description;
    std::int64_t leadActorId = 0;
    QList<ParticipatingOrg> organisations;
    QList<PartnerCountry> countries;
    QStringList regions; // IATI region codes, kept when a source gives regions
    Period period;
    ActivityStatus status = ActivityStatus::Unknown;
    Modality modality = Modality::Unknown;
    FundingChannel fundingChannel = FundingChannel::Unknown;
    QList<SectorShare> sectors;
    QList<SdgTag> sdgs;
    std::uint32_t cooperationForms = 0; // flag(CooperationForm)
    std::uint32_t dimensions = 0;       // flag(PartnershipDimension)
    QList<BudgetLine> budget;
    QList<Transaction> transactions;
    QList<PlannedDisbursement> plannedDisbursements;
    QList<Milestone> milestones;
    QList<Source> sources;
    QList<QualityNote> qualityNotes;
    QString amountAsPrinted; // the figure exactly as the source printed it
    QString collaborationType; // IATI CollaborationType code
    QString aidType;           // IATI AidType code

    // The lines that make up the budget: the revised ones when there are any,
    // otherwise the original ones.
    QList<BudgetLine> effectiveBudget() const;

    bool operator==(const Project &) const = default;
};

} // namespace c2c

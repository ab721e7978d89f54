#pragma once
// The small closed vocabularies of the domain. Each value has a stable code
// (stored in the database and written to files) and a Korean and an English
// label: labels are data, shown in whichever language the user works in.
#include "LocalizedText.h"

#include <QStringList>

#include <QList>
#include <QString>
#include <cstdint>
#include <optional>
#include <span>

namespace c2c {

enum class ActorKind : std::uint8_t {
    SpecialCity,
    MetropolitanCity,
    SpecialSelfGoverningCity,
    Province,
    SpecialSelfGoverningProvince,
    City,
    County,
    AutonomousDistrict,
    CentralAgency,
    CivilSociety,
    InternationalOrganisation,
    Other,
};

// IATI ActivityStatus codes 1-6; Unknown when the source does not say.
enum class ActivityStatus : std::uint8_t {
    Unknown = 0,
    Pipeline = 1,
    Implementation = 2,
    Finalisation = 3,
    Closed = 4,
    Cancelled = 5,
    Suspended = 6,
};

enum class Modality : std::uint8_t { Unknown, CityToCity, Triangular, SouthSouth, Bilateral };

enum class FundingChannel : std::uint8_t { Unknown, OwnBudget, KoicaCall, CentralMinistry, Other };

// The typology researchers compare; a project may have several (bit flags).
enum class CooperationForm : std::uint8_t {
    CapacityBuilding,
    PolicyConsulting,
    Infrastructure,
    FeasibilityStudy,
    Scholarship,
    CommunityDevelopment,
    KnowledgeExchange,
};

// The three dimensions of city-to-city partnership (bit flags).
enum class PartnershipDimension : std::uint8_t { Political, Technical, Social };

// IATI OrganisationRole codes.
enum class OrgRole : std::uint8_t { Funding = 1, Accountable = 2, Extending = 3, Implementing = 4 };

// The completion scale of the Open Government Partnership's review mechanism.
enum class Completion : std::uint8_t { NotStarted, Limited, Substantial, Complete };

enum class Severity : std::uint8_t { Info, Warning, Error };

// IATI BudgetType and BudgetStatus codes.
enum class BudgetType : std::uint8_t { Original = 1, Revised = 2 };
enum class BudgetStatus : std::uint8_t { Indicative = 1, Committed = 2 };

// IATI TransactionType codes (2.03).
enum class TransactionType : std::uint8_t {
    IncomingFunds = 1,
    OutgoingCommitment = 2,
    Disbursement = 3,
    Expenditure = 4,
    InterestPayment = 5,
    LoanRepayment = 6,
    Reimbursement = 7,
    PurchaseOfEquity = 8,
    SaleOfEquity = 9,
    CreditGuarantee = 10,
    IncomingCommitment = 11,
    OutgoingPledge = 12,
    IncomingPledge = 13,
};

template <class E>
struct CodeEntry {
    E value;
    const char *code;
    const char *en;
    const char *ko;
};

std::span<const CodeEntry<ActorKind>> actorKinds();
std::span<const CodeEntry<ActivityStatus>> activityStatuses();
std::span<const CodeEntry<Modality>> modalities();
std::span<const CodeEntry<FundingChannel>> fundingChannels();
std::span<const CodeEntry<CooperationForm>> cooperationForms();
std::span<const CodeEntry<PartnershipDimension>> partnershipDimensions();
std::span<const CodeEntry<OrgRole>> orgRoles();
std::span<const CodeEntry<Completion>> completions();
std::span<const CodeEntry<Severity>> severities();
std::span<const CodeEntry<BudgetType>> budgetTypes();
std::span<const CodeEntry<BudgetStatus>> budgetStatuses();
std::span<const CodeEntry<TransactionType>> transactionTypes();

template <class E>
std::span<const CodeEntry<E>> codeTable();
template <> inline std::span<const CodeEntry<ActorKind>> codeTable() { return actorKinds(); }
template <> inline std::span<const CodeEntry<ActivityStatus>> codeTable() { return activityStatuses(); }
template <> inline std::span<const CodeEntry<Modality>> codeTable() { return modalities(); }
template <> inline std::span<const CodeEntry<FundingChannel>> codeTable() { return fundingChannels(); }
template <> inline std::span<const CodeEntry<CooperationForm>> codeTable() { return cooperationForms(); }
template <> inline std::span<const CodeEntry<PartnershipDimension>> codeTable() { return partnershipDimensions(); }
template <> inline std::span<const CodeEntry<OrgRole>> codeTable() { return orgRoles(); }
template <> inline std::span<const CodeEntry<Completion>> codeTable() { return completions(); }
template <> inline std::span<const CodeEntry<Severity>> codeTable() { return severities(); }
template <> inline std::span<const CodeEntry<BudgetType>> codeTable() { return budgetTypes(); }
template <> inline std::span<const CodeEntry<BudgetStatus>> codeTable() { return budgetStatuses(); }
template <> inline std::span<const CodeEntry<TransactionType>> codeTable() { return transactionTypes(); }

template <class E>
QString toCode(E value)
{
    for (const auto &e : codeTable<E>())
        if (e.value == value)
            return QString::fromLatin1(e.code);
    return {};
}

// Accepts the code (case-insensitive) or, for IATI code lists, the numeric code.
template <class E>
std::optional<E> fromCode(const QString &code)
{
    const QString c = code.trimmed();
    for (const auto &e : codeTable<E>()) {
        if (c.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0)
            return e.value;
    }
    bool isNumber = false;
    const int n = c.toInt(&isNumber);
    if (isNumber) {
        for (const auto &e : codeTable<E>())
            if (static_cast<int>(e.value) == n)
                return e.value;
    }
    return std::nullopt;
}

template <class E>
LocalizedText label(E value)
{
    for (const auto &e : codeTable<E>())
        if (e.value == value)
            return LocalizedText{QString::fromUtf8(e.ko), QString::fromUtf8(e.en), {}};
    return {};
}

template <class E>
constexpr std::uint32_t flag(E value)
{
    return 1u << static_cast<unsigned>(value);
}

template <class E>
QList<E> valuesIn(std::uint32_t flags)
{
    QList<E> out;
    for (const auto &e : codeTable<E>())
        if (flags & flag(e.value))
            out.append(e.value);
    return out;
}

// Lists of coded values as their codes and back (unknown codes are left out),
// and flag sets as the codes of their flags: for saved filters, files and facets.
template <class E>
QStringList toCodes(const QList<E> &values)
{
    QStringList out;
    for (E v : values)
        out.append(toCode(v));
    return out;
}

template <class E>
QList<E> fromCodes(const QStringList &codes)
{
    QList<E> out;
    for (const QString &c : codes)
        if (const auto e = fromCode<E>(c))
            out.append(*e);
    return out;
}

template <class E>
QStringList flagCodes(std::uint32_t flags)
{
    return toCodes(valuesIn<E>(flags));
}

template <class E>
std::uint32_t flagsFromCodes(const QStringList &codes)
{
    std::uint32_t flags = 0;
    for (E v : fromCodes<E>(codes))
        flags |= flag(v);
    return flags;
}

bool isKoreanLocalGovernment(ActorKind kind);

} // namespace c2c

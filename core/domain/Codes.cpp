#include "Codes.h"

namespace c2c {

namespace {

constexpr CodeEntry<ActorKind> kActorKinds[] = {
    {ActorKind::SpecialCity, "special-city", "Special city", "특별시"},
    {ActorKind::MetropolitanCity, "metropolitan-city", "Metropolitan city", "광역시"},
    {ActorKind::SpecialSelfGoverningCity, "special-self-governing-city", "Special self-governing city", "특별자치시"},
    {ActorKind::Province, "province", "Province", "도"},
    {ActorKind::SpecialSelfGoverningProvince, "special-self-governing-province", "Special self-governing province", "특별자치도"},
    {ActorKind::City, "city", "City", "시"},
    {ActorKind::County, "county", "County", "군"},
    {ActorKind::AutonomousDistrict, "autonomous-district", "Autonomous district", "자치구"},
    {ActorKind::CentralAgency, "central-agency", "Central agency", "중앙행정기관"},
    {ActorKind::CivilSociety, "civil-society", "Civil-society organisation", "시민사회단체"},
    {ActorKind::InternationalOrganisation, "international-organisation", "International organisation", "국제기구"},
    {ActorKind::Other, "other", "Other", "기타"},
};

constexpr CodeEntry<ActivityStatus> kStatuses[] = {
    {ActivityStatus::Unknown, "unknown", "Unknown", "미상"},
    {ActivityStatus::Pipeline, "pipeline", "Pipeline/identification", "발굴·기획"},
    {ActivityStatus::Implementation, "implementation", "Implementation", "시행 중"},
    {ActivityStatus::Finalisation, "finalisation", "Finalisation", "종료 단계"},
    {ActivityStatus::Closed, "closed", "Closed", "종료"},
    {ActivityStatus::Cancelled, "cancelled", "Cancelled", "취소"},
    {ActivityStatus::Suspended, "suspended", "Suspended", "중단"},
};

constexpr CodeEntry<Modality> kModalities[] = {
    {Modality::Unknown, "unknown", "Unknown", "미상"},
    {Modality::CityToCity, "city-to-city", "City-to-city (decentralised)", "도시 간 협력(지방 분권형)"},
    {Modality::Triangular, "triangular", "Triangular", "삼각협력"},
    {Modality::SouthSouth, "south-south", "South-South", "남남협력"},
    {Modality::Bilateral, "bilateral", "Bilateral via an agency", "양자(기관 경유)"},
};

constexpr CodeEntry<FundingChannel> kChannels[] = {
    {FundingChannel::Unknown, "unknown", "Unknown", "미상"},
    {FundingChannel::OwnBudget, "own-budget", "Own budget", "자체 예산"},
    {FundingChannel::KoicaCall, "koica-call", "KOICA local-government call", "KOICA 지자체 공모"},
    {FundingChannel::CentralMinistry, "central-ministry", "Central ministry", "중앙부처"},
    {FundingChannel::Other, "other", "Other", "기타"},
};

constexpr CodeEntry<CooperationForm> kForms[] = {
    {CooperationForm::CapacityBuilding, "capacity-building", "Capacity building and training", "역량강화·연수"},
    {CooperationForm::PolicyConsulting, "policy-consulting", "Policy consulting and master planning", "정책자문·마스터플랜"},
    {CooperationForm::Infrastructure, "infrastructure", "Infrastructure and equipment", "인프라·기자재"},
    {CooperationForm::FeasibilityStudy, "feasibility-study", "Feasibility study", "타당성조사"},
    {CooperationForm::Scholarship, "scholarship", "Scholarship and education", "장학·교육"},
    {CooperationForm::CommunityDevelopment, "community-development", "Community development (e.g. Saemaul Undong)", "지역공동체 개발(새마을운동 등)"},
    {CooperationForm::KnowledgeExchange, "knowledge-exchange", "Knowledge exchange", "지식교류"},
};

constexpr CodeEntry<PartnershipDimension> kDimensions[] = {
    {PartnershipDimension::Political, "political", "Political", "정치적"},
    {PartnershipDimension::Technical, "technical", "Technical", "기술적"},
    {PartnershipDimension::Social, "social", "Social", "사회적"},
};

constexpr CodeEntry<OrgRole> kRoles[] = {
    {OrgRole::Funding, "funding", "Funding", "재원 제공"},
    {OrgRole::Accountable, "accountable", "Accountable", "책임"},
    {OrgRole::Extending, "extending", "Extending", "집행 위탁"},
    {OrgRole::Implementing, "implementing", "Implementing", "시행"},
};

constexpr CodeEntry<Completion> kCompletions[] = {
    {Completion::NotStarted, "not-started", "Not started", "시작 전"},
    {Completion::Limited, "limited", "Limited", "제한적"},
    {Completion::Substantial, "substantial", "Substantial", "상당 부분"},
    {Completion::Complete, "complete", "Complete", "완료"},
};

constexpr CodeEntry<Severity> kSeverities[] = {
    {Severity::Info, "info", "Information", "참고"},
    {Severity::Warning, "warning", "Warning", "주의"},
    {Severity::Error, "error", "Error", "오류"},
};

constexpr CodeEntry<BudgetType> kBudgetTypes[] = {
    {BudgetType::Original, "original", "Original", "본예산"},
    {BudgetType::Revised, "revised", "Revised", "수정예산"},
};

constexpr CodeEntry<BudgetStatus> kBudgetStatuses[] = {
    {BudgetStatus::Indicative, "indicative", "Indicative", "잠정"},
    {BudgetStatus::Committed, "committed", "Committed", "확정"},
};

constexpr CodeEntry<TransactionType> kTransactionTypes[] = {
    {TransactionType::IncomingFunds, "incoming-funds", "Incoming funds", "수입 자금"},
    {TransactionType::OutgoingCommitment, "outgoing-commitment", "Outgoing commitment", "지출 약정"},
    {TransactionType::Disbursement, "disbursement", "Disbursement", "지급"},
    {TransactionType::Expenditure, "expenditure", "Expenditure", "지출"},
    {TransactionType::InterestPayment, "interest-payment", "Interest payment", "이자 상환"},
    {TransactionType::LoanRepayment, "loan-repayment", "Loan repayment", "원금 상환"},
    {TransactionType::Reimbursement, "reimbursement", "Reimbursement", "환급"},
    {TransactionType::PurchaseOfEquity, "purchase-of-equity", "Purchase of equity", "지분 매입"},
    {TransactionType::SaleOfEquity, "sale-of-equity", "Sale of equity", "지분 매각"},
    {TransactionType::CreditGuarantee, "credit-guarantee", "Credit guarantee", "신용 보증"},
    {TransactionType::IncomingCommitment, "incoming-commitment", "Incoming commitment", "수입 약정"},
    {TransactionType::OutgoingPledge, "outgoing-pledge", "Outgoing pledge", "지출 서약"},
    {TransactionType::IncomingPledge, "incoming-pledge", "Incoming pledge", "수입 서약"},
};

} // namespace

std::span<const CodeEntry<ActorKind>> actorKinds() { return kActorKinds; }
std::span<const CodeEntry<ActivityStatus>> activityStatuses() { return kStatuses; }
std::span<const CodeEntry<Modality>> modalities() { return kModalities; }
std::span<const CodeEntry<FundingChannel>> fundingChannels() { return kChannels; }
std::span<const CodeEntry<CooperationForm>> cooperationForms() { return kForms; }
std::span<const CodeEntry<PartnershipDimension>> partnershipDimensions() { return kDimensions; }
std::span<const CodeEntry<OrgRole>> orgRoles() { return kRoles; }
std::span<const CodeEntry<Completion>> completions() { return kCompletions; }
std::span<const CodeEntry<Severity>> severities() { return kSeverities; }
std::span<const CodeEntry<BudgetType>> budgetTypes() { return kBudgetTypes; }
std::span<const CodeEntry<BudgetStatus>> budgetStatuses() { return kBudgetStatuses; }
std::span<const CodeEntry<TransactionType>> transactionTypes() { return kTransactionTypes; }

bool isKoreanLocalGovernment(ActorKind kind)
{
    return static_cast<int>(kind) <= static_cast<int>(ActorKind::AutonomousDistrict);
}

} // namespace c2c

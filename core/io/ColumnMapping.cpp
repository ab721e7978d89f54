#include "ColumnMapping.h"

#include <QHash>

namespace c2c {

namespace {

struct FieldInfo {
    ImportField field;
    const char *code;
    const char *label; // translated in the context c2c::ColumnMapping
    // Header names that suggest the field, already normalised (lower case, no spaces, _ - . ( ) /).
    const char *names;
};

const FieldInfo kFields[] = {
    {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "(ignore)"), ""},
    {ImportField::Key, "key", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Key"),
     "key id caseid projectid projectkey code 사업코드 사업번호 관리번호 번호 코드 키"},
    {ImportField::IatiIdentifier, "iati_identifier", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "IATI identifier"),
     "iatiidentifier iatiid iati"},
    {ImportField::Title, "title", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Title (either language)"),
     "title projecttitle projectname name project 사업명 과제명 사업 제목 프로젝트명"},
    {ImportField::TitleKo, "title_ko", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Title in Korean"),
     "titleko koreantitle titlekorean 사업명국문 국문사업명 한글사업명 사업명한글"},
    {ImportField::TitleEn, "title_en", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Title in English"),
     "titleen englishtitle titleenglish 사업명영문 영문사업명"},
    {ImportField::Description, "description", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Description (either language)"),
     "description summary 설명 사업내용 내용 사업개요 개요"},
    {ImportField::DescriptionKo, "description_ko", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Description in Korean"),
     "descriptionko 국문설명"},
    {ImportField::DescriptionEn, "description_en", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Description in English"),
     "descriptionen 영문설명"},
    {ImportField::Actor, "actor", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Lead actor (either language)"),
     "actor leadactor localgovernment government organisation organization agency 지자체 지방자치단체 자치단체 "
     "기관 기관명 시행기관 주관기관 수행기관 추진기관"},
    {ImportField::ActorKo, "actor_ko", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Lead actor in Korean"),
     "actorko 지자체국문 기관명국문"},
    {ImportField::ActorEn, "actor_en", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Lead actor in English"),
     "actoren 지자체영문 기관명영문"},
    {ImportField::ActorKind, "actor_kind", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Kind of actor"),
     "actorkind kind 기관유형 지자체유형"},
    {ImportField::Countries, "countries", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Partner countries"),
     "country countries partnercountry partnercountries recipientcountry 국가 국가명 대상국 협력국 수원국 협력대상국 파트너국가"},
    {ImportField::Locality, "locality", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Locality (city or province)"),
     "locality partnerlocality partnercity region 지역 도시 대상지역 협력도시"},
    {ImportField::StartYear, "start", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Start (year or date)"),
     "startyear start startdate from 시작연도 시작년도 시작일 시작 착수연도 착수년도 사업시작"},
    {ImportField::EndYear, "end", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "End (year or date)"),
     "endyear end enddate to 종료연도 종료년도 종료일 종료 완료연도 사업종료"},
    {ImportField::Amount, "amount", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Budget"),
     "amount budget total totalbudget cost value 예산 사업비 금액 총사업비 사업예산 지원금액 총예산"},
    {ImportField::Currency, "currency", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Currency"), "currency 통화 화폐 통화단위"},
    {ImportField::AmountAsPrinted, "amount_as_printed", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Amount as printed"),
     "amountasprinted 원문금액"},
    {ImportField::Sector, "sector", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "DAC sector code"),
     "sector sectorcode dac daccode purposecode 분야 분야코드 섹터"},
    {ImportField::Sdg, "sdg", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "SDG goals or targets"),
     "sdg sdgs sdgtarget sdgtargets sdggoal sdggoals 지속가능발전목표 sdg목표"},
    {ImportField::Status, "status", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Status"),
     "status activitystatus 상태 진행상태 사업상태 추진현황"},
    {ImportField::Modality, "modality", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Modality"),
     "modality type cooperationtype 유형 협력유형 사업유형 협력방식"},
    {ImportField::FundingChannel, "funding_channel", QT_TRANSLATE_NOOP("c2c::ColumnMapping", "Funding channel"),
     "fundingchannel channel funding 재원 재원구분 예산구분"},
};
static_assert(std::size(kFields) == std::size_t(ImportField::Count));

QString normalised(const QString &header)
{
    QString out;
    for (QChar c : header.trimmed().toLower())
        if (!c.isSpace() && !QStringLiteral("_-.()/[]·").contains(c))
            out.append(c);
    return out;
}

const QHash<QString, ImportField> &nameIndex()
{
    static const QHash<QString, ImportField> index = [] {
        QHash<QString, ImportField> h;
        for (const FieldInfo &f : kFields)
            for (const QString &n : QString::fromUtf8(f.names).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                h.insert(n, f.field);
        return h;
    }();
    return index;
}

} // namespace

ImportField ColumnMapping::suggestField(const QString &header)
{
    const QString n = normalised(header);
    if (n.isEmpty())
        return ImportField::Ignore;
    const auto &index = nameIndex();
    if (auto it = index.find(n); it != index.end())
        return *it;
    // "사업명(영문)" style: a known name plus a language marker.
    const bool ko = n.contains(QStringLiteral("국문")) || n.contains(QStringLiteral("한글")) || n.endsWith(QLatin1String("ko"))
                    || n.contains(QLatin1String("korean"));
    const bool en = n.contains(QStringLiteral("영문")) || n.endsWith(QLatin1String("en")) || n.contains(QLatin1String("english"));
    for (const QString &marker : {QStringLiteral("국문"), QStringLiteral("한글"), QStringLiteral("영문"),
                                  QStringLiteral("korean"), QStringLiteral("english")}) {
        QString stripped = n;
        stripped.remove(marker);
        if (stripped != n && index.contains(stripped)) {
            const ImportField base = index.value(stripped);
            if (base == ImportField::Title)
                return ko ? ImportField::TitleKo : en ? ImportField::TitleEn : base;
            if (base == ImportField::Actor)
                return ko ? ImportField::ActorKo : en ? ImportField::ActorEn : base;
            if (base == ImportField::Description)
                return ko ? ImportField::DescriptionKo : en ? ImportField::DescriptionEn : base;
            return base;
        }
    }
    return ImportField::Ignore;
}

ColumnMapping ColumnMapping::suggest(const QStringList &header)
{
    ColumnMapping m;
    for (const QString &h : header) {
        ImportField f = suggestField(h);
        if (f != ImportField::Ignore && m.columns.contains(f))
            f = ImportField::Ignore; // e.g. a second "country" column: the user decides
        m.columns.append(f);
    }
    return m;
}

QString ColumnMapping::code(ImportField field)
{
    return QString::fromLatin1(kFields[int(field)].code);
}

ImportField ColumnMapping::fromCode(const QString &code)
{
    for (const FieldInfo &f : kFields)
        if (code == QLatin1String(f.code))
            return f.field;
    return ImportField::Ignore;
}

QString ColumnMapping::label(ImportField field)
{
    return ColumnMappingText::tr(kFields[int(field)].label);
}

QStringList ColumnMapping::codes() const
{
    QStringList out;
    for (ImportField f : columns)
        out.append(code(f));
    return out;
}

ColumnMapping ColumnMapping::fromCodes(const QStringList &codes)
{
    ColumnMapping m;
    for (const QString &c : codes)
        m.columns.append(fromCode(c));
    return m;
}

} // namespace c2c

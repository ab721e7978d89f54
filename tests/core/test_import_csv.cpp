// Spreadsheet import: encodings Korean Excel writes, delimiters, header names
// in either language, Korean money forms, quoted line breaks, duplicate keys,
// and a malformed file that is refused as a whole.
#include "CoreFixture.h"
#include "EmptyPortfolio.h"

#include "io/CsvImport.h"
#include "io/ImportWriter.h"
#include "io/MoneyText.h"
#include "portfolio/Portfolio.h"

#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>
#include <random>

using namespace c2c;

namespace {

struct Fixture : EmptyPortfolio {
    ImportReport import(const CsvDocument &doc, DuplicatePolicy policy = DuplicatePolicy::Update, QString currency = {})
    {
        return ImportWriter::run(
            *portfolio,
            [&](const ItemSink &sink, QList<ImportIssue> &issues) {
                CsvImport::read(doc, ColumnMapping::suggest(doc.header), {currency, QStringLiteral("ROW")}, sink, issues);
            },
            policy, false);
    }
    Project byKey(const char *key) { return portfolio->projects().readByKey(QString::fromUtf8(key)).value(); }
};

CsvDocument load(const char *name)
{
    auto doc = CsvImport::load(kCsv + QLatin1String(name));
    BOOST_REQUIRE_MESSAGE(doc.ok(), doc.error());
    return doc.value();
}

QString allIssues(const ImportReport &r)
{
    QStringList out;
    for (const ImportIssue &i : r.issues)
        out.append(i.text());
    return out.join(QLatin1Char('\n'));
}

Money krw(std::int64_t won)
{
    return Money(won, QStringLiteral("KRW"));
}

} // namespace

BOOST_AUTO_TEST_CASE(korean_and_english_money_forms)
{
    auto parse = [](const char *text, const char *currency = "") {
        auto m = MoneyText::parse(QString::fromUtf8(text), QLatin1String(currency));
        BOOST_REQUIRE_MESSAGE(m.ok(), m.error());
        return m.value();
    };
    BOOST_TEST(parse("1,234,567", "KRW") == krw(1234567));
    BOOST_TEST(parse("₩1,234,567") == krw(1234567));
    BOOST_TEST(parse("USD 200,000") == Money(20000000, QStringLiteral("USD")));
    BOOST_TEST(parse("200,000.5 USD") == Money(20000050, QStringLiteral("USD")));
    BOOST_TEST(parse("3.5억원") == krw(350000000));
    BOOST_TEST(parse("1,200만원") == krw(12000000));
    BOOST_TEST(parse("3억 5,000만원") == krw(350000000));
    BOOST_TEST(parse("5천만원") == krw(50000000));
    BOOST_TEST(parse("2억", "KRW") == krw(200000000));
    BOOST_TEST(parse("1.5만", "USD") == Money(1500000, QStringLiteral("USD")));
    BOOST_TEST(!MoneyText::parse(QStringLiteral("1,234"), QString()).ok()); // no currency anywhere
    BOOST_TEST(!MoneyText::parse(QStringLiteral("USD 100"), QStringLiteral("KRW")).ok()); // disagrees with the column
    BOOST_TEST(!MoneyText::parse(QStringLiteral("많음"), QStringLiteral("KRW")).ok());
    BOOST_TEST(!MoneyText::parse(QStringLiteral("5만 3억"), QStringLiteral("KRW")).ok()); // units out of order
}

// The fast path for plain whole numbers agrees with the general parser on every text it takes,
// and leaves every text it does not take to it: random numbers, leading zeros, "-0", too large.
BOOST_AUTO_TEST_CASE(whole_numbers_read_fast_as_the_general_parser_reads_them)
{
    std::mt19937 random(20261129);
    const QStringList currencies{QStringLiteral("KRW"), QStringLiteral("USD"), QStringLiteral("JPY"), QStringLiteral("BHD"),
                                 QStringLiteral("usd"), QString()};
    QStringList texts{QStringLiteral("0"), QStringLiteral("-0"), QStringLiteral("007"), QStringLiteral("-"), QString(),
                      QStringLiteral("9223372036854775807"), QStringLiteral("922337203685477580"),
                      QStringLiteral("999999999999999999"), QStringLiteral("1 000"), QStringLiteral("12a"), QStringLiteral("+5")};
    for (int i = 0; i < 2000; ++i) {
        QString t = random() % 5 == 0 ? QStringLiteral("-") : QString();
        const int length = 1 + int(random() % 20);
        for (int d = 0; d < length; ++d)
            t.append(QChar(u'0' + char16_t(random() % 10)));
        texts.append(t);
    }
    int taken = 0;
    for (const QString &currency : currencies) {
        for (const QString &text : texts) {
            bool canonical = false;
            const auto whole = MoneyText::parseWhole(text, currency, &canonical);
            const auto general = Money::parse(text, currency, QLocale::c());
            if (!whole)
                continue; // left to the general parser
            ++taken;
            BOOST_TEST_REQUIRE(general.ok(), text.toStdString() << " " << currency.toStdString());
            BOOST_TEST(general.value() == *whole, text.toStdString() << " " << currency.toStdString());
            BOOST_TEST(canonical == (text == whole->toDecimalString()), text.toStdString() << " " << currency.toStdString());
        }
    }
    BOOST_TEST(taken > 4000); // the fast path did take the common case
    BOOST_TEST(!MoneyText::parseWhole(QStringLiteral("1,234"), QStringLiteral("KRW")));
    BOOST_TEST(!MoneyText::parseWhole(QStringLiteral("99999999999999999"), QStringLiteral("BHD"))); // too large in fils
}

BOOST_AUTO_TEST_CASE(headers_in_either_language_are_mapped)
{
    const ColumnMapping m = ColumnMapping::suggest({QStringLiteral("사업명"), QStringLiteral("Local government"), QStringLiteral("국가"),
                                                    QStringLiteral("예산"), QStringLiteral("시작연도"), QStringLiteral("Title (EN)"),
                                                    QStringLiteral("budget"), QStringLiteral("비고")});
    BOOST_TEST(int(m.columns[0]) == int(ImportField::Title));
    BOOST_TEST(int(m.columns[1]) == int(ImportField::Actor));
    BOOST_TEST(int(m.columns[2]) == int(ImportField::Countries));
    BOOST_TEST(int(m.columns[3]) == int(ImportField::Amount));
    BOOST_TEST(int(m.columns[4]) == int(ImportField::StartYear));
    BOOST_TEST(int(m.columns[5]) == int(ImportField::TitleEn));
    BOOST_TEST(int(m.columns[6]) == int(ImportField::Ignore)); // the budget is already mapped
    BOOST_TEST(int(m.columns[7]) == int(ImportField::Ignore));
    BOOST_TEST(ColumnMapping::fromCodes(m.codes()).columns == m.columns);
}

BOOST_FIXTURE_TEST_CASE(utf8_with_korean_money_quoted_newline_and_duplicate_key, Fixture)
{
    const CsvDocument doc = load("projects-utf8.csv");
    BOOST_TEST(int(doc.encoding) == int(TextEncoding::Utf8));
    BOOST_TEST(bool(doc.delimiter == QLatin1Char(',')));
    BOOST_TEST(doc.hasHeader);
    const ImportReport r = import(doc);
    BOOST_TEST(!r.hasErrors(), allIssues(r));
    BOOST_TEST(r.imported == 5);
    BOOST_TEST(r.updated == 1); // KR-SW-VN-01 appears twice: the second row updates the first
    BOOST_TEST(portfolio->projects().count() == 5);
    const Project vn = byKey("KR-SW-VN-01");
    BOOST_TEST(vn.title.ko == QStringLiteral("베트남 수원시 상수도 협력 (변경)"));
    BOOST_TEST(vn.budget.first().amount == krw(400000000));
    BOOST_TEST(vn.period.end->year == 2022);
    BOOST_TEST(vn.countries.first().code == QStringLiteral("VN"));
    const Project la = byKey("KR-SW-LA-02");
    BOOST_TEST(la.title.ko == QStringLiteral("라오스 직업훈련\n(2단계)"));
    BOOST_TEST(la.budget.first().amount == krw(12000000));
    BOOST_TEST(la.amountAsPrinted == QStringLiteral("1,200만원"));
    BOOST_TEST(int(la.status) == int(ActivityStatus::Closed)); // "종료"
    const Project kh = byKey("KR-GB-KH-03");
    BOOST_TEST(kh.title.en == QStringLiteral("Cambodia Saemaul villages"));
    BOOST_TEST(kh.budget.first().amount == Money(20000000, QStringLiteral("USD")));
    BOOST_TEST(kh.countries.first().code == QStringLiteral("KH"));
    BOOST_TEST(!kh.period.end.has_value()); // empty: unknown
    BOOST_TEST(int(kh.status) == int(ActivityStatus::Implementation)); // "시행 중"
    BOOST_TEST(portfolio->actors().read(kh.leadActorId).value().moisCode == QStringLiteral("47"));
    BOOST_TEST(byKey("KR-IC-MN-04").budget.first().amount == krw(1234567));
    const Project gg = byKey("KR-GG-VN-05");
    BOOST_TEST(gg.budget.isEmpty()); // an empty budget cell is unknown, not zero
    BOOST_TEST(portfolio->actors().read(gg.leadActorId).value().name.ko == QStringLiteral("경기도"));
    // 수원시 is no first-tier government: it is created once and shared.
    BOOST_TEST(vn.leadActorId == la.leadActorId);
    BOOST_TEST(portfolio->actors().read(vn.leadActorId).value().name.ko == QStringLiteral("수원시"));
    BOOST_TEST(int(portfolio->actors().read(vn.leadActorId).value().kind) == int(ActorKind::City)); // from "시"
}

BOOST_FIXTURE_TEST_CASE(an_old_file_in_a_withdrawn_currency_still_imports, Fixture)
{
    // EEK left ISO 4217 in 2011: no picker offers it, but old spreadsheets still read.
    auto doc = CsvImport::fromText(QStringLiteral("사업코드,사업명,국가,예산,통화\nKR-EE-01,탈린 협력,EE,\"1,500\",EEK\n"),
                                   QStringLiteral("old.csv"));
    BOOST_REQUIRE_MESSAGE(doc.ok(), doc.error());
    const ImportReport r = import(doc.value());
    BOOST_TEST(!r.hasErrors(), allIssues(r));
    BOOST_TEST(byKey("KR-EE-01").budget.first().amount == Money(150000, QStringLiteral("EEK")));
}

BOOST_FIXTURE_TEST_CASE(duplicate_keys_can_be_skipped, Fixture)
{
    const ImportReport r = import(load("projects-utf8.csv"), DuplicatePolicy::Skip);
    BOOST_TEST(r.imported == 5);
    BOOST_TEST(r.skipped == 1);
    BOOST_TEST(byKey("KR-SW-VN-01").budget.first().amount == krw(350000000)); // the first row stays
    const ImportReport again = import(load("projects-utf8.csv"), DuplicatePolicy::Skip);
    BOOST_TEST(again.skipped == 6);
    BOOST_TEST(portfolio->projects().count() == 5);
}

BOOST_FIXTURE_TEST_CASE(utf8_bom_with_semicolons, Fixture)
{
    const CsvDocument doc = load("projects-utf8-bom.csv");
    BOOST_TEST(int(doc.encoding) == int(TextEncoding::Utf8Bom));
    BOOST_TEST(bool(doc.delimiter == QLatin1Char(';')));
    BOOST_TEST(doc.header.first() == QStringLiteral("case_id"));
    const ImportReport r = import(doc);
    BOOST_TEST(!r.hasErrors(), allIssues(r));
    BOOST_TEST(r.imported == 3);
    const Project ph = byKey("KR-BS-PH-01");
    BOOST_TEST(ph.title.ko == QStringLiteral("필리핀 세부 폐기물 관리"));
    BOOST_TEST(ph.title.en == QStringLiteral("Solid waste management in Cebu"));
    BOOST_TEST(ph.budget.first().amount == Money(123456700, QStringLiteral("USD")));
    BOOST_TEST(ph.sdgs.first().target == QStringLiteral("11.6"));
    const Project manila = byKey("KR-BS-PH-02");
    BOOST_TEST(manila.title.ko == QStringLiteral("필리핀 마닐라; 재난 대응"));
    BOOST_TEST(manila.budget.first().amount == krw(50000000));
    BOOST_TEST(manila.countries.first().code == QStringLiteral("PH"));
    BOOST_TEST(byKey("KR-DG-ET-03").budget.isEmpty());
}

BOOST_FIXTURE_TEST_CASE(cp949_from_korean_excel, Fixture)
{
    const CsvDocument doc = load("projects-cp949.csv");
    BOOST_TEST(int(doc.encoding) == int(TextEncoding::Cp949));
    BOOST_TEST(doc.header.at(1) == QStringLiteral("사업명"));
    const ImportReport r = import(doc);
    BOOST_TEST(!r.hasErrors(), allIssues(r));
    BOOST_TEST(r.imported == 3);
    const Project jj = byKey("KR-JJ-VN-02");
    BOOST_TEST(jj.title.ko == QStringLiteral("베트남 관광 개발, 2단계"));
    BOOST_TEST(jj.budget.first().amount == krw(250000000));
    BOOST_TEST(byKey("KR-JN-LA-03").budget.first().amount == krw(350000000));
    BOOST_TEST(byKey("KR-JJ-MN-01").countries.first().code == QStringLiteral("MN"));
    // Read as UTF-8 on purpose, the same bytes are refused with the line.
    CsvOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    auto wrong = CsvImport::load(kCsv + QStringLiteral("projects-cp949.csv"), utf8);
    BOOST_TEST(!wrong.ok());
    BOOST_TEST(wrong.error().contains(QStringLiteral("line 1")), wrong.error());
}

BOOST_FIXTURE_TEST_CASE(a_malformed_file_is_refused_with_every_problem, Fixture)
{
    const ImportReport r = import(load("projects-malformed.csv"));
    BOOST_TEST(r.hasErrors());
    const QString text = allIssues(r);
    BOOST_TEST(text.contains(QStringLiteral("projects-malformed.csv, line 3: 8 cells where the header has 7")), text);
    BOOST_TEST(text.contains(QStringLiteral("line 4, 시작연도: \"이천십구\" is not a year")), text);
    BOOST_TEST(text.contains(QStringLiteral("line 5, 예산: \"많음\" is not an amount")), text);
    BOOST_TEST(text.contains(QStringLiteral("line 6, 국가: \"Atlantis\" is not a country")), text);
    BOOST_TEST(portfolio->projects().count() == 0); // not even the good row on line 2
    BOOST_TEST(r.imported == 0);
}

BOOST_FIXTURE_TEST_CASE(pasted_cells_without_a_header_and_binary_files, Fixture)
{
    auto doc = CsvImport::fromText(QStringLiteral("KR-P-1\t몽골 숲\t2020\t1억원\nKR-P-2\tForest in Mongolia\t2021\t\n"),
                                   QStringLiteral("clipboard"));
    BOOST_REQUIRE(doc.ok());
    BOOST_TEST(bool(doc->delimiter == QLatin1Char('\t')));
    BOOST_TEST(!doc->hasHeader); // the first row holds numbers: data, not names
    BOOST_TEST(doc->firstRows(10).size() == 2);
    auto binary = CsvImport::fromBytes(QByteArray("PK\x03\x04\x00\x00", 6), QStringLiteral("book.xlsx"));
    BOOST_TEST(!binary.ok());
    BOOST_TEST(binary.error().contains(QStringLiteral("book.xlsx, line 1")));
}

// Korean local governments named in a sheet become actors with both official names, the
// MOIS code and the kind; the same government named otherwise later is the same actor.
BOOST_FIXTURE_TEST_CASE(local_governments_are_recognised_by_name_in_either_language, Fixture)
{
    auto text = [](const char *csv) {
        auto doc = CsvImport::fromText(QString::fromUtf8(csv), QStringLiteral("governments.csv"), {});
        BOOST_REQUIRE_MESSAGE(doc.ok(), doc.error());
        return doc.value();
    };
    const ImportReport first = import(text("id,lead_actor,title_en\n"
                                           "G-1,구미시,Water supply in Vientiane\n"
                                           "G-2,인천광역시 중구,Port training\n"
                                           "G-3,중구,Somewhere called Jung-gu\n"
                                           "G-4,천논구,A district of no map\n"));
    BOOST_TEST_REQUIRE(!first.hasErrors(), allIssues(first).toStdString());
    const ImportReport second = import(text("id,lead_actor,title_en\n"
                                            "G-5,Gumi-si,Smart city\n"
                                            "G-6,\"Jung-gu, Incheon\",Ferry terminal\n"));
    BOOST_TEST_REQUIRE(!second.hasErrors(), allIssues(second).toStdString());

    auto actorOf = [&](const char *key) { return portfolio->actors().read(byKey(key).leadActorId).value(); };
    const Actor gumi = actorOf("G-1");
    BOOST_TEST(gumi.name.ko == QStringLiteral("구미시"));
    BOOST_TEST(gumi.name.en == QStringLiteral("Gumi-si"));
    BOOST_TEST(gumi.moisCode == QStringLiteral("47190"));
    BOOST_TEST((gumi.kind == ActorKind::City));
    BOOST_TEST(actorOf("G-5").id == gumi.id);
    const Actor jung = actorOf("G-2");
    BOOST_TEST(jung.name.ko == QStringLiteral("인천 중구"));
    BOOST_TEST(jung.name.en == QStringLiteral("Jung-gu, Incheon"));
    BOOST_TEST(jung.moisCode == QStringLiteral("28110"));
    BOOST_TEST((jung.kind == ActorKind::AutonomousDistrict));
    BOOST_TEST(actorOf("G-6").id == jung.id);
    // A name six governments share, and a name none has, stay as the sheet wrote them.
    const Actor bare = actorOf("G-3");
    BOOST_TEST(bare.id != jung.id);
    BOOST_TEST(bare.name.ko == QStringLiteral("중구"));
    BOOST_TEST(bare.moisCode.isEmpty());
    BOOST_TEST(actorOf("G-4").moisCode.isEmpty());
}

// A portfolio that already has the government as an actor made from its name alone keeps that
// one actor when the government is named in the other language or by its code.
BOOST_FIXTURE_TEST_CASE(an_actor_made_from_a_name_is_not_made_twice, Fixture)
{
    Actor old;
    old.kind = ActorKind::City;
    old.name = {QStringLiteral("구미시"), QStringLiteral(""), {}};
    BOOST_REQUIRE(portfolio->actors().create(old).ok());
    auto doc = CsvImport::fromText(QStringLiteral("id,actor_en,title_en\nH-1,Gumi-si,Smart city\n"), QStringLiteral("h.csv"), {});
    BOOST_REQUIRE(doc.ok());
    const ImportReport r = import(doc.value());
    BOOST_TEST_REQUIRE(!r.hasErrors(), allIssues(r).toStdString());
    BOOST_TEST(byKey("H-1").leadActorId == old.id);
}

#include "Classification.h"

#include <array>

namespace c2c {

namespace {

struct Rule {
    std::initializer_list<const char16_t *> words; // lower case; Korean and English
    const char16_t *sector;
    int goal;
};

// The more specific fields first: "청렴포털 교육자 양성" is about integrity before
// education, "관광·상권 활성화를 위한 도시 기본계획" about urban planning before tourism.
const std::array<Rule, 20> &rules()
{
    static const std::array<Rule, 20> table{{
        {{u"새마을", u"saemaul"}, u"43040", 1},
        {{u"청렴", u"반부패", u"부패", u"anti-corruption", u"corruption", u"integrity"}, u"15113", 16},
        {{u"소방", u"재난", u"재해", u"firefight", u"fire truck", u"firetruck", u"fire service", u"disaster"}, u"43060", 11},
        {{u"사막", u"desert"}, u"31220", 15},
        {{u"조림", u"숲", u"산림", u"나무", u"forest", u"afforest", u"reforest", u"tree planting"}, u"31220", 15},
        {{u"자원회수", u"폐기물", u"쓰레기", u"waste"}, u"14050", 11},
        {{u"상수도", u"식수", u"하수", u"위생", u"drinking water", u"water supply", u"sanitation"}, u"14030", 6},
        {{u"기본계획", u"도시계획", u"도시 계획", u"도시개발", u"도시 개발", u"master plan", u"urban plan", u"urban development"}, u"43030", 11},
        {{u"도서관", u"library"}, u"11120", 4},
        {{u"장학", u"scholarship"}, u"11420", 4},
        {{u"병원", u"보건", u"의료", u"health", u"hospital", u"clinic"}, u"12220", 3},
        {{u"태양광", u"에너지", u"solar", u"energy"}, u"23110", 7},
        {{u"전자정부", u"디지털", u"e-government", u"digital", u"ict"}, u"22040", 9},
        {{u"교통", u"도로", u"transport", u"road"}, u"21010", 11},
        {{u"관광", u"tourism"}, u"33210", 8},
        {{u"농업", u"농촌", u"agricultur", u"farm", u"rural"}, u"31120", 2},
        {{u"학교", u"교육", u"school", u"education"}, u"11110", 4},
        {{u"파트너십", u"지식", u"partnership", u"knowledge"}, u"43010", 17},
        {{u"행정", u"역량", u"연수", u"public administration", u"capacity", u"training"}, u"15110", 16},
        {{u"환경", u"environment", u"climate", u"기후"}, u"41010", 13},
    }};
    return table;
}

} // namespace

std::optional<ClassificationSuggestion> suggestClassification(const Project &p)
{
    // Titles before descriptions: a title names the field, a description may mention several.
    const QStringList texts{p.title.ko, p.title.en, p.title.markedOthers(), p.description.ko, p.description.en};
    for (const QString &text : texts) {
        const QString lower = text.toLower();
        if (lower.isEmpty())
            continue;
        for (const Rule &rule : rules())
            for (const char16_t *word : rule.words) {
                const QString w = QString::fromUtf16(word);
                // English words must start a word ("ict" is not in "district").
                const bool latin = w.at(0).unicode() < 0x80;
                for (auto at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1))
                    if (!latin || at == 0 || !lower.at(at - 1).isLetter())
                        return ClassificationSuggestion{QString::fromUtf16(rule.sector), rule.goal, text.mid(at, w.size())};
            }
    }
    return std::nullopt;
}

} // namespace c2c

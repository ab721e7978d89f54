#pragma once
// "Classify…": a DAC sector and an SDG goal suggested from what a project is
// called and described as, in Korean or English, by the words that name its
// field (새마을 / Saemaul → rural development and goal 1). Only a suggestion:
// the officer confirms it, and the editor records that the officer classified
// the project. Nothing is suggested when no word matches.
#include "domain/Project.h"

#include <optional>

namespace c2c {

struct ClassificationSuggestion {
    QString sectorCode; // DAC 5-digit purpose code
    int sdgGoal = 0;    // 1-17
    QString matched;    // the word of the title or description that led to it, as written there
};

std::optional<ClassificationSuggestion> suggestClassification(const Project &project);

} // namespace c2c

#pragma once
// What makes a project impossible to save, with a translated message for each
// problem naming the field ("countries[1].share") so a form can show it
// beside the offending input.
#include "Project.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace c2c {

struct ValidationIssue {
    QString field;
    QString message;
};

class Validation {
    Q_DECLARE_TR_FUNCTIONS(c2c::Validation)

public:
    static QList<ValidationIssue> validate(const Project &project);
    // The one check every importer runs too: the budget lines must add up to an amount.
    static std::optional<ValidationIssue> checkBudgetTotal(const Project &project);
};

} // namespace c2c

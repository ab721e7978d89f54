#include "Project.h"

#include <algorithm>

namespace c2c {

QList<BudgetLine> Project::effectiveBudget() const
{
    const bool anyRevised = std::any_of(budget.begin(), budget.end(),
                                        [](const BudgetLine &b) { return b.type == BudgetType::Revised; });
    QList<BudgetLine> out;
    for (const BudgetLine &b : budget)
        if ((b.type == BudgetType::Revised) == anyRevised)
            out.append(b);
    return out;
}

} // namespace c2c

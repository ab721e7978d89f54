#include "Timeline.h"

#include "Portfolio.h"

#include <algorithm>

namespace c2c {

Result<Timeline> timeline(Portfolio &portfolio, const Selection &selection, int limit)
{
    const Snapshot &s = portfolio.snapshot();
    Timeline out;
    Selection dated;
    dated.reserve(selection.size());
    for (Row r : selection) {
        if (s.startYear[r] != UnknownYear && s.endYear[r] != UnknownYear)
            dated.push_back(r);
    }
    out.dated = std::int64_t(dated.size());
    out.undated = std::int64_t(selection.size() - dated.size());

    // Largest budgets first; unknown and unconverted amounts (the sentinels are the smallest values) last.
    const auto larger = [&](Row a, Row b) {
        return s.reported[a] != s.reported[b] ? s.reported[a] > s.reported[b] : a < b;
    };
    const auto shown = std::min<std::size_t>(dated.size(), std::size_t(std::max(0, limit)));
    std::partial_sort(dated.begin(), dated.begin() + std::ptrdiff_t(shown), dated.end(), larger);
    dated.resize(shown);

    for (Row r : dated) {
        auto project = portfolio.projects().read(s.projectId[r]);
        if (!project)
            return Result<Timeline>::failure(project.error());
        if (!project->period.start || !project->period.end) { // the snapshot's years come from the period
            --out.dated;
            ++out.undated;
            continue;
        }
        TimelineRow row;
        row.projectId = project->id;
        row.key = project->key;
        row.title = project->title;
        row.period = project->period;
        row.reported = s.reported[r];
        out.rows.append(row);
    }
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const TimelineRow &a, const TimelineRow &b) {
        const auto start = [](const TimelineRow &t) { return t.period.start ? t.period.start->firstDay() : QDate(); };
        const auto end = [](const TimelineRow &t) { return t.period.end ? t.period.end->lastDay() : QDate(); };
        return start(a) != start(b) ? start(a) < start(b) : end(a) < end(b);
    });
    return out;
}

} // namespace c2c

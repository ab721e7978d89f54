#include "BenchEdits.h"

#include "Workspace.h"
#include "commands/ProjectCommands.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Aggregation.h"
#include "portfolio/Facets.h"
#include "portfolio/Portfolio.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>
#include <algorithm>

namespace c2c::cli {

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

Result<EditTimes> editTimes(Portfolio &source, int runs)
{
    using R = Result<EditTimes>;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edits.c2c"));
    Status st = source.database().copyTo(path);
    if (!st)
        return R::failure(st.error());
    auto opened = Portfolio::open(path);
    if (!opened)
        return R::failure(opened.error());
    Portfolio &portfolio = *opened.value();
    if (portfolio.snapshot().rowCount() == 0)
        return R(EditTimes{});
    // When the edit is written and the snapshot updated: the views' part starts there.
    QElapsedTimer t;
    double writtenAt = 0;
    QObject::connect(&portfolio, &Portfolio::changed, [&] { writtenAt = msSince(t); });
    // The window's parts that follow an edit: the workspace, the table and the status-bar totals.
    app::Workspace workspace(portfolio);
    app::ProjectTableModel model(portfolio);
    model.setSelection(workspace.selection());
    QObject::connect(&workspace, &app::Workspace::selectionUpdated, &model, &app::ProjectTableModel::applyUpdate);
    QObject::connect(&workspace, &app::Workspace::selectionReplaced, &model,
                     [&] { model.setSelection(workspace.selection()); });
    auto current = [&] {
        const Totals t = totals(portfolio.snapshot(), workspace.selection());
        for (int r = 0; r < std::min(40, model.rowCount()); ++r)
            for (int c = 0; c < app::ProjectTableModel::ColumnCount; ++c)
                model.data(model.index(r, c));
        return t.projects;
    };
    QUndoStack stack;
    QString failure;
    std::vector<double> edits, undos, facets, rebuilds, views;
    const Row middle = Row(portfolio.snapshot().rowCount() / 2);
    for (int i = 0; i < runs && failure.isEmpty(); ++i) {
        auto before = portfolio.projects().read(portfolio.snapshot().projectId[middle]);
        if (!before)
            return R::failure(before.error());
        Project after = before.value();
        after.title.en += QStringLiteral(" (edited)");
        after.status = after.status == ActivityStatus::Closed ? ActivityStatus::Implementation : ActivityStatus::Closed;
        t.start();
        stack.push(new app::EditProjectCommand(portfolio, before.value(), after, [&](const QString &e) { failure = e; }));
        current();
        edits.push_back(msSince(t));
        views.push_back(edits.back() - writtenAt);
        t.restart();
        for (Facet facet : {Facet::Actor, Facet::Country, Facet::Status, Facet::Modality, Facet::Sector, Facet::SdgGoal})
            facetValues(portfolio.snapshot(), workspace.filter(), facet);
        facets.push_back(msSince(t));
        t.restart();
        stack.undo();
        current();
        undos.push_back(msSince(t));
        t.restart();
        workspace.refresh();
        current();
        rebuilds.push_back(msSince(t));
    }
    if (!failure.isEmpty())
        return R::failure(failure);
    return R(EditTimes{median(edits), median(undos), median(views), median(facets), median(rebuilds)});
}

} // namespace c2c::cli

#include "SavedViewsMenu.h"

#include "ComparisonWindow.h"
#include "MainWindow.h"
#include "PivotWindow.h"
#include "StatusNotice.h"
#include "Workspace.h"
#include "portfolio/Portfolio.h"

#include <QInputDialog>
#include <QJsonArray>
#include <QMessageBox>

namespace c2c::app {

SavedViewsMenu::SavedViewsMenu(MainWindow &window, QWidget *parent)
    : QMenu(parent), m_window(window)
{
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::fill);
    retranslate();
}

void SavedViewsMenu::retranslate()
{
    setTitle(tr("&Saved views"));
}

Result<QList<SavedView>> SavedViewsMenu::views() const
{
    return SavedViewRepository(m_window.portfolio().database()).readAll();
}

SavedView SavedViewsMenu::current(const QString &name) const
{
    SavedView view{0, name, QStringLiteral("filter"), m_window.workspace().filter(), {}};
    const PivotWindow *pivot = m_window.findChild<PivotWindow *>();
    const ComparisonWindow *compare = m_window.findChild<ComparisonWindow *>();
    if (pivot && pivot->isVisible()) {
        view.kind = QStringLiteral("pivot");
        view.settings = {{QStringLiteral("rows"), groupByCode(pivot->rows())},
                         {QStringLiteral("cols"), groupByCode(pivot->cols())},
                         {QStringLiteral("measure"), pivotMeasureCode(pivot->measure())}};
    } else if (compare && compare->isVisible() && compare->comparingActors() && !compare->checkedActors().isEmpty()) {
        view.kind = QStringLiteral("compare");
        QJsonArray actors;
        for (std::int64_t id : compare->checkedActors())
            actors.append(qint64(id));
        view.settings = {{QStringLiteral("actors"), actors}};
    }
    return view;
}

Status SavedViewsMenu::save(const QString &name)
{
    SavedView view = current(name);
    return SavedViewRepository(m_window.portfolio().database()).save(view);
}

void SavedViewsMenu::apply(const SavedView &view)
{
    m_window.workspace().setFilter(view.filter);
    if (view.kind == QLatin1String("pivot")) {
        const auto rows = groupByFromCode(view.settings.value(QStringLiteral("rows")).toString());
        const auto cols = groupByFromCode(view.settings.value(QStringLiteral("cols")).toString());
        const auto measure = pivotMeasureFromCode(view.settings.value(QStringLiteral("measure")).toString());
        m_window.showPivot()->setDimensions(rows.value_or(GroupBy::Actor), cols.value_or(GroupBy::Year),
                                            measure.value_or(PivotMeasure::Total));
    } else if (view.kind == QLatin1String("compare")) {
        QList<std::int64_t> actors;
        for (const auto &v : view.settings.value(QStringLiteral("actors")).toArray())
            actors.append(v.toInteger());
        m_window.showComparison()->compareActors(actors);
    }
}

void SavedViewsMenu::askAndSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the current view"), tr("Name of the view:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok)
        return;
    if (const Status st = save(name); !st)
        QMessageBox::warning(&m_window, tr("Save the current view"), st.error());
    else
        m_window.notice()->showNotice(tr("Saved the view “%1”").arg(name));
}

void SavedViewsMenu::fill()
{
    clear();
    addAction(tr("Save the &current view…"), this, &SavedViewsMenu::askAndSave);
    const auto all = views();
    if (!all) {
        addAction(all.error())->setEnabled(false);
        return;
    }
    if (all.value().isEmpty())
        return;
    addSeparator();
    for (const SavedView &view : all.value()) {
        const QString kind = view.kind == QLatin1String("pivot")     ? tr("pivot table")
                             : view.kind == QLatin1String("compare") ? tr("comparison")
                                                                     : tr("filter");
        addAction(QStringLiteral("%1 (%2)").arg(view.name, kind), this, [this, view] { apply(view); });
    }
    addSeparator();
    QMenu *remove = addMenu(tr("&Delete a saved view"));
    for (const SavedView &view : all.value())
        remove->addAction(view.name, this, [this, id = view.id] {
            if (const Status st = SavedViewRepository(m_window.portfolio().database()).remove(id); !st)
                QMessageBox::warning(&m_window, tr("Delete a saved view"), st.error());
        });
}

} // namespace c2c::app

#include "SdgChart.h"

#include "reference/Reference.h"

namespace c2c::app {

QString SdgChart::heading(Language lang) const
{
    return chartTr(lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Budget by SDG goal"));
}

QColor SdgChart::barColour(const Bar &bar) const
{
    const auto *goal = reference::sdgGoal(bar.group.key.toInt());
    return goal && bar.keys.size() == 1 ? QColor(goal->colour) : QColor(0x9e, 0x9e, 0x9e);
}

QString SdgChart::label(const Bar &bar, Language lang) const
{
    const QString name = bar.group.name.text(lang);
    return bar.group.key.isEmpty() || bar.keys.size() != 1 ? name : bar.group.key + QLatin1Char(' ') + name;
}

} // namespace c2c::app

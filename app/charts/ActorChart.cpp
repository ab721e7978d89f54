#include "ActorChart.h"

namespace c2c::app {

QString ActorChart::heading(Language lang) const
{
    return chartTr(lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Budget by local government and actor"));
}

} // namespace c2c::app

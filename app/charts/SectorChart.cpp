#include "SectorChart.h"

namespace c2c::app {

QString SectorChart::heading(Language lang) const
{
    return chartTr(lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Budget by sector"));
}

} // namespace c2c::app

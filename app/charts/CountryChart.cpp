#include "CountryChart.h"

namespace c2c::app {

QString CountryChart::heading(Language lang) const
{
    return chartTr(lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Budget by partner country"));
}

} // namespace c2c::app

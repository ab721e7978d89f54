#pragma once
// The detail pane's view of one project, as HTML, in the reader's language:
// everything the table has no room for, with the data-quality notes and the
// sources up front so doubtful figures are never read without their caveat.
#include "domain/Project.h"

#include <QCoreApplication>

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class DetailText {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::DetailText)
};

QString detailHtml(Portfolio &portfolio, const Project &project, Language lang);

} // namespace c2c::app

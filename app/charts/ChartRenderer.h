#pragma once
// Charts as images, without a window: for the dashboard's export, the
// command line's chart command and the PDF report. All of them draw through
// the same path, so an exported chart is the chart the officer saw.
// Needs a QGuiApplication (fonts); the offscreen platform will do.
#include "ChartFactory.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace c2c::app {

class ChartRenderer {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::ChartRenderer)

public:
    // The chart of kind for the selection, texts in lang, size pixels on white; scale > 1 draws
    // the same chart with scale times the pixels (sharp when printed at size).
    static QImage image(ChartKind kind, Portfolio &portfolio, const Selection &selection, Language lang, QSize size,
                        const ChartOptions &options = {}, int scale = 1);
    static Status writePng(ChartKind kind, Portfolio &portfolio, const Selection &selection, Language lang, QSize size,
                           const QString &path, const ChartOptions &options = {});
    static Status writeSvg(ChartKind kind, Portfolio &portfolio, const Selection &selection, Language lang, QSize size,
                           const QString &path, const ChartOptions &options = {});
    // PNG or SVG by the file's suffix.
    static Status write(ChartKind kind, Portfolio &portfolio, const Selection &selection, Language lang, QSize size,
                        const QString &path, const ChartOptions &options = {});
};

} // namespace c2c::app

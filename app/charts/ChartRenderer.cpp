#include "ChartRenderer.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>

namespace c2c::app {

namespace {

std::unique_ptr<Chart> filled(ChartKind kind, Portfolio &portfolio, const Selection &selection, Language lang,
                              const ChartOptions &options)
{
    auto chart = makeChart(kind, options);
    if (options.unit) {
        chart->load(portfolio, selection, lang);
        chart->present(fixedScale(chart->currency(), *options.unit, lang));
    } else {
        chart->update(portfolio, selection, lang);
    }
    return chart;
}

// Draws a filled chart onto painter over size (the chart is laid out at that size). The
// chart must be one of ours, not the dashboard's: the scene deletes the QChart it drew.
void paint(Chart &chart, QPainter &painter, QSize size)
{
    // The scene owns the QChart while it draws, and deletes it with itself.
    QGraphicsScene scene;
    QChart *c = chart.chart();
    scene.addItem(c);
    c->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    // The chart lays out its axes and series on posted layout requests: run them before drawing.
    // A chart may relabel an axis once it knows its plot area (the year chart fits its labels to
    // the width), which asks for another layout: a few rounds settle it.
    for (int round = 0; round < 3; ++round) {
        if (c->layout())
            c->layout()->activate();
        QCoreApplication::sendPostedEvents();
    }
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
}

} // namespace

QImage ChartRenderer::image(ChartKind kind, Portfolio &portfolio, const Selection &selection, Language lang, QSize size,
                            const ChartOptions &options, int scale)
{
    auto chart = filled(kind, portfolio, selection, lang, options);
    QImage img(size * scale, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter painter(&img);
    painter.scale(scale, scale);
    paint(*chart, painter, size);
    painter.end();
    return img;
}

Status ChartRenderer::writePng(ChartKind kind, Portfolio &portfolio, const Selection &selection, Language lang, QSize size,
                               const QString &path, const ChartOptions &options)
{
    const QImage img = image(kind, portfolio, selection, lang, size, options);
    if (!img.save(path, "PNG"))
        return Status::failure(tr("Cannot write the image %1.").arg(path));
    return {};
}

Status ChartRenderer::writeSvg(ChartKind kind, Portfolio &portfolio, const Selection &selection, Language lang, QSize size,
                               const QString &path, const ChartOptions &options)
{
    auto chart = filled(kind, portfolio, selection, lang, options);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(chart->title());
    svg.setDescription(chart->note());
    QPainter painter;
    if (!painter.begin(&svg))
        return Status::failure(tr("Cannot write the image %1.").arg(path));
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    paint(*chart, painter, size);
    painter.end();
    if (QFileInfo(path).size() == 0)
        return Status::failure(tr("Cannot write the image %1.").arg(path));
    return {};
}

Status ChartRenderer::write(ChartKind kind, Portfolio &portfolio, const Selection &selection, Language lang, QSize size,
                            const QString &path, const ChartOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return writeSvg(kind, portfolio, selection, lang, size, path, options);
    if (suffix == QLatin1String("png"))
        return writePng(kind, portfolio, selection, lang, size, path, options);
    return Status::failure(tr("%1: charts are written as .png or .svg files.").arg(path));
}

} // namespace c2c::app

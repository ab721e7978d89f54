#include "PdfPages.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace c2c::app {

Status PdfPages::write(const QString &html, const QString &header, const QDate &date, const QString &path,
                       QPageLayout::Orientation orientation, const QList<std::pair<QString, QImage>> &images)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(orientation);
        writer.setResolution(300);
        writer.setPageMargins(QMarginsF(18, 20, 18, 20), QPageLayout::Millimeter);
        writer.setTitle(header);
        writer.setCreator(QStringLiteral("C2C Portfolio"));

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDefaultFont(QFont(QStringLiteral("NanumBarunGothic"), 10));
        for (const auto &[name, image] : images)
            doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
        doc.setHtml(html);
        QPainter painter(&writer);
        const QRect page = painter.viewport();
        const int band = writer.resolution() / 3; // header and footer, a third of an inch each
        const QRectF body(0, 0, page.width(), page.height() - 2 * band);
        doc.setPageSize(body.size());
        const int pages = doc.pageCount();
        const QFont small(QStringLiteral("NanumBarunGothic"), 8);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRect(0, 0, page.width(), band), Qt::AlignLeft | Qt::AlignVCenter, header);
            painter.drawText(QRect(0, 0, page.width(), band), Qt::AlignRight | Qt::AlignVCenter,
                             QLocale().toString(date, QLocale::ShortFormat));
            painter.drawText(QRect(0, page.height() - band, page.width(), band), Qt::AlignCenter,
                             tr("Page %1 of %2").arg(i + 1).arg(pages));
            painter.translate(0, band - i * body.height());
            doc.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace c2c::app

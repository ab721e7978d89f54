#pragma once
// An HTML document laid out on A4 pages of a PDF, with a header (title and
// date) and "Page n of N" on every page, written atomically. Text is set in
// NanumBarunGothic, which the PDF embeds; its space glyph maps back to a
// space (NanumGothic's does not), so text copied or searched in the PDF keeps
// its words apart.
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QPageLayout>

namespace c2c::app {

class PdfPages {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::PdfReport)

public:
    // images: named pictures the HTML shows with <img src="name">.
    static Status write(const QString &html, const QString &header, const QDate &date, const QString &path,
                        QPageLayout::Orientation orientation = QPageLayout::Portrait,
                        const QList<std::pair<QString, QImage>> &images = {});
    // The width of the text on an A4 portrait page in HTML pixels (1/96 inch), for sizing images.
    static constexpr int PortraitBodyWidth = 657;
};

} // namespace c2c::app

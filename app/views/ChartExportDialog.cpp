#include "ChartExportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QSpinBox>

namespace c2c::app {

ChartExportDialog::ChartExportDialog(QSize initial, QWidget *parent)
    : QDialog(parent), m_width(new QSpinBox(this)), m_height(new QSpinBox(this))
{
    setWindowTitle(tr("Export chart"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 8000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(initial.width());
    m_height->setValue(initial.height());
    auto *form = new QFormLayout(this);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QSize ChartExportDialog::chosenSize() const
{
    return {m_width->value(), m_height->value()};
}

std::optional<std::pair<QSize, QString>> ChartExportDialog::ask(QWidget *parent, QSize initial, const QString &suggestedName)
{
    ChartExportDialog dialog(initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString png = tr("PNG image (*.png)"), svg = tr("SVG image (*.svg)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export chart"), QDir::home().filePath(suggestedName + QStringLiteral(".png")),
                                                png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return std::nullopt;
    const QString suffix = filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) && !path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
        path += suffix;
    return std::make_pair(dialog.chosenSize(), path);
}

} // namespace c2c::app

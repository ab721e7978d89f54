#include "ExportDialog.h"

#include "Translations.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace c2c::app {

namespace {
constexpr ExportFormat Formats[] = {ExportFormat::Pdf, ExportFormat::Xlsx, ExportFormat::Csv, ExportFormat::Iati};
const QString FolderKey = QStringLiteral("export/folder");
const QString FormatKey = QStringLiteral("export/format");
} // namespace

ExportDialog::ExportDialog(const QString &portfolioName, qsizetype filtered, qsizetype selected, QWidget *parent)
    : QDialog(parent), m_portfolioName(portfolioName), m_filtered(filtered), m_selected(selected),
      m_form(new QFormLayout), m_format(new QComboBox(this)), m_language(new QComboBox(this)),
      m_scopeFilter(new QRadioButton(this)), m_scopeSelection(new QRadioButton(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    for (ExportFormat f : Formats)
        m_format->addItem(QString(), int(f));
    m_language->addItem(QStringLiteral("한국어"), int(Language::Korean));
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->setCurrentIndex(m_language->findData(int(currentLanguage())));
    m_scopeFilter->setChecked(true);
    m_scopeSelection->setEnabled(selected > 0);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *scope = new QVBoxLayout;
    scope->addWidget(m_scopeFilter);
    scope->addWidget(m_scopeSelection);
    // Room for a folder and a file name without scrolling.
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 60);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    for (int i = 0; i < 4; ++i)
        m_labels[i] = new QLabel(this);
    m_labels[0]->setBuddy(m_format);
    m_labels[1]->setBuddy(m_language);
    m_labels[2]->setBuddy(m_scopeFilter);
    m_labels[3]->setBuddy(m_path);
    m_form->addRow(m_labels[0], m_format);
    m_form->addRow(m_labels[1], m_language);
    m_form->addRow(m_labels[2], scope);
    m_form->addRow(m_labels[3], file);
    m_export = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);

    const int remembered = m_format->findData(QSettings().value(FormatKey, int(ExportFormat::Pdf)).toInt());
    m_format->setCurrentIndex(remembered < 0 ? 0 : remembered);
    m_path->setText(defaultPath(static_cast<ExportFormat>(m_format->currentData().toInt())));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    retranslateUi();
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    for (int i = 0; i < m_format->count(); ++i)
        m_format->setItemText(i, ExportRunner::formatName(static_cast<ExportFormat>(m_format->itemData(i).toInt())));
    m_labels[0]->setText(tr("&Format"));
    m_labels[1]->setText(tr("&Language"));
    m_labels[2]->setText(tr("&Projects"));
    m_labels[3]->setText(tr("Fi&le"));
    m_scopeFilter->setText(tr("All %n project(s) of the current filter", nullptr, int(m_filtered)));
    m_scopeSelection->setText(tr("The %n project(s) selected in the table", nullptr, int(m_selected)));
    m_browse->setText(tr("&Browse…"));
    m_export->setText(tr("&Export"));
    m_format->setAccessibleName(tr("Export format"));
    m_language->setAccessibleName(tr("Language of the export"));
    m_path->setAccessibleName(tr("File to write"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ExportDialog::defaultPath(ExportFormat format) const
{
    // The folder used last; else Documents; else home, for a home without a Documents folder
    // (QStandardPaths names it whether or not it exists).
    QString folder = QSettings().value(FolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString base = m_portfolioName.trimmed();
    // Characters that no file system likes in a name.
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : base)
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    if (base.isEmpty())
        base = QStringLiteral("portfolio");
    return QDir(folder).filePath(QStringLiteral("%1 %2.%3").arg(base, QDate::currentDate().toString(Qt::ISODate),
                                                              ExportRunner::extension(format)));
}

void ExportDialog::formatChanged()
{
    const auto format = static_cast<ExportFormat>(m_format->currentData().toInt());
    const QFileInfo info(m_path->text());
    // Keep the name and folder the user chose; only the extension follows the format.
    m_path->setText(info.fileName().isEmpty() ? defaultPath(format)
                                              : info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + ExportRunner::extension(format)));
}

void ExportDialog::browse()
{
    const auto format = static_cast<ExportFormat>(m_format->currentData().toInt());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(),
                                                      QStringLiteral("%1 (*.%2)").arg(ExportRunner::formatName(format),
                                                                                     ExportRunner::extension(format)));
    if (!path.isEmpty())
        m_path->setText(path);
}

ExportRequest ExportDialog::request() const
{
    return {static_cast<ExportFormat>(m_format->currentData().toInt()), static_cast<Language>(m_language->currentData().toInt()),
            m_path->text().trimmed()};
}

bool ExportDialog::selectedOnly() const
{
    return m_scopeSelection->isChecked();
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::accept()
{
    const QFileInfo info(path());
    QString problem;
    if (path().isEmpty())
        problem = tr("Choose the file to write.");
    else if (!info.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    else if (info.isDir())
        problem = tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QSettings settings;
    settings.setValue(FolderKey, info.absolutePath());
    settings.setValue(FormatKey, m_format->currentData().toInt());
    QDialog::accept();
}

} // namespace c2c::app

#include "ImportPages.h"

#include "ImportPreview.h"
#include "ImportWizard.h"
#include "Translations.h"
#include "views/CurrencyBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c2c::app {

namespace {

// Mappings are remembered per header row: the same spreadsheet layout maps the same way next time.
QString settingsKey(const QStringList &header)
{
    const QByteArray digest = QCryptographicHash::hash(header.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("import/mapping/") + QString::fromLatin1(digest.toHex());
}

const QChar kDelimiters[] = {QChar(), QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
const TextEncoding kEncodings[] = {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Cp949};

} // namespace

ImportSourcePage::ImportSourcePage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_intro(new QLabel(this)), m_pathLabel(new QLabel(this)),
      m_encodingLabel(new QLabel(this)), m_delimiterLabel(new QLabel(this)), m_detected(new QLabel(this)),
      m_path(new QLineEdit(this)), m_browse(new QPushButton(this)), m_encoding(new QComboBox(this)),
      m_delimiter(new QComboBox(this)), m_header(new QCheckBox(this))
{
    m_intro->setWordWrap(true);
    m_detected->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    auto *file = new QHBoxLayout;
    file->addWidget(m_path);
    file->addWidget(m_browse);
    form->addRow(m_pathLabel, file);
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_delimiterLabel, m_delimiter);
    form->addRow(QString(), m_header);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addStretch();
    m_encoding->addItems(QStringList(4, QString()));
    m_delimiter->addItems(QStringList(4, QString()));
    m_header->setChecked(true);
    m_header->setTristate(true);
    m_header->setCheckState(Qt::PartiallyChecked); // detect
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a spreadsheet"), m_path->text(),
                                                          tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty())
            setPath(path);
    });
    for (QComboBox *box : {m_encoding, m_delimiter})
        connect(box, &QComboBox::activated, this, [this] { load(); });
    connect(m_header, &QCheckBox::clicked, this, [this] { load(); });
    retranslateUi();
}

void ImportSourcePage::setPath(const QString &path)
{
    m_path->setText(path);
    load();
}

void ImportSourcePage::showSource()
{
    const bool pasted = !m_wizard->pastedText().isEmpty();
    m_path->setEnabled(!pasted);
    m_browse->setEnabled(!pasted);
    m_encoding->setEnabled(!pasted);
    if (pasted)
        m_path->setText(tr("(cells pasted from the clipboard)"));
    load();
}

bool ImportSourcePage::load()
{
    CsvOptions options;
    options.encoding = kEncodings[std::max(0, m_encoding->currentIndex())];
    options.delimiter = kDelimiters[std::max(0, m_delimiter->currentIndex())];
    if (m_header->checkState() != Qt::PartiallyChecked)
        options.hasHeader = m_header->checkState() == Qt::Checked;
    const bool pasted = !m_wizard->pastedText().isEmpty();
    if (!pasted && m_path->text().trimmed().isEmpty())
        return false;
    auto doc = pasted ? CsvImport::fromText(m_wizard->pastedText(), tr("clipboard"), options)
                      : CsvImport::load(m_path->text().trimmed(), options);
    if (!doc) {
        m_detected->setText(doc.error());
        return false;
    }
    m_wizard->document = doc.value();
    const QChar d = doc->delimiter;
    m_detected->setText(tr("Read as %1, cells separated by %2, %3; %n column(s).", nullptr, int(doc->header.size()))
                            .arg(pasted ? tr("pasted text") : TextDecoding::name(doc->encoding),
                                 d == QLatin1Char('\t') ? tr("tabs") : d == QLatin1Char(';') ? tr("semicolons") : tr("commas"),
                                 doc->hasHeader ? tr("first row is the header") : tr("no header row")));
    return true;
}

bool ImportSourcePage::isComplete() const
{
    return !m_wizard->pastedText().isEmpty() || !m_path->text().trimmed().isEmpty();
}

bool ImportSourcePage::validatePage()
{
    return load();
}

void ImportSourcePage::retranslateUi()
{
    setTitle(tr("Choose the data"));
    m_intro->setText(tr("A CSV file saved from Excel or another spreadsheet, in UTF-8 or CP949 (EUC-KR). The encoding, "
                        "the delimiter and the header row are detected; change them here if the columns look wrong."));
    m_pathLabel->setText(tr("&File:"));
    m_pathLabel->setBuddy(m_path);
    m_browse->setText(tr("&Browse…"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encodingLabel->setBuddy(m_encoding);
    for (int i = 0; i < 4; ++i)
        m_encoding->setItemText(i, TextDecoding::name(kEncodings[i]));
    m_delimiterLabel->setText(tr("&Delimiter:"));
    m_delimiterLabel->setBuddy(m_delimiter);
    const QString delimiters[] = {tr("detect"), tr("comma"), tr("semicolon"), tr("tab")};
    for (int i = 0; i < 4; ++i)
        m_delimiter->setItemText(i, delimiters[i]);
    m_header->setText(tr("First row is the &header (partly checked: detect)"));
}

void ImportSourcePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_intro(new QLabel(this)), m_currencyLabel(new QLabel(this)),
      m_problem(new QLabel(this)), m_table(new QTableWidget(this)), m_currency(new QComboBox(this))
{
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    auto *currency = new QHBoxLayout;
    currency->addWidget(m_currencyLabel);
    currency->addWidget(m_currency);
    currency->addStretch();
    layout->addLayout(currency);
    layout->addWidget(m_problem);
    m_table->setColumnCount(3);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_currency->addItem(QString());
    for (const char *code : {"KRW", "USD", "EUR", "JPY", "CNY", "GBP"})
        m_currency->addItem(QLatin1String(code), QLatin1String(code));
    m_currencyLabel->setBuddy(m_currency);
    retranslateUi();
}

QComboBox *ImportMappingPage::fieldBox(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, 2));
}

void ImportMappingPage::initializePage()
{
    const CsvDocument &doc = m_wizard->document;
    ColumnMapping mapping = ColumnMapping::suggest(doc.header);
    const QStringList remembered = QSettings().value(settingsKey(doc.header)).toStringList();
    if (doc.hasHeader && remembered.size() == doc.header.size())
        mapping = ColumnMapping::fromCodes(remembered);
    const QList<QStringList> sample = doc.firstRows(3);
    m_table->setRowCount(int(doc.header.size()));
    for (int c = 0; c < doc.header.size(); ++c) {
        m_table->setItem(c, 0, new QTableWidgetItem(doc.hasHeader ? doc.header[c] : tr("Column %1").arg(c + 1)));
        QStringList examples;
        for (const QStringList &row : sample)
            if (c < row.size() && !row[c].trimmed().isEmpty())
                examples.append(row[c].simplified());
        m_table->setItem(c, 1, new QTableWidgetItem(examples.join(QStringLiteral(" | "))));
        auto *box = new QComboBox(m_table);
        for (int f = 0; f < int(ImportField::Count); ++f)
            box->addItem(ColumnMapping::label(ImportField(f)), f);
        box->setCurrentIndex(int(mapping.columns.value(c, ImportField::Ignore)));
        m_table->setCellWidget(c, 2, box);
    }
    m_table->resizeColumnsToContents();
    m_problem->clear();
}

bool ImportMappingPage::validatePage()
{
    ColumnMapping mapping;
    for (int c = 0; c < m_table->rowCount(); ++c)
        mapping.columns.append(ImportField(fieldBox(c)->currentData().toInt()));
    CsvRowOptions options;
    options.defaultCurrency = m_currency->currentData().toString();
    options.keyPrefix = m_wizard->pastedText().isEmpty()
                            ? QFileInfo(m_wizard->document.file).completeBaseName().toUpper()
                            : QStringLiteral("PASTE-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss")));
    QStringList problems;
    for (const ImportIssue &i : CsvImport::checkMapping(m_wizard->document, mapping, options))
        problems.append(i.message);
    m_problem->setText(problems.join(QLatin1Char('\n')));
    if (!problems.isEmpty())
        return false;
    if (m_wizard->document.hasHeader)
        QSettings().setValue(settingsKey(m_wizard->document.header), mapping.codes());
    m_wizard->mapping = mapping;
    m_wizard->rowOptions = options;
    return true;
}

void ImportMappingPage::retranslateUi()
{
    setTitle(tr("Match the columns"));
    m_intro->setText(tr("Each column of the spreadsheet goes into a field of the project. The suggestions come from the "
                        "header names, in Korean or English; your choices are remembered for spreadsheets with the same header."));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Field")});
    m_currencyLabel->setText(tr("&Currency of amounts that name none:"));
    m_currency->setItemText(0, tr("(none: such amounts are errors)"));
    for (int i = 1; i < m_currency->count(); ++i)
        m_currency->setItemText(i, currencyLabel(m_currency->itemData(i).toString(), currentLanguage()));
}

void ImportMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_preview(new ImportPreview(wizard->portfolio(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    connect(m_preview, &ImportPreview::changed, this, &QWizardPage::completeChanged);
    setTitle(tr("Check before importing"));
}

void ImportPreviewPage::initializePage()
{
    m_wizard->items.clear();
    m_wizard->issues.clear();
    CsvImport::read(m_wizard->document, m_wizard->mapping, m_wizard->rowOptions,
                    [this](ImportItem &&item) { m_wizard->items.append(std::move(item)); }, m_wizard->issues);
    m_preview->setContent(&m_wizard->items, m_wizard->issues);
}

bool ImportPreviewPage::isComplete() const
{
    return !m_preview->hasErrors() && !m_wizard->items.isEmpty();
}

void ImportPreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setTitle(tr("Check before importing"));
    QWizardPage::changeEvent(event);
}

} // namespace c2c::app

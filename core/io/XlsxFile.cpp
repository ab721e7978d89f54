#include "XlsxFile.h"

#include "PartialFile.h"
#include "domain/Money.h"

#include <QFile>
#include <QFileInfo>

namespace c2c {

XlsxFile::XlsxFile(QString path, QString currency, bool constantMemory)
    : m_path(std::move(path)), m_currency(std::move(currency)), m_constantMemory(constantMemory)
{
}

XlsxFile::~XlsxFile()
{
    // A workbook never committed is discarded with its temporary file.
    if (m_wb)
        workbook_close(m_wb);
}

Status XlsxFile::open()
{
    const QFileInfo target(m_path);
    if (!QFileInfo(target.absolutePath()).isWritable())
        return Status::failure(tr("Cannot write %1: the folder %2 is not writable.").arg(m_path, target.absolutePath()));
    PartialFile::removeStale(target.absolutePath()); // what a killed export left here
    m_temp = std::make_unique<PartialFile>(target.absoluteFilePath());
    if (!m_temp->isOpen())
        return Status::failure(tr("Cannot write %1: %2").arg(m_path, m_temp->errorString()));
    lxw_workbook_options options{m_constantMemory ? LXW_TRUE : LXW_FALSE, nullptr, LXW_TRUE};
    m_wb = workbook_new_opt(QFile::encodeName(m_temp->fileName()).constData(), &options);
    if (!m_wb)
        return Status::failure(tr("Cannot write %1: the workbook could not be created.").arg(m_path));
    m_header = workbook_add_format(m_wb);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDDE7F0);
    m_title = workbook_add_format(m_wb);
    format_set_bold(m_title);
    format_set_font_size(m_title, 14);
    static const char *const moneyFormats[] = {"#,##0", "#,##0.0", "#,##0.00", "#,##0.000", "#,##0.0000"};
    for (std::size_t d = 0; d < m_moneyByDecimals.size(); ++d) {
        m_moneyByDecimals[d] = workbook_add_format(m_wb);
        format_set_num_format(m_moneyByDecimals[d], moneyFormats[d]);
    }
    m_money = money(currencyDecimals(m_currency));
    m_decimal = workbook_add_format(m_wb);
    format_set_num_format(m_decimal, "0.0");
    return {};
}

lxw_worksheet *XlsxFile::addSheet(const QString &name)
{
    // Excel allows 31 characters and none of []:*?/\ in a sheet name.
    QString clean = name;
    for (QChar &c : clean)
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('-');
    return workbook_add_worksheet(m_wb, clean.left(31).toUtf8().constData());
}

void XlsxFile::writeText(lxw_worksheet *ws, int row, int col, const QString &text, lxw_format *format)
{
    writeUtf8(ws, row, col, text.toStdString(), format);
}

void XlsxFile::writeUtf8(lxw_worksheet *ws, int row, int col, const std::string &text, lxw_format *format)
{
    // Bytes bound characters from above: only long cells need counting.
    if (text.size() <= std::size_t(MaxCellChars)) {
        worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), text.c_str(), format);
        return;
    }
    const QList<uint> full = QString::fromStdString(text).toUcs4();
    const auto characters = full.size();
    if (characters <= MaxCellChars) {
        worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), text.c_str(), format);
        return;
    }
    const QString mark = tr("…(truncated)");
    const QList<uint> kept = full.first(MaxCellChars - mark.size());
    const QString cut = QString::fromUcs4(reinterpret_cast<const char32_t *>(kept.constData()), kept.size()) + mark;
    worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), cut.toUtf8().constData(), format);
    char cell[16] = {};
    lxw_rowcol_to_cell(cell, lxw_row_t(row), lxw_col_t(col));
    m_warnings.append(tr("%1!%2: %L3 characters cut to %L4 (the most a spreadsheet cell holds).")
                          .arg(QString::fromUtf8(ws->name), QString::fromLatin1(cell))
                          .arg(qlonglong(characters))
                          .arg(MaxCellChars));
}

void XlsxFile::writeHeader(lxw_worksheet *ws, const QStringList &names, const QList<double> &widths)
{
    for (int c = 0; c < names.size(); ++c) {
        writeText(ws, 0, c, names[c], m_header);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.value(c, widths.isEmpty() ? 14 : widths.last()), nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
}

Status XlsxFile::commit()
{
    const lxw_error error = workbook_close(m_wb);
    m_wb = nullptr;
    if (error != LXW_NO_ERROR)
        return Status::failure(tr("Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(error))));
    if (!m_temp->commit())
        return Status::failure(tr("Cannot write %1: the finished workbook could not be moved into place.").arg(m_path));
    // The temporary file was private; the workbook is an ordinary document.
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return {};
}

} // namespace c2c

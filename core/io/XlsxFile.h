#pragma once
// A workbook written with libxlsxwriter into a temporary file beside the
// target and moved over it in one step once complete: readers see the old
// file or the new one, never half of one. Holds the formats every workbook
// of ours uses (header, title, money in the reporting currency).
#include "domain/Result.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <xlsxwriter.h>

namespace c2c {

class PartialFile;

class XlsxFile {
    Q_DECLARE_TR_FUNCTIONS(c2c::Export)

public:
    XlsxFile(QString path, QString currency, bool constantMemory);
    ~XlsxFile();
    XlsxFile(const XlsxFile &) = delete;
    XlsxFile &operator=(const XlsxFile &) = delete;

    Status open();
    lxw_workbook *workbook() const { return m_wb; }
    lxw_worksheet *addSheet(const QString &name);
    lxw_format *header() const { return m_header; }
    lxw_format *title() const { return m_title; }
    lxw_format *money() const { return m_money; }
    // Money in a currency with this many decimals (KRW 0, USD 2, KWD 3).
    lxw_format *money(int decimals) const { return m_moneyByDecimals[std::size_t(std::clamp(decimals, 0, 4))]; }
    lxw_format *decimal() const { return m_decimal; }
    // Writes a row of header cells and the column widths, and freezes the row.
    void writeHeader(lxw_worksheet *ws, const QStringList &names, const QList<double> &widths);
    // Text over Excel's cell limit (32,767 characters) is cut with a visible
    // "…(truncated)" and listed in warnings(); nothing is silently left empty.
    void writeText(lxw_worksheet *ws, int row, int col, const QString &text, lxw_format *format = nullptr);
    void writeUtf8(lxw_worksheet *ws, int row, int col, const std::string &text, lxw_format *format = nullptr);
    static constexpr int MaxCellChars = 32767;
    // What the workbook could not hold as given ("Projects!D12: 40,000 characters cut to 32,767").
    const QStringList &warnings() const { return m_warnings; }
    Status commit();

private:
    QString m_path, m_currency;
    bool m_constantMemory;
    std::unique_ptr<PartialFile> m_temp;
    lxw_workbook *m_wb = nullptr;
    lxw_format *m_header = nullptr, *m_title = nullptr, *m_money = nullptr, *m_decimal = nullptr;
    std::array<lxw_format *, 5> m_moneyByDecimals{};
    QStringList m_warnings;
};

} // namespace c2c

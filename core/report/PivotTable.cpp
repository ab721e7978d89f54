#include "PivotTable.h"

#include "SummaryJson.h"

#include <QJsonArray>
#include <cmath>

namespace c2c {

std::optional<double> PivotTable::number(const Pivot &pivot, const PivotCell &cell, PivotMeasure measure)
{
    if (isMoney(measure)) {
        const auto m = cell.money(measure);
        return m ? std::optional<double>(minorToMajor(*m, pivot.currency)) : std::nullopt;
    }
    return cell.value(measure);
}

QString PivotTable::text(const Pivot &pivot, const PivotCell &cell, PivotMeasure measure)
{
    if (isMoney(measure)) {
        const auto m = cell.money(measure);
        return m ? minorToDecimalString(*m, pivot.currency) : QString();
    }
    const auto v = cell.value(measure);
    if (!v)
        return {};
    switch (measure) {
    case PivotMeasure::Total:
    case PivotMeasure::AverageBudgetPerYear:
        break;
    case PivotMeasure::AverageDuration:
        return QString::number(*v, 'f', 1);
    case PivotMeasure::Projects:
    case PivotMeasure::Countries:
        return QString::number(std::llround(*v));
    }
    return {};
}

LocalizedText PivotTable::dimensionName(GroupBy by)
{
    switch (by) {
    case GroupBy::Actor:
        return {QStringLiteral("주관 기관"), QStringLiteral("Lead actor"), {}};
    case GroupBy::ActorKind:
        return {QStringLiteral("기관 유형"), QStringLiteral("Kind of actor"), {}};
    case GroupBy::Country:
        return {QStringLiteral("협력국"), QStringLiteral("Partner country"), {}};
    case GroupBy::Year:
        return {QStringLiteral("연도"), QStringLiteral("Year"), {}};
    case GroupBy::Sector:
        return {QStringLiteral("분야(DAC 코드)"), QStringLiteral("Sector (DAC code)"), {}};
    case GroupBy::SectorCategory:
        return {QStringLiteral("분야"), QStringLiteral("Sector category"), {}};
    case GroupBy::SdgGoal:
        return {QStringLiteral("SDG 목표"), QStringLiteral("SDG goal"), {}};
    case GroupBy::Status:
        return {QStringLiteral("상태"), QStringLiteral("Status"), {}};
    case GroupBy::Modality:
        return {QStringLiteral("협력 방식"), QStringLiteral("Modality"), {}};
    case GroupBy::Channel:
        return {QStringLiteral("재원 경로"), QStringLiteral("Funding channel"), {}};
    case GroupBy::Form:
        return {QStringLiteral("협력 형태"), QStringLiteral("Cooperation form"), {}};
    case GroupBy::Dimension:
        return {QStringLiteral("협력 차원"), QStringLiteral("Partnership dimension"), {}};
    case GroupBy::Region:
        return {QStringLiteral("협력국 지역"), QStringLiteral("Partner region"), {}};
    }
    return {};
}

QList<QStringList> PivotTable::grid(const Pivot &p, PivotMeasure measure, Language lang)
{
    QList<QStringList> out;
    QStringList header = {dimensionName(p.rows.by).text(lang)};
    for (const LocalizedText &name : p.cols.names)
        header.append(name.text(lang));
    header.append(tr("Total"));
    out.append(header);
    for (int r = 0; r < p.rows.keys.size(); ++r) {
        QStringList row = {p.rows.names[r].text(lang)};
        for (int c = 0; c < p.cols.keys.size(); ++c)
            row.append(text(p, p.cell(r, c), measure));
        row.append(text(p, p.rows.totals[std::size_t(r)], measure));
        out.append(row);
    }
    QStringList total = {tr("Total")};
    for (const PivotCell &c : p.cols.totals)
        total.append(text(p, c, measure));
    total.append(text(p, p.grand, measure));
    out.append(total);
    return out;
}

QJsonObject PivotTable::json(const Pivot &p, PivotMeasure measure)
{
    const auto value = [&](const PivotCell &c) {
        const auto v = number(p, c, measure);
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray columns;
    for (int c = 0; c < p.cols.keys.size(); ++c)
        columns.append(QJsonObject{{QStringLiteral("key"), p.cols.keys[c]},
                                   {QStringLiteral("name_en"), p.cols.names[c].en},
                                   {QStringLiteral("name_ko"), p.cols.names[c].ko},
                                   {QStringLiteral("projects"), qint64(p.cols.totals[std::size_t(c)].projects)},
                                   {QStringLiteral("not_counted"), qint64(p.cols.totals[std::size_t(c)].notCounted)},
                                   {QStringLiteral("total"), value(p.cols.totals[std::size_t(c)])}});
    QJsonArray rows;
    for (int r = 0; r < p.rows.keys.size(); ++r) {
        QJsonArray cells;
        for (int c = 0; c < p.cols.keys.size(); ++c)
            cells.append(value(p.cell(r, c)));
        rows.append(QJsonObject{{QStringLiteral("key"), p.rows.keys[r]},
                                {QStringLiteral("name_en"), p.rows.names[r].en},
                                {QStringLiteral("name_ko"), p.rows.names[r].ko},
                                {QStringLiteral("cells"), cells},
                                {QStringLiteral("projects"), qint64(p.rows.totals[std::size_t(r)].projects)},
                                {QStringLiteral("not_counted"), qint64(p.rows.totals[std::size_t(r)].notCounted)},
                                {QStringLiteral("total"), value(p.rows.totals[std::size_t(r)])}});
    }
    return {{QStringLiteral("rows_by"), groupByCode(p.rows.by)},
            {QStringLiteral("cols_by"), groupByCode(p.cols.by)},
            {QStringLiteral("measure"), pivotMeasureCode(measure)},
            {QStringLiteral("currency"), p.currency},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), value(p.grand)}};
}

} // namespace c2c

#include "Commands.h"

#include "io/CsvWriter.h"
#include "portfolio/RowText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace c2c::cli {

void addListOptions(QCommandLineParser &p)
{
    addFilterOptions(p);
    p.addOption({QStringLiteral("format"), CliText::tr("Output format: table, csv or json."), CliText::tr("format")});
}

int runList(Context &c)
{
    auto format = formatOption(c.parser, {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!format) {
        c.err << format.error() << Qt::endl;
        return UsageError;
    }
    auto query = openQuery(c.parser);
    if (!query) {
        c.err << query.error() << Qt::endl;
        return BadInput;
    }
    const Snapshot &s = query->snapshot();
    const Selection &sel = query->selection;
    const QLocale locale;

    if (format.value() == QLatin1String("json")) {
        QJsonArray rows;
        for (Row r : sel) {
            QJsonObject o;
            o.insert(QStringLiteral("key"), s.text(r, TextField::Key));
            o.insert(QStringLiteral("title_ko"), s.text(r, TextField::TitleKo));
            o.insert(QStringLiteral("title_en"), s.text(r, TextField::TitleEn));
            // Only in another language ("[fr] ..."): what the table shows.
            if (const QString other = s.text(r, TextField::TitleOther); !other.isEmpty())
                o.insert(QStringLiteral("title_other"), other);
            o.insert(QStringLiteral("actor"), rowtext::actor(s, r, c.lang));
            QJsonArray countries;
            const Span span = s.countries(r);
            for (auto i = span.begin; i < span.end; ++i)
                countries.append(s.countryCodes.value(s.countryValue[i]));
            o.insert(QStringLiteral("countries"), countries);
            o.insert(QStringLiteral("start_year"), s.startYear[r] == UnknownYear ? QJsonValue() : QJsonValue(s.startYear[r]));
            o.insert(QStringLiteral("end_year"), s.endYear[r] == UnknownYear ? QJsonValue() : QJsonValue(s.endYear[r]));
            o.insert(QStringLiteral("status"), toCode(static_cast<ActivityStatus>(s.status[r])));
            o.insert(QStringLiteral("modality"), toCode(static_cast<Modality>(s.modality[r])));
            const bool known = s.amount[r] != UnknownAmount;
            const QString cur = s.currencies.value(s.currency[r]);
            o.insert(QStringLiteral("amount"), known ? QJsonValue(Money(s.amount[r], cur).toDecimalString().toDouble()) : QJsonValue());
            o.insert(QStringLiteral("currency"), known ? QJsonValue(cur) : QJsonValue());
            o.insert(QStringLiteral("quality_notes"), s.qualityNotes[r]);
            o.insert(QStringLiteral("version"), qint64(s.version[r]));
            rows.append(o);
        }
        c.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return Success;
    }

    const QStringList header = {CliText::tr("Key"), CliText::tr("Lead actor"), CliText::tr("Partner countries"),
                                CliText::tr("Period"), CliText::tr("Status"), CliText::tr("Budget"), CliText::tr("Title")};
    QList<QStringList> rows;
    for (Row r : sel)
        rows.append({s.text(r, TextField::Key), rowtext::actor(s, r, c.lang), rowtext::countries(s, r, c.lang),
                     rowtext::period(s, r), rowtext::status(s, r, c.lang), rowtext::amount(s, r, locale),
                     rowtext::title(s, r, c.lang)});
    if (format.value() == QLatin1String("csv")) {
        CsvWriter csv;
        c.out << csv.row(header);
        for (const QStringList &row : rows)
            c.out << csv.row(row);
        return Success;
    }
    printTable(c.out, header, rows);
    c.out << CliText::tr("%n project(s)", nullptr, static_cast<int>(sel.size())) << Qt::endl;
    return Success;
}

} // namespace c2c::cli

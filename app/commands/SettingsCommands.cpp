#include "SettingsCommands.h"

#include "Translations.h"
#include "portfolio/Portfolio.h"

#include <QLocale>

namespace c2c::app {

namespace {

bool sameRate(const ExchangeRate &a, const ExchangeRate &b)
{
    return a.currency == b.currency && a.year == b.year;
}

// The rates of from that to does not have again: they are removed.
QList<ExchangeRate> onlyIn(const QList<ExchangeRate> &from, const QList<ExchangeRate> &to)
{
    QList<ExchangeRate> out;
    for (const ExchangeRate &r : from)
        if (std::none_of(to.begin(), to.end(), [&](const ExchangeRate &t) { return sameRate(r, t); }))
            out.append(r);
    return out;
}

} // namespace

ActorChangeCommand::ActorChangeCommand(Portfolio &portfolio, Actor before, Actor after, ErrorSink onError)
    : ProjectCommand(portfolio, std::move(onError)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(describe());
}

QString ActorChangeCommand::describe() const
{
    return tr("Rename “%1” to “%2”").arg(m_before.name.text(currentLanguage()), m_after.name.text(currentLanguage()));
}

void ActorChangeCommand::write(const Actor &actor)
{
    Status st = m_portfolio.actors().update(actor);
    if (st)
        st = m_portfolio.reloadActors();
    if (!st)
        fail(st.error());
}

void ActorChangeCommand::doRedo()
{
    write(m_after);
}

void ActorChangeCommand::doUndo()
{
    write(m_before);
}

MergeActorsCommand::MergeActorsCommand(Portfolio &portfolio, const Actor &from, const Actor &into, ErrorSink onError)
    : ProjectCommand(portfolio, std::move(onError)), m_from(from.id), m_into(into.id), m_fromName(from.name),
      m_intoName(into.name)
{
    setText(describe());
}

QString MergeActorsCommand::describe() const
{
    return tr("Merge “%1” into “%2”").arg(m_fromName.text(currentLanguage()), m_intoName.text(currentLanguage()));
}

void MergeActorsCommand::doRedo()
{
    auto record = m_portfolio.actors().merge(m_from, m_into);
    if (!record)
        return fail(record.error());
    m_record = record.value();
    const Status st = m_portfolio.reload(); // the projects' lead actors and versions changed
    if (!st)
        fail(st.error());
}

void MergeActorsCommand::doUndo()
{
    Status st = m_portfolio.actors().unmerge(m_record);
    if (st)
        st = m_portfolio.reload();
    if (!st)
        fail(st.error());
}

RatesCommand::RatesCommand(Portfolio &portfolio, QList<ExchangeRate> before, QList<ExchangeRate> after, ErrorSink onError)
    : ProjectCommand(portfolio, std::move(onError)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(describe());
}

QString RatesCommand::describe() const
{
    if (m_after.isEmpty())
        return tr("Remove %n exchange rate(s)", nullptr, int(m_before.size()));
    const ExchangeRate &r = m_after.first();
    return tr("Exchange rate %1 %2: %3 per USD").arg(r.currency).arg(r.year).arg(ExchangeRate::formatRate(r.perUsdMicro));
}

void RatesCommand::write(const QList<ExchangeRate> &from, const QList<ExchangeRate> &to)
{
    Status st = m_portfolio.rates().replace(onlyIn(from, to), to);
    if (st)
        st = m_portfolio.reloadRates();
    if (!st)
        fail(st.error());
}

void RatesCommand::doRedo()
{
    write(m_before, m_after);
}

void RatesCommand::doUndo()
{
    write(m_after, m_before);
}

ReportingCommand::ReportingCommand(Portfolio &portfolio, Setting before, Setting after, ErrorSink onError)
    : ProjectCommand(portfolio, std::move(onError)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(describe());
}

QString ReportingCommand::describe() const
{
    return tr("Report in %1").arg(displayUnitName(m_after.unit, m_after.currency, QLocale()));
}

void ReportingCommand::write(const Setting &setting)
{
    Status st = m_portfolio.setReportingCurrency(setting.currency);
    if (st)
        st = m_portfolio.setDisplayUnit(setting.unit);
    if (!st)
        fail(st.error());
}

void ReportingCommand::doRedo()
{
    write(m_after);
}

void ReportingCommand::doUndo()
{
    write(m_before);
}

} // namespace c2c::app

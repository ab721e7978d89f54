#pragma once
// The portfolio's other edits as undo commands: an actor's rename, a merge of
// two actors, exchange rates added, changed or removed, and the reporting
// currency and unit. Each redo and undo is one transaction; the views follow
// through Portfolio's signals.
#include "ProjectCommands.h"
#include "domain/DisplayUnit.h"
#include "domain/Money.h"
#include "storage/ActorRepository.h"

namespace c2c::app {

// An actor's names changed (a rename recorded with its date, or a correction).
class ActorChangeCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::ActorChangeCommand)
public:
    ActorChangeCommand(Portfolio &portfolio, Actor before, Actor after, ErrorSink onError);
    void doRedo() override;
    void doUndo() override;
    QString describe() const override;

private:
    void write(const Actor &actor);
    Actor m_before;
    Actor m_after;
};

// One actor merged into its successor; undo moves exactly its projects back.
class MergeActorsCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::MergeActorsCommand)
public:
    MergeActorsCommand(Portfolio &portfolio, const Actor &from, const Actor &into, ErrorSink onError);
    void doRedo() override;
    void doUndo() override;
    QString describe() const override;

private:
    std::int64_t m_from, m_into;
    LocalizedText m_fromName, m_intoName;
    ActorRepository::MergeRecord m_record;
};

// Exchange rates set or removed: before holds the rates of the same currency and year
// as they were (none for a new one), after what they become (none for a removal).
class RatesCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::RatesCommand)
public:
    RatesCommand(Portfolio &portfolio, QList<ExchangeRate> before, QList<ExchangeRate> after, ErrorSink onError);
    void doRedo() override;
    void doUndo() override;
    QString describe() const override;

private:
    void write(const QList<ExchangeRate> &from, const QList<ExchangeRate> &to);
    QList<ExchangeRate> m_before;
    QList<ExchangeRate> m_after;
};

// The reporting currency and display unit.
class ReportingCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::ReportingCommand)
public:
    struct Setting {
        QString currency;
        DisplayUnit unit;
    };
    ReportingCommand(Portfolio &portfolio, Setting before, Setting after, ErrorSink onError);
    void doRedo() override;
    void doUndo() override;
    QString describe() const override;

private:
    void write(const Setting &setting);
    Setting m_before;
    Setting m_after;
};

} // namespace c2c::app

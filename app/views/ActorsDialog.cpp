#include "ActorsDialog.h"

#include "Translations.h"
#include "commands/SettingsCommands.h"
#include "portfolio/Portfolio.h"
#include "reference/Reference.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c2c::app {

ActorsDialog::ActorsDialog(Portfolio &portfolio, QUndoStack &undo, std::function<void(const QString &)> onError,
                           QWidget *parent)
    : QDialog(parent), m_portfolio(portfolio), m_undo(undo), m_onError(std::move(onError)), m_table(new QTableWidget(this)), m_add(new QPushButton(tr("Add…"), this)),
      m_rename(new QPushButton(tr("Record a rename…"), this)), m_merge(new QPushButton(tr("Merge into…"), this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Actors"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Korean name"), tr("English name"), tr("MOIS code"), tr("History")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Actors"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_rename, m_merge})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(close);
    connect(m_add, &QPushButton::clicked, this, &ActorsDialog::askAdd);
    connect(m_rename, &QPushButton::clicked, this, &ActorsDialog::askRename);
    connect(m_merge, &QPushButton::clicked, this, &ActorsDialog::askMerge);
    resize(900, 560);
    reload();
}

void ActorsDialog::reload()
{
    const Language lang = currentLanguage();
    const QList<Actor> &actors = m_portfolio.snapshot().actors;
    m_table->setRowCount(int(actors.size()));
    for (int i = 0; i < actors.size(); ++i) {
        const Actor &a = actors[i];
        QStringList history;
        for (const ActorName &n : a.formerNames)
            history.append(tr("%1 until %2").arg(n.name.text(lang), QLocale().toString(n.validUntil, QLocale::ShortFormat)));
        if (a.successorId) {
            const auto s = m_portfolio.snapshot().actorIndex.value(a.successorId, NoId);
            if (s != NoId)
                history.append(tr("merged into %1").arg(actors[s].name.text(lang)));
        }
        const QStringList cells = {label(a.kind).text(lang), a.name.ko, a.name.en, a.moisCode, history.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, qint64(a.id));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

std::int64_t ActorsDialog::currentActorId() const
{
    const auto *item = m_table->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ActorsDialog::report(const Status &status)
{
    m_error->setText(status ? QString() : status.error());
    reload();
}

Status ActorsDialog::addActor(Actor actor)
{
    Status st = m_portfolio.actors().create(actor);
    if (st)
        st = m_portfolio.reloadActors();
    report(st);
    return st;
}

Status ActorsDialog::rename(std::int64_t actorId, const LocalizedText &newName, const QDate &effective)
{
    auto actor = m_portfolio.actors().read(actorId);
    if (!actor)
        return Status::failure(actor.error());
    if (newName.ko.trimmed().isEmpty() && newName.en.trimmed().isEmpty())
        return Status::failure(tr("The new name is empty."));
    Actor a = actor.value();
    a.formerNames.append({a.name, effective.addDays(-1)});
    a.name = newName;
    a.renamedOn = effective;
    const Status st = runAndPush(m_undo, new ActorChangeCommand(m_portfolio, actor.value(), a, m_onError));
    report(st);
    return st;
}

Status ActorsDialog::merge(std::int64_t from, std::int64_t into)
{
    auto a = m_portfolio.actors().read(from);
    auto b = m_portfolio.actors().read(into);
    if (!a || !b)
        return Status::failure(a ? b.error() : a.error());
    const Status st = runAndPush(m_undo, new MergeActorsCommand(m_portfolio, a.value(), b.value(), m_onError));
    report(st);
    return st;
}

void ActorsDialog::askAdd()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add an actor"));
    auto *government = localGovernmentBox(&form);
    auto *kind = new QComboBox(&form);
    for (const auto &e : actorKinds())
        kind->addItem(label(e.value).text(currentLanguage()), int(e.value));
    auto *ko = new QLineEdit(&form);
    auto *en = new QLineEdit(&form);
    auto *mois = new QLineEdit(&form);
    // A Korean local government fills in its official names, kind and code.
    connect(government, &QComboBox::currentIndexChanged, &form, [=] {
        const auto *g = reference::localGovernment(government->currentData().toString());
        if (!g)
            return;
        const Actor a = reference::actorFor(*g);
        kind->setCurrentIndex(kind->findData(int(a.kind)));
        ko->setText(a.name.ko);
        en->setText(a.name.en);
        mois->setText(a.moisCode);
    });
    auto *layout = new QFormLayout(&form);
    layout->addRow(tr("Korean local government"), government);
    layout->addRow(tr("Kind"), kind);
    layout->addRow(tr("Korean name"), ko);
    layout->addRow(tr("English name"), en);
    layout->addRow(tr("MOIS code"), mois);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    layout->addRow(buttons);
    if (form.exec() != QDialog::Accepted)
        return;
    Actor a;
    if (const auto *g = reference::localGovernment(mois->text().trimmed()))
        a = reference::actorFor(*g); // its former names too
    a.kind = static_cast<ActorKind>(kind->currentData().toInt());
    a.name = {ko->text().trimmed(), en->text().trimmed(), {}};
    a.moisCode = mois->text().trimmed();
    addActor(a);
}

QComboBox *ActorsDialog::localGovernmentBox(QWidget *parent) const
{
    // Every Korean local government the portfolio does not have yet, found by typing part of
    // its name in either language: "구미", "gumi", "인천 중구".
    QSet<QString> have;
    for (const Actor &a : m_portfolio.snapshot().actors)
        if (!a.moisCode.isEmpty())
            have.insert(a.moisCode);
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("localGovernment"));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(QString(), QString());
    const Language lang = currentLanguage();
    for (const QList<reference::LocalGovernment> *list : {&reference::localGovernments(), &reference::basicLocalGovernments()})
        for (const reference::LocalGovernment &g : *list) {
            if (have.contains(g.moisCode))
                continue;
            const auto *parent = reference::localGovernment(g.parentMoisCode);
            const QString name = g.name.text(lang);
            box->addItem(parent ? tr("%1 (%2)").arg(name, parent->shortName.text(lang)) : name, g.moisCode);
        }
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->lineEdit()->setPlaceholderText(tr("Type part of a name, e.g. 구미 or Gumi"));
    // Wide enough for the hint and for "Goseong-gun (Gyeongnam)".
    box->setMinimumContentsLength(int(box->lineEdit()->placeholderText().size()) + 4);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return box;
}

void ActorsDialog::askRename()
{
    const auto id = currentActorId();
    if (!id)
        return;
    QDialog form(this);
    form.setWindowTitle(tr("Record a rename"));
    auto *ko = new QLineEdit(&form);
    auto *en = new QLineEdit(&form);
    auto *date = new QDateEdit(QDate::currentDate(), &form);
    date->setCalendarPopup(true);
    auto *layout = new QFormLayout(&form);
    layout->addRow(new QLabel(tr("The current name is kept in the history, so older projects keep reading right."), &form));
    layout->addRow(tr("New Korean name"), ko);
    layout->addRow(tr("New English name"), en);
    layout->addRow(tr("In effect from"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    layout->addRow(buttons);
    if (form.exec() == QDialog::Accepted)
        report(rename(id, {ko->text().trimmed(), en->text().trimmed(), {}}, date->date()));
}

void ActorsDialog::askMerge()
{
    const auto from = currentActorId();
    if (!from)
        return;
    QStringList names;
    QList<std::int64_t> ids;
    for (const Actor &a : m_portfolio.snapshot().actors)
        if (a.id != from) {
            names.append(a.name.text(currentLanguage()));
            ids.append(a.id);
        }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge into…"), tr("The successor that takes over its projects:"),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    const auto into = ids.value(names.indexOf(chosen));
    if (QMessageBox::question(this, tr("Merge actors"),
                              tr("Move every project of the selected actor to %1? The actor stays in the list as merged.")
                                  .arg(chosen))
        == QMessageBox::Yes)
        merge(from, into);
}

} // namespace c2c::app

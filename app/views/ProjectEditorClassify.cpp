// "Classify from the title…": core suggests a DAC sector and an SDG goal from the
// words of the title and description; the officer confirms, and the project's
// sources then say that the officer classified it (and when), so a reader knows
// the classification is not the source's own.
#include "ProjectEditor.h"
#include "Translations.h"
#include "editor/ListEditor.h"
#include "reference/Reference.h"

#include <QDate>
#include <QMessageBox>
#include <QPushButton>

namespace c2c::app {

void ProjectEditor::classify()
{
    QList<ValidationIssue> unread;
    const auto suggestion = suggestClassification(read(unread));
    if (!suggestion) {
        QMessageBox::information(this, tr("Classify"),
                                 tr("No sector or SDG goal can be suggested from this title and description. "
                                    "Add them yourself with Add."));
        return;
    }
    const Language lang = currentLanguage();
    const auto *sector = reference::sector(suggestion->sectorCode);
    const auto *goal = reference::sdgGoal(suggestion->sdgGoal);
    QMessageBox box(QMessageBox::Question, tr("Classify"),
                    tr("Suggested from “%1” in the title or description:").arg(suggestion->matched), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("DAC sector %1 %2\nSDG goal %3 %4\n\nAdd them? The sources will record that you "
                              "classified the project.")
                               .arg(suggestion->sectorCode, sector ? sector->name.text(lang) : QString())
                               .arg(suggestion->sdgGoal)
                               .arg(goal ? goal->name.text(lang) : QString()));
    QPushButton *add = box.addButton(tr("Add"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(add);
    box.exec();
    if (box.clickedButton() == add)
        applyClassification(*suggestion);
}

void ProjectEditor::applyClassification(const ClassificationSuggestion &suggestion)
{
    bool added = false;
    bool hasSector = false;
    for (const QStringList &row : m_sectors->rows())
        hasSector = hasSector || row.value(0) == suggestion.sectorCode;
    if (!hasSector) {
        const auto *sector = reference::sector(suggestion.sectorCode);
        m_sectors->addRow({suggestion.sectorCode, QStringLiteral("1"), QString(),
                           sector ? sector->name.text(currentLanguage()) : QString()});
        added = true;
    }
    bool hasGoal = false;
    for (const QStringList &row : m_sdgs->rows())
        hasGoal = hasGoal || row.value(0) == QString::number(suggestion.sdgGoal);
    if (!hasGoal) {
        m_sdgs->addRow({QString::number(suggestion.sdgGoal), QString()});
        added = true;
    }
    if (added)
        m_sources->addRow({tr("Sector %1 and SDG goal %2 classified by the officer from the project's title (%3)")
                               .arg(suggestion.sectorCode)
                               .arg(suggestion.sdgGoal)
                               .arg(QDate::currentDate().toString(Qt::ISODate)),
                           QString(), QString()});
    revalidate();
}

} // namespace c2c::app

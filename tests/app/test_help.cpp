// Help: F1 opens the user guide in the interface language, its links and
// pictures resolve, the shortcut list is read from the real actions, and every
// tooltip names its action's shortcut in either language.
#include "AppFixture.h"
#include "SeededWindow.h"

#include "views/GuideWindow.h"
#include "views/ShortcutToolTips.h"
#include "views/ShortcutsDialog.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

using namespace c2c;
using app::GuideWindow;

namespace {

QAction *actionWithShortcut(QWidget *window, const QKeySequence &key)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->shortcuts().contains(key))
            return a;
    return nullptr;
}

QString guideSource(const char *lang)
{
    QFile f(QStringLiteral(":/guide/%1/guide.html").arg(QLatin1String(lang)));
    BOOST_REQUIRE_MESSAGE(f.open(QIODevice::ReadOnly), "the guide is compiled in: " << lang);
    return QString::fromUtf8(f.readAll());
}

QSet<QString> matches(const QString &text, const char *pattern)
{
    QSet<QString> out;
    auto it = QRegularExpression(QLatin1String(pattern)).globalMatch(text);
    while (it.hasNext())
        out.insert(it.next().captured(1));
    return out;
}

void switchTo(Language lang)
{
    app::installLanguage(lang);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // the shortcut list rebuilds after the window renamed its actions
}

} // namespace

BOOST_FIXTURE_TEST_CASE(f1_opens_the_guide_in_the_interface_language_and_follows_a_switch, SeededWindow)
{
    switchTo(Language::Korean);
    QAction *f1 = actionWithShortcut(window.get(), QKeySequence(Qt::Key_F1));
    BOOST_REQUIRE(f1);
    BOOST_TEST(f1->text().contains(QStringLiteral("사용 설명서")));
    f1->trigger();
    auto *guide = window->findChild<GuideWindow *>();
    BOOST_REQUIRE(guide);
    BOOST_TEST(guide->isVisible());
    BOOST_TEST(guide->browser()->source().path() == QStringLiteral("/guide/ko/guide.html"));
    BOOST_TEST(guide->browser()->toPlainText().contains(QStringLiteral("처음 시작하기")));
    // The contents are the page's sections, each with its anchor.
    const int sections = guide->contents()->count();
    BOOST_TEST(sections >= 7);
    for (int i = 0; i < sections; ++i)
        BOOST_TEST(!guide->contents()->item(i)->data(Qt::UserRole).toString().isEmpty());

    // A section, then Back to where the reader was.
    guide->resize(900, 600);
    guide->showSection(QStringLiteral("sharing"));
    QCoreApplication::processEvents();
    BOOST_TEST(guide->browser()->source().fragment() == QStringLiteral("sharing"));
    BOOST_TEST(guide->browser()->verticalScrollBar()->value() > 0);
    BOOST_REQUIRE(guide->browser()->isBackwardAvailable());
    guide->browser()->backward();
    BOOST_TEST(guide->browser()->source().fragment().isEmpty());

    // English: the same section of the English page, contents in English.
    guide->showSection(QStringLiteral("filters"));
    switchTo(Language::English);
    BOOST_TEST(guide->browser()->source().path() == QStringLiteral("/guide/en/guide.html"));
    BOOST_TEST(guide->browser()->source().fragment() == QStringLiteral("filters"));
    BOOST_TEST(guide->browser()->toPlainText().contains(QStringLiteral("First steps")));
    BOOST_TEST(guide->contents()->count() == sections);
    BOOST_TEST(guide->contents()->item(0)->text() == QStringLiteral("First steps"));
    BOOST_TEST(!guide->browser()->isBackwardAvailable()); // Back does not lead into the Korean page
}

BOOST_AUTO_TEST_CASE(every_link_and_picture_of_the_guide_resolves)
{
    QSet<QString> anchorsOfKorean;
    for (const char *lang : {"ko", "en"}) {
        const QString html = guideSource(lang);
        const QSet<QString> anchors = matches(html, R"re(<a name="([^"]+)")re");
        BOOST_TEST(anchors.size() >= 7);
        for (const QString &href : matches(html, R"re(href="([^"]+)")re")) {
            if (href.startsWith(QLatin1String("https://")) || href.startsWith(QLatin1String("http://")))
                continue;
            BOOST_TEST_CONTEXT(lang << " link " << href.toStdString())
            {
                BOOST_REQUIRE(href.startsWith(QLatin1Char('#')));
                BOOST_TEST(anchors.contains(href.mid(1)));
            }
        }
        const QSet<QString> images = matches(html, R"re(<img[^>]* src="([^"]+)")re");
        BOOST_TEST(images.size() >= 3);
        for (const QString &src : images) {
            const QImage image(QStringLiteral(":/guide/%1/%2").arg(QLatin1String(lang), src));
            BOOST_TEST(!image.isNull(), lang << " picture " << src.toStdString());
            BOOST_TEST(image.width() <= 1000, lang << " picture " << src.toStdString() << " is small");
        }
        // Through the browser too, as the reader's window resolves them.
        QTextBrowser browser;
        browser.setSource(GuideWindow::pageUrl(QLatin1String(lang)));
        for (const QString &src : images)
            BOOST_TEST(!browser.loadResource(QTextDocument::ImageResource, browser.source().resolved(QUrl(src))).isNull());
        if (anchorsOfKorean.isEmpty())
            anchorsOfKorean = anchors;
        else
            BOOST_TEST((anchors == anchorsOfKorean)); // a language switch keeps the section
    }
}

BOOST_FIXTURE_TEST_CASE(the_guide_remembers_its_size, SeededWindow)
{
    GuideWindow *guide = window->showGuide();
    guide->resize(777, 555);
    guide->close();
    GuideWindow again(window.get());
    BOOST_TEST(again.size().width() == 777);
    BOOST_TEST(again.size().height() == 555);
}

BOOST_FIXTURE_TEST_CASE(the_shortcut_list_is_read_from_the_actions_in_either_language, SeededWindow)
{
    const QString undoKeys = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    auto has = [](const app::ShortcutsDialog *d, const QString &action, const QString &keys) {
        for (const auto &e : d->entries())
            if (e.action == action && e.keys == keys)
                return true;
        return false;
    };
    switchTo(Language::Korean);
    app::ShortcutsDialog *dialog = window->showShortcuts();
    BOOST_TEST(dialog->windowTitle() == QStringLiteral("단축키"));
    BOOST_TEST(has(dialog, QStringLiteral("실행 취소"), undoKeys));
    BOOST_TEST(has(dialog, QStringLiteral("사용 설명서"), QStringLiteral("F1")));
    switchTo(Language::English);
    BOOST_TEST(dialog->windowTitle() == QStringLiteral("Keyboard shortcuts"));
    BOOST_TEST(has(dialog, QStringLiteral("Undo"), undoKeys));
    BOOST_TEST(has(dialog, QStringLiteral("User guide"), QStringLiteral("F1")));
    // Every action of the window that has a shortcut is listed, none twice.
    int withShortcut = 0;
    for (QAction *a : window->findChildren<QAction *>())
        if (!a->shortcuts().isEmpty() && a->parent() != window->findChild<GuideWindow *>())
            ++withShortcut;
    BOOST_TEST(dialog->entries().size() == withShortcut);
}

BOOST_FIXTURE_TEST_CASE(tooltips_name_the_shortcut_after_a_language_switch, SeededWindow)
{
    auto check = [this] {
        int checked = 0;
        for (QAction *a : window->findChildren<QAction *>()) {
            if (a->shortcuts().isEmpty())
                continue;
            ++checked;
            BOOST_TEST(a->toolTip().endsWith(QStringLiteral(" (%1)").arg(app::ShortcutToolTips::shortcutText(a))),
                       a->toolTip().toStdString());
        }
        BOOST_TEST(checked >= 15);
    };
    QAction *undo = actionWithShortcut(window.get(), QKeySequence(QKeySequence::Undo));
    BOOST_REQUIRE(undo);
    const QString keys = app::ShortcutToolTips::shortcutText(undo);
    check();
    BOOST_TEST(undo->toolTip() == QStringLiteral("Undo (%1)").arg(keys));
    switchTo(Language::Korean);
    check();
    BOOST_TEST(undo->toolTip() == QStringLiteral("실행 취소 (%1)").arg(keys));
    // The tooltip follows the action's text as the stack changes.
    window->projectTable()->selectRow(0);
    window->duplicateSelected();
    BOOST_TEST(undo->toolTip().startsWith(QStringLiteral("실행 취소: ")));
    BOOST_TEST(undo->toolTip().endsWith(QStringLiteral(" (%1)").arg(keys)));
    switchTo(Language::English);
    check();
    BOOST_TEST(undo->toolTip().startsWith(QStringLiteral("Undo ")));
    // An action with a description shows it, with the shortcut.
    QAction *exportAction = actionWithShortcut(window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
    BOOST_REQUIRE(exportAction);
    BOOST_TEST(exportAction->toolTip().startsWith(QStringLiteral("Export the projects as a PDF report")));
}

BOOST_AUTO_TEST_CASE(an_action_name_loses_its_mnemonic_and_ellipsis)
{
    QAction a(QStringLiteral("Save &&Close &view…"));
    BOOST_TEST(app::ShortcutToolTips::actionName(&a) == QStringLiteral("Save &Close view"));
    BOOST_TEST(app::ShortcutToolTips::toolTip(&a) == QStringLiteral("Save &Close view"));
    a.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    BOOST_TEST(app::ShortcutToolTips::toolTip(&a) == QStringLiteral("Save &Close view (Ctrl+K)"));
}

#include "GuideWindow.h"
#include "WindowPlacement.h"

#include "ShortcutToolTips.h"
#include "Translations.h"

#include <QAction>
#include <QCloseEvent>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace c2c::app {

namespace {
const QString GeometryKey = QStringLiteral("guide/geometry");
}

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_browser(new QTextBrowser(this)), m_contents(new QListWidget(this))
{
    setObjectName(QStringLiteral("guideWindow"));
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenExternalLinks(true);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_back = toolbar->addAction(QString(), m_browser, &QTextBrowser::backward);
    m_back->setShortcut(QKeySequence::Back);
    m_forward = toolbar->addAction(QString(), m_browser, &QTextBrowser::forward);
    m_forward->setShortcut(QKeySequence::Forward);
    m_home = toolbar->addAction(QString(), this, [this] { showSection(QString()); });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showSection(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showSection(item->data(Qt::UserRole).toString()); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 760});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    placeWindow(this, QSize(1000, 720), GeometryKey);
    retranslateUi();
    ShortcutToolTips::keepUpToDate(this);
    load(QString());
}

QUrl GuideWindow::pageUrl(const QString &languageCode)
{
    return QUrl(QStringLiteral("qrc:/guide/%1/guide.html").arg(languageCode));
}

void GuideWindow::load(const QString &anchor)
{
    QUrl url = pageUrl(languageCode(currentLanguage()));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->setSource(url);
    m_browser->clearHistory(); // Back does not lead into the guide of the other language
    fillContents();
}

void GuideWindow::showSection(const QString &anchor)
{
    QUrl url = pageUrl(languageCode(currentLanguage()));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->setSource(url); // a step in the history, so Back returns
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
}

void GuideWindow::fillContents()
{
    // The contents are the page's own second-level headings, so they always match it.
    m_contents->clear();
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        QString anchor;
        for (auto it = block.begin(); !it.atEnd() && anchor.isEmpty(); ++it)
            if (const QStringList names = it.fragment().charFormat().anchorNames(); !names.isEmpty())
                anchor = names.first();
        auto *item = new QListWidgetItem(block.text().trimmed(), m_contents);
        item->setData(Qt::UserRole, anchor);
    }
}

void GuideWindow::retranslateUi()
{
    setWindowTitle(tr("C2C Portfolio user guide"));
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
    m_home->setText(tr("Top of the guide"));
    m_contents->setAccessibleName(tr("Sections of the guide"));
    m_browser->setAccessibleName(tr("User guide"));
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The same section in the other language: both pages use the same anchors.
        load(m_browser->source().fragment());
    }
    QWidget::changeEvent(event);
}

void GuideWindow::closeEvent(QCloseEvent *event)
{
    rememberWindow(this, GeometryKey);
    QWidget::closeEvent(event);
}

} // namespace c2c::app

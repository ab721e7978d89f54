#pragma once
// Help > User guide (F1): the illustrated guide compiled into the application
// (resources/guide/<language>/guide.html), in the interface language, with its
// contents beside it, working links, Back and Forward. It follows a language
// switch at the same section and remembers its size.
#include <QUrl>
#include <QWidget>

class QAction;
class QListWidget;
class QTextBrowser;

namespace c2c::app {

class GuideWindow : public QWidget {
    Q_OBJECT

public:
    explicit GuideWindow(QWidget *parent = nullptr);

    // The guide's page in a language ("qrc:/guide/ko/guide.html").
    static QUrl pageUrl(const QString &languageCode);
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    // Goes to a section of the guide by its anchor (e.g. "filters").
    void showSection(const QString &anchor);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void load(const QString &anchor);
    void fillContents();
    void retranslateUi();

    QTextBrowser *m_browser;
    QListWidget *m_contents;
    QAction *m_back, *m_forward, *m_home;
};

} // namespace c2c::app

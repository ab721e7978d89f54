#pragma once
// A message in the status bar after a completed action ("Deleted 3 projects",
// "Exported to …"), with at most one button that acts on it (Undo, Open folder).
// While it shows it takes the place of the totals; it goes away by itself.
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace c2c::app {

class StatusNotice : public QWidget {
    Q_OBJECT

public:
    // replaced: the widget the notice stands in for while it shows (the totals).
    StatusNotice(QWidget *replaced, QWidget *parent = nullptr);

    static constexpr int DefaultTimeoutMs = 15000;
    // Shows text; with buttonText, a button that runs onClick and then dismisses the notice.
    void showNotice(const QString &text, const QString &buttonText = {}, std::function<void()> onClick = {},
                    int timeoutMs = DefaultTimeoutMs);
    void dismiss();

    QString text() const;
    QString buttonText() const; // empty when there is no button
    QPushButton *button() const { return m_button; }

protected:
    // A notice is not retranslated: after a language switch it goes away.
    void changeEvent(QEvent *event) override;

private:
    QWidget *m_replaced;
    QLabel *m_text;
    QPushButton *m_button;
    QTimer *m_timer;
    std::function<void()> m_onClick;
};

} // namespace c2c::app

#include "StatusNotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <utility>

namespace c2c::app {

StatusNotice::StatusNotice(QWidget *replaced, QWidget *parent)
    : QWidget(parent), m_replaced(replaced), m_text(new QLabel(this)), m_button(new QPushButton(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("statusNotice"));
    m_text->setObjectName(QStringLiteral("statusNoticeText"));
    m_button->setObjectName(QStringLiteral("statusNoticeButton"));
    m_button->setFlat(true);
    m_button->setCursor(Qt::PointingHandCursor);
    // Looks like a link, so it reads as part of the message, but takes focus and keys as a button.
    m_button->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; padding: 0 4px; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_button);
    layout->addStretch(1);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &StatusNotice::dismiss);
    connect(m_button, &QPushButton::clicked, this, [this] {
        // The callback may show the next notice (Undo → "Undone: …"): take it first, dismiss, then run it.
        auto onClick = std::exchange(m_onClick, {});
        dismiss();
        if (onClick)
            onClick();
    });
    hide();
}

void StatusNotice::showNotice(const QString &text, const QString &buttonText, std::function<void()> onClick, int timeoutMs)
{
    m_text->setText(text);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    m_onClick = std::move(onClick);
    if (m_replaced)
        m_replaced->hide();
    show();
    m_timer->start(timeoutMs);
}

void StatusNotice::dismiss()
{
    m_timer->stop();
    m_onClick = {};
    hide();
    if (m_replaced)
        m_replaced->show();
}

void StatusNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !isHidden())
        dismiss();
    QWidget::changeEvent(event);
}

QString StatusNotice::text() const
{
    return m_text->text();
}

QString StatusNotice::buttonText() const
{
    return m_button->isHidden() ? QString() : m_button->text();
}

} // namespace c2c::app

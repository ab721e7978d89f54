#include "ShortcutToolTips.h"

#include <QRegularExpression>

#include <QAction>
#include <QCoreApplication>
#include <QVariant>
#include <QWidget>

namespace c2c::app::ShortcutToolTips {

namespace {

void apply(QAction *action)
{
    if (action->shortcuts().isEmpty())
        return;
    const QString tip = toolTip(action);
    if (action->toolTip() != tip) // setToolTip emits changed() again: stop at the second round
        action->setToolTip(tip);
}

} // namespace

QString actionName(const QAction *action)
{
    QString name;
    // Korean texts carry the mnemonic after the word, as "사용 설명서(&G)": dropped whole.
    QString text = action->text();
    static const QRegularExpression trailingMnemonic(QStringLiteral("\\(&[^&\\s]\\)"));
    text.remove(trailingMnemonic);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size())
            ++i; // "&&" is a literal "&"; "&x" marks x as the mnemonic
        name += text[i];
    }
    for (const QString &ellipsis : {QStringLiteral("…"), QStringLiteral("...")})
        if (name.endsWith(ellipsis))
            name.chop(ellipsis.size());
    return name.trimmed();
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

QString toolTip(const QAction *action)
{
    const QString name = action->statusTip().isEmpty() ? actionName(action) : action->statusTip();
    if (action->shortcuts().isEmpty())
        return name;
    return QCoreApplication::translate("c2c::app::ShortcutToolTips", "%1 (%2)", "action name (shortcut)")
        .arg(name, shortcutText(action));
}

void keepUpToDate(QWidget *root)
{
    for (QAction *action : root->findChildren<QAction *>()) {
        apply(action);
        if (action->property("c2cShortcutTip").toBool())
            continue; // already kept
        action->setProperty("c2cShortcutTip", true);
        QObject::connect(action, &QAction::changed, action, [action] { apply(action); });
    }
}

} // namespace c2c::app::ShortcutToolTips

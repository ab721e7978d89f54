#include "CurrencyBox.h"

#include "reference/Reference.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace c2c::app {

QString currencyLabel(const QString &code, Language lang)
{
    const auto *c = reference::currency(code);
    return c ? QStringLiteral("%1 — %2").arg(code, c->name.text(lang)) : code;
}

void fillCurrencyBox(QComboBox *box, Language lang, const QString &selected, const QStringList &except)
{
    {
        const QSignalBlocker block(box); // the selection does not change, only the labels
        box->clear();
        for (const auto &c : reference::currencies())
            if ((c.current || c.code == selected) && !except.contains(c.code))
                box->addItem(currencyLabel(c.code, lang), c.code);
    }
    const int index = box->findData(selected);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace c2c::app

#include "FacetList.h"

#include "Translations.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace c2c::app {

FacetList::FacetList(Facet facet, QWidget *parent)
    : QWidget(parent), m_facet(facet), m_title(new QLabel(this)), m_clear(new QToolButton(this)), m_list(new QListWidget(this))
{
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(m_title, 1);
    m_clear->setAutoRaise(true);
    m_clear->setText(QStringLiteral("×"));
    header->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_list);
    m_list->setUniformItemSizes(true);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit changed();
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clear();
        emit changed();
    });
    m_clear->setVisible(false);
}

void FacetList::setTitle(const QString &title)
{
    m_title->setText(title);
    m_list->setAccessibleName(title);
    m_clear->setToolTip(tr("Clear %1").arg(title));
    m_clear->setAccessibleName(tr("Clear %1").arg(title));
}

void FacetList::setValues(const QList<FacetValue> &values, const QStringList &checked)
{
    m_updating = true;
    m_list->clear();
    const QLocale locale;
    for (const FacetValue &v : values) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(v.name.text(currentLanguage()), locale.toString(qlonglong(v.count))),
                                         m_list);
        item->setData(Qt::UserRole, v.key);
        item->setToolTip(v.name.text(currentLanguage()));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(v.key) ? Qt::Checked : Qt::Unchecked);
        if (v.count == 0 && !checked.contains(v.key))
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_clear->setVisible(!checked.isEmpty());
    setVisible(!values.isEmpty());
    // As tall as its values, up to six rows; longer lists scroll.
    const int rows = std::min(m_list->count(), 6);
    if (rows > 0)
        m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
    m_updating = false;
}

QStringList FacetList::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys.append(m_list->item(i)->data(Qt::UserRole).toString());
    return keys;
}

void FacetList::clear()
{
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(Qt::Unchecked);
    m_updating = false;
    m_clear->setVisible(false);
}

} // namespace c2c::app

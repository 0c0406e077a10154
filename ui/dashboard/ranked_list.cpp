#include "ui/dashboard/ranked_list.h"

#include <QHeaderView>
#include <QLocale>

namespace lagebild::ui {

RankedList::RankedList(const QString& countHeader, QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(2);
    setHeaderLabels({tr("Name"), countHeader});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setMinimumHeight(fontMetrics().height() * 9);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(indexOfTopLevelItem(item)); });
}

void RankedList::setEntries(const std::vector<Entry>& entries, const QString& emptyText) {
    m_entries = entries;
    clear();
    const QLocale l;
    for (const auto& e : entries) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, e.text);
        item->setText(1, l.toString(static_cast<qlonglong>(e.count)));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, e.detail.isEmpty() ? e.text : e.text + QLatin1Char('\n') + e.detail);
    }
    if (entries.empty()) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, emptyText);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(0, palette().brush(QPalette::PlaceholderText));
    } else
        setCurrentItem(topLevelItem(0));
}

void RankedList::activate(int row) {
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return;
    emit drillDown(m_entries[static_cast<std::size_t>(row)].filter);
}

} // namespace lagebild::ui

#pragma once

#include "models/store/alert_table_queries.h"

#include <QTreeWidget>

namespace lagebild::ui {

/// A top list of the Situation page (techniques, indicators, campaigns and actors): name and
/// number of alerts; Enter, a double-click or a click on the number opens exactly those alerts.
class RankedList : public QTreeWidget {
    Q_OBJECT
public:
    struct Entry {
        QString text;
        QString detail; // second line of the tooltip (id, type)
        std::int64_t count = 0;
        store::AlertTableFilter filter;
    };
    RankedList(const QString& countHeader, QWidget* parent = nullptr);
    void setEntries(const std::vector<Entry>& entries, const QString& emptyText);
    const std::vector<Entry>& entries() const { return m_entries; }
    void activate(int row);

signals:
    void drillDown(const lagebild::store::AlertTableFilter& filter);

private:
    std::vector<Entry> m_entries;
};

} // namespace lagebild::ui

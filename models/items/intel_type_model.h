#pragma once

#include "models/store/intel_queries.h"

#include <QAbstractTableModel>

#include <vector>

namespace lagebild::items {

/// Intel objects per STIX type with counts, for the Intel page. Holds a finished snapshot that a
/// job computed (setStats); data() never touches the disk. Reset on each new snapshot; the list
/// is short (tens of types). GUI thread.
class IntelTypeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TypeColumn, CountColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit IntelTypeModel(QObject* parent = nullptr);

    void setStats(const store::CacheStats& stats);
    std::int64_t totalObjects() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::pair<QString, std::int64_t>> m_rows;
    std::int64_t m_total = 0;
};

} // namespace lagebild::items

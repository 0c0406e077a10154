#include "models/items/intel_type_model.h"

#include <QLocale>

namespace lagebild::items {

IntelTypeModel::IntelTypeModel(QObject* parent) : QAbstractTableModel(parent) {}

void IntelTypeModel::setStats(const store::CacheStats& stats) {
    beginResetModel();
    m_rows.assign(stats.objectsByType.begin(), stats.objectsByType.end());
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    m_total = 0;
    for (const auto& r : m_rows)
        m_total += r.second;
    endResetModel();
}

int IntelTypeModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

int IntelTypeModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant IntelTypeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TypeColumn ? QVariant(row.first)
                                            : QVariant(QLocale().toString(static_cast<qlonglong>(row.second)));
    case SortRole: return index.column() == TypeColumn ? QVariant(row.first) : QVariant(static_cast<qlonglong>(row.second));
    case Qt::TextAlignmentRole: return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant IntelTypeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TypeColumn ? tr("STIX type") : tr("Objects");
}

} // namespace lagebild::items

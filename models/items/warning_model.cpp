#include "models/items/warning_model.h"

#include "models/items/chip.h"

#include "models/core/tlp.h"

#include <QDateTime>
#include <QLocale>

namespace lagebild::items {

namespace {

QString dateText(std::int64_t micros, bool withTime) {
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC).toLocalTime();
    return withTime ? QLocale().toString(t, QLocale::ShortFormat) : QLocale().toString(t.date(), QLocale::ShortFormat);
}

} // namespace

WarningModel::WarningModel(QObject* parent) : QAbstractTableModel(parent) {}

QString WarningModel::stateText(store::WarningState state) {
    switch (state) {
    case store::WarningState::New: return tr("New");
    case store::WarningState::Applies: return tr("Applies to us");
    case store::WarningState::NotApplicable: return tr("Not applicable");
    case store::WarningState::Mitigated: return tr("Mitigated");
    }
    return {};
}

void WarningModel::setWarnings(std::vector<store::WarningSummary> warnings) {
    beginResetModel();
    m_rows = std::move(warnings);
    endResetModel();
}

bool WarningModel::updateWarning(const store::WarningSummary& warning) {
    const int row = rowOf(warning.id);
    if (row < 0)
        return false;
    m_rows[static_cast<std::size_t>(row)] = warning;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

const store::WarningSummary* WarningModel::warningAt(int row) const {
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int WarningModel::rowOf(const QString& id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int WarningModel::unreadCount() const {
    int n = 0;
    for (const auto& w : m_rows)
        n += w.state == store::WarningState::New ? 1 : 0;
    return n;
}

int WarningModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

int WarningModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant WarningModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& w = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return w.id;
    case StateRole: return store::warningStateName(w.state);
    case UnreadRole: return w.state == store::WarningState::New;
    case kChipRole: return index.column() == TlpColumn ? QVariant(tlpChip(w.tlp)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case StateColumn: return static_cast<int>(w.state);
        case DueColumn: return w.due ? QVariant(static_cast<qlonglong>(*w.due)) : QVariant();
        case PublishedColumn: return static_cast<qlonglong>(w.published);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StateColumn: return stateText(w.state);
        case TitleColumn: return w.title;
        case SourceColumn: return w.source;
        case TlpColumn:
            return w.tlp.isEmpty() ? QString() : core::tlpLabel(core::tlpFromName(w.tlp).value_or(core::Tlp::Unknown));
        case OwnerColumn: return w.owner;
        case DueColumn: return w.due ? dateText(*w.due, false) : QString();
        case PublishedColumn: return w.published > 0 ? dateText(w.published, true) : QString();
        default: return {};
        }
    default: return {};
    }
}

QVariant WarningModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case TitleColumn: return tr("Warning");
    case SourceColumn: return tr("Source");
    case TlpColumn: return tr("TLP");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case PublishedColumn: return tr("Published");
    default: return {};
    }
}

} // namespace lagebild::items

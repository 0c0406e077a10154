#include "models/items/alert_table_model.h"

#include "models/items/chip.h"

#include <QDateTime>
#include <QPointer>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace lagebild::items {

using store::AlertColumn;

AlertTableModel::AlertTableModel(QString dbPath, QObject* parent)
    : QAbstractTableModel(parent), m_dbPath(std::move(dbPath)), m_pageReader(std::make_unique<ReaderThread>(m_dbPath, true)),
      m_countReader(std::make_unique<ReaderThread>(m_dbPath, false)) {
    restart(false);
}

AlertTableModel::~AlertTableModel() = default;

QString AlertTableModel::columnTitle(AlertColumn column) {
    switch (column) {
    case AlertColumn::Time: return tr("Time (UTC)");
    case AlertColumn::Priority: return tr("Priority");
    case AlertColumn::Severity: return tr("Severity");
    case AlertColumn::Matched: return tr("Intel matches");
    case AlertColumn::Status: return tr("Status");
    case AlertColumn::Sensor: return tr("Sensor");
    case AlertColumn::Signature: return tr("Signature");
    case AlertColumn::Source: return tr("Source");
    case AlertColumn::Destination: return tr("Destination");
    case AlertColumn::Assignee: return tr("Assignee");
    }
    return {};
}

QString AlertTableModel::statusText(const QString& status, const QString& resolution) {
    if (status == QLatin1String("new"))
        return tr("New");
    if (status == QLatin1String("in-progress"))
        return tr("In progress");
    if (status == QLatin1String("escalated"))
        return tr("Escalated");
    if (status == QLatin1String("false-positive")) // schema 1
        return tr("Closed: false positive");
    if (status == QLatin1String("closed")) {
        if (resolution == QLatin1String("true-positive"))
            return tr("Closed: true positive");
        if (resolution == QLatin1String("false-positive"))
            return tr("Closed: false positive");
        if (resolution == QLatin1String("benign"))
            return tr("Closed: benign");
        return tr("Closed");
    }
    return status;
}

QString AlertTableModel::statusKeyText(const QString& key) {
    if (key.startsWith(QLatin1String("closed:"))) {
        const QString resolution = key.mid(7);
        return resolution.isEmpty() ? tr("Closed: no resolution") : statusText(QStringLiteral("closed"), resolution);
    }
    return statusText(key, QString());
}

QString AlertTableModel::objectTypeText(const QString& type) {
    static const std::pair<const char*, const char*> names[] = {
        {"report", QT_TR_NOOP("Report")},
        {"campaign", QT_TR_NOOP("Campaign")},
        {"threat-actor", QT_TR_NOOP("Threat actor")},
        {"intrusion-set", QT_TR_NOOP("Intrusion set")},
        {"attack-pattern", QT_TR_NOOP("Technique")},
        {"malware", QT_TR_NOOP("Malware")},
        {"tool", QT_TR_NOOP("Tool")},
        {"vulnerability", QT_TR_NOOP("Vulnerability")},
    };
    for (const auto& [key, text] : names)
        if (type == QLatin1String(key))
            return tr(text);
    return type;
}

QString AlertTableModel::severityText(int severity) {
    switch (severity) {
    case 1: return tr("1 high");
    case 2: return tr("2 medium");
    case 3: return tr("3 low");
    case 4: return tr("4 info");
    default: return QString::number(severity);
    }
}

void AlertTableModel::setFilter(const store::AlertTableFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart(false);
}

void AlertTableModel::setSort(const store::AlertSort& sort) {
    if (sort == m_sort)
        return;
    m_sort = sort;
    restart(false);
}

void AlertTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= store::kAlertColumnCount)
        return;
    setSort({static_cast<AlertColumn>(column), order == Qt::DescendingOrder});
}

void AlertTableModel::refresh() { restart(true); }

void AlertTableModel::setDatabasePath(const QString& path) {
    m_dbPath = path;
    m_pageReader = std::make_unique<ReaderThread>(m_dbPath, true);
    m_countReader = std::make_unique<ReaderThread>(m_dbPath, false);
    restart(false);
}

// A new generation: pending work is dropped, a running count is interrupted, the count and the
// first page are asked for. Without keepRows the model resets to empty (a new filter or order
// shows from the top); with it, rows and stale pages stay on screen until replaced.
void AlertTableModel::restart(bool keepRows) {
    ++m_generation;
    m_facetsAsked = false;
    m_pageReader->clear();
    m_countReader->clear();
    m_countReader->interrupt();
    m_pending.clear();
    if (!keepRows) {
        beginResetModel();
        m_pages.clear();
        m_rowCount = 0;
        m_countKnown = false;
        endResetModel();
        requestPage(0);
    } else {
        // Stale pages keep painting (lastUse 0 marks them, and makes them the first evicted);
        // data() asks again for each page it shows.
        // Not layoutChanged: the selection model would save a persistent index per selected row
        // (seconds for a large selection); the rows stay where they are anyway. dataChanged per
        // cached page is bounded by the cache, never the whole range (ARCHITECTURE §7).
        for (auto& [page, cached] : m_pages) {
            cached.lastUse = 0;
            const int first = page * kPageSize;
            const int last = std::min(m_rowCount, first + static_cast<int>(cached.rows.size())) - 1;
            if (last >= first)
                emit dataChanged(index(first, 0), index(last, store::kAlertColumnCount - 1));
        }
    }
    m_counting = true;
    const quint64 generation = m_generation;
    const store::AlertTableFilter filter = m_filter;
    QPointer<AlertTableModel> self(this);
    m_countReader->post([self, generation, filter](store::Database* db, const core::Error* openError) {
        if (!db) {
            const QString message = openError ? openError->message : QString();
            QMetaObject::invokeMethod(
                self.data(), [self, message] { emit self->loadFailed(message); }, Qt::QueuedConnection);
            return;
        }
        store::AlertTableQueries q(*db);
        auto count = q.count(filter);
        if (!count)
            return; // interrupted (a newer generation) or failed: the newer request answers
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, n = count.value()] {
                if (self)
                    self->countArrived(generation, n);
            },
            Qt::QueuedConnection);
    });
}

// The facet counts wait for the generation's first page: on two cores they would otherwise take
// the CPU and the disk from the rows the analyst is waiting for.
void AlertTableModel::requestFacets() {
    if (m_facetsAsked)
        return;
    m_facetsAsked = true;
    const quint64 generation = m_generation;
    const store::AlertTableFilter filter = m_filter;
    QPointer<AlertTableModel> self(this);
    m_countReader->post([self, generation, filter](store::Database* db, const core::Error*) {
        if (!db)
            return; // the count task reported it
        store::AlertTableQueries q(*db);
        auto facets = q.facets(filter);
        if (!facets)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, f = std::move(facets.value())] {
                if (self && generation == self->m_generation)
                    emit self->facetsReady(f);
            },
            Qt::QueuedConnection);
    });
}

void AlertTableModel::countArrived(quint64 generation, std::int64_t count) {
    if (generation != m_generation)
        return;
    m_counting = false;
    m_countKnown = true;
    const int n = static_cast<int>(std::min<std::int64_t>(count, std::numeric_limits<int>::max()));
    if (n > m_rowCount) {
        beginInsertRows({}, m_rowCount, n - 1);
        m_rowCount = n;
        endInsertRows();
    } else if (n < m_rowCount) {
        beginRemoveRows({}, n, m_rowCount - 1);
        m_rowCount = n;
        endRemoveRows();
        const int lastPage = n / kPageSize;
        for (auto it = m_pages.begin(); it != m_pages.end();)
            it = it->first > lastPage ? m_pages.erase(it) : std::next(it);
    }
    emit countFinished(count);
}

// Chooses where to seek from for `page`: the nearest current-generation page on either side,
// else the front or the back of the order, whichever is closer. Hops past unloaded rows are
// OFFSETs from that key, short when the user scrolls, up to half the table for a scrollbar drag.
AlertTableModel::Request AlertTableModel::planRequest(int page) const {
    Request r;
    r.generation = m_generation;
    r.page = page;
    const std::int64_t first = static_cast<std::int64_t>(page) * kPageSize;
    if (m_countKnown)
        r.limit = static_cast<int>(std::min<std::int64_t>(kPageSize, m_rowCount - first));
    std::int64_t best = first; // from the front
    r.forward = true;
    r.skip = first;
    if (m_countKnown) {
        const std::int64_t fromEnd = m_rowCount - (first + r.limit);
        if (fromEnd < best) {
            best = fromEnd;
            r.forward = false;
            r.skip = fromEnd;
        }
    }
    for (const auto& [p, cached] : m_pages) {
        // Pages of an older generation (kept on screen after a refresh) are no anchors.
        if (cached.rows.empty() || p == page || cached.lastUse == 0)
            continue;
        if (p < page) {
            const std::int64_t lastRow = static_cast<std::int64_t>(p) * kPageSize + static_cast<int>(cached.rows.size()) - 1;
            const std::int64_t distance = first - lastRow - 1;
            if (distance >= 0 && distance < best && cached.rows.size() == kPageSize) {
                best = distance;
                r.forward = true;
                r.skip = distance;
                r.anchor = cached.rows.back();
            }
        } else {
            const std::int64_t firstRow = static_cast<std::int64_t>(p) * kPageSize;
            const std::int64_t distance = firstRow - (first + r.limit);
            if (distance >= 0 && distance < best) {
                best = distance;
                r.forward = false;
                r.skip = distance;
                r.anchor = cached.rows.front();
            }
        }
    }
    return r;
}

void AlertTableModel::requestPage(int page) const {
    if (page < 0 || m_pending.count(page))
        return;
    if (m_countKnown && static_cast<std::int64_t>(page) * kPageSize >= m_rowCount && page != 0)
        return;
    m_pending.insert(page);
    const Request r = planRequest(page);
    const store::AlertTableFilter filter = m_filter;
    const store::AlertSort sort = m_sort;
    QPointer<AlertTableModel> self(const_cast<AlertTableModel*>(this));
    m_pageReader->post([self, r, filter, sort](store::Database* db, const core::Error* openError) {
        if (!db) {
            const QString message = openError ? openError->message : QString();
            QMetaObject::invokeMethod(
                self.data(), [self, message] { emit self->loadFailed(message); }, Qt::QueuedConnection);
            return;
        }
        if (r.limit <= 0)
            return;
        store::AlertTableQueries q(*db);
        const store::AlertTableRow* anchor = r.anchor ? &*r.anchor : nullptr;
        auto rows =
            r.forward ? q.pageAfter(filter, sort, anchor, r.skip, r.limit) : q.pageBefore(filter, sort, anchor, r.skip, r.limit);
        if (!rows) {
            const QString message = rows.error().message;
            QMetaObject::invokeMethod(
                self.data(), [self, message] { emit self->loadFailed(message); }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, g = r.generation, p = r.page, rows = std::move(rows.value())]() mutable {
                if (self)
                    self->pageArrived(g, p, std::move(rows));
            },
            Qt::QueuedConnection);
    });
}

void AlertTableModel::pageArrived(quint64 generation, int page, std::vector<store::AlertTableRow> rows) {
    if (generation != m_generation)
        return; // stale: a newer filter, order or refresh
    m_pending.erase(page);
    requestFacets();
    const int first = page * kPageSize;
    const int end = first + static_cast<int>(rows.size());
    Page& slot = m_pages[page];
    slot.rows = std::move(rows);
    slot.lastUse = ++m_useClock;
    evict();
    if (!m_countKnown && end > m_rowCount) {
        // Rows before the count is known: show what arrived; the count corrects it.
        beginInsertRows({}, m_rowCount, end - 1);
        m_rowCount = end;
        endInsertRows();
    }
    const int last = std::min(end, m_rowCount) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, store::kAlertColumnCount - 1));
        emit pageLoaded(first, last);
    }
}

void AlertTableModel::evict() {
    while (m_pages.size() > static_cast<std::size_t>(kMaxPages)) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                       [](const auto& a, const auto& b) { return a.second.lastUse < b.second.lastUse; });
        m_pages.erase(oldest);
    }
}

const store::AlertTableRow* AlertTableModel::rowAt(int row) const {
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const auto it = m_pages.find(row / kPageSize);
    if (it == m_pages.end())
        return nullptr;
    const auto offset = static_cast<std::size_t>(row % kPageSize);
    return offset < it->second.rows.size() ? &it->second.rows[offset] : nullptr;
}

int AlertTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rowCount; }

int AlertTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : store::kAlertColumnCount; }

QVariant AlertTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= store::kAlertColumnCount)
        return {};
    const int page = index.row() / kPageSize;
    auto it = m_pages.find(page);
    const bool current = it != m_pages.end() && it->second.lastUse != 0;
    if (!current && (role == Qt::DisplayRole || role == LoadedRole || role == RidRole)) {
        // Neighbours first: the reader serves the newest request first, the page itself.
        requestPage(page + 1);
        requestPage(page - 1);
        requestPage(page);
    }
    const store::AlertTableRow* r = nullptr;
    if (it != m_pages.end()) {
        if (current)
            it->second.lastUse = ++m_useClock;
        const auto offset = static_cast<std::size_t>(index.row() % kPageSize);
        if (offset < it->second.rows.size())
            r = &it->second.rows[offset];
    }
    if (role == LoadedRole)
        return r != nullptr && current;
    if (!r)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(QStringLiteral("…")) : QVariant();
    const auto column = static_cast<AlertColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AlertColumn::Time:
            return QDateTime::fromMSecsSinceEpoch(r->time / 1000, QTimeZone::utc())
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case AlertColumn::Priority: return r->priority;
        case AlertColumn::Severity: return severityText(r->severity);
        case AlertColumn::Matched: return r->matches > 0 ? QVariant(r->matches) : QVariant(QString());
        case AlertColumn::Status: return statusText(r->status, r->resolution);
        case AlertColumn::Sensor: return r->sensor;
        case AlertColumn::Signature: return r->signature;
        case AlertColumn::Source: return r->src;
        case AlertColumn::Destination: return r->dst;
        case AlertColumn::Assignee: return r->assignee;
        }
        return {};
    case RidRole: return QVariant::fromValue<qint64>(r->rid);
    case StatusRole: return r->status;
    case kChipRole: return column == AlertColumn::Severity ? QVariant(severityChip(r->severity)) : QVariant();
    case SortValueRole:
        switch (column) {
        case AlertColumn::Time: return QVariant::fromValue<qint64>(r->time);
        case AlertColumn::Priority: return r->priority;
        case AlertColumn::Severity: return r->severity;
        case AlertColumn::Matched: return r->matches;
        case AlertColumn::Status: return r->status;
        case AlertColumn::Sensor: return r->sensor;
        case AlertColumn::Signature: return r->signature;
        case AlertColumn::Source: return r->src;
        case AlertColumn::Destination: return r->dst;
        case AlertColumn::Assignee: return r->assignee;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == AlertColumn::Priority || column == AlertColumn::Matched)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= store::kAlertColumnCount)
        return {};
    return columnTitle(static_cast<AlertColumn>(section));
}

} // namespace lagebild::items

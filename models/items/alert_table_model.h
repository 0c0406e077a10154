#pragma once

#include "models/items/reader_thread.h"
#include "models/store/alert_table_queries.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace lagebild::items {

/// The triage table over millions of alerts (ARCHITECTURE §7). Knows the full row count (counted on a
/// background connection), serves rows from a bounded LRU cache of pages, answers placeholders
/// for rows not loaded yet and asks its reader thread for the missing page (plus one page each
/// side). Pages are fetched by keyset from the nearest cached page, or from the front or the back
/// of the order (the last row costs what the first does). data() never touches the disk.
/// Every filter, sort or refresh bumps a generation; replies of older generations are dropped.
/// GUI thread; owns two ReaderThreads (pages, counts/facets) with their own connections.
class AlertTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        RidRole = Qt::UserRole + 1, // qint64 rid, invalid while loading
        LoadedRole,                 // bool
        SortValueRole,              // the raw sort key (number or text)
        StatusRole,                 // raw status string
    };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 48; // ~12,000 rows cached, a few MB

    explicit AlertTableModel(QString dbPath, QObject* parent = nullptr);
    ~AlertTableModel() override;

    void setFilter(const store::AlertTableFilter& filter);
    void setSort(const store::AlertSort& sort);
    const store::AlertTableFilter& filter() const { return m_filter; }
    const store::AlertSort& sortOrder() const { return m_sort; }
    /// Re-reads everything (after a workflow change): same filter and sort, rows stay where they
    /// are until the new pages arrive; the count is taken again.
    void refresh();
    /// Points the model at another database file (a new generation).
    void setDatabasePath(const QString& path);

    /// The loaded row, or nullptr while it is loading.
    const store::AlertTableRow* rowAt(int row) const;
    bool isCounting() const { return m_counting; }
    quint64 generation() const { return m_generation; }
    int pagesCached() const { return static_cast<int>(m_pages.size()); }

    static QString columnTitle(store::AlertColumn column);
    static QString statusText(const QString& status, const QString& resolution);
    /// Text of a status facet key (store::AlertTableFilter::statuses): "closed:benign" reads
    /// "Closed: benign", "closed" "Closed" (all), "closed:" "Closed: no resolution".
    static QString statusKeyText(const QString& key);
    /// "Campaign", "Threat actor", … for a STIX type; other types as they are.
    static QString objectTypeText(const QString& type);
    static QString severityText(int severity);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// The full count of the current filter is known.
    void countFinished(qint64 count);
    void facetsReady(const store::AlertFacets& facets);
    /// A page arrived (rows [first, last] now have data).
    void pageLoaded(int first, int last);
    void loadFailed(const QString& message);

private:
    struct Page {
        std::vector<store::AlertTableRow> rows;
        quint64 lastUse = 0;
    };
    struct Request {
        quint64 generation = 0;
        int page = 0;
        bool forward = true;
        std::optional<store::AlertTableRow> anchor;
        std::int64_t skip = 0;
        int limit = kPageSize;
    };

    void restart(bool keepRows);
    void requestPage(int page) const;
    Request planRequest(int page) const;
    void pageArrived(quint64 generation, int page, std::vector<store::AlertTableRow> rows);
    void countArrived(quint64 generation, std::int64_t count);
    void requestFacets();
    void evict();

    QString m_dbPath;
    std::unique_ptr<ReaderThread> m_pageReader;
    std::unique_ptr<ReaderThread> m_countReader;
    store::AlertTableFilter m_filter;
    store::AlertSort m_sort;
    quint64 m_generation = 0;
    int m_rowCount = 0;
    bool m_countKnown = false;
    bool m_counting = false;
    bool m_facetsAsked = false;
    // Mutable: data() is const but records use and schedules loads (never reads the disk).
    mutable std::map<int, Page> m_pages;
    mutable std::set<int> m_pending;
    mutable quint64 m_useClock = 0;
};

} // namespace lagebild::items

Q_DECLARE_METATYPE(lagebild::store::AlertFacets)

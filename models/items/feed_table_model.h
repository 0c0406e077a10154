#pragma once

#include "models/store/feed_repository.h"

#include <QAbstractTableModel>

#include <functional>

#include <optional>
#include <vector>

namespace lagebild::items {

/// The configured feeds with their last run, for the Feeds page. Holds a snapshot a job read
/// (setFeeds); data() never touches the disk. A running sync shows its progress in its row.
/// Feed names and URLs are untrusted text: display role only, never rich text. GUI thread.
class FeedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, UrlColumn, ScheduleColumn, LastSuccessColumn, LastRunColumn, ColumnCount };
    enum Role { FailedRole = Qt::UserRole + 1 }; // bool: the last run failed (the view marks the row)

    explicit FeedTableModel(QObject* parent = nullptr);

    void setFeeds(std::vector<store::FeedState> feeds);
    const store::FeedState* feedAt(int row) const;
    const store::FeedState* feedNamed(const QString& name) const;
    const std::vector<store::FeedState>& feeds() const { return m_feeds; }
    /// How a kind ("taxii21") is shown ("TAXII 2.1"); the page passes the feed kinds' titles.
    void setKindTitle(std::function<QString(const QString&)> title) { m_kindTitle = std::move(title); }
    /// Marks `name` as running with a progress text (empty name: nothing runs).
    void setRunning(const QString& name, const QString& progress);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "ok: 3 pages, +120 ~4 =0 !1" or "failed: <error>" (translated), as the table shows it.
    static QString runText(const store::FeedRun& run);

private:
    std::vector<store::FeedState> m_feeds;
    std::function<QString(const QString&)> m_kindTitle;
    QString m_running;
    QString m_progress;
};

} // namespace lagebild::items

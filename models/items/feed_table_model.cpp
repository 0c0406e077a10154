#include "models/items/feed_table_model.h"

#include <QDateTime>

#include <algorithm>

namespace lagebild::items {

namespace {

QString localTime(std::int64_t micros) {
    return QDateTime::fromMSecsSinceEpoch(micros / 1000).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

FeedTableModel::FeedTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FeedTableModel::setFeeds(std::vector<store::FeedState> feeds) {
    beginResetModel();
    m_feeds = std::move(feeds);
    endResetModel();
}

const store::FeedState* FeedTableModel::feedAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_feeds.size()) ? &m_feeds[static_cast<std::size_t>(row)] : nullptr;
}

const store::FeedState* FeedTableModel::feedNamed(const QString& name) const {
    const auto it =
        std::find_if(m_feeds.begin(), m_feeds.end(), [&](const store::FeedState& f) { return f.config.name == name; });
    return it == m_feeds.end() ? nullptr : &*it;
}

void FeedTableModel::setRunning(const QString& name, const QString& progress) {
    m_running = name;
    m_progress = progress;
    if (!m_feeds.empty())
        emit dataChanged(index(0, LastRunColumn), index(rowCount() - 1, LastRunColumn));
}

int FeedTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_feeds.size()); }

int FeedTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString FeedTableModel::runText(const store::FeedRun& r) {
    if (!r.ok)
        return tr("failed: %1").arg(r.errorText());
    return tr("ok: %n page(s), %1 added, %2 updated, %3 unchanged, %4 rejected", nullptr, static_cast<int>(r.pages))
        .arg(r.added)
        .arg(r.updated)
        .arg(r.unchanged)
        .arg(r.rejected);
}

QVariant FeedTableModel::data(const QModelIndex& index, int role) const {
    const store::FeedState* f = index.isValid() ? feedAt(index.row()) : nullptr;
    if (!f)
        return {};
    const core::FeedConfig& c = f->config;
    const bool running = !m_running.isEmpty() && c.name == m_running;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: return c.enabled ? c.name : tr("%1 (off)").arg(c.name);
        case KindColumn: return m_kindTitle ? m_kindTitle(c.kind) : c.kind;
        case UrlColumn: return c.url;
        case ScheduleColumn: return c.scheduleMinutes > 0 ? tr("every %n min", nullptr, c.scheduleMinutes) : tr("manual");
        case LastSuccessColumn: return f->lastSuccess ? localTime(*f->lastSuccess) : tr("never");
        case LastRunColumn:
            if (running)
                return m_progress.isEmpty() ? tr("syncing…") : m_progress;
            return f->lastRun ? runText(*f->lastRun) : tr("not synced yet");
        default: return {};
        }
    }
    if (role == FailedRole)
        return !running && f->lastRun && !f->lastRun->ok;
    return {};
}

QVariant FeedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Feed");
    case KindColumn: return tr("Kind");
    case UrlColumn: return tr("URL");
    case ScheduleColumn: return tr("Schedule");
    case LastSuccessColumn: return tr("Last success");
    case LastRunColumn: return tr("Last run");
    default: return {};
    }
}

} // namespace lagebild::items

#pragma once

#include "models/core/cancel_token.h"
#include "models/core/feed_config.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedLayout;
class QTableView;
class QTimer;

namespace lagebild::items {
class FeedTableModel;
}
namespace lagebild::sync {
class SecretStore;
}

namespace lagebild::ui {

class EmptyState;
class JobRunner;
struct KeychainStatus;

/// Feeds page: the configured partner feeds with last success, last run (counts or error),
/// Add / Edit / Remove, Sync now / Sync all with progress and Cancel, and the scheduler that runs
/// enabled feeds with a schedule while the window is open. Nothing connects anywhere until a feed
/// is configured and enabled. All database, keychain and network work runs in JobRunner jobs.
/// `secrets` is the OS keychain (not owned; null: none, feeds then name environment variables).
class FeedsPage : public QWidget {
    Q_OBJECT
public:
    explicit FeedsPage(JobRunner& jobs, sync::SecretStore* secrets = nullptr, QWidget* parent = nullptr);

    /// Re-reads the feeds (in a job).
    void reload();
    bool isSyncing() const { return m_syncing; }
    /// Checks which scheduled feeds are due and syncs them (the timer calls it every 30 s).
    void runDueFeeds();

signals:
    /// A sync run ended (data may have changed).
    void syncFinished();

private:
    /// Probes the keychain in a job, then calls `then` on the GUI thread.
    void withKeychainStatus(std::function<void(const KeychainStatus&)> then);
    void addFeed();
    void editFeed();
    void removeFeed();
    void syncSelected();
    void syncAll();
    void sync(std::vector<core::FeedConfig> feeds);
    void cancelSync();
    /// Asks whether the API root a discovery document named on another server becomes the feed's URL.
    void offerApiRoot(const QString& feedName, const QString& url);
    void updateButtons();
    int selectedRow() const;

    JobRunner& m_jobs;
    sync::SecretStore* m_secrets;
    items::FeedTableModel* m_model;
    QStackedLayout* m_stack;
    EmptyState* m_empty;
    QTableView* m_table;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_syncOne;
    QPushButton* m_syncAll;
    QPushButton* m_cancel;
    QProgressBar* m_bar;
    QLabel* m_status;
    QTimer* m_scheduler;
    core::CancelToken m_cancelToken;
    bool m_syncing = false;
    bool m_probingKeychain = false;
    quint64 m_generation = 0;
};

} // namespace lagebild::ui

#include "ui/feeds/feeds_page.h"

#include "models/core/progress.h"
#include "models/core/timestamp.h"
#include "models/items/feed_table_model.h"
#include "models/store/feed_repository.h"
#include "models/sync/feed_admin.h"
#include "models/sync/feed_sync_service.h"
#include "models/sync/secret_store.h"
#include "ui/common/empty_state.h"
#include "ui/common/error_presenter.h"
#include "ui/common/job_runner.h"
#include "ui/feeds/feed_dialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

using Reports = std::vector<sync::FeedSyncReport>;

} // namespace

FeedsPage::FeedsPage(JobRunner& jobs, sync::SecretStore* secrets, QWidget* parent)
    : QWidget(parent), m_jobs(jobs), m_secrets(secrets) {
    m_model = new items::FeedTableModel(this);
    m_model->setKindTitle([](const QString& kind) {
        const sync::FeedKind* k = sync::findFeedKind(kind);
        return k ? QCoreApplication::translate("FeedKind", k->title) : kind;
    });
    m_stack = new QStackedLayout(this);

    auto* addAction = new QAction(tr("&Add feed…"), this);
    connect(addAction, &QAction::triggered, this, &FeedsPage::addFeed);
    m_empty = new EmptyState(tr("No partner feeds"),
                             tr("Add the TAXII 2.1 collections, MISP servers and feeds of your partners; Lagebild "
                                "syncs them on demand or on a schedule and shows each feed's last run here.\n\n"
                                "Nothing connects anywhere until you add and enable a feed. Air-gapped sites import "
                                "files (signed bundles included) with File → Import files… or Import folder…"),
                             this);
    m_empty->addAction(addAction);
    m_stack->addWidget(m_empty);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), content);
    m_edit = new QPushButton(tr("&Edit…"), content);
    m_remove = new QPushButton(tr("&Remove"), content);
    m_syncOne = new QPushButton(tr("&Sync now"), content);
    m_syncAll = new QPushButton(tr("Sync a&ll"), content);
    m_cancel = new QPushButton(tr("Cancel"), content);
    m_bar = new QProgressBar(content);
    m_bar->setRange(0, 0);
    m_bar->setMaximumWidth(160);
    for (QWidget* w : {static_cast<QWidget*>(add), static_cast<QWidget*>(m_edit), static_cast<QWidget*>(m_remove),
                       static_cast<QWidget*>(m_syncOne), static_cast<QWidget*>(m_syncAll)})
        buttons->addWidget(w);
    buttons->addStretch(1);
    buttons->addWidget(m_bar);
    buttons->addWidget(m_cancel);
    m_table = new QTableView(content);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(items::FeedTableModel::LastRunColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
    m_status = new QLabel(content);
    m_status->setTextFormat(Qt::PlainText); // feed errors carry server text
    m_status->setWordWrap(true);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    m_stack->addWidget(content);
    m_bar->hide();
    m_cancel->hide();

    connect(add, &QPushButton::clicked, this, &FeedsPage::addFeed);
    connect(m_edit, &QPushButton::clicked, this, &FeedsPage::editFeed);
    connect(m_remove, &QPushButton::clicked, this, &FeedsPage::removeFeed);
    connect(m_syncOne, &QPushButton::clicked, this, &FeedsPage::syncSelected);
    connect(m_syncAll, &QPushButton::clicked, this, &FeedsPage::syncAll);
    connect(m_cancel, &QPushButton::clicked, this, &FeedsPage::cancelSync);
    connect(m_table, &QTableView::activated, this, &FeedsPage::editFeed);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FeedsPage::updateButtons);
    auto* del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &FeedsPage::removeFeed);
    m_table->addAction(del);

    m_scheduler = new QTimer(this);
    m_scheduler->setInterval(30 * 1000);
    connect(m_scheduler, &QTimer::timeout, this, &FeedsPage::runDueFeeds);
    m_scheduler->start();
    updateButtons();
}

int FeedsPage::selectedRow() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void FeedsPage::updateButtons() {
    const bool selected = selectedRow() >= 0;
    m_edit->setEnabled(selected && !m_syncing);
    m_remove->setEnabled(selected && !m_syncing);
    m_syncOne->setEnabled(selected && !m_syncing);
    m_syncAll->setEnabled(!m_syncing && m_model->rowCount() > 0);
    m_bar->setVisible(m_syncing);
    m_cancel->setVisible(m_syncing);
}

void FeedsPage::reload() {
    const quint64 generation = ++m_generation;
    const QString selected = m_model->feedAt(selectedRow()) ? m_model->feedAt(selectedRow())->config.name : QString();
    m_jobs.run<std::vector<store::FeedState>>(
        this, [](store::Database& db) { return store::FeedRepository(db, store::currentActor()).list(); },
        [this, generation, selected](const core::Result<std::vector<store::FeedState>>& feeds) {
            if (generation != m_generation)
                return;
            if (!feeds) {
                showError(m_status, feeds.error());
                return;
            }
            m_model->setFeeds(feeds.value());
            m_stack->setCurrentIndex(feeds.value().empty() ? 0 : 1);
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (m_model->feedAt(row)->config.name == selected)
                    m_table->selectRow(row);
            if (selectedRow() < 0 && m_model->rowCount() > 0)
                m_table->selectRow(0);
            // Every column as wide as its content, except the last run: it takes the rest and
            // elides (its tooltip has the whole message).
            for (int c = 0; c < items::FeedTableModel::LastRunColumn; ++c)
                m_table->resizeColumnToContents(c);
            updateButtons();
        });
}

void FeedsPage::withKeychainStatus(std::function<void(const KeychainStatus&)> then) {
    if (!m_secrets) {
        then(KeychainStatus{false, tr("this window runs without one")});
        return;
    }
    if (m_probingKeychain)
        return; // a second click while the keychain is asked
    m_probingKeychain = true;
    m_status->setText(tr("Asking the OS keychain…"));
    sync::SecretStore* secrets = m_secrets;
    m_jobs.run<bool>(
        this,
        [secrets](store::Database&) -> core::Result<bool> {
            if (auto s = secrets->probe(); !s)
                return s.error();
            return true;
        },
        [this, then](const core::Result<bool>& answered) {
            m_probingKeychain = false;
            m_status->clear();
            then(answered ? KeychainStatus{true, {}} : KeychainStatus{false, errorText(answered.error())});
        });
}

void FeedsPage::addFeed() {
    withKeychainStatus([this](const KeychainStatus& keychain) {
        FeedDialog dialog(core::FeedConfig{}, keychain, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        sync::SecretStore* secrets = m_secrets;
        m_jobs.run<std::int64_t>(
            this,
            [config = dialog.config(), secret = dialog.secret(), secrets](store::Database& db) {
                return sync::FeedAdmin(db, secrets).add(config, secret);
            },
            [this](const core::Result<std::int64_t>& rid) {
                m_status->setText(rid ? tr("Feed added.") : errorText(rid.error()));
                reload();
            });
    });
}

void FeedsPage::editFeed() {
    const store::FeedState* f = m_model->feedAt(selectedRow());
    if (!f || m_syncing)
        return;
    withKeychainStatus([this, before = f->config](const KeychainStatus& keychain) {
        if (m_syncing)
            return;
        FeedDialog dialog(before, keychain, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        sync::SecretStore* secrets = m_secrets;
        m_jobs.run<QString>(
            this,
            [before, after = dialog.config(), secret = dialog.secret(), secrets](store::Database& db) {
                return sync::FeedAdmin(db, secrets).update(before, after, secret);
            },
            [this](const core::Result<QString>& warning) {
                m_status->setText(!warning                    ? errorText(warning.error())
                                  : warning.value().isEmpty() ? tr("Feed saved.")
                                                              : warning.value());
                reload();
            });
    });
}

void FeedsPage::removeFeed() {
    const store::FeedState* f = m_model->feedAt(selectedRow());
    if (!f || m_syncing)
        return;
    const QString name = f->config.name;
    if (QMessageBox::question(this, tr("Remove feed"),
                              tr("Remove the feed \"%1\"? What it brought stays in the cache.").arg(name)) != QMessageBox::Yes)
        return;
    sync::SecretStore* secrets = m_secrets;
    m_jobs.run<QString>(
        this, [name, secrets](store::Database& db) { return sync::FeedAdmin(db, secrets).remove(name); },
        [this](const core::Result<QString>& warning) {
            m_status->setText(!warning                    ? errorText(warning.error())
                              : warning.value().isEmpty() ? tr("Feed removed.")
                                                          : warning.value());
            reload();
        });
}

void FeedsPage::syncSelected() {
    if (const store::FeedState* f = m_model->feedAt(selectedRow()))
        sync({f->config});
}

void FeedsPage::syncAll() {
    std::vector<core::FeedConfig> feeds;
    for (const auto& f : m_model->feeds())
        if (f.config.enabled)
            feeds.push_back(f.config);
    sync(std::move(feeds));
}

void FeedsPage::runDueFeeds() {
    if (m_syncing)
        return;
    const std::int64_t now = core::nowMicros();
    std::vector<core::FeedConfig> due;
    for (const auto& f : m_model->feeds()) {
        const auto& c = f.config;
        if (!c.enabled || c.scheduleMinutes <= 0)
            continue;
        const std::int64_t last = f.lastRun ? f.lastRun->finished : 0;
        if (now - last >= static_cast<std::int64_t>(c.scheduleMinutes) * 60 * 1000 * 1000)
            due.push_back(c);
    }
    if (!due.empty())
        sync(std::move(due));
}

void FeedsPage::sync(std::vector<core::FeedConfig> feeds) {
    if (m_syncing || feeds.empty())
        return;
    m_syncing = true;
    m_cancelToken = core::CancelToken{};
    m_cancel->setEnabled(true);
    updateButtons();
    m_model->setRunning(feeds.front().name, {});
    m_status->setText(tr("Syncing %n feed(s)…", nullptr, static_cast<int>(feeds.size())));
    QPointer<FeedsPage> self(this);
    const core::CancelToken cancel = m_cancelToken;
    m_jobs.run<Reports>(
        this,
        [feeds, cancel, self, secrets = m_secrets](store::Database& db) -> core::Result<Reports> {
            Reports reports;
            sync::FeedSyncService service(db, sync::makeFeedClient, {}, secrets);
            for (const auto& feed : feeds) {
                if (cancel.isCancelled())
                    break;
                core::ProgressReporter progress([self, name = feed.name](const core::ProgressUpdate& u) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, name, phase = u.phase] {
                            if (self)
                                self->m_model->setRunning(name, phase);
                        },
                        Qt::QueuedConnection);
                });
                progress.report({0, 0, tr("%1: connecting…").arg(feed.name)}, true);
                reports.push_back(service.run(feed, cancel, &progress));
            }
            return reports;
        },
        [this](const core::Result<Reports>& reports) {
            m_syncing = false;
            m_model->setRunning({}, {});
            QStringList lines;
            if (!reports) {
                lines << errorText(reports.error());
            } else {
                for (const auto& r : reports.value())
                    lines << (r.ok ? tr("%1: ok, %Ln page(s), %2 added, %3 updated", nullptr, static_cast<int>(r.pages))
                                         .arg(r.feed)
                                         .arg(r.added)
                                         .arg(r.updated)
                                   : r.error);
            }
            m_status->setText(lines.join(QLatin1Char('\n')));
            updateButtons();
            if (reports)
                for (const auto& r : reports.value())
                    if (!r.approvableUrl.isEmpty())
                        offerApiRoot(r.feed, r.approvableUrl);
            reload();
            emit syncFinished();
        });
}

void FeedsPage::offerApiRoot(const QString& feedName, const QString& url) {
    const store::FeedState* state = m_model->feedNamed(feedName);
    if (!state)
        return;
    // A copy: the question runs an event loop, in which a reload may replace the model's feeds.
    const core::FeedConfig before = state->config;
    const auto answer = QMessageBox::question(
        this, tr("API root on another server"),
        tr("The discovery document of feed \"%1\" names its API root on another server:\n\n%2\n\nLagebild did not "
           "follow it: the feed's credentials would go to that server. Make this URL the feed's URL, so that the next "
           "sync uses it?")
            .arg(feedName, url),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    core::FeedConfig after = before;
    after.url = url;
    sync::SecretStore* secrets = m_secrets;
    m_jobs.run<QString>(
        this, [before, after, secrets](store::Database& db) { return sync::FeedAdmin(db, secrets).update(before, after); },
        [this, feedName](const core::Result<QString>& saved) {
            m_status->setText(saved ? tr("%1: the API root is now the feed's URL; sync again.").arg(feedName)
                                    : errorText(saved.error()));
            reload();
        });
}

void FeedsPage::cancelSync() {
    if (!m_syncing)
        return;
    m_cancelToken.cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling… the page being fetched is not stored; the next sync resumes after the last stored page."));
}

} // namespace lagebild::ui

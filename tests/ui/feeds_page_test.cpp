#include "models/core/timestamp.h"
#include "models/items/feed_table_model.h"
#include "models/store/feed_repository.h"
#include "tests/support/fake_feed_server.h"
#include "tests/support/temp_dir.h"
#include "ui/common/job_runner.h"
#include "ui/feeds/feed_dialog.h"
#include "ui/feeds/feeds_page.h"

#include <doctest/doctest.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedLayout>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace lagebild;

namespace {

void addFeed(const QString& dbPath, const QString& name, const QString& url) {
    auto db = store::Database::open(dbPath);
    REQUIRE(db.ok());
    core::FeedConfig c;
    c.name = name;
    c.kind = QStringLiteral("stix-url");
    c.url = url;
    store::Transaction tx(*db.value());
    REQUIRE(store::FeedRepository(*db.value(), QStringLiteral("t")).add(c, core::nowMicros()).ok());
    REQUIRE(tx.commit().ok());
}

QPushButton* syncAllButton(const ui::FeedsPage& page) {
    for (auto* b : page.findChildren<QPushButton*>())
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Sync all"))
            return b;
    return nullptr;
}

} // namespace

TEST_CASE("the Feeds page: empty state, the feed list, and a failed sync shown in the feed's row") {
    test::TempDir dir;
    const QString dbPath = dir.path(QStringLiteral("c.sqlite"));
    ui::JobRunner jobs(dbPath);
    ui::FeedsPage page(jobs);
    page.show();
    page.reload();
    auto* stack = page.findChild<QStackedLayout*>();
    REQUIRE(stack);
    QTRY_COMPARE_WITH_TIMEOUT(stack->currentIndex(), 0, 5000); // empty state: nothing configured

    // Port 9 on loopback refuses connections: the run fails fast and says so.
    addFeed(dbPath, QStringLiteral("<b>partner</b>"), QStringLiteral("https://127.0.0.1:9/feed.json"));
    page.reload();
    QTRY_COMPARE_WITH_TIMEOUT(stack->currentIndex(), 1, 5000);
    auto* table = page.findChild<QTableView*>();
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, items::FeedTableModel::NameColumn).data().toString() == QStringLiteral("<b>partner</b>"));
    CHECK(table->model()->index(0, items::FeedTableModel::LastRunColumn).data().toString() == QStringLiteral("not synced yet"));
    // The kind by its title, not its configuration name.
    CHECK(table->model()->index(0, items::FeedTableModel::KindColumn).data().toString() == QStringLiteral("STIX file at a URL"));

    QSignalSpy finished(&page, &ui::FeedsPage::syncFinished);
    QPushButton* syncAll = syncAllButton(page);
    REQUIRE(syncAll);
    REQUIRE(syncAll->isEnabled());
    syncAll->click();
    CHECK(page.isSyncing());
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(page.isSyncing());
    QTRY_VERIFY_WITH_TIMEOUT(
        table->model()->index(0, items::FeedTableModel::LastRunColumn).data().toString().startsWith(QStringLiteral("failed:")),
        5000);
    CHECK(table->model()->index(0, items::FeedTableModel::LastRunColumn).data(items::FeedTableModel::FailedRole).toBool());
    // Server and feed text is never rich text on this page.
    for (auto* label : page.findChildren<QLabel*>())
        CHECK(label->textFormat() != Qt::RichText);
    jobs.waitForIdle();
}

TEST_CASE("the feed dialog refuses plain http to another host and explains why") {
    core::FeedConfig initial;
    ui::FeedDialog dialog(initial);
    auto edits = dialog.findChildren<QLineEdit*>();
    REQUIRE(edits.size() >= 2);
    edits[0]->setText(QStringLiteral("cert"));
    edits[1]->setText(QStringLiteral("http://cert.example.eu/taxii2/"));
    auto* kind = dialog.findChildren<QComboBox*>().at(0);
    kind->setCurrentIndex(kind->findData(QStringLiteral("stix-url")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    bool explained = false;
    for (auto* l : dialog.findChildren<QLabel*>())
        explained = explained || (l->isVisibleTo(&dialog) && l->text().contains(QStringLiteral("https://")));
    CHECK(explained);
    edits[1]->setText(QStringLiteral("https://cert.example.eu/feed.json"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.config().kind == QStringLiteral("stix-url"));
    // Fields are as wide as what their placeholder says goes in; PEM files can be browsed for.
    for (auto* e : edits)
        CHECK(e->minimumWidth() >= e->fontMetrics().horizontalAdvance(e->placeholderText()));
    int browse = 0;
    for (auto* b : dialog.findChildren<QPushButton*>())
        browse += b->text() == QStringLiteral("Browse…") ? 1 : 0;
    CHECK(browse == 3);
}

TEST_CASE("the feed dialog keeps a typed secret for the keychain where one answers and says which is used") {
    core::FeedConfig initial;
    initial.name = QStringLiteral("cert");
    initial.kind = QStringLiteral("stix-url");
    initial.url = QStringLiteral("https://cert.example.eu/feed.json");
    initial.auth = core::FeedAuth::Bearer;
    const auto passwordField = [](QDialog& d) -> QLineEdit* {
        for (auto* e : d.findChildren<QLineEdit*>())
            if (e->echoMode() == QLineEdit::Password)
                return e;
        return nullptr;
    };
    const auto noteContaining = [](QDialog& d, const QString& text) {
        for (auto* l : d.findChildren<QLabel*>())
            if (l->text().contains(text))
                return l->textFormat() == Qt::PlainText;
        return false;
    };

    ui::FeedDialog withKeychain(initial, ui::KeychainStatus{true, {}});
    QLineEdit* password = passwordField(withKeychain);
    REQUIRE(password);
    CHECK(password->isEnabled());
    CHECK(noteContaining(withKeychain, QStringLiteral("feed:cert")));
    withKeychain.accept(); // no secret typed yet
    CHECK(withKeychain.result() != QDialog::Accepted);
    password->setText(QStringLiteral("t0ken"));
    withKeychain.accept();
    CHECK(withKeychain.result() == QDialog::Accepted);
    CHECK(withKeychain.config().secretSource == core::SecretSource::Keychain);
    CHECK(withKeychain.config().secretEnv.isEmpty());
    CHECK(withKeychain.secret() == "t0ken");

    ui::FeedDialog without(initial, ui::KeychainStatus{false, QStringLiteral("no Secret Service")});
    REQUIRE(passwordField(without));
    CHECK_FALSE(passwordField(without)->isEnabled());
    CHECK(noteContaining(without, QStringLiteral("no Secret Service")));
    CHECK(without.config().secretSource == core::SecretSource::Environment);
    CHECK(without.secret().empty());
}

TEST_CASE("the Feeds page offers an API root on another server for approval, and syncs through it once approved") {
    // Server A answers discovery only and names server B's API root: another origin (another port).
    test::FakeFeedServer b;
    b.addCollection("c1", "Indicators");
    b.generateIndicators("c1", 3);
    REQUIRE(b.start());
    test::FakeFeedServer a;
    REQUIRE(a.start());
    a.setDiscoveryDefault(b.url("/api1/").toStdString());

    test::TempDir dir;
    const QString dbPath = dir.path(QStringLiteral("c.sqlite"));
    {
        auto db = store::Database::open(dbPath);
        REQUIRE(db.ok());
        core::FeedConfig c;
        c.name = QStringLiteral("partner");
        c.kind = QStringLiteral("taxii21");
        c.url = a.url("/taxii2/");
        c.collection = QStringLiteral("c1");
        store::Transaction tx(*db.value());
        REQUIRE(store::FeedRepository(*db.value(), QStringLiteral("t")).add(c, core::nowMicros()).ok());
        REQUIRE(tx.commit().ok());
    }
    ui::JobRunner jobs(dbPath);
    ui::FeedsPage page(jobs);
    page.show();
    page.reload();
    auto* table = page.findChild<QTableView*>();
    REQUIRE(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);

    QString asked;
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start();
    QSignalSpy finished(&page, &ui::FeedsPage::syncFinished);
    QPushButton* syncAll = syncAllButton(page);
    REQUIRE(syncAll);
    QTRY_VERIFY_WITH_TIMEOUT(syncAll->isEnabled(), 5000);
    syncAll->click();
    REQUIRE(finished.wait(60000));
    CHECK(asked.contains(b.url("/api1/")));
    CHECK(b.requestCount() == 0); // nothing went to B before the approval
    jobs.waitForIdle();
    QTRY_VERIFY_WITH_TIMEOUT(
        store::Database::open(dbPath).value()->queryInt("SELECT count(*) FROM feed WHERE url LIKE '%/api1/'").value() == 1, 5000);
    page.reload();
    jobs.waitForIdle();
    QTRY_VERIFY_WITH_TIMEOUT(syncAll->isEnabled(), 5000);
    syncAll->click();
    REQUIRE(finished.wait(60000));
    answer.stop();
    QTRY_VERIFY_WITH_TIMEOUT(
        table->model()->index(0, items::FeedTableModel::LastRunColumn).data().toString().startsWith(QStringLiteral("ok")), 5000);
    CHECK(b.requestCount("/api1/collections/c1/objects/") >= 1);
    jobs.waitForIdle();
}

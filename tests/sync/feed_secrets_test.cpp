// Feeds that keep their secret in the OS keychain, against an in-memory SecretStore: what the
// database holds (a marker, never the secret), how add / rename / remove carry the keychain entry,
// and what a sync run reads and reports. The real keychain is tested in tests/cli/keychain_cli_test.

#include "models/store/feed_repository.h"
#include "models/sync/feed_admin.h"
#include "models/sync/feed_sync_service.h"
#include "models/sync/secret_store.h"
#include "tests/support/memory_secret_store.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

using namespace lagebild;

namespace {

const std::string kSecret = "k3ych41n-s3cr3t-t0k3n";

core::FeedConfig keychainFeed(const QString& name = QStringLiteral("partner")) {
    core::FeedConfig c;
    c.name = name;
    c.kind = QStringLiteral("stix-url");
    c.url = QStringLiteral("https://cert.example.org/feed.json");
    c.auth = core::FeedAuth::Bearer;
    c.secretSource = core::SecretSource::Keychain;
    return c;
}

/// A fresh database, an in-memory keychain and the FeedAdmin over both.
struct Fixture {
    test::TempDir dir;
    std::unique_ptr<store::Database> opened = open(dir);
    store::Database& db = *opened;
    test::MemorySecretStore keychain;
    sync::FeedAdmin admin{db, &keychain};
    store::FeedRepository repo{db, QStringLiteral("t")};

    static std::unique_ptr<store::Database> open(const test::TempDir& dir) {
        auto db = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
        REQUIRE(db.ok());
        return std::move(db).value();
    }
};

/// A client that records the secret it was made with and serves one empty page.
struct Recorder {
    std::string secret;
    int made = 0;
};

class EmptyClient final : public sync::FeedClient {
public:
    core::Result<sync::FeedPage> fetch(const QString& cursor, const core::CancelToken&) override {
        sync::FeedPage page;
        page.nextCursor = cursor;
        return page;
    }
};

sync::FeedClientFactory recordingFactory(Recorder& r) {
    return [&r](const core::FeedConfig&, const sync::FeedSecret& secret,
                const sync::NetLimits&) -> core::Result<std::unique_ptr<sync::FeedClient>> {
        r.secret = secret.value;
        ++r.made;
        return std::unique_ptr<sync::FeedClient>(std::make_unique<EmptyClient>());
    };
}

} // namespace

TEST_CASE_FIXTURE(Fixture, "a keychain feed stores its secret in the keychain and only a marker in the database") {

    auto rid = admin.add(keychainFeed(), kSecret);
    REQUIRE(rid.ok());
    CHECK(keychain.entry(QStringLiteral("partner")) == kSecret);
    CHECK(sync::keychainKey(QStringLiteral("partner")) == QStringLiteral("feed:partner"));
    auto stored = repo.get(QStringLiteral("partner"));
    REQUIRE(stored.ok());
    CHECK(stored.value().config.secretSource == core::SecretSource::Keychain);
    CHECK(stored.value().config.secretEnv.isEmpty());
    CHECK(db.queryInt("SELECT count(*) FROM feed WHERE secret_source = 'keychain'").value() == 1);
    REQUIRE(db.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    CHECK_FALSE(test::allFileBytes(dir.path(QString())).contains(QByteArray::fromStdString(kSecret)));

    // A taken name is refused before the keychain is touched: the first feed's secret stays.
    auto again = admin.add(keychainFeed(), "another-secret");
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == core::ErrorCode::Usage);
    CHECK(keychain.entry(QStringLiteral("partner")) == kSecret);

    // A keychain feed without a secret, or without a keychain, is not stored at all.
    CHECK(admin.add(keychainFeed(QStringLiteral("empty")), {}).error().code == core::ErrorCode::Usage);
    auto none = sync::FeedAdmin(db, nullptr).add(keychainFeed(QStringLiteral("nokeychain")), kSecret);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == core::ErrorCode::Auth);
    CHECK(none.error().message.contains(QStringLiteral("--secret-env")));
    CHECK(repo.list().value().size() == 1);
}

TEST_CASE_FIXTURE(Fixture, "a keychain that refuses the secret leaves nothing stored and says why, never the secret") {
    keychain.setFailure(QStringLiteral("no usable OS keychain here (no Secret Service)."));
    auto rid = sync::FeedAdmin(db, &keychain).add(keychainFeed(), kSecret);
    REQUIRE_FALSE(rid.ok());
    CHECK(rid.error().code == core::ErrorCode::Auth);
    CHECK(rid.error().message.contains(QStringLiteral("partner")));
    CHECK(rid.error().message.contains(QStringLiteral("no Secret Service")));
    CHECK_FALSE(rid.error().message.contains(QString::fromStdString(kSecret)));
    CHECK(db.queryInt("SELECT count(*) FROM feed").value() == 0);
    CHECK(keychain.size() == 0);
}

TEST_CASE_FIXTURE(Fixture, "renaming a keychain feed moves its entry, leaving the keychain or removing the feed deletes it") {
    REQUIRE(admin.add(keychainFeed(), kSecret).ok());
    const core::FeedConfig before = repo.get(QStringLiteral("partner")).value().config;

    core::FeedConfig renamed = before;
    renamed.name = QStringLiteral("cert-eu");
    auto moved = admin.update(before, renamed); // no new secret: the stored one moves
    REQUIRE(moved.ok());
    CHECK(moved.value().isEmpty());
    CHECK_FALSE(keychain.entry(QStringLiteral("partner")));
    CHECK(keychain.entry(QStringLiteral("cert-eu")) == kSecret);

    auto replaced = admin.update(renamed, renamed, "new-token");
    REQUIRE(replaced.ok());
    CHECK(keychain.entry(QStringLiteral("cert-eu")) == "new-token");

    core::FeedConfig toEnv = renamed;
    toEnv.secretSource = core::SecretSource::Environment;
    toEnv.secretEnv = QStringLiteral("CERT_EU_TOKEN");
    REQUIRE(admin.update(renamed, toEnv).ok());
    CHECK(keychain.size() == 0);
    CHECK(repo.get(QStringLiteral("cert-eu")).value().config.secretSource == core::SecretSource::Environment);

    // Back into the keychain needs the secret.
    CHECK(admin.update(toEnv, renamed).error().code == core::ErrorCode::Usage);
    REQUIRE(admin.update(toEnv, renamed, kSecret).ok());
    CHECK(keychain.entry(QStringLiteral("cert-eu")) == kSecret);

    auto removed = admin.remove(QStringLiteral("cert-eu"));
    REQUIRE(removed.ok());
    CHECK(removed.value().isEmpty());
    CHECK(keychain.size() == 0);
    CHECK(repo.list().value().empty());
}

TEST_CASE_FIXTURE(Fixture,
                  "removing a keychain feed while the keychain is locked removes the feed and says what is left behind") {
    REQUIRE(admin.add(keychainFeed(), kSecret).ok());
    keychain.setFailure(QStringLiteral("the OS keychain refused access (locked); unlock it and try again."));
    auto removed = admin.remove(QStringLiteral("partner"));
    REQUIRE(removed.ok());
    CHECK(removed.value().contains(QStringLiteral("feed:partner")));
    CHECK(removed.value().contains(QStringLiteral("locked")));
    CHECK(db.queryInt("SELECT count(*) FROM feed").value() == 0);
    CHECK(keychain.entry(QStringLiteral("partner")) == kSecret); // still there, as the warning says
}

TEST_CASE_FIXTURE(Fixture,
                  "a sync run reads the secret from the keychain, a missing entry or a locked keychain fails naming the feed") {
    REQUIRE(sync::FeedAdmin(db, &keychain).add(keychainFeed(), kSecret).ok());
    const core::FeedConfig feed = repo.get(QStringLiteral("partner")).value().config;
    Recorder recorder;
    sync::FeedSyncService service(db, recordingFactory(recorder), {}, &keychain);

    auto ok = service.run(feed, core::CancelToken{});
    CHECK(ok.ok);
    CHECK(recorder.secret == kSecret);

    keychain.setFailure(QStringLiteral("the OS keychain refused access (locked); unlock it and try again."));
    recorder = {};
    auto locked = service.run(feed, core::CancelToken{});
    CHECK_FALSE(locked.ok);
    CHECK(recorder.made == 0); // no client, no connection without the secret
    CHECK(locked.error.startsWith(QStringLiteral("partner: ")));
    CHECK(locked.error.contains(QStringLiteral("unlock it")));

    keychain.setFailure({});
    REQUIRE(keychain.remove(QStringLiteral("partner")).ok());
    auto missing = service.run(feed, core::CancelToken{});
    CHECK_FALSE(missing.ok);
    CHECK(recorder.made == 0);
    CHECK(missing.error.contains(QStringLiteral("feed:partner")));
    CHECK(missing.error.contains(QStringLiteral("--secret-stdin")));

    // Without a keychain at all (a service built without one) the run says so.
    auto without = sync::FeedSyncService(db, recordingFactory(recorder)).run(feed, core::CancelToken{});
    CHECK_FALSE(without.ok);
    CHECK(without.error.contains(QStringLiteral("keychain")));
    CHECK(recorder.made == 0);

    // The run history holds the errors, never the secret.
    CHECK(db.queryInt("SELECT count(*) FROM feed_run WHERE error LIKE '%k3ych41n%'").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM feed_run WHERE ok = 0").value() == 3);
}

TEST_CASE("feed validation: the keychain replaces --secret-env, never both, and only for authentications with a secret") {
    core::FeedConfig c = keychainFeed();
    CHECK(sync::validateFeedConfig(c).ok());
    c.secretEnv = QStringLiteral("TOKEN");
    CHECK(sync::validateFeedConfig(c).error().message.contains(QStringLiteral("not both")));
    c.secretEnv.clear();
    c.auth = core::FeedAuth::None;
    CHECK(sync::validateFeedConfig(c).error().code == core::ErrorCode::Usage);
    c.auth = core::FeedAuth::ApiKey;
    c.secretSource = core::SecretSource::Environment;
    const auto e = sync::validateFeedConfig(c);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().message.contains(QStringLiteral("--secret-stdin")));
    CHECK(e.error().message.contains(QStringLiteral("--secret-env")));
}

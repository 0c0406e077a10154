// Feeds with their secret in a REAL OS keychain: Debian's gnome-keyring (Secret Service) on a
// private D-Bus session, started by tests/cli/with_unlocked_keyring.sh under dbus-run-session
// (see tests/CMakeLists.txt). The lagebild binary stores the secret with `feeds add
// --secret-stdin`, syncs the fake TAXII server with it, and `feeds remove` deletes it; the secret
// must appear in no database file and no output.

#include "models/sync/keychain_secret_store.h"
#include "tests/support/external_tools.h"
#include "tests/support/fake_feed_server.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <thread>

using namespace lagebild;
using test::runLagebild;

namespace {

/// A secret nobody else uses, so finding it anywhere means we leaked it.
QByteArray freshSecret() { return "kc-" + QUuid::createUuid().toByteArray(QUuid::Id128); }

/// A TAXII server with `objects` indicators in collection c1 that answers 401 to anything but
/// "Bearer <secret>", and a database folder.
struct Partner {
    QByteArray secret = freshSecret();
    test::FakeFeedServer server;
    test::TempDir dir;
    QString db = dir.path(QStringLiteral("c.sqlite"));

    explicit Partner(int objects) {
        REQUIRE_MESSAGE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                        "run through ctest: it starts a session bus and gnome-keyring for this test");
        server.addCollection("c1", "Indicators");
        server.generateIndicators("c1", objects);
        server.requireAuthorization("Bearer " + secret.toStdString());
        REQUIRE(server.start());
    }
    QStringList addArgs(const QString& name) const {
        return {QStringLiteral("--db"),
                db,
                QStringLiteral("feeds"),
                QStringLiteral("add"),
                name,
                QStringLiteral("--kind"),
                QStringLiteral("taxii21"),
                QStringLiteral("--url"),
                server.url("/taxii2/"),
                QStringLiteral("--collection"),
                QStringLiteral("c1"),
                QStringLiteral("--secret-stdin")};
    }
};

} // namespace

TEST_CASE("feeds add --secret-stdin keeps the secret in the OS keychain, sync uses it, no file or output holds it, "
          "feeds remove deletes it") {
    Partner partner(40);
    const QByteArray& secret = partner.secret;
    QString output;
    const auto lagebild = [&](QStringList args, const QByteArray& input = {}) {
        const test::Run r = runLagebild(QStringList{QStringLiteral("--db"), partner.db} + args, input);
        output += r.out + r.err;
        return r;
    };

    const test::Run add = runLagebild(partner.addArgs(QStringLiteral("partner")), secret + '\n');
    output += add.out + add.err;
    CAPTURE(add.err);
    REQUIRE(add.code == 0);

    // The secret is in the keychain under service "Lagebild", entry "feed:partner" (line break gone).
    sync::KeychainSecretStore keychain;
    auto stored = keychain.read(QStringLiteral("partner"));
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    CHECK(*stored.value() == secret.toStdString());

    const auto show =
        lagebild({QStringLiteral("feeds"), QStringLiteral("show"), QStringLiteral("partner"), QStringLiteral("--json")});
    REQUIRE(show.code == 0);
    const QJsonObject shown = test::jsonOf(show);
    CHECK(shown[QStringLiteral("secret_store")].toString() == QStringLiteral("keychain"));
    CHECK(shown[QStringLiteral("secret_env")].toString().isEmpty());
    CHECK(shown[QStringLiteral("auth")].toString() == QStringLiteral("bearer"));
    const auto showText = lagebild({QStringLiteral("feeds"), QStringLiteral("show"), QStringLiteral("partner")});
    CHECK(showText.out.contains(QStringLiteral("feed:partner")));

    // The server answers 401 to anything but "Bearer <secret>": 40 objects prove the secret was sent.
    const auto synced = lagebild({QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("partner")});
    CAPTURE(synced.err);
    REQUIRE(synced.code == 0);
    const auto feeds = test::jsonOf(synced)[QStringLiteral("feeds")].toArray();
    REQUIRE(feeds.size() == 1);
    CHECK(feeds[0].toObject()[QStringLiteral("ok")].toBool());
    CHECK(feeds[0].toObject()[QStringLiteral("added")].toInt() == 40);

    CHECK(lagebild({QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json")}).code == 0);
    CHECK_FALSE(test::allFileBytes(partner.dir.path(QString())).contains(secret));
    CHECK_FALSE(output.contains(QString::fromLatin1(secret)));

    const auto removed = lagebild({QStringLiteral("feeds"), QStringLiteral("remove"), QStringLiteral("partner")});
    CAPTURE(removed.err);
    CHECK(removed.code == 0);
    auto gone = keychain.read(QStringLiteral("partner"));
    REQUIRE(gone.ok());
    CHECK_FALSE(gone.value().has_value());
    CHECK_FALSE(test::allFileBytes(partner.dir.path(QString())).contains(secret));
    CHECK_FALSE(output.contains(QString::fromLatin1(secret)));
}

TEST_CASE("a sync whose keychain entry is gone fails, naming the feed and what to do, and sends nothing") {
    Partner partner(5);
    REQUIRE(runLagebild(partner.addArgs(QStringLiteral("lost")), partner.secret).code == 0);
    sync::KeychainSecretStore keychain; // a second instance in this process: jobs still run
    REQUIRE(keychain.remove(QStringLiteral("lost")).ok());
    auto removed = keychain.read(QStringLiteral("lost"));
    REQUIRE(removed.ok());
    CHECK_FALSE(removed.value().has_value());

    const auto synced = runLagebild({QStringLiteral("--db"), partner.db, QStringLiteral("sync"), QStringLiteral("lost")});
    CHECK(synced.code == 1);
    CHECK(synced.err.contains(QStringLiteral("lost:")));
    CHECK(synced.err.contains(QStringLiteral("feed:lost")));
    CHECK(synced.err.contains(QStringLiteral("--secret-stdin")));
    CHECK(partner.server.requests().empty()); // no request without the secret
    CHECK(runLagebild(
              {QStringLiteral("--db"), partner.db, QStringLiteral("feeds"), QStringLiteral("remove"), QStringLiteral("lost")})
              .code == 0);
}

TEST_CASE("the keychain store answers from worker threads as from the main thread (the Feeds page calls it from jobs)") {
    REQUIRE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
    sync::KeychainSecretStore keychain;
    REQUIRE(keychain.probe().ok());
    const std::string secret = freshSecret().toStdString();
    core::Status written = core::Error::make(core::ErrorCode::Internal, QStringLiteral("not run"));
    std::thread writer([&] { written = keychain.write(QStringLiteral("threaded"), secret); });
    writer.join();
    REQUIRE(written.ok());
    std::optional<std::string> seen;
    bool readOk = false;
    std::thread reader([&] {
        auto r = keychain.read(QStringLiteral("threaded"));
        readOk = r.ok();
        if (readOk)
            seen = r.value();
    });
    reader.join();
    CHECK(readOk);
    CHECK(seen == secret);
    REQUIRE(keychain.remove(QStringLiteral("threaded")).ok());
    auto gone = keychain.read(QStringLiteral("threaded"));
    REQUIRE(gone.ok());
    CHECK_FALSE(gone.value().has_value());
}

// Runs the built lagebild binary as a user would, headless, and checks the contract's exit
// codes and JSON shapes.
#include "tests/support/external_tools.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace test = lagebild::test;

using lagebild::test::runLagebild;

namespace {

QJsonObject json(const lagebild::test::Run& r) { return lagebild::test::jsonOf(r); }

} // namespace

TEST_CASE("help and version answer with exit code 0") {
    auto v = runLagebild({QStringLiteral("--version")});
    CHECK(v.code == 0);
    CHECK(v.out.startsWith(QStringLiteral("lagebild ")));
    auto h = runLagebild({QStringLiteral("--help")});
    CHECK(h.code == 0);
    for (const char* sub : {"import", "stats", "search", "check"})
        CHECK(h.out.contains(QString::fromLatin1(sub)));
    auto hs = runLagebild({QStringLiteral("help"), QStringLiteral("import")});
    CHECK(hs.code == 0);
    CHECK(hs.out.contains(QStringLiteral("--format")));
}

TEST_CASE("an unknown sub-command or option is a usage error with one clear line") {
    auto r = runLagebild({QStringLiteral("frobnicate")});
    CHECK(r.code == 2);
    CHECK(r.err.trimmed().split(QLatin1Char('\n')).size() == 1);
    CHECK(r.err.contains(QStringLiteral("frobnicate")));
    const auto badOption = runLagebild({QStringLiteral("stats"), QStringLiteral("--bogus")});
    CHECK(badOption.code == 2);
    CHECK(badOption.err.trimmed().split(QLatin1Char('\n')).size() == 1);
    CHECK(badOption.err.contains(QStringLiteral("bogus")));
    CHECK(runLagebild({QStringLiteral("import")}).code == 2);
    CHECK(runLagebild({QStringLiteral("--bogus")}).code == 2);
}

TEST_CASE("--db on a new path creates a database with the current schema") {
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("new/cache.sqlite"));
    auto r = runLagebild({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(r.code == 0);
    CHECK(QFile::exists(db));
    const auto o = json(r);
    CHECK(o.value(QStringLiteral("schema_version")).toInt() >= 1);
    for (const char* key : {"objects", "revoked", "observables", "alerts", "incidents", "feeds"})
        CHECK(o.contains(QString::fromLatin1(key)));
    CHECK(o.value(QStringLiteral("alerts")).toObject().contains(QStringLiteral("by_status")));
}

TEST_CASE("import, stats and search follow the contract on real data") {
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("c.sqlite"));
    auto imp = runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--json"),
                            test::testData(QStringLiteral("stix/oasis-examples/threat-reports/poisonivy.json"))});
    CHECK(imp.code == 0);
    const auto files = json(imp).value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 1);
    const auto f = files.at(0).toObject();
    for (const char* key : {"path", "format", "added", "updated", "unchanged", "older", "rejected", "skipped", "issues"})
        CHECK(f.contains(QString::fromLatin1(key)));
    CHECK(f.value(QStringLiteral("format")).toString() == QStringLiteral("stix"));
    CHECK(f.value(QStringLiteral("added")).toInt() == 155);

    auto stats = json(runLagebild({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), db}));
    CHECK(stats.value(QStringLiteral("objects")).toObject().value(QStringLiteral("malware")).toInt() == 25);

    auto search = runLagebild({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("--json"),
                               QStringLiteral("--type"), QStringLiteral("malware"), QStringLiteral("poison")});
    CHECK(search.code == 0);
    const auto results = json(search).value(QStringLiteral("results")).toArray();
    REQUIRE_FALSE(results.isEmpty());
    const auto first = results.at(0).toObject();
    CHECK(first.value(QStringLiteral("type")).toString() == QStringLiteral("malware"));
    for (const char* key : {"id", "type", "name", "tlp"})
        CHECK(first.contains(QString::fromLatin1(key)));

    auto check = runLagebild({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(check.code == 0);
    CHECK(json(check).value(QStringLiteral("ok")).toBool());
}

TEST_CASE("a rejected file exits 3, names file and position, and leaves the database unchanged") {
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("c.sqlite"));
    REQUIRE(runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"),
                         test::testData(QStringLiteral("stix/oasis-examples/indicator-for-c2-ip-address.json"))})
                .code == 0);
    const auto before = runLagebild({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}).out;
    auto r = runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--json"),
                          test::testData(QStringLiteral("stix/validator-examples-v21/invalid_comma.json"))});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("invalid_comma.json")));
    CHECK(r.err.contains(QStringLiteral("line 9")));
    CHECK(runLagebild({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}).out == before);
    auto missing = runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"), dir.path(QStringLiteral("nope.json"))});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("nope.json")));
}

TEST_CASE("a file that is not a Lagebild database is refused with exit code 1") {
    test::TempDir dir;
    const QString bogus = dir.write(QStringLiteral("bogus.sqlite"), QByteArray(4096, 'x'));
    auto r = runLagebild({QStringLiteral("--db"), bogus, QStringLiteral("stats")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("bogus.sqlite")));
}

TEST_CASE("the size caps are configurable and over-size objects are rejected, not fatal") {
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("c.sqlite"));
    auto r = runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--json"),
                          QStringLiteral("--max-object-bytes"), QStringLiteral("2000"),
                          test::testData(QStringLiteral("stix/oasis-examples/threat-reports/poisonivy.json"))});
    CHECK(r.code == 0);
    const auto f = json(r).value(QStringLiteral("files")).toArray().at(0).toObject();
    CHECK(f.value(QStringLiteral("rejected")).toInt() > 0);
    CHECK(f.value(QStringLiteral("added")).toInt() + f.value(QStringLiteral("rejected")).toInt() == 155);
    bool named = false;
    for (const auto& i : f.value(QStringLiteral("issues")).toArray())
        named = named || i.toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("larger than"));
    CHECK(named);
    CHECK(runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--max-depth"), QStringLiteral("x"),
                       test::testData(QStringLiteral("stix/oasis-examples/infrastructure.json"))})
              .code == 2);
}

TEST_CASE("an import killed half-way leaves the database exactly as before") {
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("c.sqlite"));
    // A bundle big enough to be mid-import when the process is killed.
    const QString bundle = dir.path(QStringLiteral("big.json"));
    QProcess gen;
    gen.start(QStringLiteral("python3"),
              {QStringLiteral(LAGEBILD_SOURCE_DIR "/tests/bench/gen_stix_bundle.py"), QStringLiteral("--count"),
               QStringLiteral("60000"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), bundle});
    REQUIRE(gen.waitForFinished(120000));
    REQUIRE(gen.exitCode() == 0);
    auto killMidway = [&] {
        QProcess import;
        import.setReadChannel(QProcess::StandardError);
        import.start(QStringLiteral(LAGEBILD_BINARY),
                     {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--progress"), bundle});
        REQUIRE(import.waitForStarted());
        // Progress lines come about every 100 ms while objects are written inside the open
        // transaction; after three of them the file is well under way.
        int lines = 0;
        while (lines < 3 && import.waitForReadyRead(60000))
            while (import.canReadLine() && import.readLine().startsWith("progress:"))
                ++lines;
        REQUIRE(lines >= 3);
        import.kill();
        import.waitForFinished();
        CHECK(import.exitStatus() == QProcess::CrashExit);
    };
    SUBCASE("into an empty cache (first-load path)") {
        runLagebild({QStringLiteral("--db"), db, QStringLiteral("stats")});
        const QString before = runLagebild({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}).out;
        killMidway();
        CHECK(runLagebild({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}).out == before);
        CHECK(runLagebild({QStringLiteral("--db"), db, QStringLiteral("check")}).code == 0);
    }
    SUBCASE("into a cache that already holds data") {
        REQUIRE(runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"),
                             test::testData(QStringLiteral("stix/oasis-examples/indicator-for-c2-ip-address.json"))})
                    .code == 0);
        const QString before = runLagebild({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}).out;
        killMidway();
        CHECK(runLagebild({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}).out == before);
        CHECK(runLagebild({QStringLiteral("--db"), db, QStringLiteral("check")}).code == 0);
    }
}

namespace {

const QByteArray kEveAlert =
    R"({"timestamp":"2024-03-01T10:15:00.123456+0100","flow_id":1234567890123456,"event_type":"alert","src_ip":"10.1.2.3",)"
    R"("src_port":51515,"dest_ip":"203.0.113.5","dest_port":443,"proto":"TCP","alert":{"action":"allowed","gid":1,)"
    R"("signature_id":2024001,"rev":1,"signature":"ET MALWARE Test beacon","category":"A Network Trojan was detected",)"
    R"("severity":1}})"
    "\n";

const QByteArray kIndicator =
    R"({"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[{"type":"indicator",)"
    R"("spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2024-02-01T00:00:00.000Z",)"
    R"("modified":"2024-02-01T00:00:00.000Z","name":"C2 server","pattern":"[ipv4-addr:value = '203.0.113.5']",)"
    R"("pattern_type":"stix","valid_from":"2024-02-01T00:00:00Z","confidence":85,"object_marking_refs":)"
    R"(["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"]}]})";

void checkMatched(const QString& db) {
    auto r = runLagebild(
        {QStringLiteral("--db"), db, QStringLiteral("alerts"), QStringLiteral("--json"), QStringLiteral("--matched")});
    REQUIRE(r.code == 0);
    const auto alerts = json(r).value(QStringLiteral("alerts")).toArray();
    REQUIRE(alerts.size() == 1);
    const auto a = alerts.at(0).toObject();
    CHECK(a.value(QStringLiteral("dst")).toString() == QStringLiteral("203.0.113.5"));
    CHECK(a.value(QStringLiteral("sensor")).toString() == QStringLiteral("suricata"));
    CHECK(a.value(QStringLiteral("severity")).toInt() == 1);
    CHECK(a.value(QStringLiteral("status")).toString() == QStringLiteral("new"));
    CHECK(a.value(QStringLiteral("time")).toString() == QStringLiteral("2024-03-01T09:15:00.123Z"));
    for (const char* key : {"id", "time", "sensor", "signature", "severity", "status", "src", "dst", "matches"})
        CHECK(a.contains(QString::fromLatin1(key)));
    const auto matches = a.value(QStringLiteral("matches")).toArray();
    REQUIRE(matches.size() == 1);
    const auto m = matches.at(0).toObject();
    CHECK(m.value(QStringLiteral("indicator")).toString() == QStringLiteral("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"));
    CHECK(m.value(QStringLiteral("tlp")).toString() == QStringLiteral("amber"));
    CHECK(m.value(QStringLiteral("confidence")).toInt() == 85);
    auto stats = json(runLagebild({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}));
    const auto alertStats = stats.value(QStringLiteral("alerts")).toObject();
    CHECK(alertStats.value(QStringLiteral("total")).toInt() == 1);
    CHECK(alertStats.value(QStringLiteral("matched")).toInt() == 1);
    CHECK(alertStats.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("new")).toInt() == 1);
    CHECK(alertStats.value(QStringLiteral("by_severity")).toObject().value(QStringLiteral("1")).toInt() == 1);
    CHECK(runLagebild({QStringLiteral("--db"), db, QStringLiteral("check")}).code == 0);
}

} // namespace

TEST_CASE("an EVE alert and a STIX indicator for the same address match in either import order") {
    test::TempDir dir;
    const QString eve = dir.write(QStringLiteral("eve.json"), kEveAlert);
    const QString stix = dir.write(QStringLiteral("c2.json"), kIndicator);
    SUBCASE("alert first, then the indicator (retro-hunt)") {
        const QString db = dir.path(QStringLiteral("a.sqlite"));
        REQUIRE(runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"), eve}).code == 0);
        CHECK(json(runLagebild({QStringLiteral("--db"), db, QStringLiteral("alerts"), QStringLiteral("--json"),
                                QStringLiteral("--matched")}))
                  .value(QStringLiteral("alerts"))
                  .toArray()
                  .isEmpty());
        REQUIRE(runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"), stix}).code == 0);
        checkMatched(db);
    }
    SUBCASE("indicator first, then the alert") {
        const QString db = dir.path(QStringLiteral("b.sqlite"));
        REQUIRE(runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"), stix}).code == 0);
        REQUIRE(runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"), eve}).code == 0);
        checkMatched(db);
        // Re-importing the alert adds nothing.
        auto again = json(runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--json"), eve}));
        CHECK(again.value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("added")).toInt() == 0);
        CHECK(again.value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("unchanged")).toInt() == 1);
        // Search finds the alert by its destination address too.
        auto hits = json(runLagebild({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("--json"),
                                      QStringLiteral("--type"), QStringLiteral("alert"), QStringLiteral("203.0.113.5")}));
        CHECK(hits.value(QStringLiteral("results")).toArray().size() == 1);
    }
}

TEST_CASE("demo fills an empty database with exactly N alerts deterministically for a seed") {
    test::TempDir dir;
    const QString a = dir.path(QStringLiteral("a.sqlite")), b = dir.path(QStringLiteral("b.sqlite"));
    const QStringList demoArgs{QStringLiteral("demo"),
                               QStringLiteral("--alerts"),
                               QStringLiteral("1234"),
                               QStringLiteral("--seed"),
                               QStringLiteral("9"),
                               QStringLiteral("--end"),
                               QStringLiteral("2026-06-01T00:00:00Z")};
    auto first = runLagebild(QStringList{QStringLiteral("--db"), a} + demoArgs + QStringList{QStringLiteral("--json")});
    REQUIRE(first.code == 0);
    const auto summary = json(first);
    CHECK(summary.value(QStringLiteral("alerts")).toInt() == 1234);
    CHECK(summary.value(QStringLiteral("end")).toString() == QStringLiteral("2026-06-01T00:00:00.000Z"));
    REQUIRE(runLagebild(QStringList{QStringLiteral("--db"), b} + demoArgs).code == 0);

    auto statsA = runLagebild({QStringLiteral("--db"), a, QStringLiteral("stats"), QStringLiteral("--json")});
    auto statsB = runLagebild({QStringLiteral("--db"), b, QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(statsA.out == statsB.out);
    const auto stats = json(statsA);
    const auto alerts = stats.value(QStringLiteral("alerts")).toObject();
    CHECK(alerts.value(QStringLiteral("total")).toInt() == 1234);
    CHECK(alerts.value(QStringLiteral("matched")).toInt() > 0);
    CHECK(alerts.value(QStringLiteral("matched")).toInt() == summary.value(QStringLiteral("matched")).toInt());
    CHECK(stats.value(QStringLiteral("incidents")).toInt() > 0);
    CHECK(stats.value(QStringLiteral("objects")).toObject().value(QStringLiteral("indicator")).toInt() > 0);

    const QStringList list{QStringLiteral("alerts"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("50")};
    auto alertsA = runLagebild(QStringList{QStringLiteral("--db"), a} + list);
    auto alertsB = runLagebild(QStringList{QStringLiteral("--db"), b} + list);
    CHECK(alertsA.code == 0);
    CHECK(alertsA.out == alertsB.out);
    CHECK(json(alertsA).value(QStringLiteral("alerts")).toArray().size() == 50);
    auto matchedA = runLagebild(QStringList{QStringLiteral("--db"), a, QStringLiteral("alerts"), QStringLiteral("--json"),
                                            QStringLiteral("--matched"), QStringLiteral("--limit"), QStringLiteral("5")});
    const auto matched = json(matchedA).value(QStringLiteral("alerts")).toArray();
    REQUIRE_FALSE(matched.isEmpty());
    CHECK_FALSE(matched.at(0).toObject().value(QStringLiteral("matches")).toArray().isEmpty());

    // Without --end the window ends now; the counts are the same.
    const QString c = dir.path(QStringLiteral("c.sqlite"));
    REQUIRE(runLagebild({QStringLiteral("--db"), c, QStringLiteral("demo"), QStringLiteral("--alerts"), QStringLiteral("1234"),
                         QStringLiteral("--seed"), QStringLiteral("9")})
                .code == 0);
    CHECK(runLagebild({QStringLiteral("--db"), c, QStringLiteral("stats"), QStringLiteral("--json")}).out == statsA.out);
    auto check = runLagebild({QStringLiteral("--db"), a, QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(check.code == 0);

    // One status model: stats counts workflow statuses, closed alerts per resolution, and
    // `alerts --status` agrees with both.
    const auto byStatus = alerts.value(QStringLiteral("by_status")).toObject();
    CHECK_FALSE(byStatus.contains(QStringLiteral("false-positive")));
    std::int64_t sum = 0;
    for (const auto& n : byStatus)
        sum += n.toInt();
    CHECK(sum == 1234);
    const auto byResolution = alerts.value(QStringLiteral("closed_by_resolution")).toObject();
    std::int64_t closed = 0;
    for (const auto& n : byResolution)
        closed += n.toInt();
    CHECK(closed == byStatus.value(QStringLiteral("closed")).toInt());
    REQUIRE(byResolution.value(QStringLiteral("false-positive")).toInt() > 0);
    auto listed = [&a](const char* status) {
        auto r =
            runLagebild({QStringLiteral("--db"), a, QStringLiteral("alerts"), QStringLiteral("--json"), QStringLiteral("--limit"),
                         QStringLiteral("100000"), QStringLiteral("--status"), QString::fromLatin1(status)});
        REQUIRE(r.code == 0);
        return json(r).value(QStringLiteral("alerts")).toArray();
    };
    const auto fp = listed("false-positive");
    CHECK(fp.size() == byResolution.value(QStringLiteral("false-positive")).toInt());
    CHECK(fp.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(fp.at(0).toObject().value(QStringLiteral("resolution")).toString() == QStringLiteral("false-positive"));
    CHECK(listed("closed").size() == byStatus.value(QStringLiteral("closed")).toInt());
    CHECK(runLagebild({QStringLiteral("--db"), a, QStringLiteral("alerts"), QStringLiteral("--status"), QStringLiteral("bogus")})
              .code == 2);
}

TEST_CASE("demo refuses a database that holds data (exit 1, one line) and rejects bad options (exit 2)") {
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("c.sqlite"));
    REQUIRE(runLagebild({QStringLiteral("--db"), db, QStringLiteral("import"),
                         test::testData(QStringLiteral("stix/oasis-examples/indicator-for-c2-ip-address.json"))})
                .code == 0);
    const auto before = runLagebild({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}).out;
    auto again =
        runLagebild({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--alerts"), QStringLiteral("10")});
    CHECK(again.code == 1);
    CHECK(again.err.trimmed().split(QLatin1Char('\n')).size() == 1);
    CHECK(again.err.contains(db));
    CHECK(runLagebild({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}).out == before);
    const QString fresh = dir.path(QStringLiteral("f.sqlite"));
    for (const QStringList& bad : {QStringList{QStringLiteral("--alerts"), QStringLiteral("many")},
                                   QStringList{QStringLiteral("--alerts"), QStringLiteral("-5")},
                                   QStringList{QStringLiteral("--seed"), QStringLiteral("x")},
                                   QStringList{QStringLiteral("--end"), QStringLiteral("yesterday")}}) {
        auto r = runLagebild(QStringList{QStringLiteral("--db"), fresh, QStringLiteral("demo")} + bad);
        CHECK(r.code == 2);
        CHECK(r.err.trimmed().split(QLatin1Char('\n')).size() == 1);
    }
}

TEST_CASE("feeds add --secret-stdin without a keychain service exits 2 with one line pointing to --secret-env") {
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("c.sqlite"));
    const QByteArray savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lagebild-test-bus"); // no Secret Service here
    const auto r = runLagebild({QStringLiteral("--db"), db, QStringLiteral("feeds"), QStringLiteral("add"), QStringLiteral("p"),
                                QStringLiteral("--kind"), QStringLiteral("stix-url"), QStringLiteral("--url"),
                                QStringLiteral("https://cert.example.org/feed.json"), QStringLiteral("--secret-stdin")},
                               "no-keychain-s3cret\n");
    if (savedBus.isNull())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", savedBus);
    CHECK(r.code == 2);
    CHECK(r.err.trimmed().split(QLatin1Char('\n')).size() == 1);
    CHECK(r.err.contains(QStringLiteral("--secret-env")));
    CHECK(r.err.contains(QStringLiteral("keychain")));
    CHECK_FALSE((r.out + r.err).contains(QStringLiteral("no-keychain-s3cret")));
    const auto list =
        runLagebild({QStringLiteral("--db"), db, QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(json(list).value(QStringLiteral("feeds")).toArray().isEmpty());

    // Usage errors come before any keychain: nothing on stdin, or both ways at once.
    const QStringList base{QStringLiteral("--db"),
                           db,
                           QStringLiteral("feeds"),
                           QStringLiteral("add"),
                           QStringLiteral("q"),
                           QStringLiteral("--kind"),
                           QStringLiteral("stix-url"),
                           QStringLiteral("--url"),
                           QStringLiteral("https://cert.example.org/feed.json"),
                           QStringLiteral("--secret-stdin")};
    CHECK(runLagebild(base).code == 2);
    const auto both = runLagebild(base + QStringList{QStringLiteral("--secret-env"), QStringLiteral("TOKEN")}, "x\n");
    CHECK(both.code == 2);
    CHECK(both.err.contains(QStringLiteral("not both")));
}

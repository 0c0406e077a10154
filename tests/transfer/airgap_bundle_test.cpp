// `bundle create` underneath: a signed STIX 2.1 bundle of the cache that minisign verifies and
// that another Lagebild imports with the same counts.
#include "models/core/timestamp.h"
#include "models/core/tlp.h"
#include "models/imports/import_service.h"
#include "models/store/trust_repository.h"
#include "models/transfer/bundle_writer.h"
#include "models/transfer/minisign.h"
#include "tests/support/external_tools.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

using namespace lagebild;

namespace {

std::unique_ptr<store::Database> openDb(const QString& path) {
    auto db = store::Database::open(path);
    REQUIRE(db.ok());
    return std::move(db).value();
}

std::map<QString, std::int64_t> countsByType(store::Database& db) {
    auto st = db.prepare("SELECT type, count(DISTINCT id) FROM stix_object GROUP BY type");
    REQUIRE(st.ok());
    std::map<QString, std::int64_t> counts;
    while (st.value().step().value())
        counts[st.value().columnQString(0)] = st.value().columnInt64(1);
    return counts;
}

// Imports `paths`; with `strict` every file must import without an error.
void importAll(store::Database& db, const QStringList& paths, bool strict = true) {
    for (const auto& r : imports::ImportService(db).importPaths(paths, imports::ImportOptions{}, core::CancelToken{}))
        if (strict)
            REQUIRE_MESSAGE(!r.error, (r.path + QStringLiteral(": ") + (r.error ? r.error->message : QString())).toStdString());
}

QJsonArray bundleObjects(const QString& path) {
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(test::readFile(path), &e);
    REQUIRE(e.error == QJsonParseError::NoError);
    CHECK(doc.object().value(QStringLiteral("type")).toString() == QStringLiteral("bundle"));
    CHECK(doc.object().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("bundle--")));
    return doc.object().value(QStringLiteral("objects")).toArray();
}

QString indicator(int i, std::string_view marking) {
    QString refs =
        marking.empty() ? QString() : QStringLiteral(R"(,"object_marking_refs":["%1"])").arg(QString::fromLatin1(marking));
    return QStringLiteral(R"({"type":"indicator","spec_version":"2.1","id":"indicator--00000000-0000-4000-8000-%1",)"
                          R"("created":"2026-01-0%2T00:00:00.000Z","modified":"2026-01-0%2T00:00:00.000Z",)"
                          R"("pattern":"[ipv4-addr:value = '203.0.113.%2']","pattern_type":"stix",)"
                          R"("valid_from":"2026-01-01T00:00:00Z"%3})")
        .arg(i, 12, 10, QLatin1Char('0'))
        .arg(i)
        .arg(refs);
}

} // namespace

TEST_CASE("a bundle of the cache verifies with minisign and re-imports with identical counts per type") {
    test::TempDir dir;
    auto source = openDb(dir.path(QStringLiteral("source.sqlite")));
    importAll(*source,
              {test::testData(QStringLiteral("stix/oasis-examples")), test::testData(QStringLiteral("stix/attack-flow"))}, false);
    const auto before = countsByType(*source);
    REQUIRE(before.size() > 5);

    const auto keys = test::makeMinisignKeys(dir, QStringLiteral("producer"));
    transfer::BundleOptions options;
    options.outPath = dir.path(QStringLiteral("out/bundle.json"));
    QDir().mkpath(dir.path(QStringLiteral("out")));
    options.secretKeyPath = keys.secretKey;
    options.producer = QStringLiteral("cert-a");
    auto created = transfer::createBundle(*source, options, core::CancelToken{});
    REQUIRE_MESSAGE(created.ok(), created.error().message.toStdString());
    CHECK(created.value().seq == 1);
    std::int64_t total = 0;
    for (const auto& [type, n] : before)
        total += n;
    CHECK(created.value().objects == total);
    CHECK(bundleObjects(options.outPath).size() == total);

    const auto verified = test::minisignVerify(keys.publicKey, options.outPath);
    CHECK_MESSAGE(verified.code == 0, verified.err.toStdString());
    CHECK(verified.out.contains(QStringLiteral("producer=cert-a seq=1")));

    auto target = openDb(dir.path(QStringLiteral("target.sqlite")));
    auto pub = transfer::readPublicKeyFile(keys.publicKey);
    REQUIRE(pub.ok());
    REQUIRE(store::TrustRepository(*target)
                .addKey({QStringLiteral("cert-a"), pub.value().keyIdText(), pub.value().base64(), {}, 1})
                .ok());
    importAll(*target, {options.outPath});
    CHECK(countsByType(*target) == before);
    CHECK(target->queryInt("SELECT last_seq FROM producer_sequence WHERE producer = 'cert-a'").value() == 1);

    // The next bundle carries the next number; the old one cannot be replayed.
    options.outPath = dir.path(QStringLiteral("out/bundle2.json"));
    auto second = transfer::createBundle(*source, options, core::CancelToken{});
    REQUIRE(second.ok());
    CHECK(second.value().seq == 2);
    importAll(*target, {options.outPath});
    const auto replay = imports::ImportService(*target).importFile({dir.path(QStringLiteral("out/bundle.json")), false},
                                                                   imports::ImportOptions{}, core::CancelToken{});
    REQUIRE(replay.error.has_value());
    CHECK(replay.error->code == core::ErrorCode::Signature);
}

TEST_CASE("--max-tlp leaves out objects above the level and objects with an unknown marking") {
    test::TempDir dir;
    auto db = openDb(dir.path(QStringLiteral("c.sqlite")));
    QStringList objects{indicator(1, core::tlpMarkingId(core::Tlp::Clear)),
                        indicator(2, core::tlpMarkingId(core::Tlp::Green)),
                        indicator(3, core::tlpMarkingId(core::Tlp::Amber)),
                        indicator(4, core::tlpMarkingId(core::Tlp::Red)),
                        indicator(5, "marking-definition--11111111-2222-4333-8444-555555555555"),
                        indicator(6, {})};
    const QString input = dir.write(
        QStringLiteral("in.json"),
        QStringLiteral(R"({"type":"bundle","id":"bundle--1","objects":[%1]})").arg(objects.join(QLatin1Char(','))).toUtf8());
    importAll(*db, {input});
    REQUIRE(db->queryInt("SELECT count(*) FROM stix_object").value() == 6);

    const auto keys = test::makeMinisignKeys(dir, QStringLiteral("k"));
    transfer::BundleOptions options;
    options.secretKeyPath = keys.secretKey;
    options.producer = QStringLiteral("p");
    auto idsOf = [](const QString& path) {
        QStringList ids;
        for (const auto& o : bundleObjects(path))
            ids << o.toObject().value(QStringLiteral("id")).toString().right(1);
        ids.sort();
        return ids.join(QLatin1Char(','));
    };
    options.outPath = dir.path(QStringLiteral("amber.json"));
    options.maxTlp = core::Tlp::Amber;
    auto amber = transfer::createBundle(*db, options, core::CancelToken{});
    REQUIRE(amber.ok());
    CHECK(idsOf(options.outPath) == QStringLiteral("1,2,3,6"));
    CHECK(amber.value().leftOut == 2);
    options.outPath = dir.path(QStringLiteral("clear.json"));
    options.maxTlp = core::Tlp::Clear;
    REQUIRE(transfer::createBundle(*db, options, core::CancelToken{}).ok());
    CHECK(idsOf(options.outPath) == QStringLiteral("1,6"));
    options.outPath = dir.path(QStringLiteral("red.json"));
    options.maxTlp = core::Tlp::Red;
    REQUIRE(transfer::createBundle(*db, options, core::CancelToken{}).ok());
    CHECK(idsOf(options.outPath) == QStringLiteral("1,2,3,4,6")); // unknown never leaves
    options.outPath = dir.path(QStringLiteral("all.json"));
    options.maxTlp.reset();
    REQUIRE(transfer::createBundle(*db, options, core::CancelToken{}).ok());
    CHECK(idsOf(options.outPath) == QStringLiteral("1,2,3,4,5,6"));
    // Every bundle verifies with minisign.
    for (const char* name : {"amber.json", "clear.json", "red.json", "all.json"})
        CHECK(test::minisignVerify(keys.publicKey, dir.path(QString::fromLatin1(name))).code == 0);
}

TEST_CASE("--since keeps objects modified or received at or after the time") {
    test::TempDir dir;
    auto db = openDb(dir.path(QStringLiteral("c.sqlite")));
    importAll(*db, {dir.write(QStringLiteral("in.json"), QStringLiteral(R"({"type":"bundle","id":"bundle--1","objects":[%1,%2]})")
                                                             .arg(indicator(1, {}), indicator(5, {}))
                                                             .toUtf8())});
    // Pretend both arrived long ago, so only `modified` decides.
    REQUIRE(db->exec("UPDATE stix_object SET first_seen = 0, last_seen = 0").ok());
    const auto keys = test::makeMinisignKeys(dir, QStringLiteral("k"));
    transfer::BundleOptions options;
    options.secretKeyPath = keys.secretKey;
    options.producer = QStringLiteral("p");
    options.outPath = dir.path(QStringLiteral("since.json"));
    options.sinceMicros = core::parseRfc3339("2026-01-03T00:00:00Z");
    auto r = transfer::createBundle(*db, options, core::CancelToken{});
    REQUIRE(r.ok());
    CHECK(r.value().objects == 1);
    REQUIRE(bundleObjects(options.outPath).size() == 1);
    CHECK(bundleObjects(options.outPath).at(0).toObject().value(QStringLiteral("id")).toString().endsWith(QLatin1Char('5')));
}

TEST_CASE("a damaged key or a bad producer name stops bundle creation before anything is written") {
    test::TempDir dir;
    auto db = openDb(dir.path(QStringLiteral("c.sqlite")));
    transfer::BundleOptions options;
    options.secretKeyPath = dir.write(QStringLiteral("k.key"), "untrusted comment: x\nRWQAAEIy\n");
    options.producer = QStringLiteral("p");
    options.outPath = dir.path(QStringLiteral("b.json"));
    auto r = transfer::createBundle(*db, options, core::CancelToken{});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == core::ErrorCode::Signature);
    CHECK(r.error().message.contains(QStringLiteral("k.key")));
    CHECK_FALSE(QFile::exists(options.outPath));
    CHECK(db->queryInt("SELECT count(*) FROM outgoing_sequence").value() == 0);
    options.secretKeyPath = test::makeMinisignKeys(dir, QStringLiteral("k")).secretKey;
    options.producer = QStringLiteral("bad name");
    CHECK(transfer::createBundle(*db, options, core::CancelToken{}).error().code == core::ErrorCode::Usage);
    CHECK_FALSE(QFile::exists(options.outPath));
}

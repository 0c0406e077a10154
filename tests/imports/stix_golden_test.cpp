// Golden tests over the real STIX data in ../shared/testdata: counts per type must equal the
// independent oracle (../shared/oracles/stix_expect.py), which shares no code with Lagebild.
#include "models/imports/import_service.h"
#include "models/store/integrity_check.h"
#include "models/store/intel_queries.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace lagebild;

namespace {

QJsonObject oracle(const QStringList& paths) {
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{test::testData(QStringLiteral("../oracles/stix_expect.py"))} + paths);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

std::map<QString, std::int64_t> imported(store::Database& db, const QStringList& paths) {
    imports::ImportService(db).importPaths(paths, {}, core::CancelToken{});
    return store::IntelQueries(db).stats().value().objectsByType;
}

// What the history table should hold after importing `folder`, per id with several versions: in
// the import's own file order, a version newer than the stored one replaces it (one history
// row) and an older one is ignored. The python-stix2 store keeps a flat <id>.json, imported
// before the versions in the <id>/ folder of the same name.
std::map<QString, std::int64_t> expectedHistory(const QString& folder) {
    std::map<QString, QDateTime> newest;
    std::map<QString, std::int64_t> versions, replaced;
    for (const auto& target : imports::ImportService::expandPaths({folder})) {
        const QJsonDocument doc = QJsonDocument::fromJson(test::readFile(target.path));
        const QJsonArray objects = doc.object().value(QStringLiteral("type")) == QStringLiteral("bundle")
                                       ? doc.object().value(QStringLiteral("objects")).toArray()
                                       : QJsonArray{doc.object()};
        for (const auto& value : objects) {
            const QJsonObject o = value.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            const QDateTime modified = QDateTime::fromString(o.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
            if (id.isEmpty() || !modified.isValid())
                continue; // immutable objects have no versions
            ++versions[id];
            auto [it, first] = newest.try_emplace(id, modified);
            if (!first && modified > it->second) {
                ++replaced[id];
                it->second = modified;
            }
        }
    }
    std::map<QString, std::int64_t> out;
    for (const auto& [id, n] : versions)
        if (n > 1)
            out[id] = replaced[id];
    return out;
}

void compare(const QStringList& relative) {
    QStringList paths;
    for (const auto& r : relative)
        paths << test::testData(r);
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(db.ok());
    const auto mine = imported(*db.value(), paths);
    const QJsonObject expected = oracle(paths).value(QStringLiteral("objects")).toObject();
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(mine.size() == static_cast<std::size_t>(expected.size()));
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        CAPTURE(it.key().toStdString());
        const auto found = mine.find(it.key());
        REQUIRE(found != mine.end());
        CHECK(found->second == it.value().toInteger());
    }
    for (const auto& f : store::checkIntegrity(*db.value()).value()) {
        CAPTURE(f.check.toStdString());
        CHECK(f.ok);
    }
}

} // namespace

TEST_CASE("OASIS examples import with the oracle's counts") {
    compare({QStringLiteral("stix/oasis-examples"), QStringLiteral("stix/oasis-doc-examples")});
}

TEST_CASE("the python-stix2 file store keeps only the newest version of each object") {
    compare({QStringLiteral("stix/python-stix2")});
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(db.ok());
    imported(*db.value(), {test::testData(QStringLiteral("stix/python-stix2"))});
    // Several versions of one object exist in the store layout: older ones land in history.
    const auto expected = expectedHistory(test::testData(QStringLiteral("stix/python-stix2")));
    std::int64_t replaced = 0;
    for (const auto& [id, n] : expected) {
        CAPTURE(id.toStdString());
        CHECK(db.value()->queryInt("SELECT count(*) FROM stix_object_history WHERE id = '" + id.toStdString() + "'").value() ==
              n);
        replaced += n;
    }
    REQUIRE(replaced > 0);
    CHECK(db.value()->queryInt("SELECT count(*) FROM stix_object_history").value() == replaced);
    CHECK(db.value()
              ->queryInt("SELECT count(*) FROM stix_object_history h JOIN stix_object o ON o.id = h.id "
                         "WHERE h.modified >= o.modified")
              .value() == 0);
}

TEST_CASE("attack flow bundles keep their custom object types") {
    compare({QStringLiteral("stix/attack-flow")});
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(db.ok());
    const auto types = imported(*db.value(), {test::testData(QStringLiteral("stix/attack-flow"))});
    CHECK(types.count(QStringLiteral("attack-action")) == 1);
    CHECK(types.count(QStringLiteral("extension-definition")) == 1);
}

TEST_CASE("the ATT&CK ICS bundle imports from gzip with revoked objects flagged") {
    compare({QStringLiteral("attack")});
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(db.ok());
    imported(*db.value(), {test::testData(QStringLiteral("attack/ics-attack-18.1.json.gz"))});
    const auto revokedInJson =
        db.value()->queryInt("SELECT count(*) FROM stix_object WHERE json_extract(json, '$.revoked') = 1").value();
    CHECK(db.value()->queryInt("SELECT count(*) FROM stix_object WHERE revoked = 1").value() == revokedInJson);
    // Verbatim storage: the stored JSON is the object as received.
    CHECK(db.value()->queryInt("SELECT count(*) FROM stix_object WHERE json_valid(json) = 0").value() == 0);
}

TEST_CASE("the whole STIX corpus imports with the oracle's counts and re-imports unchanged") {
    compare({QStringLiteral("stix"), QStringLiteral("attack")});
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(db.ok());
    const QStringList paths{test::testData(QStringLiteral("stix"))};
    imports::ImportService(*db.value()).importPaths(paths, {}, core::CancelToken{});
    const auto before = db.value()->queryInt("SELECT count(*) FROM stix_object").value();
    auto again = imports::ImportService(*db.value()).importPaths(paths, {}, core::CancelToken{});
    for (const auto& r : again) {
        CAPTURE(r.path.toStdString());
        CHECK(r.added == 0);
        CHECK(r.updated == 0);
    }
    CHECK(db.value()->queryInt("SELECT count(*) FROM stix_object").value() == before);
}

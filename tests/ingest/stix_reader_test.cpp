#include "models/ingest/stix/stix_reader.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QProcess>

using namespace lagebild;

namespace {

struct Collect final : ingest::stix::StixVisitor {
    std::vector<core::StixRecord> records;
    std::vector<std::string> json;
    std::vector<core::Issue> rejections;
    std::vector<core::Issue> notes;
    core::Status object(const core::StixRecord& r) override {
        records.push_back(r);
        json.emplace_back(r.json);
        return {};
    }
    void rejected(const core::Issue& i) override { rejections.push_back(i); }
    void note(const core::Issue& i) override { notes.push_back(i); }
};

core::Result<ingest::stix::StixFileInfo> read(const QString& path, Collect& c) {
    return ingest::stix::readStix(path, ingest::JsonLimits{}, c, core::CancelToken{});
}

const char* kIdentity = R"({"type":"identity","spec_version":"2.1","id":"identity--8c6af861-7b20-41ef-9b59-6344fd872a8f",)"
                        R"("created":"2016-08-08T15:50:10.983Z","modified":"2016-08-08T15:50:10.983Z","name":"Franistan"})";

} // namespace

TEST_CASE("a bundle, an array and a single object all yield their objects verbatim") {
    test::TempDir dir;
    Collect bundle, array, single;
    const QByteArray obj(kIdentity);
    REQUIRE(read(dir.write("b.json",
                           R"({"type":"bundle","id":"bundle--8c6af861-7b20-41ef-9b59-6344fd872a8f","objects":[)" + obj + "]}"),
                 bundle)
                .ok());
    REQUIRE(read(dir.write("a.json", "[" + obj + "," + obj + "]"), array).ok());
    auto info = read(dir.write("s.json", obj), single);
    REQUIRE(info.ok());
    CHECK(info.value().shape == ingest::stix::StixFileInfo::Shape::SingleObject);
    REQUIRE(bundle.records.size() == 1);
    CHECK(bundle.json.front() == kIdentity);
    CHECK(array.records.size() == 2);
    REQUIRE(single.records.size() == 1);
    CHECK(single.records.front().name == "Franistan");
    CHECK(single.json.front() == kIdentity);
}

TEST_CASE("a gzip-compressed bundle reads like the plain one") {
    test::TempDir dir;
    const QString plain =
        dir.write("b.json", R"({"type":"bundle","id":"bundle--8c6af861-7b20-41ef-9b59-6344fd872a8f","objects":[)" +
                                QByteArray(kIdentity) + "]}");
    REQUIRE(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-k"), plain}) == 0);
    Collect c;
    REQUIRE(read(plain + QStringLiteral(".gz"), c).ok());
    CHECK(c.records.size() == 1);
}

TEST_CASE("objects with missing or malformed required properties are rejected with a reason") {
    test::TempDir dir;
    Collect c;
    const QByteArray content = R"([
 {"type":"identity","created":"2016-08-08T15:50:10.983Z","modified":"2016-08-08T15:50:10.983Z"},
 {"type":"identity","id":"identity--nope","created":"2016-08-08T15:50:10.983Z","modified":"2016-08-08T15:50:10.983Z"},
 {"type":"identity","id":"identity--8c6af861-7b20-41ef-9b59-6344fd872a8f","created":"2016-08-08T15:50:10.983Z"},
 {"type":"identity","id":"identity--8c6af861-7b20-41ef-9b59-6344fd872a8f","created":"2016-08-08","modified":"2016-08-08T15:50:10.983Z"},
 {"id":"identity--8c6af861-7b20-41ef-9b59-6344fd872a8f"},
 "just a string",
 {"type":"ipv4-addr","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}
])";
    REQUIRE(read(dir.write("r.json", content), c).ok());
    REQUIRE(c.rejections.size() == 6);
    CHECK(c.rejections[0].message.contains(QStringLiteral("id")));
    CHECK(c.rejections[1].message.contains(QStringLiteral("Malformed id")));
    CHECK(c.rejections[2].message.contains(QStringLiteral("modified")));
    CHECK(c.rejections[3].message.contains(QStringLiteral("created")));
    CHECK(c.rejections[4].message.contains(QStringLiteral("type")));
    CHECK(c.rejections[5].message.contains(QStringLiteral("not a JSON object")));
    CHECK(c.rejections[2].position == QStringLiteral("line 4, byte 219"));
    REQUIRE(c.records.size() == 1);
    REQUIRE(c.records[0].observables.size() == 1);
    CHECK(c.records[0].observables[0].value == "198.51.100.3");
}

TEST_CASE("invalid JSON rejects the whole file with line and byte") {
    Collect braces, comma, trailing, empty;
    auto b = read(test::testData(QStringLiteral("stix/validator-examples-v21/invalid_braces.json")), braces);
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().detail == QStringLiteral("line 1, byte 0"));
    auto c = read(test::testData(QStringLiteral("stix/validator-examples-v21/invalid_comma.json")), comma);
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().detail.startsWith(QStringLiteral("line 9,")));
    test::TempDir dir;
    CHECK_FALSE(read(dir.write("t.json", QByteArray(kIdentity) + "}"), trailing).ok());
    CHECK_FALSE(read(dir.write("e.json", "  \n"), empty).ok());
    CHECK_FALSE(read(dir.write("n.json", "{\"hello\": 1}"), empty).ok()); // not STIX
}

TEST_CASE("the validator's invalid identity and timestamp examples are rejected with the right reason") {
    Collect missing, order;
    REQUIRE(read(test::testData(QStringLiteral("stix/validator-examples-v21/invalid_identity.json")), missing).ok());
    REQUIRE(missing.rejections.size() == 1);
    CHECK(missing.rejections[0].message.contains(QStringLiteral("Missing \"modified\"")));
    REQUIRE(read(test::testData(QStringLiteral("stix/validator-examples-v21/invalid_timestamp.json")), order).ok());
    REQUIRE(order.rejections.size() == 1);
    CHECK(order.rejections[0].message.contains(QStringLiteral("earlier than")));
}

TEST_CASE("indicator patterns are analysed and relationships become edges") {
    Collect c;
    REQUIRE(read(test::testData(QStringLiteral("stix/oasis-examples/indicator-to-campaign-relationship.json")), c).ok());
    int indicators = 0, edges = 0;
    for (const auto& r : c.records) {
        if (r.type == "indicator") {
            ++indicators;
            CHECK(r.patternState != core::PatternState::None);
        }
        edges += static_cast<int>(r.edges.size());
    }
    CHECK(indicators >= 1);
    CHECK(edges >= 1);
}

TEST_CASE("a STIX 2.0 bundle is accepted and flagged") {
    test::TempDir dir;
    Collect c;
    const QByteArray v20 =
        R"({"type":"bundle","id":"bundle--8c6af861-7b20-41ef-9b59-6344fd872a8f","spec_version":"2.0","objects":[)"
        R"({"type":"identity","id":"identity--8c6af861-7b20-41ef-9b59-6344fd872a8f","created":"2016-08-08T15:50:10.983Z",)"
        R"("modified":"2016-08-08T15:50:10.983Z","name":"x","identity_class":"organization"}]})";
    auto info = read(dir.write("v20.json", v20), c);
    REQUIRE(info.ok());
    CHECK(info.value().bundleSpecVersion == QStringLiteral("2.0"));
    REQUIRE(c.records.size() == 1);
    CHECK(c.records[0].specVersion == "2.0");
    REQUIRE_FALSE(c.notes.empty());
    CHECK(c.notes[0].message.contains(QStringLiteral("2.0")));
}

TEST_CASE("an oversized object is rejected and the rest of the bundle still reads") {
    test::TempDir dir;
    ingest::JsonLimits limits;
    limits.maxValueBytes = 4096;
    QByteArray big =
        R"({"type":"note","id":"note--8c6af861-7b20-41ef-9b59-6344fd872a8f","content":")" + QByteArray(10000, 'z') + "\"}";
    Collect c;
    auto r = ingest::stix::readStix(dir.write("big.json", "[" + big + "," + QByteArray(kIdentity) + "]"), limits, c,
                                    core::CancelToken{});
    REQUIRE(r.ok());
    REQUIRE(c.rejections.size() == 1);
    CHECK(c.rejections[0].message.contains(QStringLiteral("larger than")));
    CHECK(c.records.size() == 1);
}

TEST_CASE("cancelling stops the reader with a Cancelled error") {
    test::TempDir dir;
    core::CancelToken cancel;
    cancel.cancel();
    Collect c;
    auto r = ingest::stix::readStix(dir.write("a.json", "[" + QByteArray(kIdentity) + "]"), ingest::JsonLimits{}, c, cancel);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().isCancelled());
}

TEST_CASE("a TAXII 2.1 envelope reads like a bundle - an empty one is an empty page, a bare {} is not STIX") {
    test::TempDir dir;
    const QByteArray obj(kIdentity);
    Collect page, last, bare;
    auto info = read(dir.write("p.json", R"({"more":true,"next":"abc","objects":[)" + obj + "]}"), page);
    REQUIRE(info.ok());
    CHECK(info.value().shape == ingest::stix::StixFileInfo::Shape::Envelope);
    REQUIRE(page.records.size() == 1);
    CHECK(page.json.front() == kIdentity);
    auto empty = read(dir.write("e.json", R"({"more":false})"), last);
    REQUIRE(empty.ok());
    CHECK(empty.value().shape == ingest::stix::StixFileInfo::Shape::Envelope);
    CHECK(last.records.empty());
    CHECK_FALSE(read(dir.write("b.json", "{}"), bare).ok());
    // "objects" beside a property a STIX envelope does not have is still refused.
    Collect odd;
    CHECK_FALSE(read(dir.write("o.json", R"({"name":"x","objects":[)" + obj + "]}"), odd).ok());
}

#include "models/core/timestamp.h"
#include "models/ingest/eve/eve_reader.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace lagebild;

namespace {

struct Collect final : ingest::AlertVisitor {
    std::vector<core::AlertRecord> alerts;
    std::vector<std::string> raw;
    std::vector<core::Issue> skips, rejections, notes;
    core::Status alert(const core::AlertRecord& r) override {
        alerts.push_back(r);
        raw.emplace_back(r.raw);
        alerts.back().raw = {};
        return {};
    }
    void skipped(const core::Issue& i) override { skips.push_back(i); }
    void rejected(const core::Issue& i) override { rejections.push_back(i); }
    void note(const core::Issue& i) override { notes.push_back(i); }
    std::set<std::string> keys() const {
        std::set<std::string> k;
        for (const auto& a : alerts)
            k.insert(a.dedupKey);
        return k;
    }
};

core::Result<ingest::AlertFileInfo> read(const QString& path, Collect& c, ingest::eve::EveOptions options = {}) {
    return ingest::eve::readEve(path, options, c, core::CancelToken{});
}

// Runs the independent oracle; returns {ALL, DISTINCT}.
std::pair<long long, long long> oracle(const QString& file) {
    QProcess p;
    p.start(QStringLiteral("python3"), {test::testData(QStringLiteral("../oracles/eve_expect.py")), file});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
    REQUIRE(parts.size() == 2);
    return {parts[0].toLongLong(), parts[1].toLongLong()};
}

// Independent count of records: every "event_type" member (the sample files carry it once per record).
long long countEventTypes(const QString& file) {
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll().count("\"event_type\"");
}

const char* kAlert =
    R"({"timestamp":"2017-01-30T16:12:36.066011+0100","flow_id":1501577875823823,"event_type":"alert",)"
    R"("src_ip":"172.17.0.2","src_port":41402,"dest_ip":"54.230.202.37","dest_port":80,"proto":"TCP",)"
    R"("alert":{"signature_id":2013504,"signature":"ET POLICY APT User-Agent","category":"Not Suspicious Traffic",)"
    R"("severity":3}})";

} // namespace

TEST_CASE("every EVE sample file yields exactly the oracle's alerts and distinct dedup keys") {
    const QDir dir(test::testData(QStringLiteral("alerts/suricata")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 3);
    for (const QString& name : files) {
        CAPTURE(name.toStdString());
        const QString path = dir.filePath(name);
        Collect c;
        auto info = read(path, c);
        REQUIRE(info.ok());
        const auto [all, distinct] = oracle(path);
        CHECK(info.value().alerts == all);
        CHECK(static_cast<long long>(c.alerts.size()) == all);
        CHECK(static_cast<long long>(c.keys().size()) == distinct);
        const long long records = countEventTypes(path);
        CHECK(info.value().skipped == records - all);
        CHECK(static_cast<long long>(c.skips.size()) == records - all);
        CHECK(info.value().rejected == 0);
        CHECK(c.rejections.empty());
        CHECK(info.value().records == records);
        for (const auto& a : c.alerts) {
            CHECK(a.sensor == "suricata");
            CHECK(a.severity >= 1);
            CHECK(a.severity <= 4);
            CHECK_FALSE(a.signature.empty());
            CHECK_FALSE(a.flowId.empty());
        }
        for (const auto& r : c.raw)
            CHECK(r.find("\"alert\"") != std::string::npos);
    }
}

TEST_CASE("the surevego NDJSON file counts its other event types as skipped, naming them") {
    Collect c;
    auto info = read(test::testData(QStringLiteral("alerts/suricata/surevego-eve.json")), c);
    REQUIRE(info.ok());
    // Counted with a python one-liner over the file: 68 alert, 68 fileinfo, 68 http, 48 dns, 13 flow, 1 stats.
    CHECK(info.value().records == 266);
    CHECK(info.value().alerts == 68);
    CHECK(info.value().skipped == 198);
    std::map<QString, int> byType;
    for (const auto& s : c.skips)
        ++byType[s.object];
    CHECK(byType[QStringLiteral("fileinfo")] == 68);
    CHECK(byType[QStringLiteral("http")] == 68);
    CHECK(byType[QStringLiteral("dns")] == 48);
    CHECK(byType[QStringLiteral("flow")] == 13);
    CHECK(byType[QStringLiteral("stats")] == 1);
    REQUIRE_FALSE(c.skips.empty());
    CHECK(c.skips.front().message.contains(c.skips.front().object));
    CHECK(c.skips.front().position.startsWith(QStringLiteral("line ")));
    CHECK(c.notes.empty()); // every timestamp carries +0100
    CHECK(info.value().assumedZone.isEmpty());
}

TEST_CASE("a +0100 timestamp is converted to the exact UTC microsecond") {
    Collect c;
    REQUIRE(read(test::testData(QStringLiteral("alerts/suricata/surevego-eve.json")), c).ok());
    REQUIRE_FALSE(c.alerts.empty());
    const auto& a = c.alerts.front(); // "2017-01-30T16:12:36.066011+0100"
    CHECK(a.time == 1485789156066011LL);
    CHECK(a.flowId == "1501577875823823");
    CHECK(a.signatureId == "2013504");
    CHECK(a.severity == 3);
    CHECK(a.category == "Not Suspicious Traffic");
    CHECK(a.src == "172.17.0.2");
    CHECK(a.srcPort == 41402);
    CHECK(a.dst == "54.230.202.37");
    CHECK(a.dstPort == 80);
    CHECK(a.proto == "TCP");
    CHECK(a.appProto == "http"); // inferred from the http member
    CHECK(a.dedupKey == "suricata|1485789156066011|1501577875823823|2013504|172.17.0.2|41402|54.230.202.37|80");
    auto has = [&](core::ObservableType t, const char* v) {
        return std::find(a.observables.begin(), a.observables.end(), core::ObservableKey{t, v}) != a.observables.end();
    };
    CHECK(has(core::ObservableType::Ipv4, "172.17.0.2"));
    CHECK(has(core::ObservableType::Ipv4, "54.230.202.37"));
    CHECK(has(core::ObservableType::Domain, "deb.debian.org"));
    CHECK(has(core::ObservableType::Url, "http://deb.debian.org/debian/pool/main/p/perl/perl-base_5.24.1-1_amd64.deb"));
    CHECK(has(core::ObservableType::UserAgent, "Debian APT-HTTP/1.3 (1.4~beta3)"));
}

TEST_CASE("a -0600 timestamp in a pretty-printed array is converted to UTC") {
    Collect c;
    REQUIRE(read(test::testData(QStringLiteral("alerts/suricata/wrccdc-2018-alerts-only.json")), c).ok());
    REQUIRE_FALSE(c.alerts.empty());
    CHECK(c.alerts.front().time == 1521923839037299LL); // 2018-03-24T14:37:19.037299-0600
    CHECK(c.alerts.front().flowId == "928532049924531");
    CHECK(c.raw.front().front() == '{');
    CHECK(c.raw.front().back() == '}');
}

TEST_CASE("zone-less honeypot timestamps are read as UTC with one note saying so") {
    Collect c;
    auto info = read(test::testData(QStringLiteral("alerts/suricata/honeypot-2018-alerts-only.json")), c);
    REQUIRE(info.ok());
    REQUIRE(c.notes.size() == 1);
    CHECK(c.notes.front().message.contains(QStringLiteral("UTC")));
    CHECK(info.value().assumedZone == QStringLiteral("UTC"));
    REQUIRE_FALSE(c.alerts.empty());
    CHECK(c.alerts.front().time == 1546401011315110LL); // "2019-01-02T03:50:11.315110" as UTC

    Collect shifted;
    ingest::eve::EveOptions options;
    options.defaultOffsetMinutes = 60;
    auto info2 = read(test::testData(QStringLiteral("alerts/suricata/honeypot-2018-alerts-only.json")), shifted, options);
    REQUIRE(info2.ok());
    CHECK(info2.value().assumedZone == QStringLiteral("+01:00"));
    REQUIRE(shifted.notes.size() == 1);
    CHECK(shifted.notes.front().message.contains(QStringLiteral("+01:00")));
    REQUIRE(shifted.alerts.size() == c.alerts.size());
    CHECK(shifted.alerts.front().time == c.alerts.front().time - 3600LL * 1000000);
}

TEST_CASE("a 64-bit flow_id above 2^53 survives exactly") {
    test::TempDir dir;
    std::string line(kAlert);
    line.replace(line.find("1501577875823823"), 16, "18446744073709551557");
    std::string line2(kAlert);
    line2.replace(line2.find("1501577875823823"), 16, "9007199254740993");
    Collect c;
    REQUIRE(read(dir.write(QStringLiteral("big.json"), QByteArray::fromStdString(line + "\n" + line2 + "\n")), c).ok());
    REQUIRE(c.alerts.size() == 2);
    CHECK(c.alerts[0].flowId == "18446744073709551557");
    CHECK(c.alerts[1].flowId == "9007199254740993"); // 2^53 + 1: a double would give ...992
    CHECK(c.alerts[1].dedupKey.find("|9007199254740993|") != std::string::npos);
}

TEST_CASE("a malformed line is rejected with its line number while the rest imports") {
    test::TempDir dir;
    const QByteArray a(kAlert);
    const QByteArray content = a + "\n" + R"({"timestamp":"2017-01-30T16:12:37+0100","event_type":"flow"})" + "\n" +
                               "{this is not json\n" + "\n" + a + "\n" + R"({"event_type":"alert","timestamp":"bad"})";
    Collect c;
    auto info = read(dir.write(QStringLiteral("mixed.json"), content), c);
    REQUIRE(info.ok());
    CHECK(info.value().records == 5); // the blank line is not a record
    CHECK(info.value().alerts == 2);
    CHECK(info.value().skipped == 1);
    CHECK(info.value().rejected == 2);
    REQUIRE(c.rejections.size() == 2);
    CHECK(c.rejections[0].position.startsWith(QStringLiteral("line 3,")));
    CHECK(c.rejections[1].position.startsWith(QStringLiteral("line 6,")));
    CHECK(c.rejections[1].message.contains(QStringLiteral("bad")));
    CHECK(c.alerts.size() == 2);
    CHECK(c.keys().size() == 1); // the same alert twice: one dedup key
}

TEST_CASE("a file in which nothing is JSON is rejected whole with line and byte") {
    test::TempDir dir;
    Collect c;
    auto r = read(dir.write(QStringLiteral("text.json"), "hello\nworld\n"), c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == core::ErrorCode::Parse);
    CHECK(r.error().detail == QStringLiteral("line 1, byte 0"));
    CHECK(c.rejections.empty()); // nothing was handed out
    CHECK(c.alerts.empty());

    QByteArray garbage;
    for (int i = 0; i < 300000; ++i)
        garbage.append(static_cast<char>((i * 7919LL + 13) % 256));
    Collect g;
    auto rg = read(dir.write(QStringLiteral("garbage.bin"), garbage), g);
    REQUIRE_FALSE(rg.ok());
    CHECK(rg.error().code == core::ErrorCode::Parse);
    CHECK(rg.error().detail.startsWith(QStringLiteral("line ")));

    Collect arr;
    auto ra = read(dir.write(QStringLiteral("broken-array.json"), "[ {\"a\": ]"), arr);
    REQUIRE_FALSE(ra.ok());
    CHECK(ra.error().code == core::ErrorCode::Parse);
    CHECK(ra.error().detail.startsWith(QStringLiteral("line 1, byte")));
}

TEST_CASE("odd EVE inputs never crash: empty, truncated array, truncated last line") {
    test::TempDir dir;
    Collect empty;
    auto re = read(dir.write(QStringLiteral("empty.json"), ""), empty);
    REQUIRE(re.ok());
    CHECK(re.value().records == 0);
    CHECK(empty.notes.size() == 1);

    Collect emptyArray;
    auto rea = read(dir.write(QStringLiteral("empty-array.json"), "[\n]\n"), emptyArray);
    REQUIRE(rea.ok());
    CHECK(rea.value().records == 0);

    const QByteArray a(kAlert);
    Collect truncated;
    auto rt = read(dir.write(QStringLiteral("cut-array.json"), "[\n" + a + ",\n" + a + ",\n" + a.left(60)), truncated);
    REQUIRE(rt.ok());
    CHECK(rt.value().alerts == 2);
    CHECK(rt.value().rejected == 1);
    REQUIRE(truncated.rejections.size() == 1);
    CHECK(truncated.rejections.front().position.startsWith(QStringLiteral("line ")));

    Collect cutLine;
    auto rl = read(dir.write(QStringLiteral("cut.json"), a + "\n" + a.left(70)), cutLine);
    REQUIRE(rl.ok());
    CHECK(rl.value().alerts == 1);
    CHECK(rl.value().rejected == 1);
    REQUIRE(cutLine.rejections.size() == 1);
    CHECK(cutLine.rejections.front().position.startsWith(QStringLiteral("line 2,")));

    Collect stray; // a stray closing bracket between pretty-printed objects ends the file, it does not hang
    auto rst =
        read(dir.write(QStringLiteral("stray.json"), "{\n \"event_type\": \"dns\"\n}\n}\n{\n\"event_type\": \"dns\"}\n"), stray);
    REQUIRE(rst.ok());
    CHECK(rst.value().skipped == 1);
    CHECK(rst.value().rejected == 1);
    CHECK(stray.rejections.front().position.startsWith(QStringLiteral("line 4,")));

    Collect notObjects;
    auto rn = read(dir.write(QStringLiteral("numbers.json"), "1\n2\n"), notObjects);
    CHECK_FALSE(rn.ok());

    Collect schema; // the EVE JSON schema: JSON, but no EVE records in it
    auto rs = read(test::testData(QStringLiteral("alerts/suricata/reference/eve-schema.json")), schema);
    REQUIRE(rs.ok());
    CHECK(rs.value().alerts == 0);
    CHECK(rs.value().records == rs.value().rejected + rs.value().skipped);
}

TEST_CASE("pretty-printed EVE objects one after another are read like NDJSON") {
    test::TempDir dir;
    const QByteArray pretty = "{\n  \"timestamp\": \"2017-01-30T16:12:36.066011+01:00\",\n  \"flow_id\": 7,\n"
                              "  \"event_type\": \"alert\",\n  \"src_ip\": \"10.0.0.1\",\n  \"alert\": {\"signature_id\": 1, "
                              "\"signature\": \"x\", \"severity\": 9}\n}\n";
    Collect c;
    auto info = read(dir.write(QStringLiteral("pretty.json"), pretty + pretty + "{\n \"event_type\": \"dns\"\n}\n"), c);
    REQUIRE(info.ok());
    CHECK(info.value().alerts == 2);
    CHECK(info.value().skipped == 1);
    REQUIRE(c.alerts.size() == 2);
    CHECK(c.alerts[0].time == 1485789156066011LL);
    CHECK(c.alerts[0].severity == 4); // clamped
    CHECK_FALSE(c.alerts[0].dstPort.has_value());
}

TEST_CASE("EVE alert observables come from http, dns, tls and fileinfo members") {
    test::TempDir dir;
    const QByteArray line =
        R"({"timestamp":"2020-05-01T10:00:00Z","flow_id":1,"event_type":"alert","src_ip":"2001:DB8::1","src_port":1,)"
        R"("dest_ip":"192.0.2.9","dest_port":8080,"proto":"TCP","app_proto":"tls","alert":{"signature_id":5,"signature":"s",)"
        R"("severity":1,"metadata":{"mitre_technique_id":["T1071","t1071.001"]}},"tls":{"sni":"Evil.Example.COM"},)"
        R"("dns":{"query":[{"rrname":"c2.example.net"}]},"http":{"hostname":"192.0.2.9","url":"/x?y=1","http_port":8080},)"
        R"("fileinfo":{"md5":"D41D8CD98F00B204E9800998ECF8427E","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}})";
    Collect c;
    REQUIRE(read(dir.write(QStringLiteral("obs.json"), line), c).ok());
    REQUIRE(c.alerts.size() == 1);
    const auto& a = c.alerts.front();
    CHECK(a.appProto == "tls");
    CHECK(a.severity == 1);
    CHECK(a.techniques == std::vector<std::string>{"T1071", "T1071.001"});
    auto has = [&](core::ObservableType t, const char* v) {
        return std::find(a.observables.begin(), a.observables.end(), core::ObservableKey{t, v}) != a.observables.end();
    };
    CHECK(has(core::ObservableType::Ipv6, "2001:db8::1"));
    CHECK(has(core::ObservableType::Ipv4, "192.0.2.9"));
    CHECK(has(core::ObservableType::Domain, "evil.example.com"));
    CHECK(has(core::ObservableType::Domain, "c2.example.net"));
    CHECK(has(core::ObservableType::Url, "http://192.0.2.9:8080/x?y=1"));
    CHECK(has(core::ObservableType::Md5, "d41d8cd98f00b204e9800998ecf8427e"));
    CHECK(has(core::ObservableType::Sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(a.observables.size() == 7);
}

TEST_CASE("an EVE line over the size cap is rejected without being buffered") {
    test::TempDir dir;
    ingest::eve::EveOptions options;
    options.limits.maxValueBytes = 1024;
    const QByteArray big = R"({"event_type":"alert","pad":")" + QByteArray(5000, 'x') + "\"}";
    Collect c;
    auto info = read(dir.write(QStringLiteral("big.json"), QByteArray(kAlert) + "\n" + big + "\n" + kAlert + "\n"), c, options);
    REQUIRE(info.ok());
    CHECK(info.value().alerts == 2);
    CHECK(info.value().rejected == 1);
    REQUIRE(c.rejections.size() == 1);
    CHECK(c.rejections.front().position.startsWith(QStringLiteral("line 2,")));
}

TEST_CASE("a gzip-compressed EVE file reads like the plain one") {
    test::TempDir dir;
    QFile src(test::testData(QStringLiteral("alerts/suricata/surevego-eve.json")));
    REQUIRE(src.open(QIODevice::ReadOnly));
    const QString plain = dir.write(QStringLiteral("eve.json"), src.readAll());
    REQUIRE(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-k"), plain}) == 0);
    Collect a, b;
    REQUIRE(read(plain, a).ok());
    REQUIRE(read(plain + QStringLiteral(".gz"), b).ok());
    CHECK(a.keys() == b.keys());
    CHECK(a.skips.size() == b.skips.size());
}

TEST_CASE("cancelling an EVE import stops it with Cancelled") {
    Collect c;
    core::CancelToken cancel;
    cancel.cancel();
    auto r = ingest::eve::readEve(test::testData(QStringLiteral("alerts/suricata/surevego-eve.json")), {}, c, cancel);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().isCancelled());
}

TEST_CASE("EVE sniffing recognises NDJSON and arrays but not other JSON") {
    CHECK(ingest::eve::looksLikeEve(kAlert));
    CHECK(ingest::eve::looksLikeEve("[\n  {\n    \"timestamp\": \"x\",\n    \"event_type\": \"alert\""));
    CHECK_FALSE(ingest::eve::looksLikeEve(R"({"type":"bundle","objects":[]})"));
    CHECK_FALSE(ingest::eve::looksLikeEve("#separator \\x09"));
}

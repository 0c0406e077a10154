#include "models/core/timestamp.h"
#include "models/ingest/sigma/sigma_reader.h"
#include "models/ingest/sigma/yaml_lite.h"
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
};

core::Result<ingest::AlertFileInfo> read(const QString& path, Collect& c) {
    return ingest::sigma::readSigmaMatches(path, {}, c, core::CancelToken{});
}

// Independent count of concatenated JSON objects per folder (Python's raw_decode).
std::map<QString, int> pythonObjectCounts(const QString& root) {
    const char* script = "import json,os,sys,glob\n"
                         "d=json.JSONDecoder()\n"
                         "for f in sorted(os.listdir(sys.argv[1])):\n"
                         "  n=0\n"
                         "  for e in glob.glob(os.path.join(sys.argv[1],f,'event-*.json')):\n"
                         "    t=open(e,encoding='utf-8').read(); i=0\n"
                         "    while True:\n"
                         "      while i<len(t) and t[i].isspace(): i+=1\n"
                         "      if i>=len(t): break\n"
                         "      o,i=d.raw_decode(t,i); n+=1\n"
                         "  print(f,n)\n";
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(script), root});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    std::map<QString, int> out;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            out[QString::fromUtf8(parts[0])] = parts[1].toInt();
    }
    return out;
}

// The value of a top-level "key: value" line of rule.yml, read independently of YamlLite.
std::string topLevel(const QString& ruleFile, const QByteArray& key) {
    QFile f(ruleFile);
    REQUIRE(f.open(QIODevice::ReadOnly));
    for (QByteArray line : f.readAll().split('\n')) {
        if (!line.startsWith(key + ": "))
            continue;
        QByteArray v = line.mid(key.size() + 2);
        const int hash = v.indexOf(" #");
        if (hash >= 0)
            v = v.left(hash);
        v = v.trimmed();
        if (v.size() >= 2 && (v.front() == '\'' || v.front() == '"') && v.back() == v.front())
            v = v.mid(1, v.size() - 2);
        return v.toStdString();
    }
    return {};
}

std::vector<std::string> techniqueTags(const QString& ruleFile) {
    QFile f(ruleFile);
    REQUIRE(f.open(QIODevice::ReadOnly));
    std::vector<std::string> out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QByteArray t = line.trimmed();
        if (t.startsWith("- attack.t") && t.size() > 10 && t[10] >= '0' && t[10] <= '9')
            out.push_back("T" + t.mid(10).toStdString());
    }
    return out;
}

} // namespace

TEST_CASE("every Sigma match folder yields one alert per concatenated event object") {
    const QString root = test::testData(QStringLiteral("alerts/sigma"));
    const auto expected = pythonObjectCounts(root);
    REQUIRE(expected.size() == 100);
    const std::map<std::string, int> severityOf{{"informational", 4}, {"low", 4}, {"medium", 3}, {"high", 2}, {"critical", 1}};
    int total = 0, multi = 0;
    for (const auto& [folder, count] : expected) {
        CAPTURE(folder.toStdString());
        const QString dir = root + QLatin1Char('/') + folder;
        CHECK(ingest::sigma::isSigmaMatchFolder(dir));
        Collect c;
        auto info = read(dir, c);
        REQUIRE(info.ok());
        CHECK(info.value().alerts == count);
        CHECK(info.value().records == count);
        CHECK(info.value().rejected == 0);
        CHECK(c.rejections.empty());
        CHECK(c.notes.empty());
        total += count;
        multi += count > 1;
        const QString rule = dir + QStringLiteral("/rule.yml");
        const std::string title = topLevel(rule, "title");
        const std::string id = topLevel(rule, "id");
        const std::string level = topLevel(rule, "level");
        REQUIRE(severityOf.count(level) == 1);
        std::set<std::string> keys;
        for (const auto& a : c.alerts) {
            CHECK(a.sensor == "sigma");
            CHECK(a.signature == title);
            CHECK(a.signatureId == id);
            CHECK(a.severity == severityOf.at(level));
            CHECK(a.techniques == techniqueTags(rule));
            CHECK(a.time > 1500000000000000LL); // a real event time, not 0
            CHECK_FALSE(a.flowId.empty());
            keys.insert(a.dedupKey);
        }
        CHECK(static_cast<int>(keys.size()) == count); // events of one folder never merge
        for (const auto& r : c.raw) {
            CHECK(r.front() == '{');
            CHECK(r.back() == '}');
        }
    }
    CHECK(total == 113);
    CHECK(multi == 7);
}

TEST_CASE("a Sigma match carries time, record id, computer and hashes from the event") {
    const QString dir = test::testData(QStringLiteral("alerts/sigma/07f8bdc2-c9b3-472a-9817-5a670b872f53"));
    Collect c;
    REQUIRE(read(dir, c).ok());
    REQUIRE(c.alerts.size() == 1);
    const auto& a = c.alerts.front();
    CHECK(a.time == 1761398493116889LL); // 2025-10-25T13:21:33.116889Z
    CHECK(a.flowId == "8581967");
    CHECK(a.signature == "Potential Reconnaissance For Cached Credentials Via Cmdkey.EXE");
    CHECK(a.severity == 2); // high
    CHECK(a.category == "process_creation");
    CHECK(a.techniques == std::vector<std::string>{"T1003.005"});
    CHECK(a.dedupKey == "sigma|07f8bdc2-c9b3-472a-9817-5a670b872f53|8581967|ar-win-dc.attackrange.local|1761398493116889");
    auto has = [&](core::ObservableType t, const char* v) {
        return std::find(a.observables.begin(), a.observables.end(), core::ObservableKey{t, v}) != a.observables.end();
    };
    CHECK(has(core::ObservableType::Sha1, "138ccc1346f17921dc1df71c88f472accc24bc5f"));
    CHECK(has(core::ObservableType::Md5, "8b20ebcf5a2c5410b43765b5cea17e5b"));
    CHECK(has(core::ObservableType::Sha256, "f71c08cb7630990ee46338937897c0a83c96dfb8f37db70322ce7417c01157aa"));
    CHECK(a.observables.size() == 3); // IMPHASH is not a file hash
}

TEST_CASE("a single Sigma event file reads its rule from the same folder") {
    const QString dir = test::testData(QStringLiteral("alerts/sigma/47e4bab7-c626-47dc-967b-255608c9a920"));
    Collect folder, file;
    REQUIRE(read(dir, folder).ok());
    REQUIRE(read(dir + QStringLiteral("/event-47e4bab7-c626-47dc-967b-255608c9a920.json"), file).ok());
    REQUIRE(file.alerts.size() == 3);
    REQUIRE(folder.alerts.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(file.alerts[i].dedupKey == folder.alerts[i].dedupKey);
        CHECK(file.alerts[i].signature == "Permission Misconfiguration Reconnaissance Via Findstr.EXE");
    }
    CHECK(file.alerts[0].flowId == "12249325");
    CHECK(file.alerts[2].flowId == "12249358");
    CHECK(file.alerts[1].techniques == std::vector<std::string>{"T1552.006"});
}

TEST_CASE("Sigma levels and tags map to severity and ATT&CK techniques") {
    using ingest::sigma::sigmaLevelSeverity;
    CHECK(sigmaLevelSeverity("informational") == 4);
    CHECK(sigmaLevelSeverity("low") == 4);
    CHECK(sigmaLevelSeverity("medium") == 3);
    CHECK(sigmaLevelSeverity("High") == 2);
    CHECK(sigmaLevelSeverity("critical") == 1);
    CHECK_FALSE(sigmaLevelSeverity("urgent").has_value());
    CHECK(ingest::sigma::attackTechniques({"attack.execution", "attack.t1059.001", "attack.t1059", "attack.g0007", "attack.s0002",
                                           "cve.2021-44228", "attack.t1059.001", "attack.t10"}) ==
          std::vector<std::string>{"T1059.001", "T1059"});
}

TEST_CASE("the line-based YAML reader takes scalars, comments, lists and nested items") {
    const auto doc = ingest::sigma::parseYamlLite("title: 'It''s a \"rule\"'\n"
                                                  "id: 1234 # comment\n"
                                                  "level: medium # could be low\n"
                                                  "description: |\n"
                                                  "    line one\n"
                                                  "    line two\n"
                                                  "tags:\n"
                                                  "    - attack.t1059.001\n"
                                                  "    - 'attack.execution'\n"
                                                  "refs: [a, 'b c']\n"
                                                  "logsource:\n"
                                                  "    category: process_creation\n"
                                                  "    product: windows\n"
                                                  "detection:\n"
                                                  "    sel:\n"
                                                  "        - Image|endswith:\n"
                                                  "              - '\\cmd.exe'\n"
                                                  "        - CommandLine: \"a \\\"b\\\"\"\n"
                                                  "rule_metadata:\n"
                                                  "- id: abc\n"
                                                  "  title: From info\n"
                                                  "date: 2025-10-24\n");
    CHECK(doc.scalar("title") == "It's a \"rule\"");
    CHECK(doc.scalar("id") == "1234");
    CHECK(doc.scalar("level") == "medium");
    CHECK(doc.scalar("description") == "line one\nline two");
    CHECK(doc.list("tags") == std::vector<std::string>{"attack.t1059.001", "attack.execution"});
    CHECK(doc.list("refs") == std::vector<std::string>{"a", "b c"});
    CHECK(doc.scalar("logsource.category") == "process_creation");
    CHECK(doc.list("detection.sel[0].Image|endswith") == std::vector<std::string>{"\\cmd.exe"});
    CHECK(doc.scalar("detection.sel[1].CommandLine") == "a \"b\"");
    CHECK(doc.scalar("rule_metadata[0].id") == "abc");
    CHECK(doc.scalar("rule_metadata[0].title") == "From info");
    CHECK(doc.scalar("date") == "2025-10-24");
    CHECK(doc.scalar("missing").empty());
    // Never a crash on odd text.
    (void)ingest::sigma::parseYamlLite("- a\n  - b: : :\n\t\tx: |\n'unterminated: \"x\n:\n- \n");
    (void)ingest::sigma::parseYamlLite("");
}

TEST_CASE("a Sigma network event gives endpoints and observables - a missing time falls back to info.yml") {
    test::TempDir dir;
    dir.write(QStringLiteral("m/rule.yml"), "title: Net rule\nid: r-1\nlevel: low\ntags:\n  - attack.t1071\n"
                                            "logsource:\n  category: network_connection\n");
    dir.write(QStringLiteral("m/info.yml"), "id: x\ndate: 2024-02-03\n");
    const QByteArray net = R"({"Event":{"System":{"EventRecordID":"77","Computer":"pc1.corp.local",)"
                           R"("TimeCreated":{"#attributes":{"SystemTime":"2024-02-03T10:00:00.1234567Z"}}},)"
                           R"("EventData":{"SourceIp":"10.1.1.1","SourcePort":"51000","DestinationIp":"203.0.113.5",)"
                           R"("DestinationPort":443,"Protocol":"tcp","DestinationHostname":"Bad.Example.com",)"
                           R"("SourceHostname":"PC1"}}})";
    const QByteArray noTime =
        R"({"Event":{"System":{"EventRecordID":78,"Computer":"pc1"},"EventData":{"QueryName":"x.example.org"}}})";
    dir.write(QStringLiteral("m/event-1.json"), net + "\n" + noTime + "\n");
    Collect c;
    auto info = read(dir.path(QStringLiteral("m")), c);
    REQUIRE(info.ok());
    REQUIRE(c.alerts.size() == 2);
    const auto& a = c.alerts[0];
    CHECK(a.time == 1706954400123456LL);
    CHECK(a.severity == 4);
    CHECK(a.category == "network_connection");
    CHECK(a.src == "10.1.1.1");
    CHECK(a.srcPort == 51000);
    CHECK(a.dst == "203.0.113.5");
    CHECK(a.dstPort == 443);
    CHECK(a.proto == "TCP");
    CHECK(a.techniques == std::vector<std::string>{"T1071"});
    CHECK(a.observables == std::vector<core::ObservableKey>{{core::ObservableType::Ipv4, "10.1.1.1"},
                                                            {core::ObservableType::Ipv4, "203.0.113.5"},
                                                            {core::ObservableType::Domain, "bad.example.com"}});
    const auto& b = c.alerts[1];
    CHECK(b.time == *core::parseRfc3339("2024-02-03T00:00:00Z"));
    CHECK(b.observables == std::vector<core::ObservableKey>{{core::ObservableType::Domain, "x.example.org"}});
    REQUIRE(c.notes.size() == 1);
    CHECK(c.notes.front().message.contains(QStringLiteral("2024-02-03")));

    // Without an info.yml date the time-less event is rejected, not dated 1970.
    dir.write(QStringLiteral("n/rule.yml"), "title: T\nid: r-2\nlevel: weird\n");
    dir.write(QStringLiteral("n/event-1.json"), noTime);
    Collect d;
    auto info2 = read(dir.path(QStringLiteral("n")), d);
    REQUIRE(info2.ok());
    CHECK(info2.value().alerts == 0);
    CHECK(info2.value().rejected == 1);
    REQUIRE(d.rejections.size() == 1);
    CHECK(d.rejections.front().position.contains(QStringLiteral("event-1.json, line 1")));
    CHECK(d.notes.size() == 1); // the unknown level
}

TEST_CASE("odd Sigma inputs never crash") {
    test::TempDir dir;
    const QByteArray ok =
        R"({"Event":{"System":{"EventRecordID":1,"Computer":"c","TimeCreated":{"#attributes":{"SystemTime":"2024-01-01T00:00:00Z"}}}}})";
    dir.write(QStringLiteral("t/rule.yml"), "title: T\nid: r\nlevel: high\n");
    const QString cut = dir.write(QStringLiteral("t/event-cut.json"), ok + "\n" + ok.left(40));
    Collect c;
    auto rc = read(cut, c);
    REQUIRE(rc.ok());
    CHECK(rc.value().alerts == 1);
    CHECK(rc.value().rejected == 1);
    CHECK(rc.value().records == 2);

    const QString garbage = dir.write(QStringLiteral("t/event-garbage.json"), "\x01\x02 not json {{{");
    Collect g;
    auto rg = read(garbage, g);
    REQUIRE_FALSE(rg.ok());
    CHECK(rg.error().code == core::ErrorCode::Parse);
    CHECK(rg.error().detail.startsWith(QStringLiteral("line ")));

    Collect folder; // the folder: the cut file's good event, the garbage file as one rejection
    auto rf = read(dir.path(QStringLiteral("t")), folder);
    REQUIRE(rf.ok());
    CHECK(rf.value().alerts == 1);
    CHECK(rf.value().rejected == 2);

    const QString empty = dir.write(QStringLiteral("e/event-empty.json"), "");
    Collect e;
    auto re = read(empty, e);
    REQUIRE(re.ok());
    CHECK(re.value().records == 0);
    CHECK_FALSE(e.notes.empty()); // no rule.yml, no events

    Collect arr;
    auto ra = read(dir.write(QStringLiteral("a/event-array.json"), "[" + ok + "," + ok + "]"), arr);
    REQUIRE(ra.ok());
    CHECK(ra.value().alerts == 2);

    Collect stray; // a stray closing bracket after an event: one rejection, no endless loop
    auto rs = read(dir.write(QStringLiteral("s/event-stray.json"), ok + "\n]\n" + ok), stray);
    REQUIRE(rs.ok());
    CHECK(rs.value().alerts == 1);
    CHECK(rs.value().rejected == 1);

    Collect none;
    QDir().mkpath(dir.path(QStringLiteral("nothing")));
    auto rn = read(dir.path(QStringLiteral("nothing")), none);
    REQUIRE_FALSE(rn.ok());
    CHECK_FALSE(ingest::sigma::isSigmaMatchFolder(dir.path(QStringLiteral("nothing"))));
}

TEST_CASE("Sigma event sniffing recognises evtx-to-JSON") {
    CHECK(ingest::sigma::looksLikeSigmaEvents("{\n  \"Event\": {\n    \"System\": {\n      \"EventRecordID\": 1"));
    CHECK_FALSE(ingest::sigma::looksLikeSigmaEvents(R"({"event_type":"alert"})"));
}

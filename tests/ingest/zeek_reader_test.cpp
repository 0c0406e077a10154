#include "models/ingest/zeek/zeek_notice.h"
#include "models/ingest/zeek/zeek_reader.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QProcess>

#include <algorithm>
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

core::Result<ingest::AlertFileInfo> read(const QString& path, Collect& c, ingest::zeek::ZeekOptions options = {}) {
    return ingest::zeek::readZeekNotice(path, options, c, core::CancelToken{});
}

// Independent count: non-header lines of the gunzipped TSV, lines of the gunzipped NDJSON.
long long zcatLines(const QString& path, bool skipHeaders) {
    QProcess p;
    p.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    REQUIRE(p.waitForFinished(60000));
    long long n = 0;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
        if (!line.isEmpty() && !(skipHeaders && line.startsWith('#')))
            ++n;
    return n;
}

const QByteArray kHeader =
    "#separator \\x09\n"
    "#set_separator\t,\n"
    "#empty_field\t(empty)\n"
    "#unset_field\t-\n"
    "#path\tnotice\n"
    "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tnote\tmsg\tsub\tsrc\tdst\tp\tactions\n"
    "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tenum\tstring\tstring\taddr\taddr\tport\tset[enum]\n";

} // namespace

TEST_CASE("the Zeek TSV and JSON notice logs give the same notices and the same dedup keys") {
    const QString tsvPath = test::testData(QStringLiteral("alerts/zeek/notice.log.gz"));
    const QString jsonPath = test::testData(QStringLiteral("alerts/zeek/notice.json.gz"));
    Collect tsv, json;
    auto ti = read(tsvPath, tsv);
    auto ji = read(jsonPath, json);
    REQUIRE(ti.ok());
    REQUIRE(ji.ok());
    const long long tsvNotices = zcatLines(tsvPath, true);
    const long long jsonNotices = zcatLines(jsonPath, false);
    CHECK(tsvNotices == 207);
    CHECK(jsonNotices == 207);
    CHECK(ti.value().alerts == tsvNotices);
    CHECK(ji.value().alerts == jsonNotices);
    CHECK(ti.value().records == tsvNotices);
    CHECK(ti.value().skipped + ti.value().rejected + ji.value().skipped + ji.value().rejected == 0);
    CHECK(tsv.rejections.empty());
    CHECK(json.rejections.empty());
    CHECK(tsv.keys().size() == 207); // every notice has its own uid
    CHECK(tsv.keys() == json.keys());
    REQUIRE(tsv.alerts.size() == json.alerts.size());
    for (std::size_t i = 0; i < tsv.alerts.size(); ++i) {
        CAPTURE(i);
        CHECK(tsv.alerts[i].time == json.alerts[i].time);
        CHECK(tsv.alerts[i].signature == json.alerts[i].signature);
        CHECK(tsv.alerts[i].observables == json.alerts[i].observables);
        CHECK(tsv.alerts[i].srcPort == json.alerts[i].srcPort);
        CHECK(tsv.alerts[i].dstPort == json.alerts[i].dstPort);
    }
    CHECK(tsv.notes.empty());
    CHECK(json.notes.empty());
}

TEST_CASE("a Zeek notice becomes an alert with exact time, endpoints, uid and mapped severity") {
    Collect c;
    REQUIRE(read(test::testData(QStringLiteral("alerts/zeek/notice.log.gz")), c).ok());
    REQUIRE_FALSE(c.alerts.empty());
    const auto& a = c.alerts.front();
    CHECK(a.time == 1521911720629574LL); // epoch 1521911720.629574, no double rounding
    CHECK(a.sensor == "zeek");
    CHECK(a.flowId == "CmC9kY1X0u9nP78KZc");
    CHECK(a.signatureId == "SSL::Invalid_Server_Cert");
    CHECK(a.signature ==
          "SSL::Invalid_Server_Cert: SSL certificate validation failed with (unable to get local issuer certificate)");
    CHECK(a.category == "SSL");
    CHECK(a.severity == 3);
    CHECK(a.src == "10.164.94.120");
    CHECK(a.srcPort == 39611);
    CHECK(a.dst == "10.47.3.200");
    CHECK(a.dstPort == 443);
    CHECK(a.proto == "TCP");
    CHECK(a.dedupKey == "zeek|1521911720629574|CmC9kY1X0u9nP78KZc|SSL::Invalid_Server_Cert|10.164.94.120|10.47.3.200");
    // The certificate subject in `sub` is not mined for names: addresses only.
    REQUIRE(a.observables.size() == 2);
    CHECK(a.observables[0] == core::ObservableKey{core::ObservableType::Ipv4, "10.164.94.120"});
    CHECK(c.raw.front().rfind("1521911720.629574\tCmC9kY1X0u9nP78KZc", 0) == 0);
}

TEST_CASE("Zeek TSV unset, empty and escaped values are decoded") {
    test::TempDir dir;
    const QByteArray lines =
        kHeader +
        // unset uid and id.*, src/dst used instead; msg with an escaped tab; sub a plain host name
        "1600000000.000001\t-\t-\t-\t-\t-\t-\tScan::Port_Scan\tscan\\x09of 20 ports\tevil.example.com\t192.0.2.1\t"
        "198.51.100.7\t22\t(empty)\n"
        // sub with "\\," (a backslash before a comma, as the real log writes certificate subjects); actions set with "\,"
        "1600000001.5\tCabc\t10.0.0.1\t1234\t10.0.0.2\t80\ttcp\tHTTP::SQL_Injection_Attacker\tAn SQL injection attacker\t"
        "O=Foo\\\\, Inc\t-\t-\t-\tNotice::ACTION_LOG,Notice::ACTION\\,ODD\n";
    Collect c;
    auto info = read(dir.write(QStringLiteral("notice.log"), lines), c);
    REQUIRE(info.ok());
    REQUIRE(c.alerts.size() == 2);
    const auto& scan = c.alerts[0];
    CHECK(scan.time == 1600000000000001LL);
    CHECK(scan.flowId.empty());
    CHECK(scan.src == "192.0.2.1");
    CHECK(scan.dst == "198.51.100.7");
    CHECK_FALSE(scan.srcPort.has_value());
    CHECK(scan.dstPort == 22);
    CHECK(scan.proto.empty());
    CHECK(scan.signature == "Scan::Port_Scan: scan\tof 20 ports");
    CHECK(scan.dedupKey == "zeek|1600000000000001||Scan::Port_Scan|192.0.2.1|198.51.100.7");
    CHECK(std::find(scan.observables.begin(), scan.observables.end(),
                    core::ObservableKey{core::ObservableType::Domain, "evil.example.com"}) != scan.observables.end());
    CHECK(scan.observables.size() == 3);
    const auto& sqli = c.alerts[1];
    CHECK(sqli.time == 1600000001500000LL);
    CHECK(sqli.severity == 2);
    CHECK(sqli.observables.size() == 2); // "O=Foo\, Inc" and the sentence in msg are not names

    std::string out;
    ingest::zeek::unescapeTsv("O=Foo\\\\, Inc", out);
    CHECK(out == "O=Foo\\, Inc"); // identical to the JSON form's value
    ingest::zeek::unescapeTsv("a\\x09b\\x5cc\\q", out);
    CHECK(out == "a\tb\\c\\q");
    CHECK(ingest::zeek::splitTsvSet("Notice::ACTION_LOG,Notice::ACTION\\,ODD", ',', "(empty)") ==
          std::vector<std::string>{"Notice::ACTION_LOG", "Notice::ACTION,ODD"});
    CHECK(ingest::zeek::splitTsvSet("a\\x2cb,c", ',', "(empty)") == std::vector<std::string>{"a,b", "c"});
    CHECK(ingest::zeek::splitTsvSet("(empty)", ',', "(empty)").empty());
}

TEST_CASE("Zeek note names map onto the 1-4 severity scale") {
    using ingest::zeek::noteSeverity;
    CHECK(noteSeverity("Intel::Notice") == 1);
    CHECK(noteSeverity("TeamCymruMalwareHashRegistry::Match") == 1);
    CHECK(noteSeverity("HTTP::SQL_Injection_Attacker") == 2);
    CHECK(noteSeverity("SSH::Password_Guessing") == 2);
    CHECK(noteSeverity("FTP::Bruteforcing") == 2);
    CHECK(noteSeverity("Software::Vulnerable_Version") == 2);
    CHECK(noteSeverity("SSL::Invalid_Server_Cert") == 3);
    CHECK(noteSeverity("Scan::Port_Scan") == 3);
    CHECK(noteSeverity("Site::Something_Local") == 3);
    CHECK(noteSeverity("Weird::Activity") == 4);
    CHECK(noteSeverity("CaptureLoss::Too_Much_Loss") == 4);
    CHECK(noteSeverity("Software::Software_Version_Change") == 4);
}

TEST_CASE("Zeek JSON notices accept epoch numbers, nested ids and skip other log paths") {
    test::TempDir dir;
    const QByteArray lines =
        R"({"_path":"notice","ts":1521911720.629574,"uid":"C1","id":{"orig_h":"10.0.0.1","orig_p":5,"resp_h":"10.0.0.2","resp_p":443},)"
        R"("note":"Intel::Notice","msg":"Intel hit","sub":"https://bad.example.org/x"})"
        "\n"
        R"({"_path":"conn","ts":1521911720.1,"uid":"C2"})"
        "\n"
        "not json at all\n"
        R"({"ts":"2018-03-24T17:15:20.5","uid":"C3","note":"Weird::Activity"})"
        "\n"
        R"({"ts":"2018-03-24T17:15:21Z","uid":"C4"})"
        "\n";
    Collect c;
    auto info = read(dir.write(QStringLiteral("notice.json"), lines), c);
    REQUIRE(info.ok());
    CHECK(info.value().records == 5);
    CHECK(info.value().alerts == 2);
    CHECK(info.value().skipped == 1);
    CHECK(info.value().rejected == 2);
    REQUIRE(c.alerts.size() == 2);
    CHECK(c.alerts[0].time == 1521911720629574LL);
    CHECK(c.alerts[0].src == "10.0.0.1");
    CHECK(c.alerts[0].dstPort == 443);
    CHECK(c.alerts[0].severity == 1);
    CHECK(std::find(c.alerts[0].observables.begin(), c.alerts[0].observables.end(),
                    core::ObservableKey{core::ObservableType::Url, "https://bad.example.org/x"}) !=
          c.alerts[0].observables.end());
    REQUIRE(c.skips.size() == 1);
    CHECK(c.skips.front().message.contains(QStringLiteral("conn")));
    REQUIRE(c.rejections.size() == 2);
    CHECK(c.rejections[0].position.startsWith(QStringLiteral("line 3,")));
    CHECK(c.rejections[1].position.startsWith(QStringLiteral("line 5,")));
    // The zone-less ISO time was read as UTC, with one note.
    CHECK(c.alerts[1].time == 1521911720500000LL);
    CHECK(c.notes.size() == 1);
    CHECK(info.value().assumedZone == QStringLiteral("UTC"));
}

TEST_CASE("Zeek inputs that are not notice logs fail cleanly") {
    test::TempDir dir;
    Collect conn;
    auto rc = read(dir.write(QStringLiteral("conn.log"), "#separator \\x09\n#path\tconn\n#fields\tts\tuid\n1.0\tC1\n"), conn);
    REQUIRE_FALSE(rc.ok());
    CHECK(rc.error().code == core::ErrorCode::Schema);

    Collect garbage;
    QByteArray bytes;
    for (int i = 0; i < 100000; ++i)
        bytes.append(static_cast<char>((i * 131LL + 7) % 256));
    auto rg = read(dir.write(QStringLiteral("garbage.log"), bytes), garbage);
    REQUIRE_FALSE(rg.ok());
    CHECK(rg.error().code == core::ErrorCode::Parse);
    CHECK(garbage.rejections.empty());

    Collect noFields;
    auto rn = read(dir.write(QStringLiteral("nofields.log"), "#separator \\x09\n1.0\tC1\n"), noFields);
    REQUIRE_FALSE(rn.ok());
    CHECK(rn.error().detail.startsWith(QStringLiteral("line 2,")));

    Collect empty;
    auto re = read(dir.write(QStringLiteral("empty.log"), ""), empty);
    REQUIRE(re.ok());
    CHECK(re.value().records == 0);

    Collect ragged; // a truncated last line: wrong field count, rejected, the rest imports
    auto rr =
        read(dir.write(QStringLiteral("ragged.log"),
                       kHeader + "1600000000.1\tC1\t10.0.0.1\t1\t10.0.0.2\t2\ttcp\tScan::Port_Scan\tm\t-\t-\t-\t-\t(empty)\n" +
                           "1600000000.2\tC2\t10.0.0.1\t1\t10.0"),
             ragged);
    REQUIRE(rr.ok());
    CHECK(rr.value().alerts == 1);
    CHECK(rr.value().rejected == 1);
    REQUIRE(ragged.rejections.size() == 1);
    CHECK(ragged.rejections.front().position.startsWith(QStringLiteral("line 9,")));
}

TEST_CASE("Zeek notice sniffing recognises both forms") {
    CHECK(ingest::zeek::looksLikeZeekNotice(kHeader.toStdString()));
    CHECK(ingest::zeek::looksLikeZeekNotice(R"({"_path":"notice","_write_ts":"x","ts":"y","note":"z"})"));
    CHECK_FALSE(ingest::zeek::looksLikeZeekNotice("#separator \\x09\n#path\tconn\n#fields\tts\tuid\n"));
    CHECK_FALSE(ingest::zeek::looksLikeZeekNotice(R"({"timestamp":"x","event_type":"alert"})"));
}

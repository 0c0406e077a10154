#include "models/ingest/csv/indicator_list_reader.h"
#include "models/ingest/csv/indicator_stix_builder.h"
#include "models/ingest/stix/stix_object_parser.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include <map>
#include <set>

using namespace lagebild;
using ingest::csv::IndicatorListInfo;
using ingest::csv::IndicatorListOptions;

namespace {

struct Collect final : ingest::stix::StixVisitor {
    std::vector<core::StixRecord> records; // json is cleared: see `json`
    std::vector<std::string> json;
    std::vector<core::Issue> rejections;
    std::vector<core::Issue> notes;
    core::Status object(const core::StixRecord& r) override {
        records.push_back(r);
        records.back().json = {};
        json.emplace_back(r.json);
        return {};
    }
    void rejected(const core::Issue& i) override { rejections.push_back(i); }
    void note(const core::Issue& i) override { notes.push_back(i); }

    std::vector<const core::StixRecord*> indicators() const {
        std::vector<const core::StixRecord*> out;
        for (const auto& r : records)
            if (r.type == "indicator")
                out.push_back(&r);
        return out;
    }
    const core::StixRecord* byName(std::string_view name) const {
        for (const auto& r : records)
            if (r.type == "indicator" && r.name == name)
                return &r;
        return nullptr;
    }
    std::string jsonOf(const core::StixRecord* r) const {
        for (std::size_t i = 0; i < records.size(); ++i)
            if (&records[i] == r)
                return json[i];
        return {};
    }
    bool noteContains(const QString& text) const {
        return std::any_of(notes.begin(), notes.end(), [&](const core::Issue& i) { return i.message.contains(text); });
    }
};

// Counts only: for the large list, whose records must not pile up in the test.
struct Count final : ingest::stix::StixVisitor {
    std::int64_t indicators = 0, identities = 0, rejections = 0, matchable = 0;
    core::Status object(const core::StixRecord& r) override {
        if (r.type == "indicator") {
            ++indicators;
            if (r.patternState == core::PatternState::Matchable)
                ++matchable;
        } else {
            ++identities;
        }
        return {};
    }
    void rejected(const core::Issue&) override { ++rejections; }
    void note(const core::Issue&) override {}
};

core::Result<IndicatorListInfo> read(const QString& path, Collect& c, const IndicatorListOptions& options = {}) {
    return ingest::csv::readIndicatorList(path, options, c, core::CancelToken{});
}

core::Result<IndicatorListInfo> readText(const QByteArray& content, Collect& c, const IndicatorListOptions& options = {}) {
    static int n = 0;
    static test::TempDir dir;
    return read(dir.write(QStringLiteral("list-%1.csv").arg(++n), content), c, options);
}

std::string patternOf(const std::string& json) {
    const std::size_t start = json.find("\"pattern\":\"");
    if (start == std::string::npos)
        return {};
    const std::size_t from = start + 11;
    std::size_t end = from;
    while (end < json.size() && json[end] != '"')
        end += json[end] == '\\' ? 2 : 1;
    return json.substr(from, end - from);
}

struct Golden {
    const char* file;
    std::int64_t rows;
    std::int64_t values;
    std::int64_t rejected;
    std::int64_t duplicates;
};

// Rows are data records (header, blank and comment lines excluded), counted independently with
// Python's csv module; values, rejections and duplicates were checked by hand against the files:
// - NGO_Burma 3, UP007 3, PackRAT-iocs 5: MISP "text" and "link" attributes (context, not IOCs);
//   KeyBoy 9: MISP "yara" rules (multi-line quoted fields, CRLF inside quotes).
// - PackRAT-iocs 3 and KeyBoy 1 "regkey" attributes become windows-registry-key indicators.
// - PackRAT-assorted: "focusedtior1@gmail" (no domain) rejected; 3 repeated domains.
// - PackRAT-domains / md5-c2: the Domain / MD5 column repeats per resolution / C2 (10 / 13).
// - Drupalgeddon: "146.185.136.136/knock.php?target=<webserver hostname>" is a URL template.
// - AppleJeus: one SHA-256 of 63 digits; the row keeps its MD5 and SHA-1 (noted).
// - UTA0388: "www.twmoc.info" typed url is a bare host: read as domain (noted).
// - EvilBamboo: two Telegram links listed twice; 2015-10-07 and JS Sniffer repeat hosts/IPs.
constexpr Golden kGolden[] = {
    {"citizenlab/201510_NGO_Burma-iocs.csv", 23, 20, 3, 0},
    {"citizenlab/201512_PackRAT-assorted.csv", 65, 61, 1, 3},
    {"citizenlab/201512_PackRAT-domains.csv", 22, 12, 0, 10},
    {"citizenlab/201512_PackRAT-iocs.csv", 136, 131, 5, 0},
    {"citizenlab/201512_PackRAT-md5-c2.csv", 50, 37, 0, 13},
    {"citizenlab/201604_UP007_SLServer-iocs.csv", 24, 21, 3, 0},
    {"citizenlab/201611_KeyBoy-iocs.csv", 33, 24, 9, 0},
    {"citizenlab/201712_Cyberbit-iocs.csv", 13, 13, 0, 0},
    {"citizenlab/201801_SpyingOnABudget-indicators.csv", 194, 194, 0, 0},
    {"citizenlab/201803_BadTraffic-iocs.csv", 63, 63, 0, 0},
    {"citizenlab/201810_TheKingdomCameToCanada-iocs.csv", 20, 20, 0, 0},
    {"pymisp-csv/invalid_fieldnames.csv", 10, 10, 0, 0},
    {"pymisp-csv/valid_fieldnames.csv", 3, 3, 0, 0},
    {"redblue232-2026-05-05/feed-all-7d.txt", 95, 95, 0, 0},
    {"redblue232-2026-05-05/feed-all-7d_v4.txt", 95, 95, 0, 0},
    {"redblue232-2026-05-05/feed-all-7d_v6.txt", 0, 0, 0, 0},
    {"redblue232-2026-05-05/feed-crowdsec-7d.txt", 29, 29, 0, 0},
    {"redblue232-2026-05-05/feed-crowdsec-7d_v4.txt", 29, 29, 0, 0},
    {"redblue232-2026-05-05/feed-crowdsec-7d_v6.txt", 0, 0, 0, 0},
    {"redblue232-2026-05-05/feed-suricata-7d.txt", 71, 71, 0, 0},
    {"redblue232-2026-05-05/feed-suricata-7d_v4.txt", 71, 71, 0, 0},
    {"redblue232-2026-05-05/feed-suricata-7d_v6.txt", 0, 0, 0, 0},
    {"volexity/2014-10-09_-_Democracy_in_Hong_Kong_Under_Attack__indicators.csv", 14, 14, 0, 0},
    {"volexity/2015-06-12_-_Afghan_Government_Compromise_Browser_Beware__indicators.csv", 3, 3, 0, 0},
    {"volexity/2015-10-07_-_Virtual_Private_Keylogging_Cisco_Web_VPNs_Leveraged_For_Access_And_Persistence__indicators.csv", 51,
     50, 0, 1},
    {"volexity/2017-07-24_-_Real_News_Fake_Flash_Mac_OS_Users_Targeted__indicators.csv", 9, 9, 0, 0},
    {"volexity/2018-04-06_-_Drupalgeddon_2_Profiting_From_Mass_Exploitation__indicators.csv", 12, 11, 1, 0},
    {"volexity/2018-07-19_-_JS_Sniffer_E-Commerce_Data_Theft_Made_Easy__indicators.csv", 24, 22, 0, 2},
    {"volexity/2018-09-18_-_Magecart_Strikes_Again_Newegg_in_the_Crosshairs__indicators.csv", 2, 2, 0, 0},
    {"volexity/2019-09-11_-_Corporate_VPNs_Exploited_in_the_Wild__indicators.csv", 12, 12, 0, 0},
    {"volexity/2020-11-06_-_OceanLotus_Extending_Cyber_Espionage_Operations_Through_Fake_Websites__indicators.csv", 29, 29, 0, 0},
    {"volexity/2021-03-02_-_Operation_Exchange_Marauder__indicators.csv", 13, 13, 0, 0},
    {"volexity/2021-08-17_-_InkySquid_Part_1__indicators.csv", 10, 10, 0, 0},
    {"volexity/2021-12-06_-_XEGroup__indicators.csv", 144, 144, 0, 0},
    {"volexity/2022-03-22_GIMMICK__iocs.csv", 2, 2, 0, 0},
    {"volexity/2022-06-15_DriftingCloud_-_Zero-Day_Sophos_Firewall_Exploitation_and_an_Insidious_Breach__indicators.csv", 14, 14,
     0, 0},
    {"volexity/"
     "2022-12-01_Buyer_Beware_-_Fake_Cryptocurrency_Applications_Serving_as_Front_for_AppleJeus_Malware__indicators.csv",
     23, 23, 0, 0},
    {"volexity/2023-03-30_3CX__iocs.csv", 34, 34, 0, 0},
    {"volexity/2023-09-22_EvilBamboo__evilbamboo-distribution.csv", 21, 19, 0, 2},
    {"volexity/2024-01-10_Ivanti_Connect_Secure__iocs.csv", 16, 16, 0, 0},
    {"volexity/2024-02-13_CharmingCypress__iocs.csv", 50, 50, 0, 0},
    {"volexity/2024-06-13_DISGOMOJI__iocs.csv", 153, 153, 0, 0},
    {"volexity/2024-11-15_BrazenBamboo__iocs.csv", 97, 97, 0, 0},
    {"volexity/2025-10-08_UTA0388__iocs.csv", 58, 58, 0, 0},
    {"volexity/2026-06-04_VerdantBamboo__iocs.csv", 46, 46, 0, 0},
    // JSON indicator feeds (json_indicator_list.cpp): one indicator per item, like their .txt twins.
    {"redblue232-2026-05-05/feed-all-7d.json", 95, 95, 0, 0},
    {"redblue232-2026-05-05/feed-crowdsec-7d.json", 29, 29, 0, 0},
    {"redblue232-2026-05-05/feed-suricata-7d.json", 71, 71, 0, 0},
};

} // namespace

TEST_CASE("every indicator list in the shared test data gives the expected indicators, rejections and duplicates") {
    const QString root = test::testData(QStringLiteral("indicators"));
    std::set<QString> expected;
    for (const Golden& g : kGolden)
        expected.insert(QString::fromUtf8(g.file));
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    std::size_t files = 0;
    while (it.hasNext()) {
        const QString rel = QDir(root).relativeFilePath(it.next());
        ++files;
        CHECK_MESSAGE(expected.count(rel) == 1, "no golden entry for " << rel.toStdString());
    }
    CHECK(files == expected.size());

    IndicatorListOptions options;
    options.source = QStringLiteral("Golden test");
    for (const Golden& g : kGolden) {
        CAPTURE(g.file);
        Collect first, second;
        const QString path = root + QLatin1Char('/') + QString::fromUtf8(g.file);
        auto info = read(path, first, options);
        if (!info.ok())
            FAIL(info.error().message.toStdString());
        const IndicatorListInfo& i = info.value();
        CHECK(i.rows == g.rows);
        CHECK(i.values == g.values);
        CHECK(i.rejected == g.rejected);
        CHECK(i.duplicates == g.duplicates);
        CHECK(i.values + i.rejected + i.duplicates == i.rows);
        CHECK(i.generatorRejections == 0);
        CHECK(static_cast<std::int64_t>(first.rejections.size()) == g.rejected);
        for (const core::Issue& r : first.rejections) {
            CHECK_FALSE(r.message.startsWith(QStringLiteral("Internal error")));
            CHECK(r.position.startsWith(QStringLiteral("line ")));
        }
        const auto indicators = first.indicators();
        CHECK(static_cast<std::int64_t>(indicators.size()) == g.values);
        CHECK(first.records.size() == indicators.size() + (g.values > 0 ? 1 : 0)); // plus the source identity
        for (const core::StixRecord* r : indicators) {
            CHECK(r->patternState == core::PatternState::Matchable);
            CHECK_FALSE(r->observables.empty());
            CHECK(r->id.rfind("indicator--", 0) == 0);
        }
        // Idempotent: the same objects, byte for byte, on a second import.
        REQUIRE(read(path, second, options).ok());
        CHECK(second.json == first.json);
    }
}

TEST_CASE("a Volexity list with BOM and CRLF keeps its header names and values clean") {
    Collect bom, crlf;
    auto a = read(test::testData(QStringLiteral("indicators/volexity/2025-10-08_UTA0388__iocs.csv")), bom);
    auto b = read(test::testData(QStringLiteral("indicators/volexity/2024-01-10_Ivanti_Connect_Secure__iocs.csv")), crlf);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.value().hasHeader);
    CHECK(a.value().columns ==
          QStringList{QStringLiteral("value"), QStringLiteral("entity_type"), QStringLiteral("description")});
    CHECK(b.value().columns.last() == QStringLiteral("description"));
    for (const auto* r : crlf.indicators()) {
        CHECK(r->name.find('\r') == std::string::npos);
        CHECK(r->description.find('\r') == std::string::npos);
    }
    CHECK(crlf.byName("206.189.208.156") != nullptr);
    const auto* ws = bom.byName("wss://outlook.windows-app.store/ws"); // trailing blank in the file
    REQUIRE(ws != nullptr);
    CHECK(ws->description == "GOVERSHELL C2 URL Address");

    Collect synthetic;
    auto s = readText("\xEF\xBB\xBFvalue,type,notes\r\nevil.example,hostname,\"first\r\nsecond\"\r\n10.1.2.3,ipaddress,x\r\n",
                      synthetic);
    REQUIRE(s.ok());
    CHECK(s.value().columns.first() == QStringLiteral("value"));
    CHECK(s.value().rows == 2);
    REQUIRE(synthetic.byName("evil.example") != nullptr);
    CHECK(synthetic.byName("evil.example")->description == "first\nsecond");
}

TEST_CASE("a list without a header reads the column whose cells are indicators") {
    Collect c;
    auto info =
        readText("some label,evil.example,first\nanother label,198.51.100.7,second\nthird label,bad.example.org,third\n", c);
    REQUIRE(info.ok());
    CHECK_FALSE(info.value().hasHeader);
    CHECK(info.value().valueColumn == 1);
    CHECK(info.value().values == 3);

    // Header-less Volexity layout: the column of type words is the type column.
    Collect typed;
    auto t = readText(
        "173.255.217.77,ipaddress,\"\"\njduhf873jdu7.blog.163.com,hostname,\"\"\nb3a9e6548fb3cc511096af4d68b2e745,md5,\"\"\n",
        typed);
    REQUIRE(t.ok());
    CHECK_FALSE(t.value().hasHeader);
    CHECK(t.value().typeColumn == 1);
    CHECK(t.value().values == 3);

    Collect txt;
    auto r = read(test::testData(QStringLiteral("indicators/redblue232-2026-05-05/feed-crowdsec-7d.txt")), txt);
    REQUIRE(r.ok());
    CHECK_FALSE(r.value().hasHeader);
    CHECK(r.value().delimiter == '\0');
}

TEST_CASE("defanged values in a list are refanged before they are typed") {
    Collect c;
    auto info = readText("indicator\nhxxp://evil[.]example/path\nhXXps[:]//bad(.)example[dot]org/x\n198.51.100[.]7\n"
                         "user[@]evil[.]example\nsub.evil [.] example\n",
                         c);
    REQUIRE(info.ok());
    CHECK(info.value().values == 5);
    CHECK(info.value().rejected == 0);
    const auto patterns = [&] {
        std::set<std::string> out;
        for (const auto& j : c.json)
            out.insert(patternOf(j));
        return out;
    }();
    CHECK(patterns.count("[url:value = 'http://evil.example/path']") == 1);
    CHECK(patterns.count("[url:value = 'https://bad.example.org/x']") == 1);
    CHECK(patterns.count("[ipv4-addr:value = '198.51.100.7']") == 1);
    CHECK(patterns.count("[email-addr:value = 'user@evil.example']") == 1);
    CHECK(patterns.count("[domain-name:value = 'sub.evil.example']") == 1);
    CHECK(c.byName("http://evil.example/path") != nullptr); // the name is the refanged value
}

TEST_CASE("a CIDR block in a list becomes an ISSUBSET pattern") {
    Collect c;
    auto info = readText("value\n10.0.0.0/8\n192.0.2.77/24\n2001:db8::/32\n198.51.100.9/32\n", c);
    REQUIRE(info.ok());
    REQUIRE(info.value().values == 4);
    std::vector<std::string> patterns;
    for (const auto& j : c.json)
        patterns.push_back(patternOf(j));
    CHECK(patterns[0] == "[ipv4-addr:value ISSUBSET '10.0.0.0/8']");
    CHECK(patterns[1] == "[ipv4-addr:value ISSUBSET '192.0.2.0/24']"); // host bits masked
    CHECK(patterns[2] == "[ipv6-addr:value ISSUBSET '2001:db8::/32']");
    CHECK(patterns[3] == "[ipv4-addr:value = '198.51.100.9']"); // a /32 is an address
    for (const auto* r : c.indicators())
        CHECK(r->patternState == core::PatternState::Matchable);
    REQUIRE(c.records[0].observables.size() == 1);
    CHECK(c.records[0].observables[0] == core::ObservableKey{core::ObservableType::Ipv4Net, "10.0.0.0/8"});
}

TEST_CASE("quoted CSV fields may hold the delimiter, doubled quotes and line breaks") {
    Collect c;
    auto info = readText("value,description,tags\n"
                         "\"evil.example\",\"C2, seen \"\"twice\"\"\nsecond line\",\"apt; phishing\"\n"
                         "# a comment between records\n"
                         "bad.example,plain,\n"
                         "\"a.example,b.example\",two hosts in one cell,\n",
                         c);
    REQUIRE(info.ok());
    CHECK(info.value().rows == 3);
    const auto* r = c.byName("evil.example");
    REQUIRE(r != nullptr);
    CHECK(r->description == "C2, seen \"twice\"\nsecond line");
    CHECK(r->labels == "apt phishing");
    REQUIRE(c.rejections.size() == 1);
    CHECK(c.rejections[0].position == QStringLiteral("line 6")); // line numbers count the embedded break
    CHECK(c.rejections[0].object == QStringLiteral("a.example,b.example"));
}

TEST_CASE("a list value with a single quote or backslash gets an escaped pattern that parses") {
    Collect c;
    auto info = readText("value,type\nhttp://evil.example/it's\\here,url\no'brien@evil.example,email-src\n"
                         "HKLM\\Software\\Evil's Key,regkey\n",
                         c);
    REQUIRE(info.ok());
    REQUIRE(info.value().values == 3);
    CHECK(info.value().generatorRejections == 0);
    CHECK(patternOf(c.json[0]) == R"([url:value = 'http://evil.example/it\\'s\\\\here'])"); // JSON-escaped
    for (const auto* r : c.indicators()) {
        CHECK(r->patternState == core::PatternState::Matchable);
        REQUIRE(r->observables.size() == 1);
    }
    CHECK(c.records[0].observables[0].value == "http://evil.example/it's\\here");
    CHECK(c.records[1].observables[0].value == "o'brien@evil.example");
    CHECK(c.records[2].observables[0] ==
          core::ObservableKey{core::ObservableType::RegistryKey, "hkey_local_machine\\software\\evil's key"});
    CHECK(ingest::csv::IndicatorStixBuilder::pattern({{{core::ObservableType::Url, "a'b\\c"}}, {}}) ==
          "[url:value = 'a\\'b\\\\c']");
}

TEST_CASE("a binary file is rejected whole as an indicator list, with its line and byte") {
    Collect nul;
    const QByteArray binary("evil.example\n1.2.3.4\nbad\0stuff\n", 31);
    auto info = readText(binary, nul);
    REQUIRE_FALSE(info.ok());
    CHECK(info.error().code == core::ErrorCode::Parse);
    CHECK(info.error().detail == QStringLiteral("line 3, byte %1").arg(binary.indexOf('\0')));
    CHECK(nul.records.empty());

    // A NUL far behind the sniffed head still fails the whole file, with its position.
    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big += QByteArray::number(i) + ".evil.example\n";
    const qsizetype at = big.size();
    big += QByteArray("x\0y\n", 4);
    Collect late;
    auto l = readText(big, late);
    REQUIRE_FALSE(l.ok());
    CHECK(l.error().detail == QStringLiteral("line 20001, byte %1").arg(at + 1));

    Collect utf16, latin;
    auto u = readText(QByteArray("\xFF\xFEv\0a\0l\0", 8), utf16);
    REQUIRE_FALSE(u.ok());
    CHECK(u.error().message.contains(QStringLiteral("UTF-16")));
    QByteArray garbage;
    for (int i = 0; i < 50; ++i)
        garbage += QByteArray("\xC3\x28\xA0\xA1 random \xFF\xFE bytes\n");
    auto g = readText(garbage, latin);
    REQUIRE_FALSE(g.ok());
    CHECK(g.error().detail == QStringLiteral("line 1, byte 0"));
}

TEST_CASE("a MISP feed's hashes.csv is refused as an indicator list: its MD5s are not file hashes") {
    Collect c;
    auto info = read(test::testData(QStringLiteral("misp/feeds/redblue232-2026-05-05/hashes.csv")), c);
    REQUIRE_FALSE(info.ok());
    CHECK(info.error().code == core::ErrorCode::Parse);
    CHECK(info.error().message.contains(QStringLiteral("MISP feed")));
    CHECK(c.records.empty());
}

TEST_CASE("comment and blank lines of a list are skipped and are not rows") {
    Collect c;
    auto info = readText("# Indicators, exported 2024-05-01\n// another comment style\n\n   \nevil.example\n\n# tail\n"
                         "bad.example\n",
                         c);
    REQUIRE(info.ok());
    CHECK(info.value().rows == 2);
    CHECK(info.value().values == 2);
    CHECK(info.value().lines == 8);
    CHECK(c.rejections.empty());

    Collect csv; // a line of empty fields is blank too
    auto e = readText("value,comment\nevil.example,x\n,,\n ,\nbad.example,y\n", csv);
    REQUIRE(e.ok());
    CHECK(e.value().rows == 2);
    CHECK(csv.rejections.empty());
}

TEST_CASE("free text in a list is rejected with its line and value, never dropped") {
    Collect c;
    auto info =
        readText("value,comment\nevil.example,ok\nthis is free text,x\n????,y\n1234567890abcdef1234,z\ninvoice.exe,w\n", c);
    REQUIRE(info.ok());
    CHECK(info.value().rows == 5);
    CHECK(info.value().values == 1);
    REQUIRE(c.rejections.size() == 4);
    CHECK(c.rejections[0].severity == core::IssueSeverity::Error);
    CHECK(c.rejections[0].position == QStringLiteral("line 3"));
    CHECK(c.rejections[0].object == QStringLiteral("this is free text"));
    CHECK(c.rejections[0].message.contains(QStringLiteral("this is free text")));
    CHECK(c.rejections[2].message.contains(QStringLiteral("20 hex digits")));
    CHECK(c.rejections[3].object == QStringLiteral("invoice.exe")); // a file name, not a domain
}

TEST_CASE("duplicates inside one list become one indicator and are counted") {
    Collect c;
    auto info = readText("evil.example\nEVIL.example\nevil[.]example\nevil.example.\n198.51.100.7\n198.51.100.7\n", c);
    REQUIRE(info.ok());
    CHECK(info.value().values == 2);
    CHECK(info.value().duplicates == 4);
    CHECK(c.noteContains(QStringLiteral("4 duplicate")));
}

TEST_CASE("a type column in a list wins when it fits the value and inference wins with a note when it does not") {
    Collect c;
    auto info = readText("value,type\n198.51.100.7,domain\nevil.example,hostname\nnote text,text\n"
                         "evil.exe|d41d8cd98f00b204e9800998ecf8427e,filename|md5\nevil.exe,filename\n"
                         "203.0.113.5|443,ip-dst|port\nweird.example,mystery-type\n",
                         c);
    REQUIRE(info.ok());
    CHECK(info.value().typeColumn == 1);
    CHECK(info.value().typeCorrections == 1);
    CHECK(info.value().values == 5);
    CHECK(info.value().rejected == 2);
    CHECK(patternOf(c.json[0]) == "[ipv4-addr:value = '198.51.100.7']");
    CHECK(c.noteContains(QStringLiteral("imported as IPv4 address")));
    CHECK(patternOf(c.json[2]) == "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']");
    CHECK(patternOf(c.json[3]) == "[ipv4-addr:value = '203.0.113.5']");
    CHECK(c.noteContains(QStringLiteral("mystery-type")));
    CHECK(c.rejections[0].message.contains(QStringLiteral("context")));
    CHECK(c.rejections[1].message.contains(QStringLiteral("cannot be matched")));
}

TEST_CASE("list options set TLP marking, source identity, forced type and default confidence") {
    IndicatorListOptions o;
    o.tlp = core::Tlp::Amber;
    o.source = QStringLiteral("CERT-Bund");
    o.confidence = 60;
    Collect c;
    auto info = readText("value,confidence\nevil.example,\nbad.example,high\n", c, o);
    REQUIRE(info.ok());
    REQUIRE(c.records.size() == 3);
    const core::StixRecord& identity = c.records[0];
    CHECK(identity.type == "identity");
    CHECK(identity.name == "CERT-Bund");
    CHECK(c.json[0].find("\"identity_class\":\"organization\"") != std::string::npos);
    const QUuid expectedIdentity = QUuid::createUuidV5(ingest::csv::IndicatorStixBuilder::kNamespace, QByteArray("CERT-Bund"));
    CHECK(identity.id == "identity--" + expectedIdentity.toByteArray(QUuid::WithoutBraces).toStdString());
    for (std::size_t i = 1; i < c.records.size(); ++i) {
        CHECK(c.json[i].find("\"created_by_ref\":\"" + identity.id + "\"") != std::string::npos);
        REQUIRE(c.records[i].markings.size() == 1);
        CHECK(c.records[i].markings[0].markingId == core::tlpMarkingId(core::Tlp::Amber));
    }
    CHECK(c.records[1].confidence == 60);
    CHECK(c.records[2].confidence == 85);
    // The id is UUIDv5 of source|type|value.
    const QUuid expected =
        QUuid::createUuidV5(ingest::csv::IndicatorStixBuilder::kNamespace, QByteArray("CERT-Bund|domain-name|evil.example"));
    CHECK(c.records[1].id == "indicator--" + expected.toByteArray(QUuid::WithoutBraces).toStdString());

    IndicatorListOptions forced;
    forced.forcedType = core::ObservableType::Domain;
    Collect f;
    auto fi = readText("value\nevil.example\n198.51.100.7\nlocalhost.localdomain\n", f, forced);
    REQUIRE(fi.ok());
    CHECK(fi.value().values == 2);
    REQUIRE(f.rejections.size() == 1);
    CHECK(f.rejections[0].object == QStringLiteral("198.51.100.7"));

    // Without a source there is no identity and no created_by_ref; a different source, other ids.
    Collect bare, other;
    REQUIRE(readText("evil.example\n", bare).ok());
    IndicatorListOptions o2;
    o2.source = QStringLiteral("Someone else");
    REQUIRE(readText("evil.example\n", other, o2).ok());
    REQUIRE(bare.records.size() == 1);
    CHECK(bare.json[0].find("created_by_ref") == std::string::npos);
    CHECK(bare.records[0].id != other.records[1].id);
}

TEST_CASE("tab, semicolon and pipe delimiters of a list are sniffed") {
    const char* contents[] = {
        "value\ttype\tdescription\nevil.example\tdomain\tC2, used in 2024\n198.51.100.7\tip-dst\tscanner, noisy\n",
        "Wert;Typ;Beschreibung\nevil.example;domain;C2, genutzt 2024\n198.51.100.7;ip-dst;Scanner, laut\n",
        "value|type|comment\nevil.example|domain|C2, used\n198.51.100.7|ip-dst|scanner; noisy\n",
    };
    const char expected[] = {'\t', ';', '|'};
    for (int i = 0; i < 3; ++i) {
        CAPTURE(i);
        Collect c;
        auto info = readText(contents[i], c);
        REQUIRE(info.ok());
        CHECK(info.value().delimiter == expected[i]);
        CHECK(info.value().values == 2);
        CHECK(info.value().rejected == 0);
    }
}

TEST_CASE("first_seen and last_seen of a list row set created, modified, valid_from and valid_until") {
    Collect c;
    auto info = readText("value,first_seen,last_seen\nevil.example,2024-03-01T10:00:00Z,2024-04-01\n"
                         "bad.example,20230115,not a date\nworse.example,,\n",
                         c);
    REQUIRE(info.ok());
    REQUIRE(c.records.size() == 3);
    CHECK(c.json[0].find("\"created\":\"2024-03-01T10:00:00.000Z\",\"modified\":\"2024-03-01T10:00:00.000Z\"") !=
          std::string::npos);
    CHECK(c.json[0].find("\"valid_from\":\"2024-03-01T10:00:00.000Z\",\"valid_until\":\"2024-04-01T00:00:00.000Z\"") !=
          std::string::npos);
    CHECK(c.json[1].find("\"created\":\"2023-01-15T00:00:00.000Z\"") != std::string::npos);
    CHECK(c.json[1].find("valid_until") == std::string::npos);
    // No date: a constant, so re-imports stay identical.
    CHECK(c.json[2].find("\"created\":\"1970-01-01T00:00:00.000Z\"") != std::string::npos);
    CHECK(c.json[2].find("\"valid_from\":\"1970-01-01T00:00:00.000Z\"") != std::string::npos);
}

TEST_CASE("a generated list of 200,000 lines is read in bounded memory with exact counts") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("big.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("value,type,description\n");
        QByteArray chunk;
        for (int i = 0; i < 200000; ++i) {
            const int n = i % 199990; // the last ten rows repeat the first ten values
            switch (n % 4) {
            case 0:
                chunk += "10." + QByteArray::number(n >> 16) + '.' + QByteArray::number((n >> 8) & 255) + '.' +
                         QByteArray::number(n & 255) + ",ip-dst,scanner\n";
                break;
            case 1: chunk += "host" + QByteArray::number(n) + ".evil[.]example,domain,\"C2, rotating\"\n"; break;
            case 2: chunk += "hxxp://evil.example/" + QByteArray::number(n) + ",url,payload\n"; break;
            default: chunk += QByteArray::number(n).rightJustified(32, '0') + ",md5,sample\n"; break;
            }
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }
    Count count;
    auto info = ingest::csv::readIndicatorList(path, {}, count, core::CancelToken{});
    REQUIRE(info.ok());
    CHECK(info.value().rows == 200000);
    CHECK(info.value().values == 199990);
    CHECK(info.value().duplicates == 10);
    CHECK(info.value().rejected == 0);
    CHECK(info.value().lines == 200001);
    CHECK(count.indicators == 199990);
    CHECK(count.matchable == 199990);
    CHECK(count.rejections == 0);
}

TEST_CASE("a gzip-compressed list reads like the plain one") {
    test::TempDir dir;
    const QString plain = dir.write(QStringLiteral("list.csv"), "value\nevil.example\n198.51.100.7\n");
    REQUIRE(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-k"), plain}) == 0);
    Collect a, b;
    REQUIRE(read(plain, a).ok());
    REQUIRE(read(plain + QStringLiteral(".gz"), b).ok());
    CHECK(a.json == b.json);
    CHECK(b.records.size() == 2);
}

TEST_CASE("a cancelled list import stops with Cancelled") {
    core::CancelToken cancel;
    cancel.cancel();
    Collect c;
    test::TempDir dir;
    auto info = ingest::csv::readIndicatorList(dir.write(QStringLiteral("l.csv"), "evil.example\n"), {}, c, cancel);
    REQUIRE_FALSE(info.ok());
    CHECK(info.error().isCancelled());
}

TEST_CASE("looksLikeIndicatorList tells indicator lists from other files") {
    const auto head = [](const QString& rel) {
        QFile f(test::testData(rel));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.read(64 * 1024).toStdString();
    };
    using ingest::csv::looksLikeIndicatorList;
    CHECK(looksLikeIndicatorList(head(QStringLiteral("indicators/volexity/2024-11-15_BrazenBamboo__iocs.csv"))));
    CHECK(looksLikeIndicatorList(head(QStringLiteral("indicators/citizenlab/201611_KeyBoy-iocs.csv"))));
    CHECK(looksLikeIndicatorList(head(QStringLiteral("indicators/redblue232-2026-05-05/feed-all-7d.txt"))));
    CHECK(looksLikeIndicatorList(head(QStringLiteral("indicators/pymisp-csv/valid_fieldnames.csv"))));
    CHECK(looksLikeIndicatorList(head(QStringLiteral("indicators/redblue232-2026-05-05/feed-all-7d.json"))));
    CHECK_FALSE(looksLikeIndicatorList(head(QStringLiteral("misp/feeds/redblue232-2026-05-05/hashes.csv"))));
    CHECK_FALSE(looksLikeIndicatorList(head(QStringLiteral("SOURCES.md")))); // Markdown tables of commit hashes
    CHECK_FALSE(looksLikeIndicatorList("#separator \\x09\n#fields\tts\tuid\tid.orig_h\n1.0\tC1\t10.0.0.1\n"));
    CHECK_FALSE(
        looksLikeIndicatorList("This is a plain README.\nIt describes the indicators in prose.\nNothing to match here.\n"));
    CHECK_FALSE(looksLikeIndicatorList(std::string_view("MZ\x90\0\3\0\0\0", 8)));
    CHECK_FALSE(looksLikeIndicatorList(""));
}

TEST_CASE("inferIndicator types bare values") {
    using ingest::csv::inferIndicator;
    using T = core::ObservableType;
    const auto is = [](std::string_view v, T type, std::string_view canonical) {
        const auto k = inferIndicator(v);
        return k && k->type == type && k->value == canonical;
    };
    CHECK(is("198.51.100.7", T::Ipv4, "198.51.100.7"));
    CHECK(is(" 198.51.100[.]7 ", T::Ipv4, "198.51.100.7"));
    CHECK(is("10.1.2.3/8", T::Ipv4Net, "10.0.0.0/8"));
    CHECK(is("2001:DB8::1", T::Ipv6, "2001:db8::1"));
    CHECK(is("[2001:db8::1]", T::Ipv6, "2001:db8::1"));
    CHECK(is("Evil.Example", T::Domain, "evil.example"));
    CHECK(is("xn--80ak6aa92e.com", T::Domain, "xn--80ak6aa92e.com"));
    CHECK(is("hxxps://Evil.Example/A", T::Url, "https://evil.example/A"));
    CHECK(is("evil.example/path", T::Url, "evil.example/path"));
    CHECK(is("198.51.100.7:8080", T::Url, "198.51.100.7:8080"));
    CHECK(is("User[at]Evil.Example", T::Email, "user@evil.example"));
    CHECK(is("D41D8CD98F00B204E9800998ECF8427E", T::Md5, "d41d8cd98f00b204e9800998ecf8427e"));
    CHECK(is(std::string(40, 'a'), T::Sha1, std::string(40, 'a')));
    CHECK(is(std::string(64, 'b'), T::Sha256, std::string(64, 'b')));
    CHECK(is(std::string(128, 'c'), T::Sha512, std::string(128, 'c')));
    CHECK_FALSE(inferIndicator("free text here"));
    CHECK_FALSE(inferIndicator("invoice.exe"));
    CHECK_FALSE(inferIndicator("localhost"));
    CHECK_FALSE(inferIndicator("999.1.1.1"));
    CHECK_FALSE(inferIndicator("010.1.1.1"));
    CHECK_FALSE(inferIndicator(""));
    CHECK_FALSE(inferIndicator(std::string(33, 'a')));
}

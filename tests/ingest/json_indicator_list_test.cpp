#include "models/ingest/csv/indicator_list_reader.h"
#include "models/ingest/csv/json_indicator_list.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QDirIterator>
#include <QFile>

#include <algorithm>
#include <set>
#include <string>

using namespace lagebild;
using ingest::csv::IndicatorListInfo;
using ingest::csv::IndicatorListOptions;

namespace {

// The "pattern" member of generated indicator JSON, still escaped as in the JSON.
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

struct Collect final : ingest::stix::StixVisitor {
    std::vector<core::StixRecord> indicators;
    std::vector<std::string> json;
    std::vector<core::Issue> rejections;
    std::vector<core::Issue> notes;
    core::Status object(const core::StixRecord& r) override {
        if (r.type == "indicator") {
            indicators.push_back(r);
            json.emplace_back(r.json);
        }
        return {};
    }
    void rejected(const core::Issue& i) override { rejections.push_back(i); }
    void note(const core::Issue& i) override { notes.push_back(i); }

    std::set<std::string> ids() const {
        std::set<std::string> out;
        for (const auto& r : indicators)
            out.insert(r.id);
        return out;
    }
    std::set<std::string> patterns() const {
        std::set<std::string> out;
        for (const std::string& j : json)
            out.insert(patternOf(j));
        return out;
    }
};

// Counts only, so the large feed's records do not pile up in the test.
struct Count final : ingest::stix::StixVisitor {
    std::int64_t indicators = 0, rejections = 0;
    core::Status object(const core::StixRecord& r) override {
        indicators += r.type == "indicator";
        return {};
    }
    void rejected(const core::Issue&) override { ++rejections; }
    void note(const core::Issue&) override {}
};

core::Result<IndicatorListInfo> read(const QString& path, Collect& c, const IndicatorListOptions& options = {}) {
    return ingest::csv::readIndicatorList(path, options, c, core::CancelToken{});
}

std::string fileHead(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(64 * 1024).toStdString();
}

// Elements of the feed's "items" array, counted by a scan independent of the reader: every
// element is an object whose "ip" member opens a line of its own in these pretty-printed files.
std::int64_t countItems(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    std::int64_t n = 0;
    while (!f.atEnd())
        n += f.readLine().trimmed().startsWith("\"ip\":");
    return n;
}

const char* const kFeeds[] = {"feed-all-7d", "feed-crowdsec-7d", "feed-suricata-7d"};

QString feedPath(const char* name, const char* suffix) {
    return test::testData(
        QStringLiteral("indicators/redblue232-2026-05-05/%1%2").arg(QLatin1String(name), QLatin1String(suffix)));
}

} // namespace

TEST_CASE("every redblue JSON feed imports one indicator per item") {
    // The numbers checked with Python's json module: 95, 29 and 71 items, all distinct IPv4 addresses.
    const std::int64_t expected[] = {95, 29, 71};
    for (std::size_t f = 0; f < std::size(kFeeds); ++f) {
        CAPTURE(kFeeds[f]);
        const QString path = feedPath(kFeeds[f], ".json");
        CHECK(countItems(path) == expected[f]);
        CHECK(ingest::csv::looksLikeJsonIndicatorList(fileHead(path)));
        CHECK(ingest::csv::looksLikeIndicatorList(fileHead(path)));
        Collect c;
        IndicatorListOptions options;
        options.source = QStringLiteral("redblue232");
        auto info = read(path, c, options);
        if (!info.ok())
            FAIL(info.error().message.toStdString());
        const IndicatorListInfo& i = info.value();
        CHECK(i.rows == expected[f]);
        CHECK(i.values == expected[f]);
        CHECK(i.rejected == 0);
        CHECK(i.duplicates == 0);
        CHECK(i.generatorRejections == 0);
        CHECK(i.values + i.rejected + i.duplicates == i.rows);
        CHECK(i.columns.contains(QStringLiteral("ip")));
        CHECK(i.columns.at(i.valueColumn) == QStringLiteral("ip"));
        CHECK(static_cast<std::int64_t>(c.indicators.size()) == expected[f]);
        CHECK(c.rejections.empty());
        for (const core::StixRecord& r : c.indicators)
            CHECK(r.patternState == core::PatternState::Matchable);
        for (const std::string& j : c.json)
            CHECK(patternOf(j).rfind("[ipv4-addr:value = '", 0) == 0);
        // Item fields: first_seen becomes created/valid_from, tags labels (where an item has some), the
        // other members the description.
        const std::string& first = c.json.front();
        CHECK(first.find("\"valid_from\":\"1970") == std::string::npos);
        CHECK(first.find("scenarios: ") != std::string::npos);
        CHECK(first.find("asn: ") != std::string::npos);
        CHECK(std::any_of(c.json.begin(), c.json.end(),
                          [](const std::string& j) { return j.find("\"labels\":[\"mwl:") != std::string::npos; }));
    }
}

TEST_CASE("a JSON feed and its plain-list twin give the same indicator ids and patterns") {
    for (const char* feed : kFeeds) {
        CAPTURE(feed);
        for (const QString& source : {QString(), QStringLiteral("redblue232")}) {
            IndicatorListOptions options;
            options.source = source;
            Collect json, text;
            REQUIRE(read(feedPath(feed, ".json"), json, options).ok());
            REQUIRE(read(feedPath(feed, ".txt"), text, options).ok());
            CHECK_FALSE(json.ids().empty());
            CHECK(json.ids() == text.ids());
            CHECK(json.patterns() == text.patterns());
        }
    }
}

TEST_CASE("a re-imported JSON feed gives byte-identical objects") {
    Collect a, b;
    REQUIRE(read(feedPath("feed-crowdsec-7d", ".json"), a).ok());
    REQUIRE(read(feedPath("feed-crowdsec-7d", ".json"), b).ok());
    CHECK(a.json == b.json);
}

TEST_CASE("STIX, MISP and EVE JSON are not detected as JSON indicator lists") {
    using ingest::csv::looksLikeJsonIndicatorList;
    CHECK_FALSE(looksLikeJsonIndicatorList(
        R"({"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[)"
        R"({"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}]})"));
    CHECK_FALSE(looksLikeJsonIndicatorList(
        R"([{"type":"ipv4-addr","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}])"));
    CHECK_FALSE(looksLikeJsonIndicatorList(
        R"({"Event":{"info":"x","Attribute":[{"type":"ip-dst","value":"198.51.100.3","category":"Network activity"}]}})"));
    CHECK_FALSE(
        looksLikeJsonIndicatorList(R"({"response":[{"Event":{"Attribute":[{"type":"domain","value":"evil.example"}]}}]})"));
    CHECK_FALSE(looksLikeJsonIndicatorList(
        R"({"timestamp":"2017-01-30T16:12:26.985026+0100","event_type":"alert","src_ip":"198.51.100.3","dest_ip":"10.0.0.1"})"
        "\n"));
    CHECK_FALSE(looksLikeJsonIndicatorList(R"([{"event_type":"alert","src_ip":"198.51.100.3","value":"198.51.100.3"}])"));
    CHECK_FALSE(looksLikeJsonIndicatorList(R"({"items":[{"name":"no value here"},{"name":"nor here"}]})"));
    CHECK_FALSE(looksLikeJsonIndicatorList(R"(["just", "some", "words"])"));
    CHECK_FALSE(looksLikeJsonIndicatorList(R"({"config":{"ip":"198.51.100.3"}})"));
    CHECK_FALSE(looksLikeJsonIndicatorList(""));
    CHECK(looksLikeJsonIndicatorList(R"(["198.51.100.3", "evil[.]example"])"));
    CHECK(looksLikeJsonIndicatorList(R"({"indicators":[{"indicator":"evil.example","type":"domain"}]})"));

    // Every JSON file of the other formats in the shared test data.
    const QString root = test::testData({});
    std::size_t files = 0;
    for (const char* dir : {"stix", "misp", "alerts"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(dir), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            CAPTURE(path.toStdString());
            const std::string head = fileHead(path);
            CHECK_FALSE(looksLikeJsonIndicatorList(head));
            ++files;
        }
    }
    CHECK(files > 50);
}

TEST_CASE("a JSON feed item without a usable value is rejected with its position and key") {
    test::TempDir dir;
    const QString path = dir.write(QStringLiteral("feed.json"), "{\"generated_at\":\"2026-05-05T13:00:00Z\",\n"
                                                                "\"items\":[\n"
                                                                "  {\"ip\":\"198.51.100.1\",\"asn\":\"64500\"},\n"
                                                                "  {\"asn\":\"64501\",\"note\":\"no ip\"},\n"
                                                                "  {\"ip\":\"not an address\"},\n"
                                                                "  {\"ip\":\"198.51.100.1\"},\n"
                                                                "  {\"ip\":null},\n"
                                                                "  \"evil[.]example\"\n"
                                                                "]}\n");
    Collect c;
    auto info = read(path, c);
    REQUIRE(info.ok());
    const IndicatorListInfo& i = info.value();
    CHECK(i.rows == 6);
    CHECK(i.values == 2);
    CHECK(i.duplicates == 1);
    CHECK(i.rejected == 3);
    CHECK(i.values + i.rejected + i.duplicates == i.rows);
    REQUIRE(c.rejections.size() == 3);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    CHECK(c.rejections[0].position == QStringLiteral("line 4, byte %1").arg(content.indexOf("{\"asn\":\"64501\"")));
    CHECK(c.rejections[0].object == QStringLiteral("items[1]"));
    CHECK(c.rejections[1].position.startsWith(QStringLiteral("line 5, byte ")));
    CHECK(c.rejections[1].object == QStringLiteral("items[2]"));
    CHECK(c.rejections[1].message.contains(QStringLiteral("not an address")));
    CHECK(c.rejections[2].object == QStringLiteral("items[4]"));
    REQUIRE(c.indicators.size() == 2);
    CHECK(patternOf(c.json[1]) == "[domain-name:value = 'evil.example']");
    CHECK(c.json[0].find("\"description\":\"asn: 64500\"") != std::string::npos);
}

TEST_CASE("a synthetic JSON feed of 100,000 items is read in bounded memory with exact counts") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("big.json"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"generated_at\":\"2026-05-05T13:00:00Z\",\"ttl_days\":7,\"items\":[\n");
        QByteArray chunk;
        for (int n = 0; n < 100000; ++n) {
            const int v = n % 99995; // the last five items repeat the first five values
            chunk += n == 0 ? "" : ",\n";
            chunk += "{\"ip\":\"10." + QByteArray::number(v >> 16) + '.' + QByteArray::number((v >> 8) & 255) + '.' +
                     QByteArray::number(v & 255) +
                     "\",\"family\":\"v4\",\"first_seen\":\"2026-04-28T13:00:00Z\",\"scenarios\":[\"crowdsec/ssh-bf\"],"
                     "\"tags\":[\"scanner\"]}";
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
        f.write("\n]}\n");
    }
    Count count;
    auto info = ingest::csv::readIndicatorList(path, {}, count, core::CancelToken{});
    REQUIRE(info.ok());
    CHECK(info.value().rows == 100000);
    CHECK(info.value().values == 99995);
    CHECK(info.value().duplicates == 5);
    CHECK(info.value().rejected == 0);
    CHECK(count.indicators == 99995);
    CHECK(count.rejections == 0);
}

TEST_CASE("a cancelled JSON feed import stops with Cancelled") {
    core::CancelToken cancel;
    cancel.cancel();
    Collect c;
    auto info = ingest::csv::readIndicatorList(feedPath("feed-all-7d", ".json"), {}, c, cancel);
    REQUIRE_FALSE(info.ok());
    CHECK(info.error().isCancelled());
}

#include "models/ingest/misp/misp_reader.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <map>
#include <set>

using namespace lagebild;
using ingest::misp::MispInput;

namespace {

struct Collect final : ingest::stix::StixVisitor {
    std::vector<core::StixRecord> records;
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

    const core::StixRecord* find(const std::string& id) const {
        for (const auto& r : records)
            if (r.id == id)
                return &r;
        return nullptr;
    }
    std::string jsonOf(const std::string& id) const {
        for (std::size_t i = 0; i < records.size(); ++i)
            if (records[i].id == id)
                return json[i];
        return {};
    }
    std::vector<std::pair<std::string, std::int64_t>> versions() const {
        std::vector<std::pair<std::string, std::int64_t>> v;
        for (const auto& r : records)
            v.emplace_back(r.id, r.versionKey().value_or(-1));
        std::sort(v.begin(), v.end());
        return v;
    }
};

core::Result<ingest::misp::MispFileInfo> read(const QString& path, Collect& c, MispInput kind = MispInput::Auto) {
    return ingest::misp::readMisp(path, kind, c, core::CancelToken{});
}

QString data(const char* relative) { return test::testData(QString::fromUtf8(relative)); }

QByteArray python(const QString& script, const QStringList& args = {}) {
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

bool hasMarking(const core::StixRecord& r, std::string_view id) {
    return std::any_of(r.markings.begin(), r.markings.end(), [&](const core::StixMarkingRef& m) { return m.markingId == id; });
}

bool hasObservable(const core::StixRecord& r, core::ObservableType t, const std::string& v) {
    return std::find(r.observables.begin(), r.observables.end(), core::ObservableKey{t, v}) != r.observables.end();
}

const char* kUuidA = "11111111-2222-4333-8444-555555555555";

// A minimal event with one attribute per entry of `attributes` (JSON objects without braces).
QByteArray event(const QByteArray& tags, const QList<QByteArray>& attributes, const char* uuid = kUuidA,
                 const char* timestamp = "1600000000") {
    QByteArray a;
    for (const auto& attr : attributes)
        a += (a.isEmpty() ? "" : ",") + QByteArray("{") + attr + "}";
    return QByteArray(R"({"Event":{"uuid":")") + uuid + R"(","info":"Test event","date":"2020-09-13","timestamp":")" + timestamp +
           R"(","published":true,"publish_timestamp":"1600000100","threat_level_id":"2","analysis":"1",)" +
           R"("Orgc":{"name":"CERT-Test","uuid":"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"},"Tag":[)" + tags + R"(],"Attribute":[)" +
           a + "]}}";
}

} // namespace

TEST_CASE("every MISP test file is read without generator rejections and its events match the oracle") {
    QStringList files;
    QDirIterator it(data("misp"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files << data("stix/misp-stix-conversions/test_attributes_collection_1.json")
          << data("stix/misp-stix-conversions/test_attributes_collection_2.json");
    files.sort();
    REQUIRE(files.size() > 50);
    // Files that are not MISP data (object templates, mapping docs, feed side files, the empty object).
    const QStringList notMisp{QStringLiteral("definition.json"),
                              QStringLiteral("misp_attributes_to_stix21.json"),
                              QStringLiteral("misp_attributes_to_stix21_summary.json"),
                              QStringLiteral("manifest.json"),
                              QStringLiteral("hashes.csv"),
                              QStringLiteral("simple.json")};
    std::set<std::string> uuids;
    std::int64_t generatorRejections = 0, objects = 0;
    for (const QString& f : files) {
        CAPTURE(f.toStdString());
        Collect c;
        auto r = read(f, c);
        if (notMisp.contains(QFileInfo(f).fileName())) {
            REQUIRE_FALSE(r.ok());
            CHECK((r.error().code == core::ErrorCode::Schema || r.error().code == core::ErrorCode::Parse ||
                   r.error().code == core::ErrorCode::WrongFormat));
            CHECK(c.records.empty());
            continue;
        }
        REQUIRE(r.ok());
        generatorRejections += r.value().generatorRejections;
        CHECK(c.rejections.empty());
        CHECK(r.value().stixObjects == static_cast<std::int64_t>(c.records.size()));
        objects += r.value().stixObjects;
        for (const auto& u : r.value().eventUuids)
            uuids.insert(u);
        for (const auto& rec : c.records)
            CHECK(rec.patternState != core::PatternState::Invalid);
    }
    CHECK(generatorRejections == 0);
    CHECK(objects == 4332); // golden total over the shared data; changes only with the mapping
    const QByteArray oracle = python(
        QStringLiteral("import runpy,sys; sys.argv=['x']+sys.argv[1:]; runpy.run_path(sys.argv[1], run_name='__main__')"),
        {data("../oracles/misp_expect.py"), data("misp"), data("stix/misp-stix-conversions/test_attributes_collection_1.json"),
         data("stix/misp-stix-conversions/test_attributes_collection_2.json")});
    // runpy sees the script path as argv[1]; the oracle walks the remaining paths.
    CHECK(uuids.size() == oracle.trimmed().toULongLong());
    CHECK(uuids.size() == 21);
}

TEST_CASE("MISP objects by type match counts verified by hand") {
    const std::vector<std::pair<const char*, std::map<std::string, std::int64_t>>> expected{
        {"misp/events/pymisp/misp_event.json",
         {{"identity", 1}, {"url", 1}, {"observed-data", 1}, {"x-misp-attribute", 1}, {"report", 1}}},
        {"misp/events/pymisp/57c4445b-c548-4654-af0b-4be3950d210f.json",
         {{"identity", 1}, {"url", 2}, {"observed-data", 2}, {"x-misp-attribute", 2}, {"indicator", 5}, {"report", 1}}},
        {"stix/misp-stix-conversions/test_attributes_collection_1.json",
         {{"autonomous-system", 1}, {"observed-data", 1}, {"indicator", 1}}},
        {"stix/misp-stix-conversions/test_attributes_collection_2.json", {{"indicator", 2}}},
        {"misp/feeds/redblue232-2026-05-05", {{"identity", 1}, {"indicator", 559}, {"report", 3}}},
        {"misp/galaxy/clusters/sector.json", {{"identity", 118}}},
        {"misp/galaxy/clusters/threat-actor.json", {{"threat-actor", 1041}}},
        {"misp/galaxy/clusters/mitre-attack-pattern.json.gz", {{"attack-pattern", 1266}}},
        {"misp/taxonomies/admiralty-scale/machinetag.json", {{"x-misp-taxonomy", 1}}},
    };
    for (const auto& [file, types] : expected) {
        CAPTURE(file);
        Collect c;
        auto r = read(data(file), c);
        REQUIRE(r.ok());
        CHECK(r.value().objectsByType == types);
        CHECK(r.value().generatorRejections == 0);
    }
}

TEST_CASE("the MISP attribute collections are event-less and keep misp-stix's ids") {
    Collect c;
    auto r = read(data("stix/misp-stix-conversions/test_attributes_collection_2.json"), c);
    REQUIRE(r.ok());
    CHECK(r.value().kind == MispInput::Event);
    CHECK(r.value().events == 0);
    CHECK(r.value().attributeCollections == 1);
    CHECK(std::none_of(c.records.begin(), c.records.end(), [](const auto& rec) { return rec.type == "report"; }));
    // The ids misp-stix gives in test_attributes_collection_stix21.json.
    const auto* domainIp = c.find("indicator--726f90e2-2ad6-44a2-b345-c05e55e850e5");
    REQUIRE(domainIp);
    CHECK(c.jsonOf(domainIp->id)
              .find(R"([domain-name:value = 'circl.lu' AND domain-name:resolves_to_refs[*].value = '149.13.33.14'])") !=
          std::string::npos);
    REQUIRE(c.find("indicator--02de0847-dccf-481a-a96a-6a7654328658"));
}

TEST_CASE("reading MISP data twice yields identical ids and versions") {
    for (const char* file :
         {"misp/events/pymisp/mispevent_testfiles/existing_event.json", "misp/events/pymisp/reportlab_testfiles/galaxy_1.json",
          "misp/events/pymisp/mispevent_testfiles/attribute.json", "misp/feeds/redblue232-2026-05-05",
          "misp/events/pymisp/mispevent_testfiles/event_obj_attr_tag.json"}) {
        CAPTURE(file);
        Collect first, second;
        REQUIRE(read(data(file), first).ok());
        REQUIRE(read(data(file), second).ok());
        REQUIRE_FALSE(first.records.empty());
        CHECK(first.versions() == second.versions());
        CHECK(first.json == second.json);
    }
}

TEST_CASE("a later MISP snapshot updates the changed records by uuid and timestamp, never duplicating") {
    test::TempDir dir;
    const QByteArray kept =
        R"("uuid":"22222222-2222-4333-8444-555555555555","type":"domain","value":"kept.example","to_ids":true,"timestamp":"1600000000")";
    const QByteArray v1 =
        R"("uuid":"33333333-2222-4333-8444-555555555555","type":"ip-dst","value":"203.0.113.1","to_ids":true,"timestamp":"1600000000")";
    const QByteArray v2 =
        R"("uuid":"33333333-2222-4333-8444-555555555555","type":"ip-dst","value":"203.0.113.2","to_ids":true,"timestamp":"1600050000")";
    Collect a, b;
    REQUIRE(read(dir.write(QStringLiteral("v1.json"), event("", {kept, v1})), a).ok());
    REQUIRE(read(dir.write(QStringLiteral("v2.json"), event("", {kept, v2}, kUuidA, "1600050000")), b).ok());
    std::vector<std::string> idsA, idsB;
    for (const auto& r : a.records)
        idsA.push_back(r.id);
    for (const auto& r : b.records)
        idsB.push_back(r.id);
    CHECK(idsA == idsB);
    const std::string changed = "indicator--33333333-2222-4333-8444-555555555555";
    REQUIRE(b.find(changed));
    CHECK(*b.find(changed)->versionKey() > *a.find(changed)->versionKey());
    CHECK(hasObservable(*b.find(changed), core::ObservableType::Ipv4, "203.0.113.2"));
    const std::string same = "indicator--22222222-2222-4333-8444-555555555555";
    CHECK(a.find(same)->versionKey() == b.find(same)->versionKey());
    CHECK(*b.find("report--11111111-2222-4333-8444-555555555555")->versionKey() >
          *a.find("report--11111111-2222-4333-8444-555555555555")->versionKey());
    CHECK_FALSE(b.find(same)->revoked);

    // An attribute deleted in MISP comes back as a newer, revoked version of its indicator.
    const QByteArray deleted = R"("uuid":"22222222-2222-4333-8444-555555555555","type":"domain","value":"kept.example",)"
                               R"("to_ids":true,"timestamp":"1600090000","deleted":true)";
    Collect d;
    REQUIRE(read(dir.write(QStringLiteral("v3.json"), event("", {deleted, v2}, kUuidA, "1600090000")), d).ok());
    REQUIRE(d.find(same));
    CHECK(d.find(same)->revoked);
    CHECK(*d.find(same)->versionKey() > *b.find(same)->versionKey());
}

TEST_CASE("MISP tlp tags become TLP 2.0 object markings - an attribute's TLP only raises the event's") {
    test::TempDir dir;
    Collect c;
    const QByteArray plain = R"("uuid":"22222222-2222-4333-8444-555555555555","type":"domain","value":"a.example","to_ids":true)";
    const QByteArray red =
        R"("uuid":"33333333-2222-4333-8444-555555555555","type":"domain","value":"b.example","to_ids":false,"Tag":[{"name":"tlp:red"}])";
    const QByteArray white =
        R"("uuid":"44444444-2222-4333-8444-555555555555","type":"domain","value":"c.example","to_ids":true,"Tag":[{"name":"TLP:WHITE"},{"name":"PAP:GREEN"}])";
    const QByteArray odd =
        R"("uuid":"55555555-2222-4333-8444-555555555555","type":"domain","value":"d.example","to_ids":true,"Tag":[{"name":"tlp:ex:chr"}])";
    auto r = read(dir.write(QStringLiteral("e.json"), event(R"({"name":"tlp:amber"},{"name":"osint:source-type=\"blog-post\""})",
                                                            {plain, red, white, odd})),
                  c);
    REQUIRE(r.ok());
    const auto amber = core::tlpMarkingId(core::Tlp::Amber);
    const auto* report = c.find("report--11111111-2222-4333-8444-555555555555");
    REQUIRE(report);
    CHECK(hasMarking(*report, amber));
    CHECK(report->labels.find("osint:source-type=\"blog-post\"") != std::string::npos);
    CHECK(hasMarking(*c.find("indicator--22222222-2222-4333-8444-555555555555"), amber));
    // to_ids false: observed-data and its SCO both carry the attribute's RED.
    CHECK(hasMarking(*c.find("observed-data--33333333-2222-4333-8444-555555555555"), core::tlpMarkingId(core::Tlp::Red)));
    CHECK(hasMarking(*c.find("domain-name--33333333-2222-4333-8444-555555555555"), core::tlpMarkingId(core::Tlp::Red)));
    // WHITE on an attribute of an AMBER event stays AMBER; other tags are labels.
    const auto* whiteInd = c.find("indicator--44444444-2222-4333-8444-555555555555");
    CHECK(hasMarking(*whiteInd, amber));
    CHECK_FALSE(hasMarking(*whiteInd, core::tlpMarkingId(core::Tlp::Clear)));
    CHECK(whiteInd->labels.find("PAP:GREEN") != std::string::npos);
    // An unknown TLP word: a marking definition of its own, read as TLP unknown.
    const auto* oddInd = c.find("indicator--55555555-2222-4333-8444-555555555555");
    REQUIRE(oddInd->markings.size() == 2);
    const auto* definition = c.find(oddInd->markings[1].markingId);
    REQUIRE(definition);
    CHECK(definition->definesTlp == core::Tlp::Unknown);
    CHECK(std::any_of(c.notes.begin(), c.notes.end(),
                      [](const auto& n) { return n.message.contains(QStringLiteral("tlp:ex:chr")); }));

    Collect feed;
    REQUIRE(read(data("misp/events/pymisp/57c4445b-c548-4654-af0b-4be3950d210f.json"), feed).ok());
    for (const auto& rec : feed.records)
        if (rec.type != "identity")
            CHECK(hasMarking(rec, core::tlpMarkingId(core::Tlp::Clear)));
}

TEST_CASE("a to_ids MISP ip-dst becomes a matchable indicator with the normalised observable") {
    test::TempDir dir;
    Collect c;
    const QList<QByteArray> attrs{
        R"("uuid":"22222222-2222-4333-8444-555555555555","type":"ip-dst","value":"203.0.113.7","to_ids":"1","category":"Network activity")",
        R"("uuid":"33333333-2222-4333-8444-555555555555","type":"ip-src","value":"2001:DB8:0:0::1","to_ids":true)",
        R"("uuid":"44444444-2222-4333-8444-555555555555","type":"hostname","value":"WWW.Example.ORG.","to_ids":true)",
        R"("uuid":"55555555-2222-4333-8444-555555555555","type":"sha256","value":"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855","to_ids":1)",
        R"x("uuid":"66666666-2222-4333-8444-555555555555","type":"user-agent","value":"Mozilla/5.0 (evil)","to_ids":true)x",
        R"("uuid":"77777777-2222-4333-8444-555555555555","type":"ip-dst|port","value":"198.51.100.9|8443","to_ids":true)",
        R"("uuid":"88888888-2222-4333-8444-555555555555","type":"email-src","value":"Bad@Example.com","to_ids":true)"};
    REQUIRE(read(dir.write(QStringLiteral("e.json"), event("", attrs)), c).ok());
    const auto* ip = c.find("indicator--22222222-2222-4333-8444-555555555555");
    REQUIRE(ip);
    CHECK(ip->patternState == core::PatternState::Matchable);
    CHECK(hasObservable(*ip, core::ObservableType::Ipv4, "203.0.113.7"));
    CHECK(c.jsonOf(ip->id).find(R"("pattern":"[ipv4-addr:value = '203.0.113.7']")") != std::string::npos);
    CHECK(ip->labels.find("misp:category=\"Network activity\"") != std::string::npos);
    CHECK(hasObservable(*c.find("indicator--33333333-2222-4333-8444-555555555555"), core::ObservableType::Ipv6, "2001:db8::1"));
    CHECK(hasObservable(*c.find("indicator--44444444-2222-4333-8444-555555555555"), core::ObservableType::Domain,
                        "www.example.org"));
    CHECK(hasObservable(*c.find("indicator--55555555-2222-4333-8444-555555555555"), core::ObservableType::Sha256,
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const auto* ua = c.find("indicator--66666666-2222-4333-8444-555555555555");
    CHECK(ua->patternState == core::PatternState::Matchable);
    CHECK(hasObservable(*ua, core::ObservableType::UserAgent, "Mozilla/5.0 (evil)"));
    const auto* port = c.find("indicator--77777777-2222-4333-8444-555555555555");
    CHECK(port->patternState != core::PatternState::Invalid);
    CHECK(c.jsonOf(port->id).find("network-traffic:dst_port = 8443") != std::string::npos);
    CHECK(hasObservable(*c.find("indicator--88888888-2222-4333-8444-555555555555"), core::ObservableType::Email,
                        "bad@example.com"));
}

TEST_CASE("MISP values with a single quote and a backslash are escaped in STIX patterns") {
    test::TempDir dir;
    Collect c;
    const QList<QByteArray> attrs{
        R"("uuid":"22222222-2222-4333-8444-555555555555","type":"regkey","value":"HKLM\\Software\\O'Brien","to_ids":true)",
        R"("uuid":"33333333-2222-4333-8444-555555555555","type":"filename","value":"a'b\\c.exe","to_ids":true)",
        R"("uuid":"44444444-2222-4333-8444-555555555555","type":"mutex","value":"\\'","to_ids":true)"};
    REQUIRE(read(dir.write(QStringLiteral("e.json"), event("", attrs)), c).ok());
    const auto* key = c.find("indicator--22222222-2222-4333-8444-555555555555");
    REQUIRE(key);
    CHECK(key->patternState == core::PatternState::Matchable);
    CHECK(hasObservable(*key, core::ObservableType::RegistryKey, "hkey_local_machine\\software\\o'brien"));
    // Pattern text [file:name = 'a\'b\\c.exe'], JSON-escaped in the object.
    CHECK(c.jsonOf("indicator--33333333-2222-4333-8444-555555555555").find(R"([file:name = 'a\\'b\\\\c.exe'])") !=
          std::string::npos);
    const auto* mutex = c.find("indicator--44444444-2222-4333-8444-555555555555");
    CHECK(mutex->patternState == core::PatternState::Matchable);
    CHECK(hasObservable(*mutex, core::ObservableType::Mutex, "\\'"));
}

TEST_CASE("MISP attachment and malware-sample payloads never reach the generated STIX") {
    const QStringList files{data("misp/events/pymisp/reportlab_testfiles/image_event.json"),
                            data("misp/events/pymisp/reportlab_testfiles/mainly_objects_1.json"),
                            data("misp/events/pymisp/mispevent_testfiles/malware.json"),
                            data("misp/events/pymisp/mispevent_testfiles/malware_exist.json")};
    // Every base64 "data" value in the inputs, found independently.
    const QByteArray payloads = python(QStringLiteral(R"(
import json, sys
def walk(x):
    if isinstance(x, dict):
        for k, v in x.items():
            if k == 'data' and isinstance(v, str): print(v[:48])
            else: walk(v)
    elif isinstance(x, list):
        for v in x: walk(v)
for f in sys.argv[1:]: walk(json.load(open(f, encoding='utf-8')))
)"),
                                       files);
    const QList<QByteArray> samples = payloads.trimmed().split('\n');
    REQUIRE(samples.size() == 4);
    std::int64_t files_ = 0;
    for (const QString& f : files) {
        Collect c;
        REQUIRE(read(f, c).ok());
        for (const auto& j : c.json)
            for (const auto& s : samples)
                CHECK(j.find(s.toStdString()) == std::string::npos);
        for (const auto& j : c.json)
            files_ += j.find("\"payload_bin\"") != std::string::npos;
    }
    CHECK(files_ == 0);
    // The file name and hash of a malware sample are kept.
    Collect c;
    REQUIRE(read(data("misp/events/pymisp/mispevent_testfiles/malware_exist.json"), c).ok());
    CHECK(std::any_of(c.records.begin(), c.records.end(), [](const auto& r) {
        return hasObservable(r, core::ObservableType::Md5, "7637beddacbeac59d44469b2b120b9e6");
    }));
}

TEST_CASE("a MISP feed folder reads with hashes.csv in either column order") {
    const QDir source(data("misp/feeds/redblue232-2026-05-05"));
    test::TempDir dir;
    auto copyFeed = [&](const QString& name, bool swap) {
        for (const QString& f : source.entryList(QDir::Files)) {
            QFile in(source.filePath(f));
            REQUIRE(in.open(QIODevice::ReadOnly));
            QByteArray content = in.readAll();
            if (swap && f == QLatin1String("hashes.csv")) {
                QByteArray swapped;
                for (const QByteArray& line : content.split('\n')) {
                    const auto cols = line.trimmed().split(',');
                    if (cols.size() == 2)
                        swapped += cols[1] + ',' + cols[0] + "\r\n";
                }
                content = swapped;
            }
            dir.write(name + QLatin1Char('/') + f, content);
        }
        return dir.path(name);
    };
    Collect a, b;
    auto ra = read(copyFeed(QStringLiteral("event_first"), false), a);
    auto rb = read(copyFeed(QStringLiteral("md5_first"), true), b, MispInput::Feed);
    REQUIRE(ra.ok());
    REQUIRE(rb.ok());
    for (const auto* r : {&ra.value(), &rb.value()}) {
        CHECK(r->kind == MispInput::Feed);
        CHECK(r->events == 3);
        CHECK(r->manifestEntries == 3);
        CHECK(r->hashEntries == 540);
        CHECK(r->missingEventFiles == 0);
        CHECK(r->unlistedEventFiles == 0);
    }
    CHECK(a.versions() == b.versions());
    CHECK(a.notes.empty());
    CHECK(b.notes.empty());
    CHECK(ingest::misp::isMispFeedFolder(dir.path(QStringLiteral("event_first"))));

    // A listed event whose file is gone, and an event file the manifest does not list.
    QFile::rename(dir.path(QStringLiteral("event_first/6a10e5d8-f1cd-42b0-8240-a4650efd83d6.json")),
                  dir.path(QStringLiteral("event_first/6a10e5d8-f1cd-42b0-8240-a4650efd83d6.bak")));
    dir.write(QStringLiteral("event_first/99999999-2222-4333-8444-555555555555.json"),
              event("", {}, "99999999-2222-4333-8444-555555555555"));
    Collect c;
    auto rc = read(dir.path(QStringLiteral("event_first")), c);
    REQUIRE(rc.ok());
    CHECK(rc.value().events == 2);
    CHECK(rc.value().missingEventFiles == 1);
    CHECK(rc.value().unlistedEventFiles == 1);
    CHECK(c.rejections.size() == 1);
    CHECK(std::none_of(c.records.begin(), c.records.end(),
                       [](const auto& r) { return r.id == "report--99999999-2222-4333-8444-555555555555"; }));
}

TEST_CASE("a MISP manifest key that is not a UUID is rejected and no path is built from it") {
    test::TempDir dir;
    // If the key were used as a file name, feed/../outside.json would be read.
    dir.write(QStringLiteral("outside.json"), event("", {}, "99999999-2222-4333-8444-555555555555"));
    dir.write(QStringLiteral("feed/11111111-2222-4333-8444-555555555555.json"), event("", {}));
    dir.write(
        QStringLiteral("feed/manifest.json"),
        R"({"../outside":{"info":"x"},"../../etc/passwd":{"info":"y"},"11111111-2222-4333-8444-555555555555":{"info":"Test event","timestamp":"1600000000"}})");
    Collect c;
    auto r = read(dir.path(QStringLiteral("feed")), c);
    REQUIRE(r.ok());
    CHECK(r.value().invalidManifestKeys == 2);
    CHECK(r.value().events == 1);
    CHECK(r.value().eventUuids == std::vector<std::string>{"11111111-2222-4333-8444-555555555555"});
    REQUIRE(c.rejections.size() == 2);
    CHECK(c.rejections[1].message.contains(QStringLiteral("../../etc/passwd")));
    CHECK(c.rejections[1].severity == core::IssueSeverity::Error);
}

TEST_CASE("a broken MISP JSON file is rejected whole with line and byte") {
    test::TempDir dir;
    const QByteArray broken = "{\n \"Event\": {\n  \"info\": \"x\",\n  \"uuid\": tru\n }\n}\n";
    Collect c;
    auto r = read(dir.write(QStringLiteral("broken.json"), broken), c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == core::ErrorCode::Parse);
    CHECK(r.error().detail == QStringLiteral("line 4, byte %1").arg(broken.indexOf("tru")));
    CHECK(r.error().message.contains(QStringLiteral("broken.json")));
    CHECK(c.records.empty());

    const QByteArray truncated = R"({"Event":{"info":"x","Attribute":[{"type":"domain")";
    auto t = read(dir.write(QStringLiteral("truncated.json"), truncated), c);
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().detail == QStringLiteral("line 1, byte %1").arg(truncated.size()));
}

TEST_CASE("a MISP event without a uuid gets a stable derived id and a note saying so") {
    Collect a, b;
    auto r = read(data("misp/events/pymisp/mispevent_testfiles/attribute.json"), a);
    REQUIRE(r.ok());
    REQUIRE(read(data("misp/events/pymisp/mispevent_testfiles/attribute.json"), b).ok());
    CHECK(r.value().events == 1);
    CHECK(r.value().eventsWithoutUuid == 1);
    CHECK(r.value().eventUuids.empty());
    CHECK(a.versions() == b.versions());
    CHECK(std::any_of(a.notes.begin(), a.notes.end(), [](const auto& n) { return n.message.contains(QStringLiteral("uuid")); }));
    // Another event without uuid and other content gets another id.
    Collect other;
    REQUIRE(read(data("misp/events/pymisp/mispevent_testfiles/malware.json"), other).ok());
    CHECK(a.records.back().type == "report");
    CHECK(other.records.back().type == "report");
    CHECK(a.records.back().id != other.records.back().id);
}

TEST_CASE("malformed MISP attributes are rejected with a reason while the event imports") {
    test::TempDir dir;
    Collect c;
    const QList<QByteArray> attrs{
        R"("uuid":"22222222-2222-4333-8444-555555555555","type":"domain","to_ids":true)",
        R"("uuid":"33333333-2222-4333-8444-555555555555","value":"x")",
        R"("uuid":"44444444-2222-4333-8444-555555555555","type":"ip-dst|port","value":"198.51.100.1|http","to_ids":true)",
        R"("uuid":"55555555-2222-4333-8444-555555555555","type":"no-such-type","value":"v")",
        R"("uuid":"66666666-2222-4333-8444-555555555555","type":"domain","value":"ok.example","to_ids":true)"};
    auto r = read(dir.write(QStringLiteral("e.json"), event("", attrs)), c);
    REQUIRE(r.ok());
    REQUIRE(c.rejections.size() == 2);
    CHECK(c.rejections[0].severity == core::IssueSeverity::Error);
    CHECK(c.rejections[0].position == QStringLiteral("e.json: Event.Attribute[0]"));
    CHECK(c.rejections[0].object == QStringLiteral("22222222-2222-4333-8444-555555555555"));
    CHECK(c.rejections[1].position == QStringLiteral("e.json: Event.Attribute[1]"));
    // A bad port and an unknown type are kept as custom objects, each with a note.
    CHECK(c.find("x-misp-attribute--44444444-2222-4333-8444-555555555555"));
    CHECK(c.find("x-misp-attribute--55555555-2222-4333-8444-555555555555"));
    CHECK(std::any_of(c.notes.begin(), c.notes.end(),
                      [](const auto& n) { return n.message.contains(QStringLiteral("0 to 65535")); }));
    CHECK(std::any_of(c.notes.begin(), c.notes.end(),
                      [](const auto& n) { return n.message.contains(QStringLiteral("no-such-type")); }));
    CHECK(c.find("indicator--66666666-2222-4333-8444-555555555555"));
    CHECK(r.value().generatorRejections == 0);
}

TEST_CASE("every attribute type of misp-stix's mapping documentation converts, as indicator and as observable") {
    test::TempDir dir;
    // Turns the documentation's MISP examples into two events: all to_ids, and none.
    const QString script = QStringLiteral(R"(
import json, sys
doc = json.load(open(sys.argv[1], encoding='utf-8'))
for flag, name, uid in ((True, sys.argv[2], 'a'), (False, sys.argv[3], 'b')):
    attrs = []
    for i, (t, m) in enumerate(sorted(doc.items())):
        a = dict(m['MISP']); a['to_ids'] = flag; a['uuid'] = '%08d-0000-4000-8000-%012d' % (i, 1 if flag else 2)
        attrs.append(a)
    ev = {'Event': {'uuid': uid * 8 + '-1111-4111-8111-111111111111', 'info': 'mapping', 'timestamp': '1603642920', 'Attribute': attrs}}
    json.dump(ev, open(name, 'w'))
print(len(doc))
)");
    const QString ids = dir.path(QStringLiteral("ids.json")), obs = dir.path(QStringLiteral("obs.json"));
    const int types = python(script, {data("misp/misp-stix-mapping/misp_attributes_to_stix21.json"), ids, obs}).trimmed().toInt();
    REQUIRE(types == 80);
    Collect c;
    auto r = read(ids, c);
    REQUIRE(r.ok());
    CHECK(r.value().generatorRejections == 0);
    CHECK(c.rejections.empty());
    // vulnerability and campaign-name are domain objects of their own; everything else an indicator.
    CHECK(r.value().objectsByType.at("indicator") == 78);
    CHECK(r.value().objectsByType.at("vulnerability") == 1);
    CHECK(r.value().objectsByType.at("campaign") == 1);
    for (const auto& rec : c.records)
        CHECK(rec.patternState != core::PatternState::Invalid);
    Collect o;
    auto ro = read(obs, o);
    REQUIRE(ro.ok());
    CHECK(ro.value().generatorRejections == 0);
    CHECK(o.rejections.empty());
    // Without to_ids: detection rules stay indicators; pattern-only types become custom objects.
    CHECK(ro.value().objectsByType.at("indicator") == 4);        // sigma, snort, suricata, yara
    CHECK(ro.value().objectsByType.at("x-misp-attribute") == 4); // http-method, port, size-in-bytes, user-agent
    CHECK(ro.value().objectsByType.at("observed-data") == 70);
    CHECK(ro.value().objectsByType.at("vulnerability") == 1);
}

TEST_CASE("MISP galaxy clusters become SDOs with misp-stix's types and references") {
    Collect sectors;
    REQUIRE(read(data("misp/galaxy/clusters/sector.json"), sectors).ok());
    const auto* academia = sectors.find("identity--98821a86-3c11-474b-afab-3c84af061407");
    REQUIRE(academia);
    CHECK(academia->name == "Academia - University");
    CHECK(sectors.jsonOf(academia->id).find(R"("identity_class":"class")") != std::string::npos);

    Collect attack;
    auto r = read(data("misp/galaxy/clusters/mitre-attack-pattern.json.gz"), attack, MispInput::Galaxy);
    REQUIRE(r.ok());
    CHECK(r.value().kind == MispInput::Galaxy);
    const auto* t1393 = attack.find("attack-pattern--c9e85b80-39e8-42df-b275-86a2afcea9e8");
    REQUIRE(t1393);
    CHECK(t1393->name == "Test ability to evade automated mobile application security analysis performed by app stores");
    CHECK(t1393->labels.find("T1393") != std::string::npos);
    CHECK(attack.jsonOf(t1393->id).find(R"({"source_name":"mitre-attack","external_id":"T1393"})") != std::string::npos);
    CHECK(attack.jsonOf(t1393->id).find(
              R"("kill_chain_phases":[{"kill_chain_name":"pre-attack","phase_name":"test-capabilities"}])") != std::string::npos);

    // The same threat actor from the cluster file and embedded in an event (which names the cluster
    // collection's uuid in old exports) never share a wrong id; events link their clusters.
    Collect event;
    REQUIRE(read(data("misp/events/pymisp/mispevent_testfiles/existing_event.json"), event).ok());
    CHECK(event.find("threat-actor--7cdff317-a673-4474-84ec-4f1754947823") == nullptr);
    const auto* report = event.find("report--5a3c2fcd-8328-42bb-a95e-4f4402de0b81");
    REQUIRE(report);
    std::int64_t tools = 0;
    for (const auto& e : report->edges)
        tools += e.target.rfind("tool--", 0) == 0;
    CHECK(tools == 6);

    Collect taxonomy;
    auto t = read(data("misp/taxonomies/tlp/machinetag.json"), taxonomy);
    REQUIRE(t.ok());
    CHECK(t.value().kind == MispInput::Taxonomy);
    REQUIRE(taxonomy.records.size() == 1);
    CHECK(taxonomy.records[0].id == "x-misp-taxonomy--34c3905d-5e01-5b53-aebc-6aca2b78eb2b");
    CHECK(taxonomy.records[0].name == "tlp");
    CHECK(taxonomy.json[0].find(R"("x_misp_predicates":[{)") != std::string::npos);
}

TEST_CASE("MISP sniffing recognises events, galaxies and taxonomies but not STIX") {
    using ingest::misp::sniffMisp;
    const QString any = QStringLiteral("x.json");
    CHECK(sniffMisp(R"({"Event": {"info": "x"}})", any) == MispInput::Event);
    CHECK(sniffMisp(R"({"response": [{"Event": {}}]})", any) == MispInput::Event);
    CHECK(sniffMisp("\xEF\xBB\xBF {\"Attribute\": [], \"info\": \"bare\"}", any) == MispInput::Event);
    CHECK(sniffMisp(R"({"analysis": "1", "date": "2017-12-31", "info": "This is a test", "threat_level_id": "1"})", any) ==
          MispInput::Event);
    CHECK(sniffMisp(R"({"authors": ["x"], "category": "sector", "type": "sector", "uuid": "u", "values": [)", any) ==
          MispInput::Galaxy);
    CHECK(sniffMisp(R"({"namespace": "PAP", "predicates": [)", any) == MispInput::Taxonomy);
    CHECK(sniffMisp(R"({"namespace": "PAP")", QStringLiteral("/x/PAP/machinetag.json")) == MispInput::Taxonomy);
    CHECK_FALSE(
        sniffMisp(R"({"type": "bundle", "id": "bundle--1", "objects": [{"type": "note", "content": "\"Event\": 1"}]})", any));
    CHECK_FALSE(sniffMisp("timestamp,src\n", any));
    CHECK_FALSE(sniffMisp("", any));
}

TEST_CASE("a cancelled MISP import stops with Cancelled") {
    Collect c;
    core::CancelToken cancel;
    cancel.cancel();
    auto r = ingest::misp::readMisp(data("misp/feeds/redblue232-2026-05-05"), MispInput::Auto, c, cancel);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().isCancelled());
    auto g = ingest::misp::readMisp(data("misp/galaxy/clusters/sector.json"), MispInput::Auto, c, cancel);
    REQUIRE_FALSE(g.ok());
    CHECK(g.error().isCancelled());
}

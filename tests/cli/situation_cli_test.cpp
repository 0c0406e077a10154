// The situation picture's commands as a script would drive them: situation, snapshot, export.
#include "models/analysis/attack_matrix.h"
#include "tests/support/external_tools.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace test = lagebild::test;
using lagebild::test::runLagebild;

namespace {

QJsonObject json(const lagebild::test::Run& r) { return lagebild::test::jsonOf(r); }

struct Demo {
    test::TempDir dir;
    QString db = dir.path(QStringLiteral("d.sqlite"));
    Demo() {
        REQUIRE(
            runLagebild({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--alerts"), QStringLiteral("2000")})
                .code == 0);
    }
    lagebild::test::Run run(QStringList args) const {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runLagebild(args);
    }
};

} // namespace

TEST_CASE("situation --json has the contract's shape, and with --window all its alert counts are those of stats") {
    Demo d;
    const auto all =
        json(d.run({QStringLiteral("situation"), QStringLiteral("--json"), QStringLiteral("--window"), QStringLiteral("all")}));
    const auto stats = json(d.run({QStringLiteral("stats"), QStringLiteral("--json")}));
    const auto a = all.value(QStringLiteral("alerts")).toObject();
    const auto s = stats.value(QStringLiteral("alerts")).toObject();
    CHECK(a.value(QStringLiteral("total")) == s.value(QStringLiteral("total")));
    CHECK(a.value(QStringLiteral("matched")) == s.value(QStringLiteral("matched")));
    CHECK(a.value(QStringLiteral("by_status")) == s.value(QStringLiteral("by_status")));
    CHECK(a.value(QStringLiteral("by_severity")) == s.value(QStringLiteral("by_severity")));
    CHECK(a.value(QStringLiteral("total")).toInt() == 2000);

    const auto week = json(d.run({QStringLiteral("situation"), QStringLiteral("--json")}));
    for (const char* key :
         {"window", "threat_level", "alerts", "top_techniques", "top_indicators", "campaigns", "warnings_open", "incidents_open"})
        CHECK(week.contains(QString::fromLatin1(key)));
    const auto level = week.value(QStringLiteral("threat_level")).toObject();
    CHECK(level.value(QStringLiteral("level")).toInt() == 3);
    CHECK(level.value(QStringLiteral("name")).toString() == QStringLiteral("Orange – business-critical"));
    CHECK(level.value(QStringLiteral("rule")).toString() == QStringLiteral("incident-critical"));
    CHECK(level.value(QStringLiteral("override")).isNull());
    for (const char* key : {"total", "matched", "by_severity", "by_status", "by_sensor"})
        CHECK(week.value(QStringLiteral("alerts")).toObject().contains(QString::fromLatin1(key)));
    const auto technique = week.value(QStringLiteral("top_techniques")).toArray().first().toObject();
    for (const char* key : {"id", "name", "count"})
        CHECK(technique.contains(QString::fromLatin1(key)));
    const auto indicator = week.value(QStringLiteral("top_indicators")).toArray().first().toObject();
    for (const char* key : {"id", "value", "matches"})
        CHECK(indicator.contains(QString::fromLatin1(key)));
    CHECK_FALSE(week.value(QStringLiteral("campaigns")).toArray().isEmpty());
    // A window of days, in German: the level's name follows --lang.
    const auto de = json(d.run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("situation"),
                                QStringLiteral("--json"), QStringLiteral("--window"), QStringLiteral("2020-01-01..2020-01-02")}));
    CHECK(de.value(QStringLiteral("alerts")).toObject().value(QStringLiteral("total")).toInt() == 0);
    CHECK(de.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString() ==
          QStringLiteral("2020-01-01T00:00:00.000Z"));
    CHECK(de.value(QStringLiteral("window")).toObject().value(QStringLiteral("to")).toString() ==
          QStringLiteral("2020-01-03T00:00:00.000Z"));
}

TEST_CASE("an override needs a level, a reason and an expiry, it shows in situation and is ended by --clear-override") {
    Demo d;
    CHECK(d.run({QStringLiteral("situation"), QStringLiteral("--window"), QStringLiteral("1w")}).code == 2);
    CHECK(d.run({QStringLiteral("situation"), QStringLiteral("--override"), QStringLiteral("5"), QStringLiteral("--reason"),
                 QStringLiteral("x"), QStringLiteral("--until"), QStringLiteral("1h")})
              .code == 2);
    CHECK(d.run({QStringLiteral("situation"), QStringLiteral("--override"), QStringLiteral("4"), QStringLiteral("--until"),
                 QStringLiteral("1h")})
              .code == 2);
    CHECK(d.run({QStringLiteral("situation"), QStringLiteral("--override"), QStringLiteral("4"), QStringLiteral("--reason"),
                 QStringLiteral("x")})
              .code == 2);
    CHECK(d.run({QStringLiteral("situation"), QStringLiteral("--override"), QStringLiteral("4"), QStringLiteral("--reason"),
                 QStringLiteral("x"), QStringLiteral("--until"), QStringLiteral("2001-01-01T00:00:00Z")})
              .code == 2);
    CHECK(d.run({QStringLiteral("situation"), QStringLiteral("--reason"), QStringLiteral("x")}).code == 2);
    const auto set = json(
        d.run({QStringLiteral("situation"), QStringLiteral("--json"), QStringLiteral("--override"), QStringLiteral("4"),
               QStringLiteral("--reason"), QStringLiteral("Exercise BLUE"), QStringLiteral("--until"), QStringLiteral("8h")}));
    const auto level = set.value(QStringLiteral("threat_level")).toObject();
    CHECK(level.value(QStringLiteral("level")).toInt() == 4);
    CHECK(level.value(QStringLiteral("computed_level")).toInt() == 3);
    CHECK(level.value(QStringLiteral("override")).toObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("Exercise BLUE"));
    const auto cleared = json(d.run({QStringLiteral("situation"), QStringLiteral("--json"), QStringLiteral("--clear-override")}));
    CHECK(cleared.value(QStringLiteral("threat_level")).toObject().value(QStringLiteral("level")).toInt() == 3);
    CHECK(cleared.value(QStringLiteral("threat_level")).toObject().value(QStringLiteral("override")).isNull());
}

TEST_CASE("snapshot create prints the id, list lists it, diff compares with now or with another snapshot") {
    Demo d;
    CHECK(d.run({QStringLiteral("snapshot")}).code == 2);
    CHECK(d.run({QStringLiteral("snapshot"), QStringLiteral("frobnicate")}).code == 2);
    CHECK(d.run({QStringLiteral("snapshot"), QStringLiteral("diff")}).code == 2);
    CHECK(d.run({QStringLiteral("snapshot"), QStringLiteral("diff"), QStringLiteral("99")}).code == 2);
    const auto first = d.run({QStringLiteral("snapshot"), QStringLiteral("create")});
    REQUIRE(first.code == 0);
    CHECK(first.out.trimmed() == QStringLiteral("4")); // after the demo's three weekly pictures
    // Something changes: a bundle with a new campaign.
    const QString bundle = d.dir.write(QStringLiteral("b.json"),
                                       R"({"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[
      {"type":"campaign","spec_version":"2.1","id":"campaign--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2026-01-01T00:00:00.000Z",
       "modified":"2026-01-01T00:00:00.000Z","name":"Operation GLASS HARBOUR"}]})");
    REQUIRE(d.run({QStringLiteral("import"), bundle}).code == 0);
    const auto second = json(d.run({QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("--json"),
                                    QStringLiteral("--label"), QStringLiteral("after")}));
    CHECK(second.value(QStringLiteral("id")).toInt() == 5);
    CHECK(second.value(QStringLiteral("bytes")).toInt() > 0);
    const auto list = json(d.run({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(list.value(QStringLiteral("snapshots")).toArray().size() == 5);
    CHECK(list.value(QStringLiteral("snapshots")).toArray().first().toObject().value(QStringLiteral("label")).toString() ==
          QStringLiteral("after"));
    for (const QStringList& args : {QStringList{QStringLiteral("4"), QStringLiteral("5")}, QStringList{QStringLiteral("4")}}) {
        auto r =
            d.run(QStringList{QStringLiteral("snapshot"), QStringLiteral("diff")} + args + QStringList{QStringLiteral("--json")});
        REQUIRE(r.code == 0);
        const auto diff = json(r);
        CHECK(diff.value(QStringLiteral("objects"))
                  .toObject()
                  .value(QStringLiteral("campaign"))
                  .toObject()
                  .value(QStringLiteral("added"))
                  .toInt() == 1);
        CHECK(diff.value(QStringLiteral("objects")).toObject().value(QStringLiteral("indicator")).isUndefined());
        for (const char* key : {"alerts", "threat_level", "developments", "from", "to"})
            CHECK(diff.contains(QString::fromLatin1(key)));
        CHECK(diff.value(QStringLiteral("developments"))
                  .toArray()
                  .contains(QStringLiteral("1 new campaign: Operation GLASS HARBOUR")));
    }
}

TEST_CASE("export --format navigator writes a layer 4.5 whose scores read back as written, other formats say why not") {
    Demo d;
    CHECK(d.run({QStringLiteral("export"), QStringLiteral("--out"), d.dir.path(QStringLiteral("x"))}).code == 2);
    CHECK(d.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("navigator")}).code == 2);
    const auto stix = d.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stix"),
                             QStringLiteral("--out"), d.dir.path(QStringLiteral("x"))});
    CHECK(stix.code == 2);
    CHECK(stix.err.contains(QStringLiteral("not part of this version")));
    const QString out = d.dir.path(QStringLiteral("layer.json"));
    REQUIRE(
        d.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("navigator"), QStringLiteral("--out"), out})
            .code == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QJsonObject layer = QJsonDocument::fromJson(bytes).object();
    CHECK(layer.value(QStringLiteral("versions")).toObject().value(QStringLiteral("layer")).toString() == QStringLiteral("4.5"));
    CHECK(layer.value(QStringLiteral("domain")).toString() == QStringLiteral("enterprise-attack"));
    for (const char* key : {"techniques", "gradient", "legendItems"})
        CHECK(layer.contains(QString::fromLatin1(key)));
    const QJsonArray techniques = layer.value(QStringLiteral("techniques")).toArray();
    REQUIRE_FALSE(techniques.isEmpty());
    for (const auto& t : techniques) {
        const QJsonObject o = t.toObject();
        for (const char* key : {"techniqueID", "score", "comment"})
            CHECK(o.contains(QString::fromLatin1(key)));
    }
    // The alerts part of each score is what situation counts for the technique.
    const auto all =
        json(d.run({QStringLiteral("situation"), QStringLiteral("--json"), QStringLiteral("--window"), QStringLiteral("all")}));
    const QJsonObject top = all.value(QStringLiteral("top_techniques")).toArray().first().toObject();
    bool found = false;
    for (const auto& t : techniques)
        if (t.toObject().value(QStringLiteral("techniqueID")) == top.value(QStringLiteral("id"))) {
            found = true;
            CHECK(t.toObject()
                      .value(QStringLiteral("comment"))
                      .toString()
                      .startsWith(QStringLiteral("alerts: %1;").arg(top.value(QStringLiteral("count")).toInt())));
        }
    CHECK(found);
    // Round trip: the layer reads back as an overlay with the same scores.
    auto overlay = lagebild::analysis::readNavigatorLayer(bytes, out);
    REQUIRE(overlay);
    for (const auto& t : techniques)
        CHECK(overlay.value().at(t.toObject().value(QStringLiteral("techniqueID")).toString()) ==
              t.toObject().value(QStringLiteral("score")).toDouble());
    CHECK(lagebild::analysis::readNavigatorLayer("{\"a\":", out).error().message.contains(out));
    CHECK(lagebild::analysis::readNavigatorLayer("{\"domain\":\"x\",\"techniques\":[{\"score\":1}]}", out)
              .error()
              .message.contains(QStringLiteral("techniques[0]")));
}

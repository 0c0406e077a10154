// The air-gap contract from outside: trust add|list|remove, bundle create, import of signed
// files with exit code 4 and an unchanged database on any signature or trust failure.
#include "tests/support/external_tools.h"
#include "tests/support/minisig_tamper.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace lagebild;
using test::runLagebild;

namespace {

struct Site {
    test::TempDir dir;
    QString db = dir.path(QStringLiteral("cache.sqlite"));
    test::Run run(QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runLagebild(args);
    }
    QString stats() {
        const auto r = run({QStringLiteral("stats"), QStringLiteral("--json")});
        REQUIRE(r.code == 0);
        return r.out;
    }
    QJsonObject objects() {
        return test::jsonOf(run({QStringLiteral("stats"), QStringLiteral("--json")})).value(QStringLiteral("objects")).toObject();
    }
};

bool oneLine(const test::Run& r) { return r.err.trimmed().split(QLatin1Char('\n')).size() == 1; }

} // namespace

TEST_CASE("bundle create, trust add and import carry a signed bundle to another database") {
    Site producer, consumer;
    REQUIRE(producer.run({QStringLiteral("import"), test::testData(QStringLiteral("stix/attack-flow"))}).code == 0);
    const auto keys = test::makeMinisignKeys(producer.dir, QStringLiteral("site"));
    const QString out = producer.dir.path(QStringLiteral("bundle.json"));
    const auto created =
        producer.run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--out"), out, QStringLiteral("--sign"),
                      keys.secretKey, QStringLiteral("--producer"), QStringLiteral("cert-a")});
    REQUIRE_MESSAGE(created.code == 0, created.err.toStdString());
    CHECK(QFile::exists(out + QStringLiteral(".minisig")));
    const auto verified = test::minisignVerify(keys.publicKey, out);
    CHECK_MESSAGE(verified.code == 0, verified.err.toStdString());
    CHECK(verified.out.contains(QStringLiteral("producer=cert-a seq=1")));

    // Not trusted yet: exit 4, one line naming the file, nothing imported.
    const QString empty = consumer.stats();
    auto r = consumer.run({QStringLiteral("import"), out});
    CHECK(r.code == 4);
    CHECK(oneLine(r));
    CHECK(r.err.contains(out));
    CHECK(consumer.stats() == empty);

    REQUIRE(consumer.run({QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("cert-a"), keys.publicKey}).code == 0);
    r = consumer.run({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--require-signature"), out});
    CHECK_MESSAGE(r.code == 0, r.err.toStdString());
    CHECK(consumer.objects() == producer.objects());

    // Replayed: exit 4, unchanged.
    const QString after = consumer.stats();
    r = consumer.run({QStringLiteral("import"), out});
    CHECK(r.code == 4);
    CHECK(oneLine(r));
    CHECK(r.err.contains(QStringLiteral("replayed")));
    CHECK(consumer.stats() == after);

    // The next bundle skips a number (its sequence was used by a bundle that never arrived): reported.
    REQUIRE(producer
                .run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--out"),
                      producer.dir.path(QStringLiteral("lost.json")), QStringLiteral("--sign"), keys.secretKey,
                      QStringLiteral("--producer"), QStringLiteral("cert-a")})
                .code == 0);
    const QString third = producer.dir.path(QStringLiteral("third.json"));
    REQUIRE(producer
                .run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--out"), third,
                      QStringLiteral("--sign"), keys.secretKey, QStringLiteral("--producer"), QStringLiteral("cert-a")})
                .code == 0);
    r = consumer.run({QStringLiteral("import"), QStringLiteral("--json"), third});
    CHECK(r.code == 0);
    bool gap = false;
    for (const auto& issue :
         test::jsonOf(r).value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("issues")).toArray())
        gap = gap || (issue.toObject().value(QStringLiteral("severity")).toString() == QStringLiteral("warning") &&
                      issue.toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("gap")));
    CHECK(gap);
}

TEST_CASE("every tampered signed file exits 4 with one line and leaves the database unchanged") {
    Site site;
    const auto keys = test::makeMinisignKeys(site.dir, QStringLiteral("k"));
    REQUIRE(site.run({QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("partner"), keys.publicKey}).code == 0);
    const QByteArray content = test::readFile(test::testData(QStringLiteral("stix/oasis-examples/infrastructure.json")));
    const QString original = site.dir.write(QStringLiteral("orig.json"), content);
    REQUIRE(test::minisignSign(keys, original, QStringLiteral("producer=partner seq=1")).code == 0);
    const QByteArray signature = test::readFile(original + QStringLiteral(".minisig"));
    const QString before = site.stats();
    int n = 0;
    for (const auto& tamper : test::tamperCases()) {
        CAPTURE(tamper.name.toStdString());
        QByteArray data = content, sig = signature;
        tamper.apply(data, sig);
        const QString path = site.dir.write(QStringLiteral("t%1/infrastructure.json").arg(++n), data);
        site.dir.write(QStringLiteral("t%1/infrastructure.json.minisig").arg(n), sig);
        const auto r = site.run({QStringLiteral("import"), path});
        CHECK(r.code == 4);
        CHECK(oneLine(r));
        CHECK(r.err.contains(path));
        CHECK(site.stats() == before);
    }
    const auto good = site.run({QStringLiteral("import"), original});
    CHECK_MESSAGE(good.code == 0, good.err.toStdString());
    CHECK(site.stats() != before);
}

TEST_CASE("--require-signature refuses an unsigned file with exit 4") {
    Site site;
    const QString path = site.dir.write(
        QStringLiteral("plain.json"), test::readFile(test::testData(QStringLiteral("stix/oasis-examples/infrastructure.json"))));
    const QString before = site.stats();
    const auto r = site.run({QStringLiteral("import"), QStringLiteral("--require-signature"), path});
    CHECK(r.code == 4);
    CHECK(oneLine(r));
    CHECK(r.err.contains(path));
    CHECK(site.stats() == before);
    CHECK(site.run({QStringLiteral("import"), path}).code == 0); // without the option it imports
}

TEST_CASE("trust list shows keys and sequences, trust remove takes a key away") {
    Site site;
    const auto a = test::makeMinisignKeys(site.dir, QStringLiteral("a"));
    const auto b = test::makeMinisignKeys(site.dir, QStringLiteral("b"));
    auto list = test::jsonOf(site.run({QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")}));
    CHECK(list.value(QStringLiteral("keys")).toArray().isEmpty());
    REQUIRE(site.run({QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("alpha"), a.publicKey}).code == 0);
    REQUIRE(site.run({QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("bravo"), b.publicKey}).code == 0);
    // The same name or the same key twice is a usage error; a file that is no key is a trust failure.
    CHECK(site.run({QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("alpha"), b.publicKey}).code == 2);
    CHECK(site.run({QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("again"), a.publicKey}).code == 2);
    const auto notKey = site.run({QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("x"),
                                  site.dir.write(QStringLiteral("no.pub"), "hello\n")});
    CHECK(notKey.code == 4);
    CHECK(oneLine(notKey));
    CHECK(site.run({QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("bad name"), a.publicKey}).code == 2);
    CHECK(site.run({QStringLiteral("trust"), QStringLiteral("frobnicate")}).code == 2);

    const QString data = site.dir.write(
        QStringLiteral("d.json"), test::readFile(test::testData(QStringLiteral("stix/oasis-examples/infrastructure.json"))));
    REQUIRE(test::minisignSign(a, data, QStringLiteral("producer=alpha seq=3")).code == 0);
    REQUIRE(site.run({QStringLiteral("import"), data}).code == 0);

    list = test::jsonOf(site.run({QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")}));
    const auto keys = list.value(QStringLiteral("keys")).toArray();
    REQUIRE(keys.size() == 2);
    const auto alpha = keys.at(0).toObject();
    CHECK(alpha.value(QStringLiteral("name")).toString() == QStringLiteral("alpha"));
    CHECK(alpha.value(QStringLiteral("key_id")).toString().size() == 16);
    CHECK(test::minisignPrintedKeyId(a.publicKey) == alpha.value(QStringLiteral("key_id")).toString().toULongLong(nullptr, 16));
    CHECK(alpha.value(QStringLiteral("last_seq")).toObject().value(QStringLiteral("alpha")).toInt() == 3);
    // alpha's key signing as bravo: a trust failure (exit 4, one line), nothing imported.
    const QString asBravo = site.dir.write(QStringLiteral("as-bravo.json"), test::readFile(data));
    REQUIRE(test::minisignSign(a, asBravo, QStringLiteral("producer=bravo seq=9")).code == 0);
    const QString beforeBravo = site.stats();
    const auto refusedBravo = site.run({QStringLiteral("import"), asBravo});
    CHECK(refusedBravo.code == 4);
    CHECK(oneLine(refusedBravo));
    CHECK(refusedBravo.err.contains(QStringLiteral("trusted as producer \"alpha\"")));
    CHECK(site.stats() == beforeBravo);
    const auto human = site.run({QStringLiteral("trust"), QStringLiteral("list")});
    CHECK(human.out.contains(QStringLiteral("bravo")));

    REQUIRE(site.run({QStringLiteral("trust"), QStringLiteral("remove"), QStringLiteral("alpha")}).code == 0);
    CHECK(site.run({QStringLiteral("trust"), QStringLiteral("remove"), QStringLiteral("alpha")}).code == 1);
    list = test::jsonOf(site.run({QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(list.value(QStringLiteral("keys")).toArray().size() == 1);
    CHECK(list.value(QStringLiteral("keys")).toArray().at(0).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("bravo"));
    // A file signed by the removed key is refused now.
    const QString later = site.dir.write(QStringLiteral("later.json"), test::readFile(data));
    REQUIRE(test::minisignSign(a, later, QStringLiteral("producer=alpha seq=4")).code == 0);
    const QString before = site.stats();
    CHECK(site.run({QStringLiteral("import"), later}).code == 4);
    CHECK(site.stats() == before);
}

TEST_CASE("bundle create needs --out and --sign, and a password-protected key its password") {
    Site site;
    const auto keys = test::makeMinisignKeys(site.dir, QStringLiteral("e"), "secret");
    const QString out = site.dir.path(QStringLiteral("b.json"));
    CHECK(site.run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--out"), out}).code == 2);
    CHECK(site.run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--sign"), keys.secretKey}).code == 2);
    CHECK(site.run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--out"), out, QStringLiteral("--sign"),
                    keys.secretKey, QStringLiteral("--max-tlp"), QStringLiteral("purple")})
              .code == 2);
    // No LAGEBILD_SIGN_PASSWORD in the test environment: a trust failure, nothing written.
    qunsetenv("LAGEBILD_SIGN_PASSWORD");
    const auto r = site.run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--out"), out,
                             QStringLiteral("--sign"), keys.secretKey});
    CHECK(r.code == 4);
    CHECK(oneLine(r));
    CHECK(r.err.contains(QStringLiteral("LAGEBILD_SIGN_PASSWORD")));
    CHECK_FALSE(QFile::exists(out));
    qputenv("LAGEBILD_SIGN_PASSWORD", "secret");
    const auto ok =
        site.run({QStringLiteral("bundle"), QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("--out"), out,
                  QStringLiteral("--sign"), keys.secretKey, QStringLiteral("--max-tlp"), QStringLiteral("amber")});
    qunsetenv("LAGEBILD_SIGN_PASSWORD");
    REQUIRE_MESSAGE(ok.code == 0, ok.err.toStdString());
    CHECK(test::jsonOf(ok).value(QStringLiteral("seq")).toInt() == 1);
    CHECK(test::minisignVerify(keys.publicKey, out).code == 0);
}

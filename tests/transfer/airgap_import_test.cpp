// Signed files through the ImportService (used by the CLI and the window): verified before they
// are parsed, refused whole on any doubt, sequence numbers recorded with the data.
#include "models/imports/import_service.h"
#include "models/store/trust_repository.h"
#include "models/transfer/minisign.h"
#include "tests/support/external_tools.h"
#include "tests/support/minisig_tamper.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>

using namespace lagebild;

namespace {

QByteArray bundle(int n) {
    QByteArray b = R"({"type":"bundle","id":"bundle--6e9e2e4d-1f67-4bcb-9a1e-7f0000000000","objects":[)";
    for (int i = 0; i < n; ++i) {
        if (i)
            b += ',';
        b += QStringLiteral(R"({"type":"indicator","spec_version":"2.1","id":"indicator--00000000-0000-4000-8000-%1",)"
                            R"("created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"C2 %2",)"
                            R"("pattern":"[ipv4-addr:value = '198.51.100.%2']","pattern_type":"stix",)"
                            R"("valid_from":"2026-01-01T00:00:00Z"})")
                 .arg(i, 12, 10, QLatin1Char('0'))
                 .arg(i % 250)
                 .toUtf8();
    }
    return b + "]}\n";
}

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<store::Database> db;
    test::MinisignKeys keys;
    Fixture() {
        auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        keys = test::makeMinisignKeys(dir, QStringLiteral("siteA"));
        trust(QStringLiteral("siteA"), keys);
    }
    void trust(const QString& name, const test::MinisignKeys& k) {
        auto pub = transfer::readPublicKeyFile(k.publicKey);
        REQUIRE(pub.ok());
        REQUIRE(store::TrustRepository(*db)
                    .addKey({name, pub.value().keyIdText(), pub.value().base64(), pub.value().untrustedComment, 1})
                    .ok());
    }
    // Writes `name` and signs it with minisign -S as producer `producer`, sequence `seq`.
    QString signedFile(const QString& name, const QByteArray& content, std::int64_t seq,
                       const QString& producer = QStringLiteral("siteA"), const test::MinisignKeys* with = nullptr) {
        const QString path = dir.write(name, content);
        const auto r = test::minisignSign(with ? *with : keys, path, QStringLiteral("producer=%1 seq=%2").arg(producer).arg(seq));
        REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
        return path;
    }
    imports::FileReport import(const QString& path, bool requireSignature = false) {
        imports::ImportOptions options;
        options.requireSignature = requireSignature;
        return imports::ImportService(*db).importFile({path, false}, options, core::CancelToken{});
    }
    // Everything an import could change, in one comparable value.
    QString state() {
        QStringList parts;
        for (const char* sql :
             {"SELECT count(*) FROM stix_object", "SELECT count(*) FROM observable", "SELECT count(*) FROM audit_log",
              "SELECT count(*) FROM source", "SELECT coalesce(sum(last_seq), -1) FROM producer_sequence",
              "SELECT count(*) FROM producer_sequence"})
            parts << QString::number(db->queryInt(sql).value());
        return parts.join(QLatin1Char('/'));
    }
    static bool refused(const imports::FileReport& r) { return r.error && r.error->code == core::ErrorCode::Signature; }
    std::int64_t lastSeq() { return db->queryInt("SELECT coalesce(max(last_seq), -1) FROM producer_sequence").value(); }
};

} // namespace

TEST_CASE("a file signed by a trusted key is imported and its sequence number recorded") {
    Fixture f;
    const QString path = f.signedFile(QStringLiteral("b.json"), bundle(3), 1);
    const auto r = f.import(path);
    REQUIRE_FALSE(r.error.has_value());
    CHECK(r.added == 3);
    CHECK(r.path == path);
    REQUIRE_FALSE(r.issues.empty());
    CHECK(r.issues.front().message.contains(QStringLiteral("Signature verified")));
    CHECK(f.lastSeq() == 1);
    CHECK(f.db->queryInt("SELECT count(*) FROM audit_log WHERE action = 'verify' AND json_extract(detail, '$.seq') = 1 AND "
                         "json_extract(detail, '$.target') = '" +
                         path.toStdString() + "'")
              .value() == 1);
}

TEST_CASE("a replayed or older sequence number is refused and nothing changes") {
    Fixture f;
    REQUIRE_FALSE(f.import(f.signedFile(QStringLiteral("b5.json"), bundle(2), 5)).error.has_value());
    const QString before = f.state();
    // The same signed file again, and a different file with the same or a lower number.
    for (const auto& [name, seq] :
         {std::pair{QStringLiteral("b5.json"), 5}, {QStringLiteral("other5.json"), 5}, {QStringLiteral("other4.json"), 4}}) {
        CAPTURE(name.toStdString());
        const QString path = name == QLatin1String("b5.json") ? f.dir.path(name) : f.signedFile(name, bundle(4), seq);
        const auto r = f.import(path);
        REQUIRE(r.error.has_value());
        CHECK(r.error->code == core::ErrorCode::Signature);
        CHECK(r.error->message.contains(QStringLiteral("replayed")));
        CHECK(r.error->message.contains(path));
        CHECK(f.state() == before);
    }
    // Numbers are per producer: another producer, with its own trusted key, starts its own count.
    const auto siteB = test::makeMinisignKeys(f.dir, QStringLiteral("siteB"));
    f.trust(QStringLiteral("siteB"), siteB);
    CHECK_FALSE(
        f.import(f.signedFile(QStringLiteral("siteB.json"), bundle(1), 1, QStringLiteral("siteB"), &siteB)).error.has_value());
}

TEST_CASE("a key trusted as one producer that signs as another producer is refused and changes nothing") {
    Fixture f;
    REQUIRE_FALSE(f.import(f.signedFile(QStringLiteral("a1.json"), bundle(1), 1)).error.has_value());
    const QString before = f.state();
    // siteA's key, a valid signature, but the trusted comment claims producer siteB (new count).
    const QString path = f.signedFile(QStringLiteral("as-b.json"), bundle(2), 1, QStringLiteral("siteB"));
    const auto r = f.import(path);
    REQUIRE(r.error.has_value());
    CHECK(r.error->code == core::ErrorCode::Signature);
    CHECK(r.error->message.contains(path));
    CHECK(r.error->message.contains(QStringLiteral("\"siteB\"")));
    CHECK(r.error->message.contains(QStringLiteral("trusted as producer \"siteA\"")));
    CHECK(f.state() == before);
    // Also when siteB is a trusted producer with a key of its own: siteA's key cannot speak for it.
    const auto siteB = test::makeMinisignKeys(f.dir, QStringLiteral("siteB"));
    f.trust(QStringLiteral("siteB"), siteB);
    CHECK(Fixture::refused(f.import(f.signedFile(QStringLiteral("as-b2.json"), bundle(2), 2, QStringLiteral("siteB")))));
    CHECK(f.state() == before);
    CHECK_FALSE(f.import(f.signedFile(QStringLiteral("a2.json"), bundle(2), 2)).error.has_value());
}

TEST_CASE("a gap in the sequence is reported as a warning and the file still imports") {
    Fixture f;
    REQUIRE_FALSE(f.import(f.signedFile(QStringLiteral("b1.json"), bundle(1), 1)).error.has_value());
    const auto r = f.import(f.signedFile(QStringLiteral("b4.json"), bundle(2), 4));
    REQUIRE_FALSE(r.error.has_value());
    bool gap = false;
    for (const auto& i : r.issues)
        gap = gap || (i.severity == core::IssueSeverity::Warning && i.message.contains(QStringLiteral("gap")) &&
                      i.message.contains(QStringLiteral("2 bundle")));
    CHECK(gap);
    CHECK(f.lastSeq() == 4);
    // The next number in order carries no warning.
    const auto next = f.import(f.signedFile(QStringLiteral("b5.json"), bundle(3), 5));
    REQUIRE_FALSE(next.error.has_value());
    for (const auto& i : next.issues)
        CHECK(i.severity != core::IssueSeverity::Warning);
}

TEST_CASE("a file signed with a key that is not trusted is refused") {
    Fixture f;
    const auto stranger = test::makeMinisignKeys(f.dir, QStringLiteral("stranger"));
    const QString before = f.state();
    const auto r = f.import(f.signedFile(QStringLiteral("b.json"), bundle(2), 1, QStringLiteral("siteA"), &stranger));
    REQUIRE(r.error.has_value());
    CHECK(r.error->code == core::ErrorCode::Signature);
    CHECK(r.error->message.contains(QStringLiteral("not trusted")));
    CHECK(f.state() == before);
    // Once removed, a formerly trusted key is refused too, and re-adding it keeps its old numbers.
    REQUIRE_FALSE(f.import(f.signedFile(QStringLiteral("ok.json"), bundle(1), 3)).error.has_value());
    REQUIRE(store::TrustRepository(*f.db).removeKey(QStringLiteral("siteA")).value());
    CHECK(Fixture::refused(f.import(f.signedFile(QStringLiteral("ok4.json"), bundle(1), 4))));
    f.trust(QStringLiteral("siteA"), f.keys);
    CHECK(Fixture::refused(f.import(f.signedFile(QStringLiteral("old.json"), bundle(1), 2))));
}

TEST_CASE("tampering with any part of the data or the signature file is refused and nothing changes") {
    Fixture f;
    const QByteArray content = bundle(5);
    const QString original = f.signedFile(QStringLiteral("orig.json"), content, 1);
    const QByteArray signature = test::readFile(original + QStringLiteral(".minisig"));
    const QString before = f.state();
    int n = 0;
    for (const auto& tamper : test::tamperCases()) {
        CAPTURE(tamper.name.toStdString());
        QByteArray data = content, sig = signature;
        tamper.apply(data, sig);
        REQUIRE((data != content || sig != signature));
        const QString path = f.dir.write(QStringLiteral("t%1/b.json").arg(++n), data);
        f.dir.write(QStringLiteral("t%1/b.json.minisig").arg(n), sig);
        const auto r = f.import(path);
        REQUIRE(r.error.has_value());
        CHECK(r.error->code == core::ErrorCode::Signature);
        CHECK(r.error->message.contains(path));
        CHECK(r.added == 0);
        CHECK(f.state() == before);
        if (tamper.minisignRefuses)
            CHECK(test::minisignVerify(f.keys.publicKey, path).code != 0);
    }
    // The untampered original still imports afterwards: the refusals left no trace.
    CHECK_FALSE(f.import(original).error.has_value());
}

TEST_CASE("the untrusted comment is not signed, as in minisign: rewriting its text is accepted and its text is not used") {
    Fixture f;
    const QString path = f.signedFile(QStringLiteral("b.json"), bundle(1), 1);
    QByteArray sig = test::readFile(path + QStringLiteral(".minisig"));
    sig.replace("signature from minisign secret key", "anything at all, producer=evil seq=999");
    f.dir.write(QStringLiteral("b.json.minisig"), sig);
    CHECK(test::minisignVerify(f.keys.publicKey, path).code == 0);
    const auto r = f.import(path);
    REQUIRE_FALSE(r.error.has_value());
    CHECK(f.lastSeq() == 1); // the sequence came from the trusted comment only
}

TEST_CASE("a signature without producer and sequence in its trusted comment is refused") {
    Fixture f;
    const QString path = f.dir.write(QStringLiteral("b.json"), bundle(1));
    REQUIRE(test::minisignSign(f.keys, path, QString()).code == 0); // minisign's default comment
    const auto r = f.import(path);
    REQUIRE(r.error.has_value());
    CHECK(r.error->code == core::ErrorCode::Signature);
    CHECK(r.error->message.contains(QStringLiteral("seq=N")));
}

TEST_CASE("--require-signature refuses unsigned files and accepts signed ones") {
    Fixture f;
    const QString unsignedPath = f.dir.write(QStringLiteral("plain.json"), bundle(2));
    const auto r = f.import(unsignedPath, true);
    REQUIRE(r.error.has_value());
    CHECK(r.error->code == core::ErrorCode::Signature);
    CHECK(r.error->message.contains(QStringLiteral("plain.json.minisig")));
    CHECK(f.db->queryInt("SELECT count(*) FROM stix_object").value() == 0);
    CHECK_FALSE(f.import(f.signedFile(QStringLiteral("s.json"), bundle(2), 1), true).error.has_value());
}

TEST_CASE("signature files are never imported as data, also not from a folder") {
    Fixture f;
    const QString path = f.signedFile(QStringLiteral("folder/b.json"), bundle(2), 1);
    const auto files = imports::ImportService::expandPaths({f.dir.path(QStringLiteral("folder"))});
    REQUIRE(files.size() == 1);
    CHECK(files.front().path == path);
    const auto reports = imports::ImportService(*f.db).importPaths({f.dir.path(QStringLiteral("folder"))},
                                                                   imports::ImportOptions{}, core::CancelToken{});
    REQUIRE(reports.size() == 1);
    CHECK(reports.front().added == 2);
    CHECK(f.lastSeq() == 1); // verified on the way in
    const auto named = f.import(path + QStringLiteral(".minisig"));
    CHECK_FALSE(named.error.has_value());
    CHECK(named.added == 0);
    CHECK(named.format == QStringLiteral("minisig"));
}

TEST_CASE("a signed file rejected as a whole does not use up its sequence number") {
    Fixture f;
    const auto bad = f.import(f.signedFile(QStringLiteral("bad.json"), "{\"type\":\"bundle\",\"objects\":[{\"type\": }]}", 1));
    REQUIRE(bad.error.has_value());
    CHECK(bad.error->code != core::ErrorCode::Signature);
    CHECK(bad.error->message.contains(f.dir.path(QStringLiteral("bad.json")))); // names the user's file, not the copy
    CHECK(f.lastSeq() == -1);
    CHECK_FALSE(f.import(f.signedFile(QStringLiteral("good.json"), bundle(1), 1)).error.has_value());
}

// minisign formats against Debian's minisign 0.11, in both directions, with keys it makes at
// test time (unencrypted -W keys and password-encrypted ones).
#include "models/transfer/minisign.h"
#include "tests/support/external_tools.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QFile>

using namespace lagebild;
using namespace lagebild::transfer;

namespace {

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Signs `file` with our code and writes FILE.minisig.
void signWithLagebild(const test::MinisignKeys& keys, const QString& file, const QByteArray& comment) {
    auto key = readSecretKeyFile(keys.secretKey, keys.password.isEmpty() ? std::nullopt : std::optional(keys.password));
    REQUIRE_MESSAGE(key.ok(), key.error().message.toStdString());
    auto hash = hashFile(file);
    REQUIRE(hash.ok());
    writeAll(file + QStringLiteral(".minisig"),
             formatSignature(signPrehashed(key.value(), hash.value(), comment, "signature from a test")));
}

core::Status verifyWithLagebild(const QString& publicKey, const QString& file) {
    auto key = readPublicKeyFile(publicKey);
    REQUIRE(key.ok());
    auto sig = parseSignature(test::readFile(file + QStringLiteral(".minisig")), file + QStringLiteral(".minisig"));
    if (!sig)
        return sig.error();
    const QByteArray data = test::readFile(file);
    auto hash = hashFile(file);
    REQUIRE(hash.ok());
    return verify(key.value(), sig.value(), &hash.value(), &data, file);
}

} // namespace

TEST_CASE("a public key made by minisign parses with the key id minisign prints") {
    test::TempDir dir;
    const auto keys = test::makeMinisignKeys(dir, QStringLiteral("k"));
    auto key = readPublicKeyFile(keys.publicKey);
    REQUIRE(key.ok());
    // minisign writes "untrusted comment: minisign public key <KEYID>" in hex without leading
    // zeros; we print 16 digits (a random key has a leading zero digit one time in sixteen).
    CHECK(test::minisignPrintedKeyId(keys.publicKey) == key.value().keyIdText().toULongLong(nullptr, 16));
    CHECK(key.value().keyIdText().size() == 16);
    // Round trip of the base64 line.
    CHECK(test::readFile(keys.publicKey).contains(key.value().base64().toLatin1()));
    CHECK_FALSE(parsePublicKey("untrusted comment: x\nnot base64!\n", QStringLiteral("p")).ok());
    CHECK_FALSE(parsePublicKey("just one odd line\nand another\nand a third\n", QStringLiteral("p")).ok());
}

TEST_CASE("our signature over a file verifies with minisign -V") {
    test::TempDir dir;
    const QString file = dir.write(QStringLiteral("data.json"), QByteArray(200000, 'x') + "{\"end\":true}\n");
    const auto keys = test::makeMinisignKeys(dir, QStringLiteral("k"));
    signWithLagebild(keys, file, "producer=siteA seq=7 timestamp=2026-01-01T00:00:00.000Z file=data.json");
    const auto r = test::minisignVerify(keys.publicKey, file);
    CHECK_MESSAGE(r.code == 0, r.err.toStdString());
    CHECK(r.out.contains(QStringLiteral("Trusted comment: producer=siteA seq=7")));
    CHECK(verifyWithLagebild(keys.publicKey, file).ok());
    // An empty file signs and verifies too.
    const QString empty = dir.write(QStringLiteral("empty.json"), QByteArray());
    signWithLagebild(keys, empty, "producer=siteA seq=8");
    CHECK(test::minisignVerify(keys.publicKey, empty).code == 0);
}

TEST_CASE("signatures minisign -S writes verify here, prehashed and legacy") {
    test::TempDir dir;
    const QString file = dir.write(QStringLiteral("data.csv"), "value\n198.51.100.7\n");
    {
        const auto keys = test::makeMinisignKeys(dir, QStringLiteral("m"));
        for (const bool legacy : {false, true}) {
            CAPTURE(legacy);
            const auto r = test::minisignSign(keys, file, QStringLiteral("producer=p seq=3"), legacy);
            REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
            auto sig = parseSignature(test::readFile(file + QStringLiteral(".minisig")), QStringLiteral("sig"));
            REQUIRE(sig.ok());
            CHECK(sig.value().algorithm == (legacy ? SignatureAlgorithm::Legacy : SignatureAlgorithm::Prehashed));
            CHECK(sig.value().trustedComment == "producer=p seq=3");
            CHECK(verifyWithLagebild(keys.publicKey, file).ok());
            // Another key does not verify it.
            const auto other = test::makeMinisignKeys(dir, QStringLiteral("other"));
            const auto wrong = verifyWithLagebild(other.publicKey, file);
            REQUIRE_FALSE(wrong.ok());
            CHECK(wrong.error().code == core::ErrorCode::Signature);
        }
    }
}

// minisign encrypts keys with scrypt at its "sensitive" cost (about 1 GiB, seconds per use), so
// one test covers the encrypted key: wrong password, right password, signature minisign accepts.
TEST_CASE("an encrypted secret key needs the right password and then signs what minisign verifies") {
    test::TempDir dir;
    const auto keys = test::makeMinisignKeys(dir, QStringLiteral("e"), "s3cret");
    auto none = readSecretKeyFile(keys.secretKey, std::nullopt);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("LAGEBILD_SIGN_PASSWORD")));
    auto wrong = readSecretKeyFile(keys.secretKey, QByteArray("S3cret"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == core::ErrorCode::Signature);
    CHECK(wrong.error().message.contains(QStringLiteral("wrong password")));
    CHECK_FALSE(wrong.error().message.contains(QStringLiteral("S3cret"))); // secrets never in messages
    auto right = readSecretKeyFile(keys.secretKey, QByteArray("s3cret"));
    REQUIRE(right.ok());
    auto pub = readPublicKeyFile(keys.publicKey);
    REQUIRE(pub.ok());
    CHECK(right.value().keyId() == pub.value().keyId);
    const QString file = dir.write(QStringLiteral("data.json"), "{\"type\":\"bundle\",\"objects\":[]}\n");
    auto hash = hashFile(file);
    REQUIRE(hash.ok());
    QFile sig(file + QStringLiteral(".minisig"));
    REQUIRE(sig.open(QIODevice::WriteOnly));
    sig.write(formatSignature(signPrehashed(right.value(), hash.value(), "producer=siteA seq=1", "encrypted key")));
    sig.close();
    const auto r = test::minisignVerify(keys.publicKey, file);
    CHECK_MESSAGE(r.code == 0, r.err.toStdString());
}

TEST_CASE("a damaged secret key file is refused") {
    test::TempDir dir;
    const auto keys = test::makeMinisignKeys(dir, QStringLiteral("d"));
    QList<QByteArray> lines = test::readFile(keys.secretKey).split('\n');
    QByteArray raw = QByteArray::fromBase64(lines[1]);
    raw[100] = static_cast<char>(raw[100] ^ 0x01); // in the public half of the secret key: its public half no longer matches
    lines[1] = raw.toBase64();
    writeAll(keys.secretKey, lines.join('\n'));
    auto key = readSecretKeyFile(keys.secretKey, std::nullopt);
    REQUIRE_FALSE(key.ok());
    CHECK(key.error().code == core::ErrorCode::Signature);
}

TEST_CASE("a changed trusted comment or data is caught by the signatures, not only by parsing") {
    test::TempDir dir;
    const auto keys = test::makeMinisignKeys(dir, QStringLiteral("t"));
    const QString file = dir.write(QStringLiteral("f.json"), "{\"type\":\"bundle\",\"objects\":[]}\n");
    signWithLagebild(keys, file, "producer=siteA seq=5");
    REQUIRE(verifyWithLagebild(keys.publicKey, file).ok());
    const QByteArray original = test::readFile(file + QStringLiteral(".minisig"));
    QByteArray edited = original;
    edited.replace("seq=5", "seq=6"); // printable, well-formed: only the global signature can tell
    writeAll(file + QStringLiteral(".minisig"), edited);
    auto r = verifyWithLagebild(keys.publicKey, file);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("trusted comment")));
    CHECK(test::minisignVerify(keys.publicKey, file).code != 0);
    writeAll(file + QStringLiteral(".minisig"), original);
    writeAll(file, "{\"type\":\"bundle\",\"objects\":[] }\n");
    r = verifyWithLagebild(keys.publicKey, file);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("content")));
}

TEST_CASE("trusted comments yield producer and sequence, and ambiguous ones yield neither") {
    auto f = parseTrustedComment("producer=siteA seq=42 timestamp=2026-01-01T00:00:00Z file=b.json");
    CHECK(f.producer == QStringLiteral("siteA"));
    REQUIRE(f.seq.has_value());
    CHECK(*f.seq == 42);
    CHECK(f.file == QStringLiteral("b.json"));
    f = parseTrustedComment("timestamp:1795932513\tfile:m.txt\thashed"); // minisign's default
    CHECK(f.producer.isEmpty());
    CHECK_FALSE(f.seq.has_value());
    CHECK(f.timestamp == QStringLiteral("1795932513"));
    f = parseTrustedComment("producer=a seq=1 seq=9");
    CHECK_FALSE(f.seq.has_value());
    CHECK(f.producer.isEmpty());
    CHECK_FALSE(parseTrustedComment("producer=a seq=-1").seq.has_value());
    CHECK_FALSE(parseTrustedComment("producer=a seq=01x").seq.has_value());
    CHECK(isValidProducerName(QStringLiteral("bsi.lage-1")));
    CHECK_FALSE(isValidProducerName(QStringLiteral("two words")));
    CHECK_FALSE(isValidProducerName(QString()));
}

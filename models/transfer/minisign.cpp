#include "models/transfer/minisign.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>

#include <sodium.h>

#include <cstring>

namespace lagebild::transfer {

namespace {

constexpr char kUntrustedPrefix[] = "untrusted comment: ";
constexpr char kTrustedPrefix[] = "trusted comment: ";
constexpr std::size_t kSaltBytes = 32;
constexpr std::size_t kChecksumBytes = 32;
constexpr std::size_t kSecretKeyBytes = 64;
// Secret key file payload: sig_alg, kdf_alg, chk_alg, salt, opslimit, memlimit, then the
// (possibly encrypted) keynum_sk = key id, secret key, checksum.
constexpr std::size_t kKeynumSkBytes = kKeyIdBytes + kSecretKeyBytes + kChecksumBytes;
constexpr std::size_t kSecretFileBytes = 2 + 2 + 2 + kSaltBytes + 8 + 8 + kKeynumSkBytes;
constexpr std::size_t kPublicFileBytes = 2 + kKeyIdBytes + kPublicKeyBytes;
constexpr std::size_t kSigLineBytes = 2 + kKeyIdBytes + kSignatureBytes;
// Comments longer than minisign's own buffers would be cut by minisign; refuse them.
constexpr qsizetype kMaxCommentBytes = 8000;
constexpr std::uint64_t kMaxKdfMemory = 1ULL << 31;

bool ensureSodium() { return sodium_init() >= 0; }

core::Error sigError(const QString& where, const QString& what) {
    return core::Error::make(core::ErrorCode::Signature, QCoreApplication::translate("Minisign", "%1: %2").arg(where, what));
}

std::uint64_t le64(const unsigned char* p) {
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

// Strict base64: standard alphabet with padding, nothing else, and canonical (re-encoding gives
// the same text), so any changed character changes the decoded bytes or is refused.
std::optional<QByteArray> decodeBase64(const QByteArray& line, std::size_t expectedBytes) {
    auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || static_cast<std::size_t>(decoded.decoded.size()) != expectedBytes)
        return std::nullopt;
    if (decoded.decoded.toBase64() != line)
        return std::nullopt;
    return decoded.decoded;
}

// Splits a small text file into lines, accepting LF or CRLF endings; the last line may lack one.
QList<QByteArray> splitLines(const QByteArray& text) {
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    for (auto& l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    return lines;
}

bool isCleanCommentText(const QByteArray& text) {
    if (text.size() > kMaxCommentBytes)
        return false;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return false;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(text);
    return !utf8.hasError();
}

core::Result<QByteArray> readSmallFile(const QString& path, qint64 cap) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return core::Error::make(core::ErrorCode::Io,
                                 QCoreApplication::translate("Minisign", "Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > cap)
        return sigError(
            path,
            QCoreApplication::translate("Minisign", "too large for a minisign key or signature file (%1 bytes).").arg(f.size()));
    return f.readAll();
}

void computeChecksum(const unsigned char sigAlg[2], const unsigned char* keynum, const unsigned char* sk,
                     unsigned char out[kChecksumBytes]) {
    crypto_generichash_state hs;
    crypto_generichash_init(&hs, nullptr, 0, kChecksumBytes);
    crypto_generichash_update(&hs, sigAlg, 2);
    crypto_generichash_update(&hs, keynum, kKeyIdBytes);
    crypto_generichash_update(&hs, sk, kSecretKeyBytes);
    crypto_generichash_final(&hs, out, kChecksumBytes);
}

} // namespace

QString keyIdHex(const KeyId& id) { return QStringLiteral("%1").arg(le64(id.data()), 16, 16, QLatin1Char('0')).toUpper(); }

QString PublicKey::base64() const {
    QByteArray raw("Ed");
    raw.append(reinterpret_cast<const char*>(keyId.data()), kKeyIdBytes);
    raw.append(reinterpret_cast<const char*>(key.data()), kPublicKeyBytes);
    return QString::fromLatin1(raw.toBase64());
}

core::Result<PublicKey> parsePublicKey(const QByteArray& text, const QString& where) {
    const QList<QByteArray> lines = splitLines(text);
    QByteArray comment, b64;
    if (lines.size() == 1) {
        b64 = lines.front().trimmed();
    } else if (lines.size() == 2 && lines.front().startsWith(kUntrustedPrefix)) {
        comment = lines.front().mid(static_cast<qsizetype>(std::strlen(kUntrustedPrefix)));
        b64 = lines.at(1).trimmed();
    } else {
        return sigError(where, QCoreApplication::translate(
                                   "Minisign", "not a minisign public key file (expected an \"untrusted comment:\" line and a "
                                               "base64 line)."));
    }
    const auto raw = decodeBase64(b64, kPublicFileBytes);
    if (!raw)
        return sigError(where,
                        QCoreApplication::translate("Minisign", "the public key is not valid base64 of the expected length."));
    if (raw->left(2) != "Ed")
        return sigError(where,
                        QCoreApplication::translate("Minisign", "unsupported public key algorithm (minisign keys are \"Ed\")."));
    PublicKey key;
    std::memcpy(key.keyId.data(), raw->constData() + 2, kKeyIdBytes);
    std::memcpy(key.key.data(), raw->constData() + 2 + kKeyIdBytes, kPublicKeyBytes);
    key.untrustedComment = isCleanCommentText(comment) ? QString::fromUtf8(comment) : QString();
    return key;
}

core::Result<PublicKey> readPublicKeyFile(const QString& path) {
    auto text = readSmallFile(path, 4096);
    if (!text)
        return text.error();
    return parsePublicKey(text.value(), path);
}

SecretKey::SecretKey() {
    ensureSodium();
    m_sk = static_cast<unsigned char*>(sodium_malloc(kSecretKeyBytes));
    if (m_sk)
        sodium_memzero(m_sk, kSecretKeyBytes);
}

SecretKey::~SecretKey() {
    if (m_sk)
        sodium_free(m_sk);
}

SecretKey::SecretKey(SecretKey&& other) noexcept : m_keyId(other.m_keyId), m_sk(other.m_sk) { other.m_sk = nullptr; }

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
    if (this != &other) {
        if (m_sk)
            sodium_free(m_sk);
        m_keyId = other.m_keyId;
        m_sk = other.m_sk;
        other.m_sk = nullptr;
    }
    return *this;
}

core::Result<SecretKey> readSecretKeyFile(const QString& path, const std::optional<QByteArray>& password) {
    if (!ensureSodium())
        return sigError(path, QCoreApplication::translate("Minisign", "the cryptography library could not be initialised."));
    auto text = readSmallFile(path, 4096);
    if (!text)
        return text.error();
    QList<QByteArray> lines = splitLines(text.value());
    // The text of an unencrypted key is the key: wipe every copy once it is decoded.
    struct Wipe {
        QByteArray& text;
        QList<QByteArray>& lines;
        ~Wipe() {
            sodium_memzero(text.data(), static_cast<std::size_t>(text.size()));
            for (auto& l : lines)
                sodium_memzero(l.data(), static_cast<std::size_t>(l.size()));
        }
    } wipe{text.value(), lines};
    if (lines.size() != 2 || !lines.front().startsWith(kUntrustedPrefix))
        return sigError(path, QCoreApplication::translate("Minisign", "not a minisign secret key file."));
    auto raw = decodeBase64(lines.at(1).trimmed(), kSecretFileBytes);
    if (!raw)
        return sigError(path,
                        QCoreApplication::translate("Minisign", "the secret key is not valid base64 of the expected length."));
    // Work on a guarded copy, so decrypted key bytes never sit in ordinary heap memory.
    auto* buf = static_cast<unsigned char*>(sodium_malloc(kSecretFileBytes));
    if (!buf)
        return sigError(path, QCoreApplication::translate("Minisign", "out of memory for the secret key."));
    std::memcpy(buf, raw->constData(), kSecretFileBytes);
    sodium_memzero(raw->data(), raw->size());
    struct Free {
        unsigned char* p;
        ~Free() { sodium_free(p); }
    } freeBuf{buf};
    const unsigned char* sigAlg = buf;
    const unsigned char* kdfAlg = buf + 2;
    const unsigned char* chkAlg = buf + 4;
    const unsigned char* salt = buf + 6;
    const std::uint64_t opslimit = le64(buf + 6 + kSaltBytes);
    const std::uint64_t memlimit = le64(buf + 6 + kSaltBytes + 8);
    unsigned char* keynumSk = buf + 6 + kSaltBytes + 16;
    if (std::memcmp(sigAlg, "Ed", 2) != 0)
        return sigError(path, QCoreApplication::translate("Minisign", "unsupported signature algorithm in the secret key."));
    if (std::memcmp(chkAlg, "B2", 2) != 0)
        return sigError(path, QCoreApplication::translate("Minisign", "unsupported checksum algorithm in the secret key."));
    const bool encrypted = std::memcmp(kdfAlg, "Sc", 2) == 0;
    if (!encrypted && std::memcmp(kdfAlg, "\0\0", 2) != 0)
        return sigError(path, QCoreApplication::translate("Minisign", "unsupported key derivation in the secret key."));
    unsigned char* sk = keynumSk + kKeyIdBytes;
    unsigned char* chk = sk + kSecretKeyBytes;
    if (encrypted) {
        if (!password)
            return sigError(path, QCoreApplication::translate(
                                      "Minisign", "the secret key is protected by a password; set LAGEBILD_SIGN_PASSWORD."));
        if (memlimit > kMaxKdfMemory)
            return sigError(path, QCoreApplication::translate(
                                      "Minisign", "the secret key asks for more key-derivation memory than allowed."));
        auto* stream = static_cast<unsigned char*>(sodium_malloc(kKeynumSkBytes));
        if (!stream)
            return sigError(path, QCoreApplication::translate("Minisign", "out of memory for the secret key."));
        const int rc = crypto_pwhash_scryptsalsa208sha256(stream, kKeynumSkBytes, password->constData(),
                                                          static_cast<unsigned long long>(password->size()), salt, opslimit,
                                                          static_cast<std::size_t>(memlimit));
        if (rc == 0)
            for (std::size_t i = 0; i < kKeynumSkBytes; ++i)
                keynumSk[i] ^= stream[i];
        sodium_free(stream);
        if (rc != 0)
            return sigError(path, QCoreApplication::translate("Minisign", "the key derivation failed (out of memory?)."));
    }
    unsigned char expected[kChecksumBytes];
    computeChecksum(sigAlg, keynumSk, sk, expected);
    // minisign -W writes an all-zero checksum for unencrypted keys; an encrypted key must match.
    bool zeroChk = true;
    for (std::size_t i = 0; i < kChecksumBytes; ++i)
        zeroChk = zeroChk && chk[i] == 0;
    if ((encrypted || !zeroChk) && sodium_memcmp(expected, chk, kChecksumBytes) != 0)
        return sigError(path, encrypted ? QCoreApplication::translate("Minisign", "wrong password for this secret key.")
                                        : QCoreApplication::translate(
                                              "Minisign", "the secret key's checksum does not match; the file is damaged."));
    // The public half stored in the secret key must belong to its seed.
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], skCheck[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, skCheck, sk);
    const bool consistent = sodium_memcmp(skCheck, sk, crypto_sign_SECRETKEYBYTES) == 0;
    sodium_memzero(skCheck, sizeof skCheck);
    if (!consistent)
        return sigError(path,
                        QCoreApplication::translate("Minisign", "the secret key is damaged (its public half does not match)."));
    SecretKey key;
    KeyId id;
    std::memcpy(id.data(), keynumSk, kKeyIdBytes);
    key.setKeyId(id);
    std::memcpy(key.bytes(), sk, kSecretKeyBytes);
    return key;
}

core::Result<Signature> parseSignature(const QByteArray& text, const QString& where) {
    const QList<QByteArray> lines = splitLines(text);
    if (lines.size() != 4)
        return sigError(where,
                        QCoreApplication::translate("Minisign", "not a minisign signature file (expected 4 lines, found %1).")
                            .arg(lines.size()));
    const qsizetype up = static_cast<qsizetype>(std::strlen(kUntrustedPrefix));
    const qsizetype tp = static_cast<qsizetype>(std::strlen(kTrustedPrefix));
    if (!lines.at(0).startsWith(kUntrustedPrefix))
        return sigError(where, QCoreApplication::translate("Minisign", "line 1 must start with \"untrusted comment: \"."));
    if (!lines.at(2).startsWith(kTrustedPrefix))
        return sigError(where, QCoreApplication::translate("Minisign", "line 3 must start with \"trusted comment: \"."));
    Signature sig;
    sig.untrustedComment = lines.at(0).mid(up);
    sig.trustedComment = lines.at(2).mid(tp);
    if (!isCleanCommentText(sig.untrustedComment))
        return sigError(where,
                        QCoreApplication::translate("Minisign", "the untrusted comment is not one line of valid UTF-8 text."));
    if (!isCleanCommentText(sig.trustedComment))
        return sigError(where,
                        QCoreApplication::translate("Minisign", "the trusted comment is not one line of valid UTF-8 text."));
    const auto raw = decodeBase64(lines.at(1), kSigLineBytes);
    if (!raw)
        return sigError(where,
                        QCoreApplication::translate("Minisign", "line 2 is not a base64 signature of the expected length."));
    if (raw->left(2) == "ED")
        sig.algorithm = SignatureAlgorithm::Prehashed;
    else if (raw->left(2) == "Ed")
        sig.algorithm = SignatureAlgorithm::Legacy;
    else
        return sigError(where, QCoreApplication::translate("Minisign", "unsupported signature algorithm."));
    std::memcpy(sig.keyId.data(), raw->constData() + 2, kKeyIdBytes);
    std::memcpy(sig.signature.data(), raw->constData() + 2 + kKeyIdBytes, kSignatureBytes);
    const auto global = decodeBase64(lines.at(3), kSignatureBytes);
    if (!global)
        return sigError(
            where, QCoreApplication::translate("Minisign", "line 4 is not a base64 global signature of the expected length."));
    std::memcpy(sig.globalSignature.data(), global->constData(), kSignatureBytes);
    return sig;
}

QByteArray formatSignature(const Signature& signature) {
    QByteArray line2(signature.algorithm == SignatureAlgorithm::Prehashed ? "ED" : "Ed");
    line2.append(reinterpret_cast<const char*>(signature.keyId.data()), kKeyIdBytes);
    line2.append(reinterpret_cast<const char*>(signature.signature.data()), kSignatureBytes);
    QByteArray out;
    out += kUntrustedPrefix + signature.untrustedComment + '\n';
    out += line2.toBase64() + '\n';
    out += kTrustedPrefix + signature.trustedComment + '\n';
    out += QByteArray(reinterpret_cast<const char*>(signature.globalSignature.data()), kSignatureBytes).toBase64() + '\n';
    return out;
}

struct FileHasher::State {
    crypto_generichash_state hs;
};

FileHasher::FileHasher() : m_state(std::make_unique<State>()) {
    ensureSodium();
    crypto_generichash_init(&m_state->hs, nullptr, 0, kHashBytes);
}

FileHasher::~FileHasher() = default;

void FileHasher::update(const char* data, std::size_t n) {
    crypto_generichash_update(&m_state->hs, reinterpret_cast<const unsigned char*>(data), n);
}

std::array<unsigned char, kHashBytes> FileHasher::finish() {
    std::array<unsigned char, kHashBytes> out{};
    crypto_generichash_final(&m_state->hs, out.data(), kHashBytes);
    return out;
}

core::Result<std::array<unsigned char, kHashBytes>> hashFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return core::Error::make(core::ErrorCode::Io,
                                 QCoreApplication::translate("Minisign", "Cannot read %1: %2").arg(path, f.errorString()));
    FileHasher hasher;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n < 0)
            return core::Error::make(core::ErrorCode::Io,
                                     QCoreApplication::translate("Minisign", "Cannot read %1: %2").arg(path, f.errorString()));
        if (n == 0)
            break;
        hasher.update(chunk.constData(), static_cast<std::size_t>(n));
    }
    return hasher.finish();
}

Signature signPrehashed(const SecretKey& key, const std::array<unsigned char, kHashBytes>& prehash,
                        const QByteArray& trustedComment, const QByteArray& untrustedComment) {
    ensureSodium();
    Signature sig;
    sig.algorithm = SignatureAlgorithm::Prehashed;
    sig.keyId = key.keyId();
    sig.untrustedComment = untrustedComment;
    sig.trustedComment = trustedComment;
    crypto_sign_detached(sig.signature.data(), nullptr, prehash.data(), kHashBytes, key.bytes());
    QByteArray global(reinterpret_cast<const char*>(sig.signature.data()), kSignatureBytes);
    global += trustedComment;
    crypto_sign_detached(sig.globalSignature.data(), nullptr, reinterpret_cast<const unsigned char*>(global.constData()),
                         static_cast<unsigned long long>(global.size()), key.bytes());
    return sig;
}

core::Status verify(const PublicKey& key, const Signature& signature, const std::array<unsigned char, kHashBytes>* prehash,
                    const QByteArray* message, const QString& where) {
    if (!ensureSodium())
        return sigError(where, QCoreApplication::translate("Minisign", "the cryptography library could not be initialised."));
    if (signature.keyId != key.keyId)
        return sigError(where, QCoreApplication::translate("Minisign", "signed by key %1, not by key %2.")
                                   .arg(keyIdHex(signature.keyId), key.keyIdText()));
    int rc = -1;
    if (signature.algorithm == SignatureAlgorithm::Prehashed && prehash)
        rc = crypto_sign_verify_detached(signature.signature.data(), prehash->data(), kHashBytes, key.key.data());
    else if (signature.algorithm == SignatureAlgorithm::Legacy && message)
        rc = crypto_sign_verify_detached(signature.signature.data(), reinterpret_cast<const unsigned char*>(message->constData()),
                                         static_cast<unsigned long long>(message->size()), key.key.data());
    if (rc != 0)
        return sigError(where,
                        QCoreApplication::translate(
                            "Minisign", "the signature does not match the file's content (altered or not signed by key %1).")
                            .arg(key.keyIdText()));
    QByteArray global(reinterpret_cast<const char*>(signature.signature.data()), kSignatureBytes);
    global += signature.trustedComment;
    if (crypto_sign_verify_detached(signature.globalSignature.data(), reinterpret_cast<const unsigned char*>(global.constData()),
                                    static_cast<unsigned long long>(global.size()), key.key.data()) != 0)
        return sigError(where, QCoreApplication::translate(
                                   "Minisign", "the trusted comment's signature does not match (the comment was altered)."));
    return {};
}

TrustedCommentFields parseTrustedComment(const QByteArray& comment) {
    TrustedCommentFields fields;
    const QString text = QString::fromUtf8(comment);
    bool sawProducer = false, sawSeq = false, ambiguous = false;
    for (const QString& token : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        const qsizetype sep = eq >= 0 ? eq : colon;
        if (sep <= 0)
            continue;
        const QString key = token.left(sep);
        const QString value = token.mid(sep + 1);
        if (key == QLatin1String("producer")) {
            ambiguous = ambiguous || sawProducer;
            sawProducer = true;
            fields.producer = value;
        } else if (key == QLatin1String("seq")) {
            ambiguous = ambiguous || sawSeq;
            sawSeq = true;
            bool ok = false;
            const qlonglong n = value.toLongLong(&ok);
            if (ok && n >= 0 && value == QString::number(n))
                fields.seq = n;
        } else if (key == QLatin1String("timestamp")) {
            fields.timestamp = value;
        } else if (key == QLatin1String("file")) {
            fields.file = value;
        }
    }
    if (ambiguous) {
        // "seq=1 seq=9" could be read either way: such a comment names no sequence at all.
        fields.producer.clear();
        fields.seq.reset();
    }
    return fields;
}

bool isValidProducerName(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return re.match(name).hasMatch();
}

} // namespace lagebild::transfer

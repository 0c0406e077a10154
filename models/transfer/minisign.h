#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>

namespace lagebild::transfer {

/// Formats and primitives of minisign 0.11 (jedisct1/minisign), on libsodium: public key files,
/// secret key files (unencrypted `-W` keys and scrypt-encrypted ones), signature files with the
/// legacy ("Ed", Ed25519 over the file) and the prehashed ("ED", Ed25519 over BLAKE2b-512 of the
/// file; minisign's default) algorithms, and the global signature over signature || trusted
/// comment. Pure functions, thread-safe. Every parse error is ErrorCode::Signature and names the
/// file; key material is wiped when the holder is destroyed.

constexpr std::size_t kKeyIdBytes = 8;
constexpr std::size_t kPublicKeyBytes = 32;
constexpr std::size_t kSignatureBytes = 64;
constexpr std::size_t kHashBytes = 64; // BLAKE2b-512

using KeyId = std::array<unsigned char, kKeyIdBytes>;

/// Key id as minisign prints it: the 8 bytes read little-endian, 16 upper-case hex digits.
QString keyIdHex(const KeyId& id);

struct PublicKey {
    KeyId keyId{};
    std::array<unsigned char, kPublicKeyBytes> key{};
    QString untrustedComment;

    QString keyIdText() const { return keyIdHex(keyId); }
    /// The base64 line of the key file ("Ed" + key id + key).
    QString base64() const;
};

/// Parses a public key file's text (untrusted comment line, base64 line) or a bare base64 line.
core::Result<PublicKey> parsePublicKey(const QByteArray& text, const QString& where);
core::Result<PublicKey> readPublicKeyFile(const QString& path);

/// A decrypted secret key. Move-only; the key bytes live in sodium_malloc'ed memory (guarded,
/// locked, wiped on destruction).
class SecretKey {
public:
    SecretKey();
    ~SecretKey();
    SecretKey(SecretKey&&) noexcept;
    SecretKey& operator=(SecretKey&&) noexcept;
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;

    const KeyId& keyId() const { return m_keyId; }
    /// libsodium's 64-byte Ed25519 secret key (seed || public key).
    const unsigned char* bytes() const { return m_sk; }
    unsigned char* bytes() { return m_sk; }
    void setKeyId(const KeyId& id) { m_keyId = id; }

private:
    KeyId m_keyId{};
    unsigned char* m_sk = nullptr;
};

/// Reads a minisign secret key file. An encrypted key ("Sc") needs `password`; an unencrypted
/// one (`minisign -G -W`) ignores it. A wrong password is reported as such (checksum mismatch).
core::Result<SecretKey> readSecretKeyFile(const QString& path, const std::optional<QByteArray>& password);

enum class SignatureAlgorithm { Legacy, Prehashed };

/// A parsed .minisig file. trustedComment excludes the "trusted comment: " prefix and the
/// line end, exactly the bytes the global signature covers.
struct Signature {
    QByteArray untrustedComment;
    SignatureAlgorithm algorithm = SignatureAlgorithm::Prehashed;
    KeyId keyId{};
    std::array<unsigned char, kSignatureBytes> signature{};
    QByteArray trustedComment;
    std::array<unsigned char, kSignatureBytes> globalSignature{};
};

/// Parses a .minisig file strictly: four lines with the exact prefixes, valid UTF-8 comments
/// without control characters (a tab is allowed), canonical base64 of the exact lengths.
core::Result<Signature> parseSignature(const QByteArray& text, const QString& where);
/// Serialises a signature in minisign's file layout.
QByteArray formatSignature(const Signature& signature);

/// Incremental BLAKE2b-512 (crypto_generichash with the maximal output, no key), the
/// prehash of "ED" signatures.
class FileHasher {
public:
    FileHasher();
    ~FileHasher();
    FileHasher(const FileHasher&) = delete;
    FileHasher& operator=(const FileHasher&) = delete;
    void update(const char* data, std::size_t n);
    std::array<unsigned char, kHashBytes> finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// BLAKE2b-512 of a whole file, read in 64 KiB chunks.
core::Result<std::array<unsigned char, kHashBytes>> hashFile(const QString& path);

/// Signs a prehash ("ED") with `key`; the trusted comment must be one line.
Signature signPrehashed(const SecretKey& key, const std::array<unsigned char, kHashBytes>& prehash,
                        const QByteArray& trustedComment, const QByteArray& untrustedComment);

/// Checks both signatures against `key`. For Prehashed pass the BLAKE2b-512 of the data in
/// `prehash`; for Legacy the data itself in `message`. The key ids must match. Error (Signature)
/// says which check failed, prefixed with `where`.
core::Status verify(const PublicKey& key, const Signature& signature, const std::array<unsigned char, kHashBytes>* prehash,
                    const QByteArray* message, const QString& where);

/// Fields of a trusted comment written as whitespace-separated key=value tokens (ours:
/// "producer=NAME seq=N timestamp=... file=..."); minisign's own "key:value" tokens are read too.
struct TrustedCommentFields {
    QString producer;
    std::optional<std::int64_t> seq;
    QString timestamp;
    QString file;
};
TrustedCommentFields parseTrustedComment(const QByteArray& comment);

/// A name usable as producer=NAME: 1-64 characters of A-Z a-z 0-9 . _ - @.
bool isValidProducerName(const QString& name);

} // namespace lagebild::transfer

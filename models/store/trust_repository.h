#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace lagebild::store {

/// A producer's minisign public key that signed bundles are checked against.
struct TrustedKey {
    QString name;
    QString keyId;          // 16 upper-case hex digits, as minisign prints it
    QString publicKey;      // the base64 line of the minisign public key file
    QString comment;        // the key file's untrusted comment (display only)
    std::int64_t added = 0; // microseconds since the epoch
};

/// The air-gap trust state (migration 003): trusted producer keys, the last sequence number
/// accepted per (key, producer), and our own outgoing bundle counter. Plain storage: it decides
/// nothing about signatures (models/sync/airgap does). recordSequence() runs inside the caller's
/// transaction so the accepted number commits with the bundle's data; the other writers open
/// their own. One connection, one thread (ARCHITECTURE §6.6). Cheap: every call is one indexed statement.
class TrustRepository {
public:
    explicit TrustRepository(Database& db) : m_db(db) {}

    /// Adds a key. Fails with ErrorCode::Usage when the name or the key id is already trusted.
    core::Status addKey(const TrustedKey& key);
    /// Removes the key named `name`; false when there is none. Its sequence numbers stay, so
    /// re-adding the key cannot reopen the door to replayed bundles.
    core::Result<bool> removeKey(const QString& name);
    core::Result<std::vector<TrustedKey>> keys();
    core::Result<std::optional<TrustedKey>> keyById(const QString& keyId);

    /// Highest sequence number accepted from this key for this producer, if any.
    core::Result<std::optional<std::int64_t>> lastSequence(const QString& keyId, const QString& producer);
    /// Every (producer, last sequence) accepted from this key, by producer name.
    core::Result<std::vector<std::pair<QString, std::int64_t>>> sequences(const QString& keyId);
    /// Records `seq` as accepted when it is above the last one; returns false (and changes
    /// nothing) when it is not. Call inside the transaction that stores the bundle.
    core::Result<bool> recordSequence(const QString& keyId, const QString& producer, std::int64_t seq, std::int64_t nowMicros);

    /// Reserves and commits the next outgoing sequence number for `producer` (1, 2, ...), in its
    /// own transaction: a number is never handed out twice, even if writing the bundle fails later.
    core::Result<std::int64_t> nextOutgoingSequence(const QString& producer);

private:
    Database& m_db;
};

} // namespace lagebild::store

#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace lagebild::store {

/// A frozen situation picture (table `snapshot`): the figures the page showed and the ids and
/// `modified` versions of every current object, never copies of them.
struct Snapshot {
    std::int64_t rid = 0;
    std::int64_t created = 0; // µs UTC
    QString createdBy;
    QString label;
    int level = 1;
    QByteArray figures; // JSON
    std::int64_t objectCount = 0;
    std::int64_t storedBytes = 0; // size of the compressed object list
};

/// One object version: "stix-id" and its `modified` (µs UTC; -1 for objects without one).
struct ObjectVersion {
    std::string id;
    std::int64_t modified = -1;
    bool operator==(const ObjectVersion&) const = default;
};

class SnapshotRepository {
public:
    explicit SnapshotRepository(Database& db) : m_db(db) {}

    /// Every current object's id and version, sorted by id (byte order).
    core::Result<std::vector<ObjectVersion>> currentObjects();
    /// Stores a snapshot of the cache as it is now with the given figures (inside the caller's
    /// transaction, audited as "snapshot.create"). Returns it with its rid.
    core::Result<Snapshot> create(const QByteArray& figures, int level, const QString& label, const QString& actor,
                                  std::int64_t now);
    /// Newest first; without the object lists.
    core::Result<std::vector<Snapshot>> list();
    core::Result<Snapshot> get(std::int64_t rid);
    /// The newest snapshot, if any.
    core::Result<std::optional<Snapshot>> latest();
    core::Result<std::vector<ObjectVersion>> objects(std::int64_t rid);

    /// The stored form of an object list (exposed for tests and the size benchmark).
    static QByteArray encode(const std::vector<ObjectVersion>& objects);
    static std::vector<ObjectVersion> decode(const QByteArray& blob);

private:
    Database& m_db;
};

} // namespace lagebild::store

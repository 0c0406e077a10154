#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <QString>

#include <cstdint>
#include <string_view>

namespace lagebild::store {

/// Who acts: the operating-system user running Lagebild (the audit log's "who").
QString currentActor();

/// Appends to the append-only `audit_log` (UPDATE/DELETE are refused by triggers). Every change an
/// analyst makes (status, assignee, incident membership, warning state, trust) goes through here,
/// inside the same transaction as the change itself, so the log and the data never disagree.
/// `detail` is a small JSON document, by convention {"target":..., "before":..., "after":...}.
class AuditLog {
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    core::Status append(const QString& actor, std::string_view action, std::string_view detail, std::int64_t time);

private:
    Database& m_db;
    Statement m_insert;
};

} // namespace lagebild::store

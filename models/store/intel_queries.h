#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace lagebild::store {

/// Counts over the whole cache, as `lagebild stats` and the Situation page show them.
struct CacheStats {
    int schemaVersion = 0;
    std::map<QString, std::int64_t> objectsByType; // distinct STIX ids per type, revoked included
    std::int64_t revoked = 0;
    std::int64_t observables = 0; // distinct (type, value) keys
    std::int64_t alertsTotal = 0;
    std::int64_t alertsMatched = 0;
    std::map<QString, std::int64_t> alertsByStatus;     // new, in-progress, escalated, closed
    std::map<QString, std::int64_t> closedByResolution; // true-positive, false-positive, benign, none
    std::map<QString, std::int64_t> alertsBySeverity;
    std::int64_t incidents = 0;
    std::int64_t feeds = 0;
};

struct SearchHit {
    QString id;
    QString type;
    QString name;
    QString tlp;
};

/// Read-side queries over intel: statistics and full-text search. Each call is one bounded
/// query on the caller's connection (a worker thread's read connection in the UI).
class IntelQueries {
public:
    explicit IntelQueries(Database& db) : m_db(db) {}

    core::Result<CacheStats> stats();
    /// Full-text search over intel and alerts (type "alert", id = the alert number), best
    /// matches first (bm25, names weigh most); intel hits come before alert hits. `query` is user text:
    /// each word is quoted, so punctuation in IOCs ("evil.example.com") cannot break FTS syntax;
    /// a trailing '*' keeps prefix search.
    core::Result<std::vector<SearchHit>> search(const QString& query, const QStringList& types, int limit);

    /// Builds the FTS5 MATCH expression for user text (exposed for tests).
    static QString matchExpression(const QString& query);

private:
    Database& m_db;
};

} // namespace lagebild::store

#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lagebild::store {

struct AlertMatchRow {
    QString indicator; // STIX id
    QString tlp;
    std::optional<int> confidence;
};

struct AlertRow {
    std::int64_t rid = 0;
    std::int64_t time = 0;
    QString sensor;
    QString signature;
    int severity = 3;
    QString status;
    QString src;
    QString dst;
    QString resolution; // closed alerts: true-positive, false-positive, benign or ""
    std::vector<AlertMatchRow> matches;
};

/// The alert workflow: new, in-progress, escalated, closed.
const QStringList& alertStatuses();
/// Why a closed alert was closed: true-positive, false-positive, benign.
const QStringList& alertResolutions();
bool isAlertResolution(const QString& value);

struct AlertFilter {
    bool matchedOnly = false;
    QString status; // empty: any; a status, or a resolution (closed alerts with it)
    int limit = 100;
};

/// Read-side alert queries for `lagebild alerts` and the triage page: highest priority first,
/// then newest, served by the priority/matched/status indexes with LIMIT (no OFFSET paging).
class AlertQueries {
public:
    explicit AlertQueries(Database& db) : m_db(db) {}
    core::Result<std::vector<AlertRow>> list(const AlertFilter& filter);

private:
    Database& m_db;
};

} // namespace lagebild::store

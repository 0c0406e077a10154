#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace lagebild::store {

struct SavedView {
    QString name;
    QByteArray spec; // JSON: {"filter": {...}, "sort": n, "descending": b, "hidden": [...]}
};

/// Named triage views (filter + sort + visible columns) in the `saved_view` table. Saving an
/// existing name replaces it. Thread of `db`; tiny queries.
class SavedViews {
public:
    explicit SavedViews(Database& db) : m_db(db) {}
    core::Result<std::vector<SavedView>> list();
    core::Status save(const SavedView& view, std::int64_t now);
    core::Status remove(const QString& name);

private:
    Database& m_db;
};

} // namespace lagebild::store

#include "models/store/alert_table_queries.h"

#include "models/core/json_writer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>
#include <limits>
#include <map>
#include <tuple>

namespace lagebild::store {

namespace {

constexpr const char* kRowColumns = "a.rid, a.time, a.priority, a.severity, a.matches, a.status, a.resolution, a.sensor, "
                                    "a.signature, a.src, a.dst, a.assignee, a.incident_rid";

constexpr std::size_t kFacetLimit = 200; // values listed per facet

std::string utf8(const QString& s) { return s.toStdString(); }

AlertTableRow readRow(const Statement& s) {
    AlertTableRow r;
    r.rid = s.columnInt64(0);
    r.time = s.columnInt64(1);
    r.priority = static_cast<int>(s.columnInt64(2));
    r.severity = static_cast<int>(s.columnInt64(3));
    r.matches = static_cast<int>(s.columnInt64(4));
    r.status = s.columnQString(5);
    r.resolution = s.columnQString(6);
    r.sensor = s.columnQString(7);
    r.signature = s.columnQString(8);
    r.src = s.columnQString(9);
    r.dst = s.columnQString(10);
    r.assignee = s.columnQString(11);
    if (!s.columnIsNull(12))
        r.incidentRid = s.columnInt64(12);
    return r;
}

std::variant<std::int64_t, std::string> keyOf(const AlertTableRow& r, AlertColumn c) {
    switch (c) {
    case AlertColumn::Time: return r.time;
    case AlertColumn::Priority: return static_cast<std::int64_t>(r.priority);
    case AlertColumn::Severity: return static_cast<std::int64_t>(r.severity);
    case AlertColumn::Matched: return static_cast<std::int64_t>(r.matches);
    case AlertColumn::Status: return utf8(r.status);
    case AlertColumn::Sensor: return utf8(r.sensor);
    case AlertColumn::Signature: return utf8(r.signature);
    case AlertColumn::Source: return utf8(r.src);
    case AlertColumn::Destination: return utf8(r.dst);
    case AlertColumn::Assignee: return utf8(r.assignee);
    }
    return r.time;
}

template <typename T>
void inList(std::string& where, SqlFilter& out, const char* column, const QList<T>& values) {
    if (values.isEmpty())
        return;
    where += where.empty() ? "WHERE " : " AND ";
    where += column;
    where += " IN (";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if constexpr (std::is_same_v<T, QString>)
            out.args.emplace_back(utf8(values[i]));
        else
            out.args.emplace_back(static_cast<std::int64_t>(values[i]));
        where += (i ? ", ?" : "?") + std::to_string(out.args.size());
    }
    where += ")";
}

void clause(std::string& where, const std::string& text) {
    where += where.empty() ? "WHERE " : " AND ";
    where += text;
}

} // namespace

void SqlFilter::bindRange(Statement& st, std::int64_t lo, std::int64_t hi) const {
    st.bind(1, lo);
    st.bind(2, hi);
}

void SqlFilter::bindTo(Statement& st, int firstIndex) const {
    int i = firstIndex;
    for (const auto& a : args) {
        if (const auto* n = std::get_if<std::int64_t>(&a))
            st.bind(i, *n);
        else
            st.bind(i, std::get<std::string>(a));
        ++i;
    }
}

namespace {

// Status keys: a workflow status ("closed" = every closed alert) or "closed:RESOLUTION" ("closed:"
// = closed without a resolution); schema 1's "false-positive" reads as "closed:false-positive".
void statusClause(std::string& where, SqlFilter& out, const std::string& a, const QStringList& keys) {
    QStringList statuses;
    QStringList resolutions;
    for (const QString& key : keys) {
        const QString k = key == QLatin1String("false-positive") ? QStringLiteral("closed:false-positive") : key;
        if (k.startsWith(QLatin1String("closed:")))
            resolutions << k.mid(7);
        else
            statuses << k;
    }
    if (resolutions.isEmpty()) {
        inList(where, out, (a + "status").c_str(), statuses);
        return;
    }
    std::string terms;
    if (!statuses.isEmpty()) {
        inList(terms, out, (a + "status").c_str(), statuses);
        terms = terms.substr(6) + " OR "; // without "WHERE "
    }
    std::string closed;
    inList(closed, out, (a + "resolution").c_str(), resolutions);
    clause(where, "(" + terms + "(" + a + "status = 'closed' AND " + closed.substr(6) + "))");
}

const char* const kStatusKeySql = "a.status || CASE WHEN a.status = 'closed' THEN ':' || a.resolution ELSE '' END";

} // namespace

std::string AlertTableQueries::ftsQuery(const QString& text) {
    std::string q;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString w : words) {
        // Whole words, streamed from the index; `word*` asks for a prefix, which FTS5 must merge
        // in full before the first row (a second at ten million rows for a common prefix).
        bool prefix = false;
        while (w.size() > 1 && w.endsWith(QLatin1Char('*'))) {
            w.chop(1);
            prefix = true;
        }
        w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!q.empty())
            q += ' ';
        q += '"' + utf8(w) + '"';
        if (prefix)
            q += '*';
    }
    return q;
}

SqlFilter AlertTableQueries::toSql(const AlertTableFilter& f, SqlPlan plan) {
    SqlFilter out;
    std::string& w = out.where;
    const bool ranged = plan == SqlPlan::RidRange;
    if (ranged) {
        // ?1 and ?2: the rid range (lo, hi], bound by the caller per chunk (SqlFilter::bindRange).
        out.args.emplace_back(std::int64_t{0});
        out.args.emplace_back(std::int64_t{0});
        clause(w, "a.rid > ?1 AND a.rid <= ?2");
    }
    // In a rid walk the column terms are `+column`, so SQLite uses none of their indexes.
    const std::string a = ranged ? "+a." : "a.";
    statusClause(w, out, a, f.statuses);
    inList(w, out, (a + "severity").c_str(), f.severities);
    inList(w, out, (a + "sensor").c_str(), f.sensors);
    inList(w, out, (a + "assignee").c_str(), f.assignees);
    if (f.matchedOnly)
        clause(w, a + "matches > 0");
    if (f.from) {
        out.args.emplace_back(*f.from);
        clause(w, a + "time >= ?" + std::to_string(out.args.size()));
    }
    if (f.to) {
        out.args.emplace_back(*f.to);
        clause(w, a + "time < ?" + std::to_string(out.args.size()));
    }
    if (f.incidentRid) {
        out.args.emplace_back(*f.incidentRid);
        clause(w, a + "incident_rid = ?" + std::to_string(out.args.size()));
    }
    // The driving sets (technique, text) are non-correlated IN lists: SQLite builds each once
    // per statement. In a rid walk they are cut to the chunk's range inside the subquery, so a
    // bulk change reads every hit once, never the whole list per chunk (nor an FTS5 probe per row).
    if (!f.technique.trimmed().isEmpty()) {
        out.args.emplace_back(utf8(f.technique.trimmed()));
        const std::string arg = "?" + std::to_string(out.args.size());
        // A technique without a dot takes its sub-techniques too (T1059 covers T1059.001).
        const std::string match = f.technique.contains(QLatin1Char('.')) ? "technique = " + arg
                                                                         : "(technique = " + arg + " OR (technique > " + arg +
                                                                               " || '.' AND technique < " + arg + " || '/'))";
        clause(w, "a.rid IN (SELECT alert_rid FROM alert_technique WHERE " + match +
                      (ranged ? " AND alert_rid > ?1 AND alert_rid <= ?2)" : ")"));
    }
    if (!f.intel.isEmpty()) {
        out.args.emplace_back(utf8(f.intel));
        const std::string x = "?" + std::to_string(out.args.size());
        const std::string hop1 = "SELECT target_ref FROM stix_edge WHERE source_ref = " + x +
                                 " UNION SELECT source_ref FROM stix_edge WHERE target_ref = " + x;
        // An indicator stands for itself (the Situation page's top indicators drill down to exactly
        // the alerts it matched); anything else brings the indicators within two relationships.
        const std::string linked = f.intel.startsWith(QLatin1String("indicator--"))
                                       ? "SELECT " + x
                                       : "SELECT " + x + " UNION " + hop1 +
                                             " UNION SELECT target_ref FROM stix_edge WHERE source_ref IN (" + hop1 +
                                             ") UNION SELECT source_ref FROM stix_edge WHERE target_ref IN (" + hop1 + ")";
        clause(w, "a.rid IN (SELECT m.alert_rid FROM alert_match m WHERE m.object_rid IN (SELECT o.rid FROM stix_object o "
                  "WHERE o.type = 'indicator' AND o.id IN (" +
                      linked + "))" + (ranged ? " AND m.alert_rid > ?1 AND m.alert_rid <= ?2)" : ")"));
    }
    if (const std::string fts = ftsQuery(f.text); !fts.empty()) {
        out.args.emplace_back(fts);
        const std::string arg = "?" + std::to_string(out.args.size());
        // Walk: `+a.rid` keeps the list from driving, so the sort index is walked and each row
        // tested against the list (many hits: the first page is near the start of the walk).
        clause(w, std::string(plan == SqlPlan::Walk ? "+a.rid" : "a.rid") +
                      " IN (SELECT rowid FROM alert_fts WHERE alert_fts MATCH " + arg +
                      (ranged ? " AND rowid > ?1 AND rowid <= ?2)" : ")"));
    }
    return out;
}

const char* AlertTableQueries::columnSql(AlertColumn column) {
    switch (column) {
    case AlertColumn::Time: return "a.time";
    case AlertColumn::Priority: return "a.priority";
    case AlertColumn::Severity: return "a.severity";
    case AlertColumn::Matched: return "a.matches";
    case AlertColumn::Status: return "a.status";
    case AlertColumn::Sensor: return "a.sensor";
    case AlertColumn::Signature: return "a.signature";
    case AlertColumn::Source: return "a.src";
    case AlertColumn::Destination: return "a.dst";
    case AlertColumn::Assignee: return "a.assignee";
    }
    return "a.time";
}

core::Result<std::int64_t> AlertTableQueries::textHits(const QString& text, std::int64_t limit) {
    auto st = m_db.prepare(limit > 0 ? "SELECT count(*) FROM (SELECT rowid FROM alert_fts WHERE alert_fts MATCH ?1 LIMIT ?2)"
                                     : "SELECT count(*) FROM alert_fts WHERE alert_fts MATCH ?1");
    if (!st)
        return st.error();
    st.value().bind(1, ftsQuery(text));
    if (limit > 0)
        st.value().bind(2, limit);
    auto row = st.value().step();
    if (!row)
        return row.error();
    return row.value() ? st.value().columnInt64(0) : 0;
}

core::Result<std::int64_t> AlertTableQueries::count(const AlertTableFilter& filter) {
    // Free text alone: every alert has its row in alert_fts (never deleted; `check` verifies
    // it), so the index counts without a lookup per hit.
    AlertTableFilter textOnly;
    textOnly.text = filter.text;
    if (!ftsQuery(filter.text).empty() && textOnly == filter)
        return textHits(filter.text, 0);
    const SqlFilter f = toSql(filter);
    auto st = m_db.prepare("SELECT count(*) FROM alert a " + f.where);
    if (!st)
        return st.error();
    f.bindTo(st.value());
    auto row = st.value().step();
    if (!row)
        return row.error();
    return row.value() ? st.value().columnInt64(0) : 0;
}

core::Result<std::vector<AlertTableRow>> AlertTableQueries::pageAfter(const AlertTableFilter& filter, const AlertSort& sort,
                                                                      const AlertTableRow* anchor, std::int64_t skip, int limit) {
    return page(filter, sort, anchor, skip, limit, true);
}

core::Result<std::vector<AlertTableRow>> AlertTableQueries::pageBefore(const AlertTableFilter& filter, const AlertSort& sort,
                                                                       const AlertTableRow* anchor, std::int64_t skip,
                                                                       int limit) {
    auto rows = page(filter, sort, anchor, skip, limit, false);
    if (rows)
        std::reverse(rows.value().begin(), rows.value().end());
    return rows;
}

namespace {

// The page query: rows in (key, time, rid) order, ascending or descending as a whole, seeking
// past the anchor with a row-value comparison that SQLite turns into an index seek.
std::string pageSql(const SqlFilter& f, const AlertSort& sort, bool hasAnchor, bool ascending) {
    const bool timeOnly = sort.column == AlertColumn::Time;
    const std::string key =
        timeOnly ? "a.time, a.rid" : std::string(AlertTableQueries::columnSql(sort.column)) + ", a.time, a.rid";
    std::string sql = std::string("SELECT ") + kRowColumns + " FROM alert a " + f.where;
    int next = static_cast<int>(f.args.size()) + 1;
    if (hasAnchor) {
        sql += f.where.empty() ? "WHERE (" : " AND (";
        sql += key + (ascending ? ") > (" : ") < (");
        const int n = timeOnly ? 2 : 3;
        for (int i = 0; i < n; ++i)
            sql += (i ? ", ?" : "?") + std::to_string(next++);
        sql += ")";
    }
    const char* dir = ascending ? " ASC" : " DESC";
    sql += " ORDER BY ";
    if (!timeOnly)
        sql += std::string(AlertTableQueries::columnSql(sort.column)) + dir + ", ";
    sql += std::string("a.time") + dir + ", a.rid" + dir;
    sql += " LIMIT ?" + std::to_string(next) + " OFFSET ?" + std::to_string(next + 1);
    return sql;
}

} // namespace

core::Result<std::vector<AlertTableRow>> AlertTableQueries::page(const AlertTableFilter& filter, const AlertSort& sort,
                                                                 const AlertTableRow* anchor, std::int64_t skip, int limit,
                                                                 bool forward) {
    auto plan = pagePlan(filter);
    if (!plan)
        return plan.error();
    if (plan.value() == SqlPlan::Drive && sort.column == AlertColumn::Time && !ftsQuery(filter.text).empty() &&
        skip + limit <= kZoneLimit)
        return pageByZones(filter, anchor, skip, limit, forward != sort.descending);
    const SqlFilter f = toSql(filter, plan.value());
    // Forward in a descending sort walks the index backwards, and so on.
    const bool ascending = forward != sort.descending;
    auto st = m_db.prepare(pageSql(f, sort, anchor != nullptr, ascending));
    if (!st)
        return st.error();
    Statement& s = st.value();
    f.bindTo(s);
    int next = static_cast<int>(f.args.size()) + 1;
    if (anchor) {
        if (sort.column != AlertColumn::Time) {
            const auto k = keyOf(*anchor, sort.column);
            if (const auto* n = std::get_if<std::int64_t>(&k))
                s.bind(next++, *n);
            else
                s.bind(next++, std::get<std::string>(k));
        }
        s.bind(next++, anchor->time);
        s.bind(next++, anchor->rid);
    }
    s.bind(next++, static_cast<std::int64_t>(limit));
    s.bind(next, skip);
    std::vector<AlertTableRow> rows;
    rows.reserve(static_cast<std::size_t>(std::max(0, limit)));
    if (auto done = s.forEachRow([&rows](const Statement& r) { rows.push_back(readRow(r)); }); !done)
        return done.error();
    return rows;
}

// Free text in time order without sorting every hit. FTS5 hands out hits in rid order, newest
// rid first (or oldest); alerts arrive roughly in time order, so the page's rows are among the
// first hits read. Hits are read in growing batches, each batch's best rows merged into the
// page; after each batch the zone map (migration 8) bounds the time of every alert not read yet
// (all lie on the far side of the last rid), and once that bound cannot beat the page's worst
// row the page is final. Exact for any data: out-of-order data only means more batches, at
// worst every hit (no more lookups than the plain drive).
core::Result<std::vector<AlertTableRow>> AlertTableQueries::pageByZones(const AlertTableFilter& filter,
                                                                        const AlertTableRow* anchor, std::int64_t skip, int limit,
                                                                        bool ascending) {
    const auto want = static_cast<std::size_t>(skip + limit);
    const std::string fts = ftsQuery(filter.text);
    auto hits = m_db.prepare(
        ascending ? "SELECT rowid FROM alert_fts WHERE alert_fts MATCH ?1 AND rowid > ?2 ORDER BY rowid ASC LIMIT ?3"
                  : "SELECT rowid FROM alert_fts WHERE alert_fts MATCH ?1 AND rowid < ?2 ORDER BY rowid DESC LIMIT ?3");
    // The zone map covers the alerts up to its mark; those above it (an import that has not
    // recorded its zones) are read to bound them.
    auto bound = m_db.prepare(
        ascending ? "SELECT min(coalesce(z, t), coalesce(t, z)) FROM (SELECT (SELECT min(min_time) FROM alert_zone WHERE block "
                    ">= (?1 + 1) >> 12) AS z, (SELECT min(time) FROM alert WHERE rid > max(?1, (SELECT rid FROM "
                    "alert_zone_mark))) AS t)"
                  : "SELECT max(coalesce(z, t), coalesce(t, z)) FROM (SELECT (SELECT max(max_time) FROM alert_zone WHERE block "
                    "<= (?1 - 1) >> 12) AS z, (SELECT max(time) FROM alert WHERE rid > (SELECT rid FROM alert_zone_mark) AND "
                    "rid < ?1) AS t)");
    if (!hits)
        return hits.error();
    if (!bound)
        return bound.error();
    // The rows of one batch: the other filters, the anchor, the hits within the batch's rid range.
    AlertTableFilter rest = filter;
    rest.text.clear();
    SqlFilter f = toSql(rest);
    f.args.emplace_back(fts);
    const std::size_t ftsArg = f.args.size();
    f.args.emplace_back(std::int64_t{0});
    f.args.emplace_back(std::int64_t{0});
    clause(f.where, "a.rid IN (SELECT rowid FROM alert_fts WHERE alert_fts MATCH ?" + std::to_string(ftsArg) + " AND rowid >= ?" +
                        std::to_string(ftsArg + 1) + " AND rowid <= ?" + std::to_string(ftsArg + 2) + ")");
    const AlertSort sort{AlertColumn::Time, !ascending};
    auto rows = m_db.prepare(pageSql(f, sort, anchor != nullptr, ascending));
    if (!rows)
        return rows.error();
    auto before = [ascending](const AlertTableRow& a, const AlertTableRow& b) {
        return ascending ? std::tie(a.time, a.rid) < std::tie(b.time, b.rid) : std::tie(a.time, a.rid) > std::tie(b.time, b.rid);
    };
    std::vector<AlertTableRow> best;
    std::int64_t cursor = ascending ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max();
    for (std::int64_t batch = 512;; batch = std::min<std::int64_t>(batch * 2, 8192)) {
        hits.value().reset();
        hits.value().bind(1, fts).bind(2, cursor).bind(3, batch);
        std::int64_t lo = std::numeric_limits<std::int64_t>::max(), hi = std::numeric_limits<std::int64_t>::min(), n = 0;
        if (auto done = hits.value().forEachRow([&](const Statement& r) {
                const std::int64_t rid = r.columnInt64(0);
                lo = std::min(lo, rid);
                hi = std::max(hi, rid);
                ++n;
            });
            !done)
            return done.error();
        if (n == 0)
            break; // every hit read
        Statement& st = rows.value();
        st.reset();
        f.args[ftsArg] = lo;
        f.args[ftsArg + 1] = hi;
        f.bindTo(st);
        int next = static_cast<int>(f.args.size()) + 1;
        if (anchor) {
            st.bind(next++, anchor->time);
            st.bind(next++, anchor->rid);
        }
        st.bind(next++, static_cast<std::int64_t>(want));
        st.bind(next, std::int64_t{0});
        std::vector<AlertTableRow> got;
        if (auto done = st.forEachRow([&got](const Statement& r) { got.push_back(readRow(r)); }); !done)
            return done.error();
        std::vector<AlertTableRow> merged;
        merged.reserve(std::min(want, best.size() + got.size()));
        std::merge(std::make_move_iterator(best.begin()), std::make_move_iterator(best.end()),
                   std::make_move_iterator(got.begin()), std::make_move_iterator(got.end()), std::back_inserter(merged), before);
        if (merged.size() > want)
            merged.resize(want);
        best = std::move(merged);
        cursor = ascending ? hi : lo;
        if (n < batch)
            break; // that was the last batch
        if (best.size() == want) {
            bound.value().reset();
            bound.value().bind(1, cursor);
            auto row = bound.value().step();
            if (!row)
                return row.error();
            // NULL: no alert beyond the cursor at all. Otherwise stop once nothing left can come
            // before the worst row kept (on equal times the rid order decides, and every rid left
            // lies beyond every rid read).
            if (!row.value() || bound.value().columnIsNull(0))
                break;
            const std::int64_t limitTime = bound.value().columnInt64(0);
            if (ascending ? limitTime >= best.back().time : limitTime <= best.back().time)
                break;
        }
    }
    if (best.size() <= static_cast<std::size_t>(skip))
        return std::vector<AlertTableRow>{};
    return std::vector<AlertTableRow>(std::make_move_iterator(best.begin() + skip), std::make_move_iterator(best.end()));
}

// Few text hits are looked up and sorted; many are tested while the sort index is walked, which
// meets the first page after about (page size x rows / hits) rows. Counting up to the limit
// streams one doclist (whole words), a few milliseconds.
core::Result<SqlPlan> AlertTableQueries::pagePlan(const AlertTableFilter& filter) {
    if (ftsQuery(filter.text).empty())
        return SqlPlan::Drive;
    auto hits = textHits(filter.text, m_driveLimit + 1);
    if (!hits)
        return hits.error();
    return hits.value() > m_driveLimit ? SqlPlan::Walk : SqlPlan::Drive;
}

core::Result<QString> AlertTableQueries::explainPage(const AlertTableFilter& filter, const AlertSort& sort) {
    auto how = pagePlan(filter);
    if (!how)
        return how.error();
    const SqlFilter f = toSql(filter, how.value());
    auto st = m_db.prepare("EXPLAIN QUERY PLAN " + pageSql(f, sort, true, !sort.descending));
    if (!st)
        return st.error();
    QString plan;
    if (auto done = st.value().forEachRow([&plan](const Statement& r) { plan += r.columnQString(3) + QLatin1Char('\n'); }); !done)
        return done.error();
    return plan;
}

core::Result<AlertTableRow> AlertTableQueries::row(std::int64_t rid) {
    auto st = m_db.prepare(std::string("SELECT ") + kRowColumns + " FROM alert a WHERE a.rid = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, rid);
    auto found = st.value().step();
    if (!found)
        return found.error();
    if (!found.value())
        return core::Error::make(core::ErrorCode::Usage,
                                 QCoreApplication::translate("AlertTableQueries", "Alert %1 is not in the database.").arg(rid));
    return readRow(st.value());
}

core::Result<std::vector<FacetCount>> AlertTableQueries::facet(const AlertTableFilter& filter, const char* column) {
    const SqlFilter f = toSql(filter);
    auto st = m_db.prepare(std::string("SELECT ") + column + ", count(*) FROM alert a " + f.where + " GROUP BY " + column +
                           " ORDER BY count(*) DESC, " + column + " LIMIT " + std::to_string(kFacetLimit));
    if (!st)
        return st.error();
    f.bindTo(st.value());
    std::vector<FacetCount> out;
    if (auto done = st.value().forEachRow([&out](const Statement& r) {
            out.push_back({r.columnQString(0), r.columnInt64(1)});
        });
        !done)
        return done.error();
    return out;
}

core::Result<AlertFacets> AlertTableQueries::facets(const AlertTableFilter& filter) {
    AlertFacets out;
    struct Spec {
        std::vector<FacetCount>* target;
        const char* column;
        void (*clear)(AlertTableFilter&);
    };
    const Spec specs[] = {
        {&out.status, kStatusKeySql, [](AlertTableFilter& f) { f.statuses.clear(); }},
        {&out.severity, "a.severity", [](AlertTableFilter& f) { f.severities.clear(); }},
        {&out.sensor, "a.sensor", [](AlertTableFilter& f) { f.sensors.clear(); }},
        {&out.assignee, "a.assignee", [](AlertTableFilter& f) { f.assignees.clear(); }},
    };
    // Under free text or a technique each hit costs a row lookup: the facets whose own filter is
    // unset share one pass over the hits instead of one each. Without a driving set the
    // per-facet GROUP BYs read their own narrow indexes, cheaper than one pass over the table.
    std::vector<const Spec*> shared;
    if (!ftsQuery(filter.text).empty() || !filter.technique.trimmed().isEmpty() || !filter.intel.isEmpty()) {
        for (const Spec& s : specs) {
            AlertTableFilter others = filter;
            s.clear(others);
            if (others == filter)
                shared.push_back(&s);
        }
    }
    if (shared.size() > 1) {
        std::string columns;
        for (const Spec* s : shared)
            columns += std::string(columns.empty() ? "" : ", ") + s->column;
        const SqlFilter f = toSql(filter);
        auto st = m_db.prepare("SELECT " + columns + ", count(*) FROM alert a " + f.where + " GROUP BY " + columns);
        if (!st)
            return st.error();
        f.bindTo(st.value());
        std::vector<std::map<QString, std::int64_t>> sums(shared.size());
        if (auto done = st.value().forEachRow([&sums](const Statement& r) {
                const std::int64_t n = r.columnInt64(static_cast<int>(sums.size()));
                for (std::size_t i = 0; i < sums.size(); ++i)
                    sums[i][r.columnQString(static_cast<int>(i))] += n;
            });
            !done)
            return done.error();
        for (std::size_t i = 0; i < shared.size(); ++i) {
            auto& target = *shared[i]->target;
            for (const auto& [value, n] : sums[i])
                target.push_back({value, n});
            // As facet() orders: most first, then by value (map order = BINARY for ASCII keys).
            std::stable_sort(target.begin(), target.end(),
                             [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
            if (target.size() > kFacetLimit)
                target.resize(kFacetLimit);
        }
    } else {
        shared.clear();
    }
    for (const Spec& s : specs) {
        if (std::find(shared.begin(), shared.end(), &s) != shared.end())
            continue;
        AlertTableFilter others = filter;
        s.clear(others);
        auto counts = facet(others, s.column);
        if (!counts)
            return counts.error();
        *s.target = std::move(counts.value());
    }
    return out;
}

std::string AlertTableFilter::toJson() const {
    std::string out;
    core::JsonWriter w(out);
    w.beginObject();
    auto list = [&w](std::string_view name, const QStringList& values) {
        if (values.isEmpty())
            return;
        w.key(name).beginArray();
        for (const QString& v : values)
            w.value(v.toStdString());
        w.endArray();
    };
    list("status", statuses);
    if (!severities.isEmpty()) {
        w.key("severity").beginArray();
        for (int s : severities)
            w.value(s);
        w.endArray();
    }
    list("sensor", sensors);
    list("assignee", assignees);
    if (matchedOnly)
        w.key("matched").value(true);
    if (from)
        w.key("from").value(*from);
    if (to)
        w.key("to").value(*to);
    if (incidentRid)
        w.key("incident").value(*incidentRid);
    if (!technique.isEmpty())
        w.member("technique", technique.toStdString());
    if (!intel.isEmpty())
        w.member("intel", intel.toStdString());
    if (!text.isEmpty())
        w.member("text", text.toStdString());
    w.endObject();
    return out;
}

AlertTableFilter AlertTableFilter::fromJson(const QByteArray& json) {
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    AlertTableFilter f;
    auto strings = [&o](const char* name) {
        QStringList out;
        for (const QJsonValue& v : o.value(QLatin1String(name)).toArray())
            out << v.toString();
        return out;
    };
    f.statuses = strings("status");
    for (const QJsonValue& v : o.value(QLatin1String("severity")).toArray())
        f.severities << v.toInt();
    f.sensors = strings("sensor");
    f.assignees = strings("assignee");
    f.matchedOnly = o.value(QLatin1String("matched")).toBool();
    if (o.contains(QLatin1String("from")))
        f.from = static_cast<std::int64_t>(o.value(QLatin1String("from")).toDouble());
    if (o.contains(QLatin1String("to")))
        f.to = static_cast<std::int64_t>(o.value(QLatin1String("to")).toDouble());
    if (o.contains(QLatin1String("incident")))
        f.incidentRid = static_cast<std::int64_t>(o.value(QLatin1String("incident")).toDouble());
    f.technique = o.value(QLatin1String("technique")).toString();
    f.intel = o.value(QLatin1String("intel")).toString();
    f.text = o.value(QLatin1String("text")).toString();
    return f;
}

} // namespace lagebild::store

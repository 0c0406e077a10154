#include "models/store/situation_queries.h"

#include "models/store/alert_table_queries.h"

#include <algorithm>
#include <limits>
#include <set>

namespace lagebild::store {

namespace {

constexpr std::int64_t ceilHour(std::int64_t micros) { return hourOf(micros - 1) + 1; }

std::int64_t lower(const TimeWindow& w) { return w.all ? std::numeric_limits<std::int64_t>::min() : w.from; }
std::int64_t upper(const TimeWindow& w) { return w.all ? std::numeric_limits<std::int64_t>::max() : w.to; }

bool isOpenStatus(std::string_view status) { return status == "new" || status == "in-progress" || status == "escalated"; }

} // namespace

template <typename Fn>
core::Status SituationQueries::forEachCell(const TimeWindow& window, Fn&& fn) {
    // fn(hour, severity, sensor, status, resolution, matched, n). The rollup counts the alerts up
    // to its mark; those above it (an import before its commit, a writer that has not moved the
    // mark) are read from the table by row id.
    auto mark = m_db.queryInt("SELECT rid FROM alert_rollup_mark", 0);
    if (!mark)
        return mark.error();
    auto rollup = [&](std::optional<std::pair<std::int64_t, std::int64_t>> hours) -> core::Status {
        auto st = m_db.prepare(hours ? "SELECT hour, severity, sensor, status, resolution, matched, n FROM alert_rollup "
                                       "WHERE hour >= ?1 AND hour < ?2"
                                     : "SELECT hour, severity, sensor, status, resolution, matched, n FROM alert_rollup");
        if (!st)
            return st.error();
        if (hours)
            st.value().bind(1, hours->first).bind(2, hours->second);
        return st.value().forEachRow([&](const Statement& s) {
            fn(s.columnInt64(0), static_cast<int>(s.columnInt64(1)), s.columnText(2), s.columnText(3), s.columnText(4),
               s.columnInt64(5) != 0, s.columnInt64(6));
        });
    };
    auto raw = [&](const char* sql, std::int64_t a, std::int64_t b) -> core::Status {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        st.value().bind(1, a).bind(2, b).bind(3, mark.value());
        return st.value().forEachRow([&](const Statement& s) {
            fn(hourOf(s.columnInt64(0)), static_cast<int>(s.columnInt64(1)), s.columnText(2), s.columnText(3), s.columnText(4),
               s.columnInt64(5) != 0, std::int64_t{1});
        });
    };
    // Counted alerts at the window's partial edge hours, from the time index.
    auto edge = [&](std::int64_t from, std::int64_t to) -> core::Status {
        if (from >= to)
            return {};
        return raw("SELECT time, severity, sensor, status, resolution, matches > 0 FROM alert "
                   "WHERE time >= ?1 AND time < ?2 AND +rid <= ?3",
                   from, to);
    };
    if (auto s =
            raw("SELECT time, severity, sensor, status, resolution, matches > 0 FROM alert "
                "WHERE rid > ?3 AND +time >= ?1 AND +time < ?2", // the row id range (empty after a commit), never the time index
                lower(window), upper(window));
        !s)
        return s;
    if (window.all)
        return rollup(std::nullopt);
    const std::int64_t h0 = ceilHour(window.from), h1 = hourOf(window.to);
    if (h0 >= h1)
        return edge(window.from, window.to);
    if (auto s = edge(window.from, h0 * kHour); !s)
        return s;
    if (auto s = rollup(std::make_pair(h0, h1)); !s)
        return s;
    return edge(h1 * kHour, window.to);
}

core::Result<AlertCounts> SituationQueries::alertCounts(const TimeWindow& window) {
    AlertCounts c;
    for (const char* s : {"new", "in-progress", "escalated", "closed"})
        c.byStatus[QString::fromLatin1(s)] = 0;
    for (const char* s : {"1", "2", "3", "4"})
        c.bySeverity[QString::fromLatin1(s)] = 0;
    auto s = forEachCell(window, [&](std::int64_t, int severity, std::string_view sensor, std::string_view status,
                                     std::string_view resolution, bool matched, std::int64_t n) {
        c.total += n;
        if (matched)
            c.matched += n;
        if (matched && severity == 1 && isOpenStatus(status))
            c.openMatchedSeverity1 += n;
        c.byStatus[QString::fromUtf8(status.data(), static_cast<qsizetype>(status.size()))] += n;
        if (status == "closed")
            c.closedByResolution[resolution.empty()
                                     ? QStringLiteral("none")
                                     : QString::fromUtf8(resolution.data(), static_cast<qsizetype>(resolution.size()))] += n;
        c.bySeverity[QString::number(severity)] += n;
        c.bySensor[QString::fromUtf8(sensor.data(), static_cast<qsizetype>(sensor.size()))] += n;
    });
    if (!s)
        return s.error();
    return c;
}

core::Result<std::vector<TimeBucket>> SituationQueries::alertSeries(const TimeWindow& window, std::int64_t bucket) {
    if (bucket <= 0 || bucket % kHour != 0 || window.all || window.to <= window.from)
        return core::Error::make(core::ErrorCode::Usage, QStringLiteral("alertSeries: a bounded window and whole hours"));
    const std::int64_t hoursPerBucket = bucket / kHour;
    auto bucketOfHour = [&](std::int64_t hour) { return hour >= 0 ? hour / hoursPerBucket : (hour + 1) / hoursPerBucket - 1; };
    const std::int64_t first = bucketOfHour(hourOf(window.from));
    const std::int64_t last = bucketOfHour(hourOf(window.to - 1));
    std::vector<TimeBucket> out(static_cast<std::size_t>(last - first + 1));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::int64_t start = (first + static_cast<std::int64_t>(i)) * bucket;
        out[i].start = std::max(start, window.from);
        out[i].end = std::min(start + bucket, window.to);
    }
    auto s = forEachCell(window, [&](std::int64_t hour, int severity, std::string_view, std::string_view, std::string_view,
                                     bool matched, std::int64_t n) {
        const std::int64_t b = bucketOfHour(hour) - first;
        if (b < 0 || b >= static_cast<std::int64_t>(out.size()) || severity < 1 || severity > 4)
            return;
        out[static_cast<std::size_t>(b)].bySeverity[static_cast<std::size_t>(severity - 1)] += n;
        if (matched)
            out[static_cast<std::size_t>(b)].matched += n;
    });
    if (!s)
        return s.error();
    return out;
}

core::Result<SituationQueries::Split> SituationQueries::split(const TimeWindow& window) {
    Split out;
    auto mark = m_db.queryInt("SELECT rid FROM alert_rollup_mark", 0);
    if (!mark)
        return mark.error();
    out.mark = mark.value();
    if (window.all) {
        out.hours = std::make_pair(std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max());
        return out;
    }
    const std::int64_t h0 = ceilHour(window.from), h1 = hourOf(window.to);
    if (h0 >= h1) {
        out.edges.emplace_back(window.from, window.to);
        return out;
    }
    out.hours = std::make_pair(h0, h1);
    out.edges.emplace_back(window.from, h0 * kHour);
    out.edges.emplace_back(h1 * kHour, window.to);
    return out;
}

core::Result<std::map<QString, std::int64_t>> SituationQueries::techniqueCounts(const TimeWindow& window) {
    auto parts = split(window);
    if (!parts)
        return parts.error();
    std::map<QString, std::int64_t> out;
    if (parts.value().hours) {
        auto st = m_db.prepare("SELECT technique, sum(n) FROM alert_technique_rollup WHERE hour >= ?1 AND hour < ?2 "
                               "GROUP BY technique");
        if (!st)
            return st.error();
        st.value().bind(1, parts.value().hours->first).bind(2, parts.value().hours->second);
        if (auto s = st.value().forEachRow([&](const Statement& r) { out[r.columnQString(0)] += r.columnInt64(1); }); !s)
            return s.error();
    }
    // Alerts not in the rollup's hours: each tag once, each family once per alert.
    auto raw = [&](const char* sql, std::int64_t from, std::int64_t to) -> core::Status {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        st.value().bind(1, from).bind(2, to).bind(3, parts.value().mark);
        std::int64_t alert = -1;
        std::set<QString> families;
        auto flush = [&] {
            for (const auto& f : families)
                ++out[f];
            families.clear();
        };
        auto s = st.value().forEachRow([&](const Statement& r) {
            if (r.columnInt64(0) != alert) {
                flush();
                alert = r.columnInt64(0);
            }
            const QString technique = r.columnQString(1);
            ++out[technique];
            families.insert(QLatin1Char('*') + technique.section(QLatin1Char('.'), 0, 0));
        });
        flush();
        return s;
    };
    for (const auto& [from, to] : parts.value().edges)
        if (from < to)
            if (auto s = raw("SELECT t.alert_rid, t.technique FROM alert a CROSS JOIN alert_technique t ON t.alert_rid = "
                             "a.rid WHERE a.time >= ?1 AND a.time < ?2 AND +a.rid <= ?3 ORDER BY t.alert_rid",
                             from, to);
                !s)
                return s.error();
    if (auto s = raw("SELECT t.alert_rid, t.technique FROM alert_technique t JOIN alert a ON a.rid = t.alert_rid "
                     "WHERE t.alert_rid > ?3 AND +a.time >= ?1 AND +a.time < ?2 ORDER BY t.alert_rid",
                     lower(window), upper(window));
        !s)
        return s.error();
    return out;
}

core::Result<std::map<std::int64_t, std::int64_t>> SituationQueries::indicatorCounts(const TimeWindow& window) {
    auto parts = split(window);
    if (!parts)
        return parts.error();
    std::map<std::int64_t, std::int64_t> out;
    auto add = [&](const char* sql, std::int64_t a, std::int64_t b) -> core::Status {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        st.value().bind(1, a).bind(2, b).bind(3, parts.value().mark);
        return st.value().forEachRow([&](const Statement& r) { out[r.columnInt64(0)] += r.columnInt64(1); });
    };
    if (parts.value().hours)
        if (auto s = add("SELECT object_rid, sum(n) FROM alert_match_rollup WHERE hour >= ?1 AND hour < ?2 GROUP BY "
                         "object_rid",
                         parts.value().hours->first, parts.value().hours->second);
            !s)
            return s.error();
    for (const auto& [from, to] : parts.value().edges)
        if (from < to)
            if (auto s = add("SELECT m.object_rid, count(DISTINCT m.alert_rid) FROM alert a CROSS JOIN alert_match m ON "
                             "m.alert_rid = a.rid WHERE a.matches > 0 AND a.time >= ?1 AND a.time < ?2 AND +a.rid <= ?3 "
                             "GROUP BY m.object_rid",
                             from, to);
                !s)
                return s.error();
    if (auto s = add("SELECT m.object_rid, count(DISTINCT m.alert_rid) FROM alert_match m JOIN alert a ON a.rid = "
                     "m.alert_rid WHERE m.alert_rid > ?3 AND +a.time >= ?1 AND +a.time < ?2 GROUP BY m.object_rid",
                     lower(window), upper(window));
        !s)
        return s.error();
    return out;
}

core::Result<std::vector<RankedItem>> SituationQueries::topIndicators(const TimeWindow& window, int limit) {
    auto counts = indicatorCounts(window);
    if (!counts)
        return counts.error();
    std::vector<std::pair<std::int64_t, std::int64_t>> ranked; // (rid, count); ties by rid
    for (const auto& [rid, n] : counts.value())
        if (n > 0)
            ranked.emplace_back(rid, n);
    const std::size_t keep = std::min(ranked.size(), static_cast<std::size_t>(std::max(limit, 0)));
    std::partial_sort(
        ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(),
        [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    auto st = m_db.prepare("SELECT o.id, (SELECT min(value) FROM alert_match WHERE object_rid = o.rid) FROM stix_object o "
                           "WHERE o.rid = ?1");
    if (!st)
        return st.error();
    std::vector<RankedItem> out;
    for (std::size_t i = 0; i < keep; ++i) {
        st.value().bind(1, ranked[i].first);
        auto more = st.value().step();
        if (!more)
            return more.error();
        if (more.value())
            out.push_back(
                {st.value().columnQString(0), QStringLiteral("indicator"), st.value().columnQString(1), ranked[i].second});
        st.value().reset();
    }
    return out;
}

core::Result<std::vector<RankedItem>> SituationQueries::topTechniques(const TimeWindow& window, int limit) {
    auto counts = techniqueCounts(window);
    if (!counts)
        return counts.error();
    // Techniques as tagged; a parent id counts as the triage filter shows it: with the alerts of
    // its sub-techniques (its family row).
    std::vector<RankedItem> out;
    for (const auto& [key, n] : counts.value()) {
        if (key.startsWith(QLatin1Char('*')) || n <= 0)
            continue;
        std::int64_t count = n;
        if (!key.contains(QLatin1Char('.')))
            if (const auto family = counts.value().find(QLatin1Char('*') + key); family != counts.value().end())
                count = family->second;
        out.push_back({key, QStringLiteral("attack-pattern"), QString(), count});
    }
    std::sort(out.begin(), out.end(),
              [](const RankedItem& a, const RankedItem& b) { return a.count != b.count ? a.count > b.count : a.id < b.id; });
    if (out.size() > static_cast<std::size_t>(std::max(limit, 0)))
        out.resize(static_cast<std::size_t>(std::max(limit, 0)));
    // The technique's name from imported ATT&CK data (external ids are part of `labels`).
    auto name = m_db.prepare("SELECT name FROM stix_object WHERE type = 'attack-pattern' AND "
                             "instr(' ' || labels || ' ', ' ' || ?1 || ' ') > 0 ORDER BY revoked, modified DESC LIMIT 1");
    if (!name)
        return name.error();
    for (auto& item : out) {
        name.value().bind(1, item.id.toStdString());
        auto more = name.value().step();
        if (!more)
            return more.error();
        if (more.value())
            item.name = name.value().columnQString(0);
        name.value().reset();
    }
    return out;
}

core::Result<std::vector<RankedItem>> SituationQueries::activeThreats(const TimeWindow& window, int limit) {
    static constexpr const char* kSql =
        "WITH ind(id) AS (SELECT DISTINCT o.id FROM alert a JOIN alert_match m ON m.alert_rid = a.rid "
        "  JOIN stix_object o ON o.rid = m.object_rid WHERE a.matches > 0 AND a.time >= ?1 AND a.time < ?2), "
        "hop1(id) AS (SELECT target_ref FROM stix_edge WHERE source_ref IN ind "
        "  UNION SELECT source_ref FROM stix_edge WHERE target_ref IN ind), "
        "hop2(id) AS (SELECT id FROM hop1 UNION SELECT target_ref FROM stix_edge WHERE source_ref IN hop1 "
        "  UNION SELECT source_ref FROM stix_edge WHERE target_ref IN hop1) "
        "SELECT id, type, coalesce(name, id), 0 FROM stix_object WHERE id IN hop2 AND revoked = 0 "
        "  AND type IN ('campaign', 'intrusion-set', 'threat-actor') "
        "UNION SELECT id, type, coalesce(name, id), 1 FROM stix_object WHERE revoked = 0 "
        "  AND type IN ('campaign', 'intrusion-set', 'threat-actor') AND first_seen >= ?1 AND first_seen < ?2 "
        "ORDER BY 4, 1 LIMIT 64";
    auto st = m_db.prepare(kSql);
    if (!st)
        return st.error();
    st.value().bind(1, lower(window)).bind(2, upper(window));
    std::vector<RankedItem> out;
    std::set<QString> seen;
    auto s = st.value().forEachRow([&](const Statement& r) {
        if (seen.insert(r.columnQString(0)).second)
            out.push_back({r.columnQString(0), r.columnQString(1), r.columnQString(2), 0});
    });
    if (!s)
        return s.error();
    // Counted exactly as the triage intel filter counts, so a drill-down shows this number.
    AlertTableQueries alerts(m_db);
    for (auto& item : out) {
        AlertTableFilter f;
        f.intel = item.id;
        if (!window.all) {
            f.from = window.from;
            f.to = window.to;
        }
        auto n = alerts.count(f);
        if (!n)
            return n.error();
        item.count = n.value();
    }
    std::stable_sort(out.begin(), out.end(), [](const RankedItem& a, const RankedItem& b) {
        return a.count != b.count ? a.count > b.count : a.name.localeAwareCompare(b.name) < 0;
    });
    if (out.size() > static_cast<std::size_t>(std::max(limit, 0)))
        out.resize(static_cast<std::size_t>(std::max(limit, 0)));
    return out;
}

core::Result<std::array<std::int64_t, 4>> SituationQueries::openIncidentsBySeverity() {
    std::array<std::int64_t, 4> out{};
    auto st = m_db.prepare("SELECT severity, count(*) FROM incident WHERE status <> 'closed' GROUP BY severity");
    if (!st)
        return st.error();
    auto s = st.value().forEachRow([&](const Statement& r) {
        const auto sev = r.columnInt64(0);
        if (sev >= 1 && sev <= 4)
            out[static_cast<std::size_t>(sev - 1)] = r.columnInt64(1);
    });
    if (!s)
        return s.error();
    return out;
}

core::Result<std::int64_t> SituationQueries::partnerHighLevelReports(const TimeWindow& window) {
    auto st =
        m_db.prepare("SELECT count(*) FROM stix_object WHERE type = 'report' AND revoked = 0 "
                     "AND (instr(labels, 'misp:threat-level=\"high\"') > 0 OR instr(lower(labels), 'threat-level:high') > 0 "
                     "     OR instr(lower(labels), 'threat-level:critical') > 0) "
                     "AND coalesce(modified, created, first_seen) >= ?1 AND coalesce(modified, created, first_seen) < ?2");
    if (!st)
        return st.error();
    st.value().bind(1, lower(window)).bind(2, upper(window));
    auto more = st.value().step();
    if (!more)
        return more.error();
    return st.value().columnInt64(0);
}

core::Result<std::pair<std::int64_t, std::int64_t>> SituationQueries::alertTimeSpan() {
    auto st = m_db.prepare("SELECT (SELECT min(time) FROM alert), (SELECT max(time) FROM alert)");
    if (!st)
        return st.error();
    auto more = st.value().step();
    if (!more)
        return more.error();
    if (st.value().columnIsNull(0))
        return std::make_pair(std::int64_t{0}, std::int64_t{0});
    return std::make_pair(st.value().columnInt64(0), st.value().columnInt64(1));
}

} // namespace lagebild::store

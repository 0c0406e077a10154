#include "models/store/alert_queries.h"

namespace lagebild::store {

const QStringList& alertStatuses() {
    static const QStringList statuses{QStringLiteral("new"), QStringLiteral("in-progress"), QStringLiteral("escalated"),
                                      QStringLiteral("closed")};
    return statuses;
}

const QStringList& alertResolutions() {
    static const QStringList resolutions{QStringLiteral("true-positive"), QStringLiteral("false-positive"),
                                         QStringLiteral("benign")};
    return resolutions;
}

bool isAlertResolution(const QString& value) { return alertResolutions().contains(value); }

core::Result<std::vector<AlertRow>> AlertQueries::list(const AlertFilter& filter) {
    std::string sql = "SELECT rid, time, sensor, signature, severity, status, src, dst, resolution FROM alert";
    std::vector<std::string> where;
    if (filter.matchedOnly)
        where.emplace_back("matches > 0");
    // A resolution names the closed alerts with it.
    const bool byResolution = isAlertResolution(filter.status);
    if (byResolution)
        where.emplace_back("status = 'closed' AND resolution = ?2");
    else if (!filter.status.isEmpty())
        where.emplace_back("status = ?2");
    for (std::size_t i = 0; i < where.size(); ++i)
        sql += (i == 0 ? " WHERE " : " AND ") + where[i];
    sql += " ORDER BY priority DESC, time DESC, rid DESC LIMIT ?1";
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    st.value().bind(1, filter.limit);
    if (!filter.status.isEmpty())
        st.value().bind(2, filter.status.toStdString());
    std::vector<AlertRow> rows;
    for (;;) {
        auto row = st.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const Statement& s = st.value();
        rows.push_back({s.columnInt64(0),
                        s.columnInt64(1),
                        s.columnQString(2),
                        s.columnQString(3),
                        static_cast<int>(s.columnInt64(4)),
                        s.columnQString(5),
                        s.columnQString(6),
                        s.columnQString(7),
                        s.columnQString(8),
                        {}});
    }
    auto matches = m_db.prepare("SELECT DISTINCT o.id, o.tlp, o.confidence FROM alert_match m JOIN stix_object o ON "
                                "o.rid = m.object_rid WHERE m.alert_rid = ?1 ORDER BY o.confidence DESC, o.id");
    if (!matches)
        return matches.error();
    for (auto& r : rows) {
        matches.value().bind(1, r.rid);
        for (;;) {
            auto row = matches.value().step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const Statement& m = matches.value();
            r.matches.push_back({m.columnQString(0), m.columnQString(1),
                                 m.columnIsNull(2) ? std::nullopt : std::optional<int>(static_cast<int>(m.columnInt64(2)))});
        }
        matches.value().reset();
    }
    return rows;
}

} // namespace lagebild::store

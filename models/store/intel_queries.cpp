#include "models/store/intel_queries.h"

#include <QRegularExpression>

namespace lagebild::store {

core::Result<CacheStats> IntelQueries::stats() {
    CacheStats s;
    s.schemaVersion = m_db.schemaVersion();
    auto byType = m_db.prepare("SELECT type, count(*) FROM stix_object GROUP BY type ORDER BY type");
    if (!byType)
        return byType.error();
    for (;;) {
        auto row = byType.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        s.objectsByType[byType.value().columnQString(0)] = byType.value().columnInt64(1);
    }
    auto count = [&](const char* sql, std::int64_t& out) -> core::Status {
        auto r = m_db.queryInt(sql);
        if (!r)
            return r.error();
        out = r.value();
        return {};
    };
    for (auto [sql, out] : std::initializer_list<std::pair<const char*, std::int64_t*>>{
             {"SELECT count(*) FROM stix_object WHERE revoked = 1", &s.revoked},
             {"SELECT count(*) FROM (SELECT DISTINCT type, value FROM observable)", &s.observables},
             {"SELECT count(*) FROM alert", &s.alertsTotal},
             {"SELECT count(DISTINCT alert_rid) FROM alert_match", &s.alertsMatched},
             {"SELECT count(*) FROM incident", &s.incidents},
             {"SELECT count(*) FROM feed", &s.feeds}}) {
        if (auto st = count(sql, *out); !st)
            return st.error();
    }
    auto group = [&](const char* sql, std::map<QString, std::int64_t>& out) -> core::Status {
        auto q = m_db.prepare(sql);
        if (!q)
            return q.error();
        for (;;) {
            auto row = q.value().step();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            out[q.value().columnQString(0)] = q.value().columnInt64(1);
        }
    };
    if (auto st = group("SELECT status, count(*) FROM alert GROUP BY status", s.alertsByStatus); !st)
        return st.error();
    // Closed alerts per resolution ("none": closed without one); the (status, resolution) index.
    if (auto st = group("SELECT iif(resolution = '', 'none', resolution), count(*) FROM alert WHERE status = 'closed' "
                        "GROUP BY resolution",
                        s.closedByResolution);
        !st)
        return st.error();
    if (auto st = group("SELECT CAST(severity AS TEXT), count(*) FROM alert GROUP BY severity", s.alertsBySeverity); !st)
        return st.error();
    return s;
}

QString IntelQueries::matchExpression(const QString& query) {
    QStringList terms;
    const auto words = query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString w : words) {
        const bool prefix = w.endsWith(QLatin1Char('*')) && w.size() > 1;
        if (prefix)
            w.chop(1);
        w.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + w + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
    }
    return terms.join(QLatin1Char(' '));
}

core::Result<std::vector<SearchHit>> IntelQueries::search(const QString& query, const QStringList& types, int limit) {
    std::vector<SearchHit> hits;
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return hits;
    const QByteArray m = match.toUtf8();
    const std::string_view matchText(m.constData(), static_cast<std::size_t>(m.size()));
    QStringList intelTypes = types;
    const bool wantAlerts = types.isEmpty() || intelTypes.removeAll(QStringLiteral("alert")) > 0;
    const bool wantIntel = types.isEmpty() || !intelTypes.isEmpty();
    if (wantIntel) {
        QString sql = QStringLiteral(
            "SELECT o.id, o.type, coalesce(o.name, ''), o.tlp FROM intel_fts f JOIN stix_object o ON o.rid = f.rowid "
            "WHERE intel_fts MATCH ?1");
        if (!intelTypes.isEmpty()) {
            QStringList marks;
            for (int i = 0; i < intelTypes.size(); ++i)
                marks << QStringLiteral("?%1").arg(i + 3);
            sql += QStringLiteral(" AND o.type IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        sql += QStringLiteral(" ORDER BY bm25(intel_fts, 10.0, 1.0, 4.0, 8.0), o.rid LIMIT ?2");
        auto q = m_db.prepare(sql.toStdString());
        if (!q)
            return q.error();
        Statement& st = q.value();
        st.bind(1, matchText).bind(2, limit);
        for (int i = 0; i < intelTypes.size(); ++i)
            st.bind(i + 3, intelTypes.at(i).toStdString());
        for (;;) {
            auto row = st.step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            hits.push_back({st.columnQString(0), st.columnQString(1), st.columnQString(2), st.columnQString(3)});
        }
    }
    // Alerts follow intel (their ranks are not comparable across the two indexes).
    const int left = limit - static_cast<int>(hits.size());
    if (wantAlerts && left > 0) {
        auto q = m_db.prepare("SELECT a.rid, a.signature FROM alert_fts f JOIN alert a ON a.rid = f.rowid WHERE alert_fts "
                              "MATCH ?1 ORDER BY bm25(alert_fts, 10.0, 2.0, 5.0), a.time DESC LIMIT ?2");
        if (!q)
            return q.error();
        Statement& st = q.value();
        st.bind(1, matchText).bind(2, left);
        for (;;) {
            auto row = st.step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            hits.push_back({QString::number(st.columnInt64(0)), QStringLiteral("alert"), st.columnQString(1), QString()});
        }
    }
    return hits;
}

} // namespace lagebild::store

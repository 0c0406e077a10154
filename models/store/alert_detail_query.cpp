#include "models/store/alert_detail_query.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace lagebild::store {

core::Result<AlertDetail> AlertDetailQuery::load(std::int64_t alertRid) {
    AlertDetail d;
    d.rid = alertRid;
    // SELECT *: "every field" includes the columns later migrations add.
    auto st = m_db.prepare("SELECT * FROM alert WHERE rid = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, alertRid);
    auto found = st.value().step();
    if (!found)
        return found.error();
    if (!found.value())
        return core::Error::make(
            core::ErrorCode::Usage,
            QCoreApplication::translate("AlertDetailQuery", "Alert %1 is not in the database.").arg(alertRid));
    const Statement& row = st.value();
    for (int c = 0; c < row.columnCount(); ++c) {
        const QString name = QString::fromUtf8(row.columnName(c));
        const QString value = row.columnIsNull(c) ? QString() : row.columnQString(c);
        if (name == QLatin1String("raw")) {
            const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
            d.rawPretty = doc.isNull() ? value : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        } else {
            d.fields.emplace_back(name, value);
        }
    }

    // What the internal keys point at, by name: the incident (INC-0004 and its title) and the
    // feed or file the alert came from.
    auto names = m_db.prepare("SELECT coalesce(i.id, ''), coalesce(i.title, ''), coalesce(src.name, '') FROM alert a "
                              "LEFT JOIN incident i ON i.rid = a.incident_rid LEFT JOIN source src ON src.rid = "
                              "a.source_rid WHERE a.rid = ?1");
    if (!names)
        return names.error();
    names.value().bind(1, alertRid);
    if (auto s = names.value().forEachRow([&](const Statement& s) {
            d.incidentId = s.columnQString(0);
            d.incidentTitle = s.columnQString(1);
            d.sourceName = s.columnQString(2);
        });
        !s)
        return s.error();

    auto tech = m_db.prepare("SELECT technique FROM alert_technique WHERE alert_rid = ?1 ORDER BY technique");
    if (!tech)
        return tech.error();
    tech.value().bind(1, alertRid);
    if (auto s = tech.value().forEachRow([&](const Statement& s) { d.techniques.push_back(s.columnQString(0)); }); !s)
        return s.error();

    auto intel = m_db.prepare(
        "SELECT o.id, coalesce(o.name, ''), m.observable_type, m.value, o.tlp, o.confidence, coalesce(src.name, '') "
        "FROM alert_match m JOIN stix_object o ON o.rid = m.object_rid LEFT JOIN source src ON src.rid = o.source_rid "
        "WHERE m.alert_rid = ?1 ORDER BY o.confidence DESC, o.id LIMIT 50");
    if (!intel)
        return intel.error();
    intel.value().bind(1, alertRid);
    if (auto s = intel.value().forEachRow([&](const Statement& s) {
            MatchedIntel m;
            m.indicatorId = s.columnQString(0);
            m.indicatorName = s.columnQString(1);
            m.observableType = s.columnQString(2);
            m.value = s.columnQString(3);
            m.tlp = s.columnQString(4);
            if (!s.columnIsNull(5))
                m.confidence = static_cast<int>(s.columnInt64(5));
            m.source = s.columnQString(6);
            d.intel.push_back(std::move(m));
        });
        !s)
        return s.error();
    // One hop out from the indicator, and one more from what it points at (indicator indicates
    // malware, campaign uses malware, malware uses attack-pattern; reports refer to any of them).
    auto linked = m_db.prepare(
        "WITH hop1(id, via) AS ("
        "  SELECT target_ref, kind FROM stix_edge WHERE source_ref = ?1"
        "  UNION SELECT source_ref, kind FROM stix_edge WHERE target_ref = ?1),"
        " hop2(id, via) AS ("
        "  SELECT e.target_ref, e.kind FROM stix_edge e JOIN hop1 h ON e.source_ref = h.id"
        "  UNION SELECT e.source_ref, e.kind FROM stix_edge e JOIN hop1 h ON e.target_ref = h.id)"
        " SELECT o.id, o.type, coalesce(o.name, ''), group_concat(DISTINCT x.via) FROM (SELECT * FROM hop1 UNION SELECT * "
        "FROM hop2) x JOIN stix_object o ON o.id = x.id WHERE o.id <> ?1 AND o.type IN ('report', 'campaign', "
        "'threat-actor', 'intrusion-set', 'attack-pattern', 'malware', 'tool', 'vulnerability') GROUP BY o.id "
        "ORDER BY o.type, o.name LIMIT 40");
    if (!linked)
        return linked.error();
    for (auto& m : d.intel) {
        linked.value().bind(1, m.indicatorId.toStdString());
        if (auto s = linked.value().forEachRow([&](const Statement& s) {
                m.linked.push_back({s.columnQString(0), s.columnQString(1), s.columnQString(2), s.columnQString(3)});
            });
            !s)
            return s.error();
    }

    const std::pair<const char*, const char*> relatedBy[] = {{"src", "src"}, {"dst", "dst"}, {"signature", "signature"}};
    for (const auto& [what, column] : relatedBy) {
        QString value;
        for (const auto& [name, v] : d.fields)
            if (name == QLatin1String(column))
                value = v;
        if (value.isEmpty())
            continue;
        RelatedAlerts r{QString::fromLatin1(what), value, 0, {}};
        const std::string col(column);
        auto count = m_db.prepare("SELECT count(*) FROM alert WHERE " + col + " = ?1 AND rid <> ?2");
        auto latest = m_db.prepare("SELECT time, signature FROM alert WHERE " + col + " = ?1 AND rid <> ?2 ORDER BY " + col +
                                   " DESC, time DESC LIMIT 5");
        if (!count)
            return count.error();
        if (!latest)
            return latest.error();
        count.value().bind(1, value.toStdString()).bind(2, alertRid);
        if (auto s = count.value().forEachRow([&](const Statement& s) { r.count = s.columnInt64(0); }); !s)
            return s.error();
        latest.value().bind(1, value.toStdString()).bind(2, alertRid);
        if (auto s = latest.value().forEachRow(
                [&](const Statement& s) { r.latest.emplace_back(s.columnInt64(0), s.columnQString(1)); });
            !s)
            return s.error();
        d.related.push_back(std::move(r));
    }

    auto notes = AlertWorkflow(m_db, QString()).notes(alertRid);
    if (!notes)
        return notes.error();
    d.notes = std::move(notes.value());
    return d;
}

} // namespace lagebild::store

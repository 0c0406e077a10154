#include "models/store/incident_repository.h"

#include "models/core/json_writer.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <string>

namespace lagebild::store {

namespace {

std::string utf8(const QString& s) { return s.toStdString(); }

std::string auditDetail(const QString& target, std::string_view before, std::string_view after) {
    std::string out;
    core::JsonWriter w(out);
    w.beginObject().member("target", utf8(target));
    if (!before.empty())
        w.member("before", before);
    w.member("after", after).endObject();
    return out;
}

} // namespace

core::Result<Incident> IncidentRepository::create(Incident incident, std::int64_t now) {
    auto next = m_db.queryInt("SELECT coalesce(max(rid), 0) + 1 FROM incident");
    if (!next)
        return next.error();
    incident.id = QStringLiteral("INC-%1").arg(next.value(), 4, 10, QLatin1Char('0'));
    incident.created = incident.updated = now;
    auto st = m_db.prepare("INSERT INTO incident (id, title, status, severity, tlp, summary, created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!st)
        return st.error();
    st.value().bind(1, utf8(incident.id)).bind(2, utf8(incident.title)).bind(3, utf8(incident.status));
    st.value().bind(4, incident.severity).bind(5, utf8(incident.tlp)).bind(6, utf8(incident.summary));
    st.value().bind(7, now).bind(8, now);
    if (auto s = st.value().run(); !s)
        return s.error();
    incident.rid = m_db.lastInsertRowId();
    if (auto s = m_audit.append(m_actor, "incident.create", auditDetail(incident.id, {}, utf8(incident.title)), now); !s)
        return s.error();
    return incident;
}

core::Status IncidentRepository::touch(std::int64_t incidentRid, std::int64_t now) {
    auto st = m_db.prepare("UPDATE incident SET updated = max(updated, ?2) WHERE rid = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, incidentRid).bind(2, now);
    return st.value().run();
}

core::Status IncidentRepository::addAlerts(std::int64_t incidentRid, std::span<const std::int64_t> alertRids, std::int64_t now) {
    auto link = m_db.prepare("UPDATE alert SET incident_rid = ?1 WHERE rid = ?2 AND incident_rid IS NOT ?1 "
                             "RETURNING time, signature, sensor, coalesce(incident_rid, 0)");
    auto entry = m_db.prepare("INSERT INTO timeline_entry (incident_rid, time, kind, text, ref, author) "
                              "VALUES (?1, ?2, 'alert', ?3, ?4, ?5)");
    if (!link)
        return link.error();
    if (!entry)
        return entry.error();
    const std::string actor = utf8(m_actor);
    for (const std::int64_t rid : alertRids) {
        link.value().bind(1, incidentRid).bind(2, rid);
        auto row = link.value().step();
        if (!row)
            return row.error();
        if (!row.value()) {
            link.value().reset();
            continue; // unknown alert or already linked
        }
        const std::int64_t time = link.value().columnInt64(0);
        const std::string text = std::string(link.value().columnText(2)) + ": " + std::string(link.value().columnText(1));
        link.value().reset();
        entry.value().bind(1, incidentRid).bind(2, time).bind(3, text).bind(4, std::to_string(rid)).bind(5, actor);
        if (auto s = entry.value().run(); !s)
            return s.error();
        const std::string target = "alert:" + std::to_string(rid);
        if (auto s = m_audit.append(m_actor, "alert.incident",
                                    auditDetail(QString::fromStdString(target), {}, std::to_string(incidentRid)), now);
            !s)
            return s;
    }
    return touch(incidentRid, now);
}

core::Status IncidentRepository::addEntry(std::int64_t incidentRid, const TimelineEntry& e, std::int64_t now) {
    auto st = m_db.prepare("INSERT INTO timeline_entry (incident_rid, time, kind, text, ref, author) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!st)
        return st.error();
    st.value().bind(1, incidentRid).bind(2, e.time).bind(3, utf8(e.kind)).bind(4, utf8(e.text)).bind(5, utf8(e.ref));
    st.value().bind(6, utf8(e.author.isEmpty() ? m_actor : e.author));
    if (auto s = st.value().run(); !s)
        return s;
    return touch(incidentRid, now);
}

core::Status IncidentRepository::setStatus(std::int64_t incidentRid, const QString& status, std::int64_t now) {
    auto st = m_db.prepare("UPDATE incident SET status = ?2, updated = ?3 WHERE rid = ?1 AND status <> ?2");
    if (!st)
        return st.error();
    auto before = m_db.prepare("SELECT id, status FROM incident WHERE rid = ?1");
    if (!before)
        return before.error();
    before.value().bind(1, incidentRid);
    auto found = before.value().step();
    if (!found)
        return found.error();
    if (!found.value())
        return core::Error::make(
            core::ErrorCode::Usage,
            QCoreApplication::translate("Incidents", "There is no incident with number %1.").arg(incidentRid));
    const QString id = before.value().columnQString(0);
    const std::string old(before.value().columnText(1));
    before.value().reset();
    st.value().bind(1, incidentRid).bind(2, utf8(status)).bind(3, now);
    if (auto s = st.value().run(); !s)
        return s;
    if (sqlite3_changes(m_db.handle()) == 0)
        return {};
    return m_audit.append(m_actor, "incident.status", auditDetail(id, old, utf8(status)), now);
}

core::Result<std::vector<Incident>> IncidentRepository::list() {
    auto st = m_db.prepare("SELECT i.rid, i.id, i.title, i.status, i.severity, i.tlp, i.summary, i.created, i.updated, "
                           "(SELECT count(*) FROM alert a WHERE a.incident_rid = i.rid) "
                           "FROM incident i ORDER BY i.created DESC, i.rid DESC");
    if (!st)
        return st.error();
    std::vector<Incident> out;
    const auto read = [&out](const Statement& s) {
        Incident inc;
        inc.rid = s.columnInt64(0);
        inc.id = s.columnQString(1);
        inc.title = s.columnQString(2);
        inc.status = s.columnQString(3);
        inc.severity = static_cast<int>(s.columnInt64(4));
        inc.tlp = s.columnQString(5);
        inc.summary = s.columnQString(6);
        inc.created = s.columnInt64(7);
        inc.updated = s.columnInt64(8);
        inc.alertCount = s.columnInt64(9);
        out.push_back(std::move(inc));
    };
    if (auto s = st.value().forEachRow(read); !s)
        return s.error();
    return out;
}

core::Result<Incident> IncidentRepository::get(const QString& ridOrId) {
    auto all = list();
    if (!all)
        return all.error();
    for (auto& inc : all.value()) {
        if (inc.id.compare(ridOrId, Qt::CaseInsensitive) != 0 && QString::number(inc.rid) != ridOrId)
            continue;
        auto st = m_db.prepare("SELECT rid, time, kind, text, ref, author FROM timeline_entry WHERE incident_rid = ?1 "
                               "ORDER BY time, rid");
        if (!st)
            return st.error();
        st.value().bind(1, inc.rid);
        if (auto s = st.value().forEachRow([&inc](const Statement& s) {
                inc.timeline.push_back({s.columnInt64(0), s.columnInt64(1), s.columnQString(2), s.columnQString(3),
                                        s.columnQString(4), s.columnQString(5)});
            });
            !s)
            return s.error();
        return std::move(inc);
    }
    return core::Error::make(core::ErrorCode::Usage,
                             QCoreApplication::translate("Incidents", "There is no incident %1.").arg(ridOrId));
}

} // namespace lagebild::store

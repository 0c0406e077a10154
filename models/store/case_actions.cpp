#include "models/store/case_actions.h"

#include <QCoreApplication>

#include <map>

namespace lagebild::store {

QString suggestedIncidentTitle(std::span<const AlertTableRow> alerts) {
    if (alerts.empty())
        return {};
    std::map<QString, int> signatures;
    for (const auto& a : alerts)
        ++signatures[a.signature];
    QString top = alerts.front().signature; // the most frequent; on a tie the first in the table
    for (const auto& a : alerts)
        if (signatures[a.signature] > signatures[top])
            top = a.signature;
    const auto shared = [&alerts](QString AlertTableRow::*host) {
        const QString first = alerts.front().*host;
        for (const auto& a : alerts)
            if (a.*host != first)
                return QString();
        return first;
    };
    QString title = top.isEmpty() ? QCoreApplication::translate("CaseActions", "Alerts") : top;
    const int others = static_cast<int>(signatures.size()) - 1;
    if (others > 0)
        title = QCoreApplication::translate("CaseActions", "%1 (+%n more signature(s))", nullptr, others).arg(title);
    if (const QString dst = shared(&AlertTableRow::dst); !dst.isEmpty())
        title = QCoreApplication::translate("CaseActions", "%1 – %2").arg(title, dst);
    else if (const QString src = shared(&AlertTableRow::src); !src.isEmpty())
        title = QCoreApplication::translate("CaseActions", "%1 from %2").arg(title, src);
    return title;
}

core::Result<Incident> createIncidentFromAlerts(Database& db, const QString& actor, const QString& title,
                                                std::span<const std::int64_t> alertRids, std::int64_t now) {
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    IncidentRepository incidents(db, actor);
    Incident incident;
    incident.title = title;
    // It starts at the highest severity among its alerts (1 is the highest), not at the default.
    std::string list = "[";
    for (const std::int64_t rid : alertRids)
        list += (list.size() > 1 ? "," : "") + std::to_string(rid);
    list += ']';
    auto highest = db.prepare("SELECT min(severity) FROM alert WHERE rid IN (SELECT value FROM json_each(?1))");
    if (!highest)
        return highest.error();
    highest.value().bind(1, std::string_view(list));
    auto row = highest.value().step();
    if (!row)
        return row.error();
    if (row.value() && !highest.value().columnIsNull(0))
        incident.severity = static_cast<int>(highest.value().columnInt64(0));
    auto created = incidents.create(incident, now);
    if (!created)
        return created.error();
    if (auto s = incidents.addAlerts(created.value().rid, alertRids, now); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return created;
}

core::Result<QString> addAlertsToIncident(Database& db, const QString& actor, std::int64_t incidentRid,
                                          std::span<const std::int64_t> alertRids, std::int64_t now) {
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    IncidentRepository incidents(db, actor);
    auto incident = incidents.get(QString::number(incidentRid));
    if (!incident)
        return incident.error();
    if (auto s = incidents.addAlerts(incidentRid, alertRids, now); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return incident.value().id;
}

core::Result<WarningDetail> changeWarning(Database& db, const QString& actor, const QString& id,
                                          const std::function<core::Status(WarningRepository&)>& change) {
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    WarningRepository repo(db, actor);
    if (auto s = change(repo); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return repo.get(id);
}

} // namespace lagebild::store

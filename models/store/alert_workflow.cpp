#include "models/store/alert_workflow.h"

#include "models/core/json_writer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <string>

namespace lagebild::store {

namespace {

std::string utf8(const QString& s) { return s.toStdString(); }

AlertChange changeFromJson(std::string_view json) {
    const QJsonObject o = QJsonDocument::fromJson(QByteArray(json.data(), static_cast<qsizetype>(json.size()))).object();
    AlertChange c;
    if (o.contains(QLatin1String("status")))
        c.status = o.value(QLatin1String("status")).toString();
    if (o.contains(QLatin1String("resolution")))
        c.resolution = o.value(QLatin1String("resolution")).toString();
    if (o.contains(QLatin1String("assignee")))
        c.assignee = o.value(QLatin1String("assignee")).toString();
    if (o.contains(QLatin1String("priority")))
        c.priority = o.value(QLatin1String("priority")).toInt();
    return c.normalized();
}

// SET clause of a change; the bound values follow `first` in order.
struct SetClause {
    std::string sql;
    std::vector<std::variant<std::int64_t, std::string>> args;
};

SetClause setClause(const AlertChange& c, std::int64_t now, int first) {
    SetClause out;
    auto add = [&](const char* column, std::variant<std::int64_t, std::string> v) {
        out.args.push_back(std::move(v));
        out.sql += std::string(out.sql.empty() ? "" : ", ") + column + " = ?" + std::to_string(first + out.args.size() - 1);
    };
    if (c.status) {
        add("status", utf8(*c.status));
        // A resolution belongs to closed alerts only.
        add("resolution", *c.status == QLatin1String("closed") ? utf8(c.resolution.value_or(QString())) : std::string());
    } else if (c.resolution) {
        add("resolution", utf8(*c.resolution));
    }
    if (c.assignee)
        add("assignee", utf8(*c.assignee));
    if (c.priority)
        add("priority", static_cast<std::int64_t>(*c.priority));
    add("updated", now);
    return out;
}

void bindAll(Statement& st, const std::vector<std::variant<std::int64_t, std::string>>& args, int first) {
    for (const auto& a : args) {
        if (const auto* n = std::get_if<std::int64_t>(&a))
            st.bind(first++, *n);
        else
            st.bind(first++, std::get<std::string>(a));
    }
}

core::Error cancelled() {
    return core::Error::make(core::ErrorCode::Cancelled,
                             QCoreApplication::translate("AlertWorkflow", "The change was cancelled; no alert was changed."));
}

} // namespace

AlertChange AlertChange::normalized() const {
    AlertChange c = *this;
    // Schema 1's status 'false-positive' (older redo records, scripts) is closed + false-positive.
    if (c.status == QStringLiteral("false-positive")) {
        c.status = QStringLiteral("closed");
        c.resolution = QStringLiteral("false-positive");
    }
    return c;
}

std::string AlertChange::toJson() const {
    std::string out;
    core::JsonWriter w(out);
    w.beginObject();
    if (status)
        w.member("status", utf8(*status));
    if (resolution)
        w.member("resolution", utf8(*resolution));
    if (assignee)
        w.member("assignee", utf8(*assignee));
    if (priority)
        w.key("priority").value(*priority);
    w.endObject();
    return out;
}

core::Result<std::int64_t> AlertWorkflow::beginChange(const AlertChange& change, const std::string& target, std::int64_t now) {
    auto st = m_db.prepare("INSERT INTO alert_change (time, actor, change, target) VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return st.error();
    st.value().bind(1, now).bind(2, utf8(m_actor)).bind(3, change.toJson()).bind(4, target);
    if (auto s = st.value().run(); !s)
        return s.error();
    return m_db.lastInsertRowId();
}

core::Status AlertWorkflow::finishChange(std::int64_t changeRid, std::int64_t count) {
    auto st = m_db.prepare("UPDATE alert_change SET count = ?2 WHERE rid = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, changeRid).bind(2, count);
    return st.value().run();
}

// Walks the before-image in chunks of kChunk alerts: with `change` it applies the change, without
// it restores the image (undo).
core::Status AlertWorkflow::updateFromImage(std::int64_t changeRid, const AlertChange* change, std::int64_t now,
                                            const core::CancelToken& cancel, core::ProgressReporter* progress,
                                            std::int64_t total) {
    auto bound = m_db.prepare("SELECT max(alert_rid), count(*) FROM (SELECT alert_rid FROM alert_change_row WHERE "
                              "change_rid = ?1 AND alert_rid > ?2 ORDER BY alert_rid LIMIT ?3)");
    if (!bound)
        return bound.error();
    std::string sql;
    SetClause set;
    if (change) {
        set = setClause(*change, now, 4);
        sql = "UPDATE alert SET " + set.sql +
              " WHERE rid IN (SELECT alert_rid FROM alert_change_row WHERE change_rid = ?1 AND alert_rid > ?2 AND "
              "alert_rid <= ?3)";
    } else {
        sql = "UPDATE alert SET status = r.status, resolution = r.resolution, assignee = r.assignee, priority = r.priority, "
              "updated = ?4 FROM alert_change_row r WHERE r.change_rid = ?1 AND r.alert_rid > ?2 AND r.alert_rid <= ?3 "
              "AND alert.rid = r.alert_rid";
    }
    auto update = m_db.prepare(sql);
    if (!update)
        return update.error();
    std::int64_t last = 0, done = 0;
    for (;;) {
        if (cancel.isCancelled())
            return cancelled();
        bound.value().bind(1, changeRid).bind(2, last).bind(3, kChunk);
        auto row = bound.value().step();
        if (!row)
            return row.error();
        const std::int64_t n = bound.value().columnInt64(1);
        const std::int64_t hi = bound.value().columnInt64(0);
        bound.value().reset();
        if (n == 0)
            break;
        update.value().bind(1, changeRid).bind(2, last).bind(3, hi);
        if (change)
            bindAll(update.value(), set.args, 4);
        else
            update.value().bind(4, now);
        if (auto s = update.value().run(); !s)
            return s;
        done += n;
        last = hi;
        if (progress)
            progress->report({done, total, QCoreApplication::translate("AlertWorkflow", "Updating alerts")});
    }
    return {};
}

// One entry per alert of the change: {"target": "alert:N", "change": C, "before": ..., "after": ...},
// the image of the alert on one side and the change on the other. Written by one INSERT ... SELECT
// over the before-image (the demo situation audits hundreds of thousands of alerts this way).
core::Status AlertWorkflow::auditRows(std::int64_t changeRid, std::string_view action, const AlertChange* change,
                                      std::int64_t now) {
    // The "after" of a change, or the "before" of its undo.
    AlertChange applied;
    if (change)
        applied = *change;
    const bool isUndo = action == "alert.undo";
    const std::string image =
        "json_object('status', r.status, 'resolution', r.resolution, 'assignee', r.assignee, 'priority', r.priority)";
    auto st =
        m_db.prepare("INSERT INTO audit_log (time, actor, action, detail) SELECT ?1, ?2, ?3, json_object('target', "
                     "'alert:' || r.alert_rid, 'change', r.change_rid, 'before', " +
                     (isUndo ? std::string("json(?5)") : image) + ", 'after', " + (isUndo ? image : std::string("json(?5)")) +
                     ") FROM alert_change_row r WHERE r.change_rid = ?4 ORDER BY r.alert_rid");
    if (!st)
        return st.error();
    st.value().bind(1, now).bind(2, utf8(m_actor)).bind(3, action).bind(4, changeRid).bind(5, applied.toJson());
    return st.value().run();
}

core::Status AlertWorkflow::auditChange(std::int64_t changeRid, std::int64_t count, const AlertChange& change,
                                        std::string_view target, std::int64_t now) {
    if (count <= kPerRowAuditLimit || m_auditEveryAlert)
        return auditRows(changeRid, "alert.update", &change, now);
    std::string detail;
    core::JsonWriter d(detail);
    d.beginObject().key("target").raw(target).key("change").value(changeRid).key("count").value(count);
    d.key("after").raw(change.toJson()).endObject();
    return m_audit.append(m_actor, "alert.bulk-update", detail, now);
}

core::Result<ChangeResult> AlertWorkflow::apply(const AlertChange& requested, std::span<const std::int64_t> alertRids,
                                                std::int64_t now) {
    const AlertChange change = requested.normalized();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    std::string target;
    core::JsonWriter w(target);
    w.beginObject().key("alerts").beginArray();
    for (std::size_t i = 0; i < alertRids.size() && i < 100; ++i)
        w.value(alertRids[i]);
    w.endArray().key("count").value(static_cast<std::int64_t>(alertRids.size())).endObject();
    auto changeRid = beginChange(change, target, now);
    if (!changeRid)
        return changeRid.error();
    auto image = m_db.prepare("INSERT OR IGNORE INTO alert_change_row (change_rid, alert_rid, status, resolution, assignee, "
                              "priority) SELECT ?1, rid, status, resolution, assignee, priority FROM alert WHERE rid = ?2");
    if (!image)
        return image.error();
    std::int64_t count = 0;
    for (std::int64_t rid : alertRids) {
        image.value().bind(1, changeRid.value()).bind(2, rid);
        if (auto s = image.value().run(); !s)
            return s.error();
        count += sqlite3_changes(m_db.handle());
    }
    if (auto s = updateFromImage(changeRid.value(), &change, now, {}, nullptr, count); !s)
        return s.error();
    if (auto s = auditChange(changeRid.value(), count, change, "\"selection\"", now); !s)
        return s.error();
    if (auto s = finishChange(changeRid.value(), count); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return ChangeResult{changeRid.value(), count};
}

core::Result<ChangeResult> AlertWorkflow::applyToFilter(const AlertChange& change, const AlertTableFilter& filter,
                                                        std::int64_t now, const core::CancelToken& cancel,
                                                        core::ProgressReporter* progress) {
    std::string target;
    core::JsonWriter w(target);
    w.beginObject().key("filter").raw(filter.toJson()).endObject();
    return applyWhere(change, AlertTableQueries::toSql(filter, SqlPlan::RidRange), target, now, cancel, progress);
}

core::Result<ChangeResult> AlertWorkflow::applyWhere(const AlertChange& requested, const SqlFilter& f, std::string_view target,
                                                     std::int64_t now, const core::CancelToken& cancel,
                                                     core::ProgressReporter* progress) {
    const AlertChange change = requested.normalized();
    TempStoreOnDisk journalOnDisk(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto changeRid = beginChange(change, std::string(target), now);
    if (!changeRid)
        return changeRid.error();
    // Phase 1: the before-image of everything matching, in rid ranges walked on the table itself
    // (no row reaches this process; see SqlPlan::RidRange). Phase 2: the update, driven by that image, so alerts that stop
    // matching once changed (a status filter) are still changed exactly once.
    const int n = static_cast<int>(f.args.size());
    const std::string sql =
        "INSERT INTO alert_change_row (change_rid, alert_rid, status, resolution, assignee, priority) SELECT ?" +
        std::to_string(n + 1) + ", a.rid, a.status, a.resolution, a.assignee, a.priority FROM alert a " + f.where;
    auto image = m_db.prepare(sql);
    if (!image)
        return image.error();
    auto maxRid = m_db.queryInt("SELECT coalesce(max(rid), 0) FROM alert");
    if (!maxRid)
        return maxRid.error();
    std::int64_t count = 0;
    for (std::int64_t lo = 0; lo < maxRid.value(); lo += kChunk) {
        if (cancel.isCancelled())
            return cancelled();
        f.bindTo(image.value());
        f.bindRange(image.value(), lo, lo + kChunk);
        image.value().bind(n + 1, changeRid.value());
        if (auto s = image.value().run(); !s)
            return s.error();
        count += sqlite3_changes(m_db.handle());
        if (progress)
            progress->report({lo, maxRid.value(), QCoreApplication::translate("AlertWorkflow", "Selecting matching alerts")});
    }
    if (auto s = updateFromImage(changeRid.value(), &change, now, cancel, progress, count); !s)
        return s.error();
    if (auto s = auditChange(changeRid.value(), count, change, target, now); !s)
        return s.error();
    if (auto s = finishChange(changeRid.value(), count); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (progress)
        progress->report({count, count, QCoreApplication::translate("AlertWorkflow", "Updating alerts")}, true);
    return ChangeResult{changeRid.value(), count};
}

core::Status AlertWorkflow::undo(std::int64_t changeRid, std::int64_t now, const core::CancelToken& cancel,
                                 core::ProgressReporter* progress) {
    return replay(changeRid, true, now, cancel, progress);
}

core::Status AlertWorkflow::redo(std::int64_t changeRid, std::int64_t now, const core::CancelToken& cancel,
                                 core::ProgressReporter* progress) {
    return replay(changeRid, false, now, cancel, progress);
}

// Undo restores the before-image, redo applies the stored change to the same alerts again.
core::Status AlertWorkflow::replay(std::int64_t changeRid, bool undo, std::int64_t now, const core::CancelToken& cancel,
                                   core::ProgressReporter* progress) {
    TempStoreOnDisk journalOnDisk(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    auto st = m_db.prepare("SELECT change, count, undone FROM alert_change WHERE rid = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, changeRid);
    auto row = st.value().step();
    if (!row)
        return row.error();
    if (!row.value() || st.value().columnInt64(2) != (undo ? 0 : 1))
        return core::Error::make(
            core::ErrorCode::Usage,
            undo ? QCoreApplication::translate("AlertWorkflow", "Change %1 cannot be undone: it is unknown or already undone.")
                       .arg(changeRid)
                 : QCoreApplication::translate("AlertWorkflow", "Change %1 cannot be redone: it is unknown or not undone.")
                       .arg(changeRid));
    const AlertChange change = changeFromJson(st.value().columnText(0));
    const std::int64_t count = st.value().columnInt64(1);
    st.value().reset();
    if (auto s = updateFromImage(changeRid, undo ? nullptr : &change, now, cancel, progress, count); !s)
        return s;
    if (count <= kPerRowAuditLimit || m_auditEveryAlert) {
        if (auto s = auditRows(changeRid, undo ? "alert.undo" : "alert.update", &change, now); !s)
            return s;
    } else {
        std::string detail;
        core::JsonWriter d(detail);
        d.beginObject().member("target", "change:" + std::to_string(changeRid)).key("count").value(count);
        d.key(undo ? "before" : "after").raw(change.toJson()).endObject();
        if (auto s = m_audit.append(m_actor, undo ? "alert.bulk-undo" : "alert.bulk-redo", detail, now); !s)
            return s;
    }
    if (auto s = m_db.exec("UPDATE alert_change SET undone = " + std::string(undo ? "1" : "0") +
                           " WHERE rid = " + std::to_string(changeRid));
        !s)
        return s;
    return tx.commit();
}

core::Status AlertWorkflow::addNote(std::span<const std::int64_t> alertRids, const QString& text, std::int64_t now) {
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    auto st = m_db.prepare("INSERT INTO alert_note (alert_rid, time, author, text) SELECT rid, ?2, ?3, ?4 FROM alert "
                           "WHERE rid = ?1");
    if (!st)
        return st.error();
    const std::string body = utf8(text);
    for (std::int64_t rid : alertRids) {
        st.value().bind(1, rid).bind(2, now).bind(3, utf8(m_actor)).bind(4, body);
        if (auto s = st.value().run(); !s)
            return s;
        if (sqlite3_changes(m_db.handle()) == 0)
            continue;
        std::string detail;
        core::JsonWriter w(detail);
        w.beginObject().member("target", "alert:" + std::to_string(rid)).member("after", body).endObject();
        if (auto s = m_audit.append(m_actor, "alert.note", detail, now); !s)
            return s;
    }
    return tx.commit();
}

core::Result<std::vector<AlertNote>> AlertWorkflow::notes(std::int64_t alertRid) {
    auto st = m_db.prepare("SELECT time, author, text FROM alert_note WHERE alert_rid = ?1 ORDER BY time, rid");
    if (!st)
        return st.error();
    st.value().bind(1, alertRid);
    std::vector<AlertNote> out;
    if (auto done = st.value().forEachRow([&out](const Statement& r) {
            out.push_back({r.columnInt64(0), r.columnQString(1), r.columnQString(2)});
        });
        !done)
        return done.error();
    return out;
}

} // namespace lagebild::store

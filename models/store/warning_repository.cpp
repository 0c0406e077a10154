#include "models/store/warning_repository.h"

#include "models/core/json_writer.h"

#include <QCoreApplication>

namespace lagebild::store {

namespace {

struct StateName {
    WarningState state;
    const char* name;
};
constexpr StateName kStates[] = {{WarningState::New, "new"},
                                 {WarningState::Applies, "applies"},
                                 {WarningState::NotApplicable, "not-applicable"},
                                 {WarningState::Mitigated, "mitigated"}};

// The warning rule of migration 005, over stix_object `o` joined to its source `src`.
constexpr const char* kWarningSelect =
    "SELECT o.id, o.type, coalesce(nullif(o.name, ''), json_extract(o.json, '$.abstract'), ''), "
    "coalesce(json_extract(ident.json, '$.name'), src.name, ''), o.tlp, "
    "coalesce(CAST(strftime('%s', json_extract(o.json, '$.published')) AS INTEGER) * 1000000, o.modified, o.created, 0) AS "
    "published, "
    "coalesce(ws.state, 'new') AS state, coalesce(ws.owner, ''), ws.due, "
    "CASE o.type WHEN 'note' THEN json_extract(o.json, '$.content') ELSE json_extract(o.json, '$.description') END "
    "FROM stix_object o "
    "LEFT JOIN source src ON src.rid = o.source_rid "
    "LEFT JOIN stix_object ident ON ident.id = json_extract(o.json, '$.created_by_ref') "
    "LEFT JOIN warning_state ws ON ws.stix_id = o.id "
    "WHERE o.type IN ('report', 'note') AND o.revoked = 0 AND ("
    " EXISTS (SELECT 1 FROM json_each(o.json, '$.report_types') WHERE value = 'threat-report')"
    " OR EXISTS (SELECT 1 FROM json_each(o.json, '$.labels') WHERE lower(value) LIKE '%warning%')"
    " OR EXISTS (SELECT 1 FROM feed f WHERE src.kind = 'feed' AND src.name IN (f.name, 'feed:' || f.name)"
    "            AND f.warning_source = 1))";

WarningSummary readSummary(const Statement& s) {
    WarningSummary w;
    w.id = s.columnQString(0);
    w.type = s.columnQString(1);
    w.title = s.columnQString(2);
    w.source = s.columnQString(3);
    w.tlp = s.columnQString(4);
    w.published = s.columnInt64(5);
    w.state = warningStateFromName(s.columnQString(6)).value_or(WarningState::New);
    w.owner = s.columnQString(7);
    if (!s.columnIsNull(8))
        w.due = s.columnInt64(8);
    return w;
}

std::string utf8(const QString& s) { return s.toStdString(); }

} // namespace

QString warningStateName(WarningState state) {
    for (const auto& s : kStates)
        if (s.state == state)
            return QString::fromLatin1(s.name);
    return QStringLiteral("new");
}

std::optional<WarningState> warningStateFromName(const QString& name) {
    for (const auto& s : kStates)
        if (name == QLatin1String(s.name))
            return s.state;
    return std::nullopt;
}

core::Result<std::vector<WarningSummary>> WarningRepository::list() {
    auto st = m_db.prepare(std::string(kWarningSelect) + " ORDER BY published DESC, o.rid DESC");
    if (!st)
        return st.error();
    std::vector<WarningSummary> out;
    if (auto s = st.value().forEachRow([&](const Statement& row) { out.push_back(readSummary(row)); }); !s)
        return s.error();
    return out;
}

core::Result<std::int64_t> WarningRepository::unreadCount() {
    return m_db.queryInt(std::string("SELECT count(*) FROM (") + kWarningSelect + ") WHERE state = 'new'");
}

core::Result<WarningSummary> WarningRepository::find(const QString& id) {
    auto one = readOne(id);
    if (!one)
        return one.error();
    return std::move(one.value().summary);
}

core::Result<WarningDetail> WarningRepository::readOne(const QString& id) {
    auto st = m_db.prepare(std::string(kWarningSelect) + " AND o.id = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, utf8(id));
    auto row = st.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return core::Error::make(core::ErrorCode::Usage,
                                 QCoreApplication::translate("Warnings", "There is no warning %1 in %2.").arg(id, m_db.path()));
    WarningDetail d;
    d.summary = readSummary(st.value());
    d.description = st.value().columnQString(9);
    return d;
}

core::Result<WarningDetail> WarningRepository::get(const QString& id) {
    auto one = readOne(id);
    if (!one)
        return one.error();
    WarningDetail d = std::move(one.value());
    // Courses of action the warning refers to (object_refs) or is related to either way.
    auto recs = m_db.prepare("SELECT c.id, coalesce(c.name, ''), coalesce(json_extract(c.json, '$.description'), ''), "
                             "coalesce(cl.done, 0), coalesce(cl.done_by, ''), cl.done_at "
                             "FROM (SELECT target_ref AS ref FROM stix_edge WHERE source_ref = ?1 "
                             "      UNION SELECT source_ref FROM stix_edge WHERE target_ref = ?1) e "
                             "JOIN stix_object c ON c.id = e.ref AND c.type = 'course-of-action' AND c.revoked = 0 "
                             "LEFT JOIN warning_checklist cl ON cl.stix_id = ?1 AND cl.item_id = c.id "
                             "ORDER BY c.name, c.id");
    if (!recs)
        return recs.error();
    recs.value().bind(1, utf8(id));
    auto read = recs.value().forEachRow([&](const Statement& s) {
        Recommendation rec;
        rec.id = s.columnQString(0);
        rec.name = s.columnQString(1);
        rec.text = s.columnQString(2);
        rec.done = s.columnInt64(3) != 0;
        rec.doneBy = s.columnQString(4);
        if (!s.columnIsNull(5))
            rec.doneAt = s.columnInt64(5);
        d.recommendations.push_back(std::move(rec));
    });
    if (!read)
        return read.error();
    return d;
}

core::Status WarningRepository::audit(std::string_view action, const QString& target, const QString& before, const QString& after,
                                      std::int64_t now) {
    std::string detail;
    core::JsonWriter w(detail);
    w.beginObject().member("target", utf8(target)).member("before", utf8(before)).member("after", utf8(after)).endObject();
    return m_audit.append(m_actor, action, detail, now);
}

core::Status WarningRepository::write(const WarningSummary& w, std::int64_t now) {
    auto st = m_db.prepare("INSERT INTO warning_state (stix_id, state, owner, due, updated) VALUES (?1, ?2, ?3, ?4, ?5) "
                           "ON CONFLICT (stix_id) DO UPDATE SET state = ?2, owner = ?3, due = ?4, updated = ?5");
    if (!st)
        return st.error();
    st.value().bind(1, utf8(w.id)).bind(2, utf8(warningStateName(w.state))).bind(3, utf8(w.owner));
    w.due ? st.value().bind(4, *w.due) : st.value().bindNull(4);
    st.value().bind(5, now);
    return st.value().run();
}

core::Status WarningRepository::setState(const QString& id, WarningState state, std::int64_t now) {
    auto found = find(id);
    if (!found)
        return found.error();
    WarningSummary w = found.value();
    if (w.state == state)
        return {};
    const QString before = warningStateName(w.state);
    w.state = state;
    if (auto s = write(w, now); !s)
        return s;
    return audit("warning.state", id, before, warningStateName(state), now);
}

core::Status WarningRepository::setOwner(const QString& id, const QString& owner, std::int64_t now) {
    auto found = find(id);
    if (!found)
        return found.error();
    WarningSummary w = found.value();
    const QString trimmed = owner.trimmed();
    if (w.owner == trimmed)
        return {};
    const QString before = w.owner;
    w.owner = trimmed;
    if (auto s = write(w, now); !s)
        return s;
    return audit("warning.owner", id, before, trimmed, now);
}

core::Status WarningRepository::setDue(const QString& id, std::optional<std::int64_t> due, std::int64_t now) {
    auto found = find(id);
    if (!found)
        return found.error();
    WarningSummary w = found.value();
    if (w.due == due)
        return {};
    const auto text = [](std::optional<std::int64_t> t) { return t ? QString::number(*t) : QString(); };
    const QString before = text(w.due);
    w.due = due;
    if (auto s = write(w, now); !s)
        return s;
    return audit("warning.due", id, before, text(due), now);
}

core::Status WarningRepository::setChecked(const QString& id, const QString& itemId, bool done, std::int64_t now) {
    auto detail = get(id);
    if (!detail)
        return detail.error();
    const Recommendation* item = nullptr;
    for (const auto& r : detail.value().recommendations)
        if (r.id == itemId)
            item = &r;
    if (!item)
        return core::Error::make(
            core::ErrorCode::Usage,
            QCoreApplication::translate("Warnings", "%1 is not a recommendation of the warning %2.").arg(itemId, id));
    if (item->done == done)
        return {};
    auto st = m_db.prepare("INSERT INTO warning_checklist (stix_id, item_id, done, done_by, done_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                           "ON CONFLICT (stix_id, item_id) DO UPDATE SET done = ?3, done_by = ?4, done_at = ?5");
    if (!st)
        return st.error();
    st.value().bind(1, utf8(id)).bind(2, utf8(itemId)).bind(3, done ? 1 : 0).bind(4, done ? utf8(m_actor) : std::string());
    done ? st.value().bind(5, now) : st.value().bindNull(5);
    if (auto s = st.value().run(); !s)
        return s;
    return audit("warning.checklist", id + QLatin1Char(' ') + itemId, done ? QStringLiteral("open") : QStringLiteral("done"),
                 done ? QStringLiteral("done") : QStringLiteral("open"), now);
}

} // namespace lagebild::store

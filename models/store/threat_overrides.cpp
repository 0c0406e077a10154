#include "models/store/threat_overrides.h"

#include "models/core/json_writer.h"
#include "models/store/audit_log.h"

namespace lagebild::store {

core::Result<std::optional<LevelOverride>> ThreatOverrides::active(std::int64_t now) {
    auto st = m_db.prepare("SELECT rid, level, reason, set_by, set_at, expires FROM threat_level_override "
                           "WHERE cleared IS NULL AND expires > ?1 ORDER BY set_at DESC, rid DESC LIMIT 1");
    if (!st)
        return st.error();
    st.value().bind(1, now);
    auto more = st.value().step();
    if (!more)
        return more.error();
    if (!more.value())
        return std::optional<LevelOverride>{};
    const auto& s = st.value();
    return std::optional<LevelOverride>(LevelOverride{s.columnInt64(0), static_cast<int>(s.columnInt64(1)), s.columnQString(2),
                                                      s.columnQString(3), s.columnInt64(4), s.columnInt64(5)});
}

core::Result<LevelOverride> ThreatOverrides::set(int level, const QString& reason, std::int64_t expires, const QString& actor,
                                                 std::int64_t now) {
    if (level < 1 || level > 4)
        return core::Error::make(
            core::ErrorCode::Usage,
            core::Message("ThreatOverrides", QT_TRANSLATE_NOOP("ThreatOverrides", "The threat level is 1, 2, 3 or 4, not %1."))
                .arg(static_cast<qint64>(level)));
    if (reason.trimmed().isEmpty())
        return core::Error::make(
            core::ErrorCode::Usage,
            core::Message("ThreatOverrides",
                          QT_TRANSLATE_NOOP("ThreatOverrides", "An override of the threat level needs a reason.")));
    if (expires <= now)
        return core::Error::make(
            core::ErrorCode::Usage,
            core::Message("ThreatOverrides", QT_TRANSLATE_NOOP("ThreatOverrides", "An override must end in the future.")));
    if (auto s = m_db.prepare("UPDATE threat_level_override SET cleared = ?1 WHERE cleared IS NULL AND expires > ?1"); !s)
        return s.error();
    else if (auto r = s.value().bind(1, now).run(); !r)
        return r.error();
    auto ins = m_db.prepare("INSERT INTO threat_level_override (level, reason, set_by, set_at, expires) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!ins)
        return ins.error();
    const std::string why = reason.trimmed().toStdString(), who = actor.toStdString();
    if (auto r = ins.value().bind(1, level).bind(2, why).bind(3, who).bind(4, now).bind(5, expires).run(); !r)
        return r.error();
    LevelOverride o{m_db.lastInsertRowId(), level, reason.trimmed(), actor, now, expires};
    std::string detail;
    core::JsonWriter w(detail);
    w.beginObject().key("level").value(static_cast<std::int64_t>(level)).key("reason").value(why).key("expires");
    w.value(expires).endObject();
    if (auto s = AuditLog(m_db).append(actor, "threat-level.override", detail, now); !s)
        return s.error();
    return o;
}

core::Result<bool> ThreatOverrides::clear(const QString& actor, std::int64_t now) {
    auto running = active(now);
    if (!running)
        return running.error();
    if (!running.value())
        return false;
    auto st = m_db.prepare("UPDATE threat_level_override SET cleared = ?1 WHERE cleared IS NULL AND expires > ?1");
    if (!st)
        return st.error();
    if (auto r = st.value().bind(1, now).run(); !r)
        return r.error();
    std::string detail;
    core::JsonWriter w(detail);
    w.beginObject().key("rid").value(running.value()->rid).endObject();
    if (auto s = AuditLog(m_db).append(actor, "threat-level.clear", detail, now); !s)
        return s.error();
    return true;
}

} // namespace lagebild::store

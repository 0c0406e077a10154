#include "models/store/audit_log.h"

#include <QtGlobal>

namespace lagebild::store {

QString currentActor() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

core::Status AuditLog::append(const QString& actor, std::string_view action, std::string_view detail, std::int64_t time) {
    if (!m_insert.isValid()) {
        auto st = m_db.prepare("INSERT INTO audit_log (time, actor, action, detail) VALUES (?1, ?2, ?3, ?4)");
        if (!st)
            return st.error();
        m_insert = std::move(st.value());
    }
    const QByteArray actorUtf8 = actor.toUtf8();
    m_insert.bind(1, time).bind(2, std::string_view(actorUtf8.constData(), static_cast<std::size_t>(actorUtf8.size())));
    m_insert.bind(3, action).bind(4, detail);
    return m_insert.run();
}

} // namespace lagebild::store

#include "models/store/feed_repository.h"

#include "models/core/json_writer.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace lagebild::store {

namespace {

constexpr std::array<std::pair<core::FeedAuth, const char*>, 5> kAuthNames{{{core::FeedAuth::None, "none"},
                                                                            {core::FeedAuth::Basic, "basic"},
                                                                            {core::FeedAuth::Bearer, "bearer"},
                                                                            {core::FeedAuth::ApiKey, "apikey"},
                                                                            {core::FeedAuth::ClientCert, "cert"}}};

const char* authName(core::FeedAuth auth) {
    for (const auto& [a, n] : kAuthNames)
        if (a == auth)
            return n;
    return "none";
}

core::FeedAuth authFromName(std::string_view name) {
    for (const auto& [a, n] : kAuthNames)
        if (name == n)
            return a;
    return core::FeedAuth::None;
}

std::string utf8(const QString& s) { return s.toStdString(); }

constexpr const char* kColumns =
    "f.rid, f.name, f.kind, f.url, f.collection, f.auth, f.user, f.secret_env, f.client_cert, "
    "f.client_key, f.ca_file, f.pin, f.proxy, f.tlp, f.confidence, f.schedule_minutes, "
    "f.enabled, f.cursor, f.last_success, f.secret_source, f.timeout_seconds, "
    "r.started, r.finished, r.ok, r.pages, r.added, r.updated, r.unchanged, r.rejected, r.error, r.error_message";

void bindConfig(Statement& st, const core::FeedConfig& c) {
    st.bind(1, utf8(c.name)).bind(2, utf8(c.kind)).bind(3, utf8(c.url)).bind(4, utf8(c.collection));
    st.bind(5, std::string_view(authName(c.auth))).bind(6, utf8(c.user)).bind(7, utf8(c.secretEnv));
    st.bind(8, utf8(c.clientCert)).bind(9, utf8(c.clientKey)).bind(10, utf8(c.caFile)).bind(11, utf8(c.pin));
    st.bind(12, utf8(c.proxy)).bind(13, utf8(c.tlp)).bind(14, c.confidence).bind(15, c.scheduleMinutes);
    st.bind(16, c.enabled ? 1 : 0);
    st.bind(17, std::string_view(c.secretInKeychain() ? "keychain" : "env"));
    st.bind(18, c.timeoutSeconds);
}

FeedState readState(const Statement& s) {
    FeedState f;
    core::FeedConfig& c = f.config;
    c.rid = s.columnInt64(0);
    c.name = s.columnQString(1);
    c.kind = s.columnQString(2);
    c.url = s.columnQString(3);
    c.collection = s.columnQString(4);
    c.auth = authFromName(s.columnText(5));
    c.user = s.columnQString(6);
    c.secretEnv = s.columnQString(7);
    c.clientCert = s.columnQString(8);
    c.clientKey = s.columnQString(9);
    c.caFile = s.columnQString(10);
    c.pin = s.columnQString(11);
    c.proxy = s.columnQString(12);
    c.tlp = s.columnQString(13);
    c.confidence = static_cast<int>(s.columnInt64(14));
    c.scheduleMinutes = static_cast<int>(s.columnInt64(15));
    c.enabled = s.columnInt64(16) != 0;
    c.cursor = s.columnQString(17);
    if (!s.columnIsNull(18))
        f.lastSuccess = s.columnInt64(18);
    c.secretSource = s.columnText(19) == "keychain" ? core::SecretSource::Keychain : core::SecretSource::Environment;
    c.timeoutSeconds = static_cast<int>(s.columnInt64(20));
    if (!s.columnIsNull(21)) {
        FeedRun r;
        r.started = s.columnInt64(21);
        r.finished = s.columnInt64(22);
        r.ok = s.columnInt64(23) != 0;
        r.pages = s.columnInt64(24);
        r.added = s.columnInt64(25);
        r.updated = s.columnInt64(26);
        r.unchanged = s.columnInt64(27);
        r.rejected = s.columnInt64(28);
        r.error = s.columnQString(29);
        r.errorMessage = s.columnQString(30);
        f.lastRun = r;
    }
    return f;
}

std::string auditDetail(const core::FeedConfig& c) {
    std::string out;
    core::JsonWriter w(out);
    w.beginObject().member("target", utf8(c.name)).member("kind", utf8(c.kind)).member("url", utf8(c.url));
    w.member("enabled", c.enabled ? "yes" : "no").endObject();
    return out;
}

core::Error noSuchFeed(const QString& name) {
    return core::Error::make(
        core::ErrorCode::Usage,
        QCoreApplication::translate("Feeds", "There is no feed named \"%1\"; 'lagebild feeds list' shows the configured ones.")
            .arg(name));
}

} // namespace

core::Result<std::int64_t> FeedRepository::add(const core::FeedConfig& config, std::int64_t now) {
    if (get(config.name).ok())
        return core::Error::make(
            core::ErrorCode::Usage,
            QCoreApplication::translate("Feeds", "A feed named \"%1\" exists already; remove it first or choose another name.")
                .arg(config.name));
    auto st =
        m_db.prepare("INSERT INTO feed (name, kind, url, collection, auth, user, secret_env, client_cert, client_key, "
                     "ca_file, pin, proxy, tlp, confidence, schedule_minutes, enabled, secret_source, timeout_seconds, created) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    if (!st)
        return st.error();
    bindConfig(st.value(), config);
    st.value().bind(19, now);
    if (auto s = st.value().run(); !s)
        return s.error();
    const std::int64_t rid = m_db.lastInsertRowId();
    if (auto s = m_audit.append(m_actor, "feed.add", auditDetail(config), now); !s)
        return s.error();
    return rid;
}

core::Status FeedRepository::update(const core::FeedConfig& config, std::int64_t now) {
    auto st = m_db.prepare(
        "UPDATE feed SET name = ?1, kind = ?2, url = ?3, collection = ?4, auth = ?5, user = ?6, "
        "secret_env = ?7, client_cert = ?8, client_key = ?9, ca_file = ?10, pin = ?11, proxy = ?12, "
        "tlp = ?13, confidence = ?14, schedule_minutes = ?15, enabled = ?16, secret_source = ?17, timeout_seconds = ?18 "
        "WHERE rid = ?19");
    if (!st)
        return st.error();
    bindConfig(st.value(), config);
    st.value().bind(19, config.rid);
    if (auto s = st.value().run(); !s)
        return s;
    return m_audit.append(m_actor, "feed.update", auditDetail(config), now);
}

core::Status FeedRepository::remove(const QString& name, std::int64_t now) {
    auto found = get(name);
    if (!found)
        return found.error();
    auto st = m_db.prepare("DELETE FROM feed WHERE rid = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, found.value().config.rid);
    if (auto s = st.value().run(); !s)
        return s;
    return m_audit.append(m_actor, "feed.remove", auditDetail(found.value().config), now);
}

core::Result<std::vector<FeedState>> FeedRepository::list() {
    auto st = m_db.prepare(std::string("SELECT ") + kColumns +
                           " FROM feed f LEFT JOIN feed_run r ON r.rid = (SELECT max(rid) FROM feed_run WHERE feed_rid = f.rid) "
                           "ORDER BY f.name COLLATE NOCASE");
    if (!st)
        return st.error();
    std::vector<FeedState> out;
    if (auto s = st.value().forEachRow([&](const Statement& row) { out.push_back(readState(row)); }); !s)
        return s.error();
    return out;
}

core::Result<FeedState> FeedRepository::get(const QString& name) {
    auto all = list();
    if (!all)
        return all.error();
    for (auto& f : all.value())
        if (f.config.name == name)
            return std::move(f);
    return noSuchFeed(name);
}

QString FeedRun::errorText() const {
    const core::Message m = core::Message::fromJson(errorMessage);
    return m.isEmpty() ? error : m.text();
}

core::Status FeedRepository::setCursor(std::int64_t feedRid, const QString& cursor) {
    auto st = m_db.prepare("UPDATE feed SET cursor = ?2 WHERE rid = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, feedRid).bind(2, utf8(cursor));
    return st.value().run();
}

core::Status FeedRepository::recordRun(std::int64_t feedRid, const FeedRun& r) {
    auto st = m_db.prepare("INSERT INTO feed_run (feed_rid, started, finished, ok, pages, added, updated, unchanged, "
                           "rejected, error, error_message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!st)
        return st.error();
    st.value().bind(1, feedRid).bind(2, r.started).bind(3, r.finished).bind(4, r.ok ? 1 : 0).bind(5, r.pages);
    st.value().bind(6, r.added).bind(7, r.updated).bind(8, r.unchanged).bind(9, r.rejected).bind(10, utf8(r.error));
    st.value().bind(11, utf8(r.errorMessage));
    if (auto s = st.value().run(); !s)
        return s;
    auto upd = m_db.prepare(r.ok ? "UPDATE feed SET last_sync = ?2, last_success = ?2, last_error = '' WHERE rid = ?1"
                                 : "UPDATE feed SET last_sync = ?2, last_error = ?3 WHERE rid = ?1");
    if (!upd)
        return upd.error();
    upd.value().bind(1, feedRid).bind(2, r.finished);
    if (!r.ok)
        upd.value().bind(3, utf8(r.error));
    return upd.value().run();
}

} // namespace lagebild::store

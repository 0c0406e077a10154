#include "models/sync/feed_admin.h"

#include "models/core/timestamp.h"
#include "models/store/feed_repository.h"
#include "models/sync/feed_sync_service.h"

#include <QCoreApplication>

namespace lagebild::sync {

namespace {

core::Error noKeychain(const QString& feed) {
    return core::Error::make(
        core::ErrorCode::Auth,
        QCoreApplication::translate("Sync", "Feed \"%1\": no OS keychain is available here; name an environment variable that "
                                            "holds the secret instead (--secret-env VAR).")
            .arg(feed));
}

core::Error keychainRefused(const QString& feed, const core::Error& e) {
    return core::Error::make(
        core::ErrorCode::Auth,
        QCoreApplication::translate("Sync", "Feed \"%1\": cannot keep the secret in the OS keychain: %2").arg(feed, e.message),
        e.detail);
}

} // namespace

QString FeedAdmin::leftBehind(const QString& feed, const core::Error& error) const {
    return QCoreApplication::translate(
               "Sync", "The secret of \"%1\" could not be deleted from the OS keychain (%2); delete the entry \"%3\" of "
                       "Lagebild there yourself.")
        .arg(feed, error.message, keychainKey(feed));
}

core::Result<std::int64_t> FeedAdmin::add(const core::FeedConfig& config, const std::string& secret) {
    if (auto s = validateFeedConfig(config); !s)
        return s.error();
    if (config.secretInKeychain() && secret.empty())
        return core::Error::make(
            core::ErrorCode::Usage,
            QCoreApplication::translate("Sync", "Feed \"%1\": enter the secret to keep in the OS keychain.").arg(config.name));
    if (config.secretInKeychain() && !m_secrets)
        return noKeychain(config.name);
    // The row first (it refuses a taken name, so another feed's entry is never overwritten), the
    // keychain entry inside the same transaction, so a refused secret leaves nothing stored.
    store::Transaction tx(m_db);
    auto rid = store::FeedRepository(m_db, store::currentActor()).add(config, core::nowMicros());
    if (!rid)
        return rid;
    if (config.secretInKeychain())
        if (auto s = m_secrets->write(config.name, secret); !s)
            return keychainRefused(config.name, s.error());
    if (auto s = tx.commit(); !s) {
        if (config.secretInKeychain())
            (void)m_secrets->remove(config.name);
        return s.error();
    }
    return rid;
}

core::Result<QString> FeedAdmin::update(const core::FeedConfig& before, const core::FeedConfig& after,
                                        const std::string& secret) {
    if (auto s = validateFeedConfig(after); !s)
        return s.error();
    const bool renamed = before.name != after.name;
    if (after.secretInKeychain()) {
        if (!m_secrets)
            return noKeychain(after.name);
        if (secret.empty() && !before.secretInKeychain())
            return core::Error::make(
                core::ErrorCode::Usage,
                QCoreApplication::translate("Sync", "Feed \"%1\": enter the secret to keep in the OS keychain.").arg(after.name));
    }
    store::Transaction tx(m_db);
    if (auto s = store::FeedRepository(m_db, store::currentActor()).update(after, core::nowMicros()); !s)
        return s.error();
    std::string value = secret;
    if (after.secretInKeychain() && value.empty() && renamed) { // move the stored secret to the new name
        auto stored = m_secrets->read(before.name);
        if (!stored)
            return keychainRefused(after.name, stored.error());
        if (!stored.value())
            return core::Error::make(core::ErrorCode::Usage,
                                     QCoreApplication::translate(
                                         "Sync", "Feed \"%1\": the OS keychain holds no secret for it; enter the secret again.")
                                         .arg(after.name));
        value = std::move(*stored.value());
    }
    if (after.secretInKeychain() && !value.empty())
        if (auto s = m_secrets->write(after.name, value); !s)
            return keychainRefused(after.name, s.error());
    if (auto s = tx.commit(); !s)
        return s.error();
    if (before.secretInKeychain() && m_secrets && (renamed || !after.secretInKeychain()))
        if (auto s = m_secrets->remove(before.name); !s)
            return leftBehind(before.name, s.error());
    return QString();
}

core::Result<QString> FeedAdmin::remove(const QString& name) {
    store::FeedRepository repo(m_db, store::currentActor());
    auto found = repo.get(name);
    if (!found)
        return found.error();
    store::Transaction tx(m_db);
    if (auto s = repo.remove(name, core::nowMicros()); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (!found.value().config.secretInKeychain())
        return QString();
    if (!m_secrets)
        return leftBehind(name, core::Error::make(core::ErrorCode::Auth,
                                                  QCoreApplication::translate("Sync", "no OS keychain is available here")));
    if (auto s = m_secrets->remove(name); !s)
        return leftBehind(name, s.error());
    return QString();
}

} // namespace lagebild::sync

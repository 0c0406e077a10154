#pragma once

// An in-memory SecretStore for tests of the feed and sync logic: a map from feed name to
// secret, with a switch that makes every call fail as a locked or missing keychain does.

#include "models/sync/secret_store.h"

#include <QString>

#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace lagebild::test {

class MemorySecretStore final : public sync::SecretStore {
public:
    /// While set, every call fails with this message (code Auth), as KeychainSecretStore does.
    void setFailure(const QString& message) {
        std::lock_guard lock(m_mutex);
        m_failure = message;
    }
    std::optional<std::string> entry(const QString& feed) const {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(feed);
        return it == m_entries.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    std::size_t size() const {
        std::lock_guard lock(m_mutex);
        return m_entries.size();
    }

    core::Status probe() override { return failure(); }
    core::Result<std::optional<std::string>> read(const QString& feed) override {
        if (auto f = failure(); !f)
            return f.error();
        return entry(feed);
    }
    core::Status write(const QString& feed, const std::string& secret) override {
        if (auto f = failure(); !f)
            return f;
        std::lock_guard lock(m_mutex);
        m_entries[feed] = secret;
        return {};
    }
    core::Status remove(const QString& feed) override {
        if (auto f = failure(); !f)
            return f;
        std::lock_guard lock(m_mutex);
        m_entries.erase(feed);
        return {};
    }

private:
    core::Status failure() const {
        std::lock_guard lock(m_mutex);
        if (m_failure.isEmpty())
            return {};
        return core::Error::make(core::ErrorCode::Auth, m_failure);
    }

    mutable std::mutex m_mutex;
    std::map<QString, std::string> m_entries;
    QString m_failure;
};

} // namespace lagebild::test

#pragma once

#include "models/sync/secret_store.h"

#include <QByteArray>

#include <chrono>

namespace lagebild::sync {

/// SecretStore on the OS keychain through qtkeychain (Secret Service on Linux, e.g. GNOME
/// Keyring or KWallet; Keychain on macOS; Credential Manager on Windows), service "Lagebild",
/// entries "feed:<name>". Never falls back to a plain-text file.
///
/// Threads: qtkeychain queues its jobs in one process-wide, unsynchronised executor bound to the
/// thread of its first job, and on Linux libsecret answers on the GLib main context of the thread
/// that started a job. So every job of the process runs on one "keychain" thread, started on first
/// use (a run without keychain feeds never touches D-Bus) and stopped when the QCoreApplication
/// ends. Callers on any other thread block until the keychain answers or the timeout passes, which
/// can take as long as the user needs to answer an unlock prompt: call it from a worker thread or
/// the command line, never from the GUI thread. Safe to call concurrently; instances are cheap.
/// Needs Qt's GLib event dispatcher (the default on Linux): with QT_NO_GLIB set, libsecret's
/// answers are never delivered and every call ends in the timeout.
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(std::chrono::milliseconds timeout = std::chrono::seconds(60)) : m_timeout(timeout) {}

    core::Status probe() override;
    core::Result<std::optional<std::string>> read(const QString& feed) override;
    core::Status write(const QString& feed, const std::string& secret) override;
    core::Status remove(const QString& feed) override;

    enum class Op { Read, Write, Delete };
    /// What one qtkeychain job answered (error: a QKeychain::Error value; -1 = no answer in time).
    struct Answer {
        int error = 0;
        QString message;
        QByteArray data;
    };

private:
    Answer call(Op op, const QString& key, const QByteArray& data = {});

    std::chrono::milliseconds m_timeout;
};

} // namespace lagebild::sync

#include "models/sync/keychain_secret_store.h"
#include "models/core/plural.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QThread>

#include <future>
#include <mutex>

namespace lagebild::sync {

namespace {

const QString kService = QStringLiteral("Lagebild");
constexpr int kNoAnswer = -1;

QString oneLine(QString s) { return s.replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed(); }

} // namespace

namespace {

// The keychain thread of the process (see the class comment), created on first use.
std::mutex g_threadMutex;
QThread* g_thread = nullptr;
QObject* g_worker = nullptr; // lives in g_thread, deleted when it finishes

void stopKeychainThread() { // a post routine: runs while the QCoreApplication is destroyed
    std::lock_guard lock(g_threadMutex);
    if (!g_thread)
        return;
    g_thread->quit();
    g_thread->wait();
    delete g_thread;
    g_thread = nullptr;
    g_worker = nullptr;
}

QObject* keychainWorker() {
    std::lock_guard lock(g_threadMutex);
    if (!g_thread) {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("keychain"));
        g_worker = new QObject;
        g_worker->moveToThread(g_thread);
        QObject::connect(g_thread, &QThread::finished, g_worker, &QObject::deleteLater);
        g_thread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    return g_worker;
}

} // namespace

KeychainSecretStore::Answer KeychainSecretStore::call(Op op, const QString& key, const QByteArray& data) {
    auto promise = std::make_shared<std::promise<Answer>>();
    auto future = promise->get_future();
    QMetaObject::invokeMethod(
        keychainWorker(),
        [promise, op, key, data] {
            QKeychain::Job* job = nullptr;
            if (op == Op::Read) {
                job = new QKeychain::ReadPasswordJob(kService);
            } else if (op == Op::Write) {
                auto* write = new QKeychain::WritePasswordJob(kService);
                write->setTextData(QString::fromUtf8(data));
                job = write;
            } else {
                job = new QKeychain::DeletePasswordJob(kService);
            }
            // Deleted here when it answers. A job that never answers is left alone (libsecret
            // still holds a pointer to it), not deleted under its feet.
            job->setAutoDelete(false);
            job->setInsecureFallback(false);
            job->setKey(key);
            QObject::connect(job, &QKeychain::Job::finished, job, [promise, job] {
                Answer answer{static_cast<int>(job->error()), job->errorString(), {}};
                if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job); read && job->error() == QKeychain::NoError)
                    answer.data = read->binaryData();
                promise->set_value(std::move(answer));
                job->deleteLater();
            });
            job->start();
        },
        Qt::QueuedConnection);
    if (future.wait_for(m_timeout) != std::future_status::ready)
        return {kNoAnswer, {}, {}};
    return future.get();
}

namespace {

core::Error keychainError(const KeychainSecretStore::Answer& a, std::chrono::milliseconds timeout) {
    QString message;
    switch (a.error) {
    case kNoAnswer: {
        const int seconds = core::pluralCount(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
        message = QCoreApplication::translate(
            "Sync",
            "the OS keychain did not answer within %n second(s); if it asks to be unlocked, unlock it and "
            "try again.",
            "", seconds);
        break;
    }
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        message = QCoreApplication::translate("Sync", "the OS keychain refused access (%1); unlock it and try again.")
                      .arg(oneLine(a.message));
        break;
    default: message = QCoreApplication::translate("Sync", "no usable OS keychain here (%1).").arg(oneLine(a.message)); break;
    }
    return core::Error::make(core::ErrorCode::Auth, message, oneLine(a.message));
}

} // namespace

core::Status KeychainSecretStore::probe() {
    const Answer a = call(Op::Read, QStringLiteral("lagebild:probe"));
    if (a.error == QKeychain::NoError || a.error == QKeychain::EntryNotFound)
        return {};
    return keychainError(a, m_timeout);
}

core::Result<std::optional<std::string>> KeychainSecretStore::read(const QString& feed) {
    const Answer a = call(Op::Read, keychainKey(feed));
    if (a.error == QKeychain::EntryNotFound)
        return std::optional<std::string>();
    if (a.error != QKeychain::NoError)
        return keychainError(a, m_timeout);
    return std::optional<std::string>(a.data.toStdString());
}

core::Status KeychainSecretStore::write(const QString& feed, const std::string& secret) {
    const Answer a = call(Op::Write, keychainKey(feed), QByteArray::fromStdString(secret));
    if (a.error != QKeychain::NoError)
        return keychainError(a, m_timeout);
    return {};
}

core::Status KeychainSecretStore::remove(const QString& feed) {
    const Answer a = call(Op::Delete, keychainKey(feed));
    if (a.error != QKeychain::NoError && a.error != QKeychain::EntryNotFound)
        return keychainError(a, m_timeout);
    return {};
}

} // namespace lagebild::sync

#include "models/sync/net/http_client.h"

#include "models/sync/net/chunked_decoder.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeParser.h>
#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Timestamp.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>

namespace lagebild::sync::net {
namespace {

using Clock = std::chrono::steady_clock;
using core::Error;
using core::ErrorCode;

constexpr int kMaxRedirects = 3;
constexpr std::size_t kMaxHeaderBytes = 64 * 1024;
constexpr std::int64_t kReadSliceMs = 200;    // socket timeout per read: cancel and deadline are checked this often
constexpr std::int64_t kWaitReportMs = 1'000; // NetLimits::onWaiting is told this often while no byte arrives
constexpr std::size_t kChunkBytes = 256 * 1024;

// The verify callback runs on the thread doing the handshake; it records why OpenSSL refused the
// chain so the message can say "expired" or "untrusted" instead of "certificate verify failed".
thread_local int t_verifyError = X509_V_OK;

int verifyCallback(int preverifyOk, X509_STORE_CTX* store) {
    if (!preverifyOk && t_verifyError == X509_V_OK)
        t_verifyError = X509_STORE_CTX_get_error(store);
    return preverifyOk;
}

void initializeSslOnce() {
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::int64_t msLeft(Clock::time_point deadline) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
}

Poco::Timespan spanMs(std::int64_t ms) { return Poco::Timespan(std::max<std::int64_t>(ms, 1) * 1000); }

std::string pinOf(X509* cert) {
    if (!cert)
        return {};
    unsigned char* der = nullptr;
    const int len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &der);
    if (len <= 0)
        return {};
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int digestLen = 0;
    EVP_Digest(der, static_cast<std::size_t>(len), digest.data(), &digestLen, EVP_sha256(), nullptr);
    OPENSSL_free(der);
    const QByteArray b64 = QByteArray(reinterpret_cast<const char*>(digest.data()), static_cast<int>(digestLen)).toBase64();
    return "sha256/" + b64.toStdString();
}

core::Message verifyReason(int error) {
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the server's certificate has expired"));
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the server's certificate is not valid yet"));
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return core::Message(
            "FeedClient",
            QT_TRANSLATE_NOOP("FeedClient", "the server's certificate is not signed by a trusted certificate authority"));
    case X509_V_ERR_CERT_REVOKED:
        return core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the server's certificate has been revoked"));
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return core::Message("FeedClient",
                             QT_TRANSLATE_NOOP("FeedClient", "the server's certificate is issued for another host name"));
    default: return core::Message::plain(QString::fromUtf8(X509_verify_cert_error_string(error)));
    }
}

bool isIdempotent(const HttpRequest& request) {
    return request.repeatable && (request.readOnly || request.method == "GET" || request.method == "HEAD");
}

// A transport failure of one attempt; `retryable` when a new attempt may succeed.
struct AttemptError {
    Error error;
    bool retryable = false;
};

template <typename T>
struct Attempt {
    std::optional<T> value;
    std::optional<AttemptError> failure;
};

} // namespace

std::string HttpResponse::header(std::string_view name) const {
    for (const auto& [k, v] : headers) {
        if (k.size() == name.size() && std::equal(k.begin(), k.end(), name.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
            }))
            return v;
    }
    return {};
}

std::string HttpResponse::mediaType() const {
    std::string type = lower(header("Content-Type"));
    type = type.substr(0, type.find(';'));
    while (!type.empty() && std::isspace(static_cast<unsigned char>(type.back())))
        type.pop_back();
    while (!type.empty() && std::isspace(static_cast<unsigned char>(type.front())))
        type.erase(type.begin());
    return type;
}

std::optional<std::int64_t> parseRetryAfterMs(std::string_view value) {
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front())))
        value.remove_prefix(1);
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back())))
        value.remove_suffix(1);
    if (value.empty())
        return std::nullopt;
    if (std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); })) {
        std::int64_t seconds = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
        if (ec != std::errc() || seconds > 10'000'000)
            return std::nullopt;
        return seconds * 1000;
    }
    Poco::DateTime when;
    int tzd = 0;
    if (!Poco::DateTimeParser::tryParse(std::string(value), when, tzd))
        return std::nullopt;
    when.makeUTC(tzd);
    const Poco::Timestamp now;
    const std::int64_t diffMs = (when.timestamp() - now) / 1000;
    return std::max<std::int64_t>(diffMs, 0);
}

std::string spkiPinOfPemFile(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return {};
    X509* cert = PEM_read_X509(f, nullptr, nullptr, nullptr);
    std::fclose(f);
    const std::string pin = pinOf(cert);
    X509_free(cert);
    return pin;
}

struct HttpClient::Impl {
    Poco::Net::Context::Ptr context;
};

HttpClient::HttpClient(HttpOptions options) : m_options(std::move(options)), m_impl(std::make_unique<Impl>()) {}

HttpClient::~HttpClient() = default;

namespace {

// Shuts the socket down at the request deadline (or on cancel) from a second thread. The read
// loop below checks the deadline between chunks, but two waits are out of its reach: the TLS
// handshake and a TLS record that arrives a byte at a time, because Poco retries SSL_read inside
// receiveBytes for as long as each byte comes within the socket timeout. shutdown(2) on the raw
// descriptor is safe from another thread and wakes the blocked read, which then fails.
class Watchdog {
public:
    Watchdog(poco_socket_t fd, Clock::time_point deadline, const core::CancelToken& cancel)
        : m_thread([this, fd, deadline, cancel] {
              std::unique_lock lock(m_mutex);
              while (!m_done) {
                  if (Clock::now() >= deadline || cancel.isCancelled()) {
                      m_fired = true;
                      ::shutdown(fd, SHUT_RDWR);
                      return;
                  }
                  m_wake.wait_for(lock, std::chrono::milliseconds(20));
              }
          }) {}
    ~Watchdog() {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;
    bool fired() const { return m_fired; }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::atomic_bool m_fired{false};
    std::thread m_thread; // last: starts after the members above exist
};

class Exchange {
public:
    Exchange(const HttpOptions& options, Poco::Net::Context::Ptr& context, HttpStats& stats, const core::CancelToken& cancel)
        : m_options(options), m_context(context), m_stats(stats), m_cancel(cancel),
          m_deadline(Clock::now() + std::chrono::milliseconds(options.limits.requestDeadlineMs)) {}

    /// One request and its response; a failure after the watchdog fired becomes Timeout/Cancelled.
    Attempt<HttpResponse> run(const Url& url, const HttpRequest& request, bool withCredentials) {
        auto result = exchange(url, request, withCredentials);
        const bool fired = m_watchdog && m_watchdog->fired();
        m_watchdog.reset(); // before the socket closes
        if (result.failure && fired)
            result.failure = m_cancel.isCancelled() ? cancelled() : timeout(url);
        return result;
    }

private:
    Attempt<HttpResponse> exchange(const Url& url, const HttpRequest& request, bool withCredentials);
    std::optional<AttemptError> connect(const Url& url);
    std::optional<AttemptError> ensureContext();
    std::optional<AttemptError> sendAll(const std::string& data, const Url& url);
    std::optional<AttemptError> readHead(std::string& buffer, Poco::Net::HTTPResponse& head, std::size_t& bodyStart,
                                         const Url& url);
    // Reads into `buffer`; 0 on orderly close, -1 when the slice passed without data.
    Attempt<int> readSome(std::string& buffer, const Url& url);
    AttemptError timeout(const Url& url) const {
        return {Error::make(
                    ErrorCode::Timeout,
                    core::Message("FeedClient",
                                  QT_TRANSLATE_NOOP("FeedClient",
                                                    "Feed %1: %2 did not answer completely within %3 s, the feed's time limit "
                                                    "per request. The server is slow or stalled; try again later or raise the "
                                                    "limit (feeds add --timeout, or the feed's settings in the window)."))
                        .arg(m_options.feedName)
                        .arg(url.redacted())
                        .arg(QString::number(m_options.limits.requestDeadlineMs / 1000.0))),
                false};
    }
    AttemptError cancelled() const {
        return {Error::make(
                    ErrorCode::Cancelled,
                    core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: cancelled.")).arg(m_options.feedName)),
                false};
    }
    AttemptError network(const Url& url, const core::Message& what, bool retryable = true) const {
        return {Error::make(
                    ErrorCode::Network,
                    core::Message("FeedClient",
                                  QT_TRANSLATE_NOOP("FeedClient",
                                                    "Feed %1: %2 failed: %3. Check the network, the proxy and that the server is "
                                                    "running."))
                        .arg(m_options.feedName)
                        .arg(url.redacted())
                        .arg(what)),
                retryable};
    }

    const HttpOptions& m_options;
    Poco::Net::Context::Ptr& m_context;
    HttpStats& m_stats;
    const core::CancelToken& m_cancel;
    Clock::time_point m_deadline;
    Poco::Net::StreamSocket m_socket;
    std::int64_t m_silentMs = 0; // since the last byte received; reported through NetLimits::onWaiting
    std::int64_t m_reportedSilentMs = 0;
    std::unique_ptr<char[]> m_chunk;
    std::unique_ptr<Watchdog> m_watchdog; // after m_socket: stops before the socket is closed
};

std::optional<AttemptError> Exchange::ensureContext() {
    if (m_context)
        return std::nullopt;
    initializeSslOnce();
    const TlsSettings& tls = m_options.tls;
    for (const auto& [file, label] :
         {std::pair{tls.caFile, core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "CA file"))},
          std::pair{tls.clientCert, core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "client certificate"))},
          std::pair{tls.clientKey, core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "client key"))}}) {
        if (!file.empty() && !QFileInfo(QString::fromStdString(file)).isReadable())
            return AttemptError{
                Error::make(ErrorCode::Usage,
                            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: the %2 \"%3\" cannot be read."))
                                .arg(m_options.feedName)
                                .arg(label)
                                .arg(QString::fromStdString(file))),
                false};
    }
    try {
        Poco::Net::Context::Params params;
        params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
        params.caLocation = tls.caFile;
        params.loadDefaultCAs = tls.caFile.empty();
        params.certificateFile = tls.clientCert;
        params.privateKeyFile = tls.clientKey.empty() ? tls.clientCert : tls.clientKey;
        if (tls.clientCert.empty())
            params.privateKeyFile.clear();
        // BSI TR-02102-2: forward secrecy with AEAD ciphers only for TLS 1.2 (TLS 1.3 suites are all fine).
        params.cipherList = "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:!aNULL:!eNULL";
        Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
        context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
        context->enableExtendedCertificateVerification(true); // Poco's host name check after the handshake
        // Our callback instead of Poco's, which would consult SSLManager's global handlers (and could
        // be configured to accept anyway). It only records the reason; it never overrides a refusal.
        SSL_CTX_set_verify(context->sslContext(), SSL_VERIFY_PEER, &verifyCallback);
        m_context = context;
    } catch (const Poco::Exception& e) {
        return AttemptError{
            Error::make(ErrorCode::Usage,
                        core::Message("FeedClient",
                                      QT_TRANSLATE_NOOP("FeedClient",
                                                        "Feed %1: the TLS settings cannot be used (CA file, client certificate "
                                                        "or key): %2"))
                            .arg(m_options.feedName)
                            .arg(QString::fromStdString(e.displayText()))),
            false};
    }
    return std::nullopt;
}

std::optional<AttemptError> Exchange::connect(const Url& url) {
    try {
        std::string host = url.host;
        int port = url.port;
        if (!m_options.proxy.empty()) {
            const auto colon = m_options.proxy.rfind(':');
            host = m_options.proxy.substr(0, colon);
            port = colon == std::string::npos ? 3128 : std::atoi(m_options.proxy.c_str() + colon + 1);
        }
        const Poco::Net::SocketAddress address(host, static_cast<Poco::UInt16>(port));
        const std::int64_t left = msLeft(m_deadline);
        if (left <= 0)
            return timeout(url);
        m_socket.connect(address, spanMs(std::min<std::int64_t>(left, m_options.limits.connectTimeoutMs)));
        m_socket.setNoDelay(true);
        m_watchdog = std::make_unique<Watchdog>(m_socket.impl()->sockfd(), m_deadline, m_cancel);
        if (!m_options.proxy.empty() && url.scheme == "https") {
            const std::string connect = "CONNECT " + url.host + ":" + std::to_string(url.port) +
                                        " HTTP/1.1\r\nHost: " + url.host + ":" + std::to_string(url.port) + "\r\n\r\n";
            if (auto e = sendAll(connect, url))
                return e;
            std::string buffer;
            Poco::Net::HTTPResponse head;
            std::size_t bodyStart = 0;
            if (auto e = readHead(buffer, head, bodyStart, url))
                return e;
            if (head.getStatus() != Poco::Net::HTTPResponse::HTTP_OK)
                return network(
                    url,
                    core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the proxy refused the tunnel (HTTP %1)"))
                        .arg(head.getStatus()),
                    false);
        }
        if (url.scheme != "https")
            return std::nullopt;
        if (auto e = ensureContext())
            return e;
        const std::int64_t tlsLeft = msLeft(m_deadline);
        if (tlsLeft <= 0)
            return timeout(url);
        m_socket.setReceiveTimeout(spanMs(std::min<std::int64_t>(tlsLeft, m_options.limits.connectTimeoutMs)));
        m_socket.setSendTimeout(spanMs(std::min<std::int64_t>(tlsLeft, m_options.limits.connectTimeoutMs)));
        t_verifyError = X509_V_OK;
        try {
            Poco::Net::SecureStreamSocket secure = Poco::Net::SecureStreamSocket::attach(m_socket, url.host, m_context);
            m_socket = secure;
            if (!m_options.tls.pin.empty()) {
                const Poco::Net::X509Certificate cert = secure.peerCertificate();
                const std::string pin = pinOf(const_cast<X509*>(cert.certificate()));
                if (pin != m_options.tls.pin)
                    return AttemptError{
                        Error::make(ErrorCode::Network,
                                    core::Message("FeedClient",
                                                  QT_TRANSLATE_NOOP(
                                                      "FeedClient",
                                                      "Feed %1: the TLS connection to %2 was refused: the server's public key "
                                                      "does not match the configured pin. Nothing was sent. If the partner "
                                                      "changed its key, confirm the new pin with them and update the feed."))
                                        .arg(m_options.feedName)
                                        .arg(url.redacted()),
                                    QStringLiteral("server pin %1").arg(QString::fromStdString(pin))),
                        false};
            }
        } catch (const Poco::Net::CertificateValidationException& e) {
            return AttemptError{
                Error::make(
                    ErrorCode::Network,
                    core::Message("FeedClient",
                                  QT_TRANSLATE_NOOP("FeedClient",
                                                    "Feed %1: the TLS connection to %2 was refused: %3. Ask the partner for a "
                                                    "valid certificate; there is no way to accept it anyway."))
                        .arg(m_options.feedName)
                        .arg(url.redacted())
                        .arg(t_verifyError != X509_V_OK
                                 ? verifyReason(t_verifyError)
                                 : core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the server's certificate is "
                                                                                               "not issued for host %1"))
                                       .arg(QString::fromStdString(url.host))),
                    QString::fromStdString(e.displayText())),
                false};
        } catch (const Poco::TimeoutException&) {
            return timeout(url);
        } catch (const Poco::Net::SSLException& e) {
            if (t_verifyError != X509_V_OK)
                return AttemptError{
                    Error::make(ErrorCode::Network,
                                core::Message("FeedClient",
                                              QT_TRANSLATE_NOOP(
                                                  "FeedClient",
                                                  "Feed %1: the TLS connection to %2 was refused: %3. Check the feed's CA file; "
                                                  "there is no way to accept the certificate anyway."))
                                    .arg(m_options.feedName)
                                    .arg(url.redacted())
                                    .arg(verifyReason(t_verifyError)),
                                QString::fromStdString(e.displayText())),
                    false};
            return AttemptError{
                Error::make(
                    ErrorCode::Network,
                    core::Message("FeedClient",
                                  QT_TRANSLATE_NOOP("FeedClient", "Feed %1: the TLS handshake with %2 failed (the server may not "
                                                                  "support TLS 1.2 or later, or requires a client certificate)."))
                        .arg(m_options.feedName)
                        .arg(url.redacted()),
                    QString::fromStdString(e.displayText())),
                false};
        }
    } catch (const Poco::TimeoutException&) {
        return timeout(url);
    } catch (const Poco::Net::HostNotFoundException&) {
        return network(url, core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the host name could not be resolved")),
                       false);
    } catch (const Poco::Net::NoAddressFoundException&) {
        return network(url, core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the host name could not be resolved")),
                       false);
    } catch (const Poco::Net::ConnectionRefusedException&) {
        return network(url, core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the connection was refused")));
    } catch (const Poco::Exception& e) {
        return network(url, core::Message::plain(QString::fromStdString(e.displayText())));
    }
    return std::nullopt;
}

std::optional<AttemptError> Exchange::sendAll(const std::string& data, const Url& url) {
    std::size_t sent = 0;
    while (sent < data.size()) {
        if (m_cancel.isCancelled())
            return cancelled();
        const std::int64_t left = msLeft(m_deadline);
        if (left <= 0)
            return timeout(url);
        try {
            m_socket.setSendTimeout(spanMs(std::min(left, kReadSliceMs)));
            const int n =
                m_socket.sendBytes(data.data() + sent, static_cast<int>(std::min<std::size_t>(data.size() - sent, 64 * 1024)));
            if (n > 0)
                sent += static_cast<std::size_t>(n);
        } catch (const Poco::TimeoutException&) {
            continue;
        } catch (const Poco::Exception& e) {
            return network(url, core::Message::plain(QString::fromStdString(e.displayText())));
        }
    }
    return std::nullopt;
}

Attempt<int> Exchange::readSome(std::string& buffer, const Url& url) {
    if (m_cancel.isCancelled())
        return {std::nullopt, cancelled()};
    const std::int64_t left = msLeft(m_deadline);
    if (left <= 0)
        return {std::nullopt, timeout(url)};
    const std::int64_t slice = std::min(left, kReadSliceMs);
    if (!m_chunk)
        m_chunk = std::make_unique_for_overwrite<char[]>(kChunkBytes); // not zeroed: it is overwritten
    try {
        m_socket.setReceiveTimeout(spanMs(slice));
        const int n = m_socket.receiveBytes(m_chunk.get(), static_cast<int>(kChunkBytes));
        if (n > 0) {
            buffer.append(m_chunk.get(), static_cast<std::size_t>(n));
            m_silentMs = 0;
            m_reportedSilentMs = 0;
            return {n, std::nullopt};
        }
        if (n == 0)
            return {0, std::nullopt};
        return {-1, std::nullopt}; // TLS wants more data
    } catch (const Poco::TimeoutException&) {
        // No byte for a while is not an error by itself: some servers think for half a minute before
        // the first byte of a large query. Only the request's deadline (the feed's time limit) ends
        // it; meanwhile the caller hears that the server is still working.
        m_silentMs += slice;
        if (m_options.limits.onWaiting && m_silentMs - m_reportedSilentMs >= kWaitReportMs) {
            m_reportedSilentMs = m_silentMs;
            m_options.limits.onWaiting(m_silentMs, m_options.limits.requestDeadlineMs);
        }
        return {-1, std::nullopt};
    } catch (const Poco::Exception& e) {
        return {std::nullopt, network(url, core::Message::plain(QString::fromStdString(e.displayText())))};
    }
}

std::optional<AttemptError> Exchange::readHead(std::string& buffer, Poco::Net::HTTPResponse& head, std::size_t& bodyStart,
                                               const Url& url) {
    std::size_t end = std::string::npos;
    while ((end = buffer.find("\r\n\r\n")) == std::string::npos) {
        if (buffer.size() > kMaxHeaderBytes)
            return network(url,
                           core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the response headers exceed %1 KB"))
                               .arg(kMaxHeaderBytes / 1024),
                           false);
        auto r = readSome(buffer, url);
        if (r.failure)
            return r.failure;
        if (*r.value == 0)
            return network(url,
                           core::Message("FeedClient",
                                         QT_TRANSLATE_NOOP("FeedClient",
                                                           "the server closed the connection before sending a complete answer")));
    }
    bodyStart = end + 4;
    try {
        std::istringstream in(buffer.substr(0, bodyStart));
        head.read(in);
    } catch (const Poco::Exception&) {
        return network(url, core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the server's answer is not valid HTTP")),
                       false);
    }
    return std::nullopt;
}

Attempt<HttpResponse> Exchange::exchange(const Url& url, const HttpRequest& request, bool withCredentials) {
    if (auto e = connect(url))
        return {std::nullopt, e};
    const bool viaProxy = !m_options.proxy.empty() && url.scheme == "http";
    std::string text = request.method + " " + (viaProxy ? url.str() : url.target) + " HTTP/1.1\r\n";
    text += "Host: " + url.hostHeader() + "\r\n";
    text += "User-Agent: Lagebild\r\nConnection: close\r\nAccept-Encoding: identity\r\n";
    for (const auto& [name, value] : request.headers)
        text += name + ": " + value + "\r\n";
    if (withCredentials) {
        for (const auto& [name, value] : m_options.credentials)
            text += name + ": " + value + "\r\n";
    }
    if (!request.body.empty() || request.method == "POST" || request.method == "PUT")
        text += "Content-Length: " + std::to_string(request.body.size()) + "\r\n";
    text += "\r\n";
    text += request.body;
    ++m_stats.requests;
    if (auto e = sendAll(text, url))
        return {std::nullopt, e};

    std::string buffer;
    Poco::Net::HTTPResponse head;
    std::size_t bodyStart = 0;
    if (auto e = readHead(buffer, head, bodyStart, url))
        return {std::nullopt, e};

    HttpResponse response;
    response.status = static_cast<int>(head.getStatus());
    response.reason = head.getReason().substr(0, 100);
    response.url = url.str();
    for (const auto& [name, value] : head)
        response.headers.emplace_back(name, value);

    const bool noBody = request.method == "HEAD" || response.status == 204 || response.status == 304 ||
                        (response.status >= 100 && response.status < 200);
    const bool chunked = lower(response.header("Transfer-Encoding")).find("chunked") != std::string::npos;
    std::optional<std::int64_t> contentLength;
    if (const std::string cl = response.header("Content-Length"); !cl.empty() && !chunked) {
        std::int64_t n = -1;
        const auto [p, ec] = std::from_chars(cl.data(), cl.data() + cl.size(), n);
        if (ec != std::errc() || p != cl.data() + cl.size() || n < 0)
            return {
                std::nullopt,
                network(url,
                        core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the server sent an invalid Content-Length")),
                        false)};
        contentLength = n;
    }
    const std::int64_t maxBody = m_options.limits.maxBytesPerPage;
    if (contentLength && *contentLength > maxBody)
        return {std::nullopt,
                AttemptError{Error::make(ErrorCode::Http,
                                         core::Message("FeedClient",
                                                       QT_TRANSLATE_NOOP(
                                                           "FeedClient",
                                                           "Feed %1: the answer of %2 is %3 MB, more than the limit of %4 MB per "
                                                           "page. Use a smaller page size or raise the limit."))
                                             .arg(m_options.feedName)
                                             .arg(url.redacted())
                                             .arg(QString::number(static_cast<double>(*contentLength) / 1e6, 'f', 1))
                                             .arg(QString::number(static_cast<double>(maxBody) / 1e6, 'f', 1))),
                             false}};

    std::string raw;
    if (contentLength)
        raw.reserve(static_cast<std::size_t>(*contentLength)); // one allocation for the whole page
    raw.append(buffer, bodyStart);
    buffer.clear();
    ChunkedDecoder decoder;
    auto tooLarge = [&] {
        return AttemptError{
            Error::make(ErrorCode::Http,
                        core::Message("FeedClient",
                                      QT_TRANSLATE_NOOP("FeedClient",
                                                        "Feed %1: the answer of %2 exceeds the limit of %3 MB per page. Use a "
                                                        "smaller page size or raise the limit."))
                            .arg(m_options.feedName)
                            .arg(url.redacted())
                            .arg(QString::number(static_cast<double>(maxBody) / 1e6, 'f', 1))),
            false};
    };
    auto complete = [&]() -> std::optional<bool> { // nullopt: malformed
        if (noBody)
            return true;
        if (chunked) {
            if (!decoder.feed(raw, response.body))
                return std::nullopt;
            raw.clear();
            return decoder.done();
        }
        if (contentLength)
            return static_cast<std::int64_t>(raw.size()) >= *contentLength;
        return false; // until the server closes
    };
    while (true) {
        const auto state = complete();
        if (!state)
            return {
                std::nullopt,
                network(url,
                        core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the server sent a malformed chunked body")),
                        false)};
        if (*state)
            break;
        if (static_cast<std::int64_t>(raw.size() + response.body.size()) > maxBody)
            return {std::nullopt, tooLarge()};
        auto r = readSome(raw, url);
        if (r.failure)
            return {std::nullopt, r.failure};
        if (*r.value == 0) {
            if (chunked || contentLength)
                return {std::nullopt,
                        network(url,
                                core::Message("FeedClient",
                                              QT_TRANSLATE_NOOP("FeedClient",
                                                                "the connection closed after %1 bytes of the answer; the data is "
                                                                "incomplete and was not used"))
                                    .arg(static_cast<qlonglong>(chunked ? response.body.size() : raw.size())))};
            break;
        }
    }
    if (!chunked) {
        if (contentLength && static_cast<std::int64_t>(raw.size()) > *contentLength)
            raw.resize(static_cast<std::size_t>(*contentLength));
        response.body = noBody ? std::string() : std::move(raw);
    }
    if (static_cast<std::int64_t>(response.body.size()) > maxBody)
        return {std::nullopt, tooLarge()};
    m_stats.bytesReceived += static_cast<std::int64_t>(response.body.size());
    m_watchdog.reset();
    try {
        m_socket.close();
    } catch (const Poco::Exception&) {
    }
    return {std::move(response), std::nullopt};
}

bool sleepCancellable(std::int64_t ms, const core::CancelToken& cancel) {
    const auto until = Clock::now() + std::chrono::milliseconds(ms);
    while (Clock::now() < until) {
        if (cancel.isCancelled())
            return false;
        std::this_thread::sleep_for(std::min<Clock::duration>(std::chrono::milliseconds(20), until - Clock::now()));
    }
    return !cancel.isCancelled();
}

bool isHtml(const HttpResponse& response) {
    const std::string type = response.mediaType();
    if (type == "text/html" || type == "application/xhtml+xml")
        return true;
    const auto first = response.body.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return false;
    const std::string start = lower(std::string_view(response.body).substr(first, 15));
    return start.rfind("<!doctype html", 0) == 0 || start.rfind("<html", 0) == 0;
}

} // namespace

core::Result<HttpResponse> HttpClient::send(const HttpRequest& request, const core::CancelToken& cancel) {
    auto url = Url::parse(request.url);
    if (!url)
        return Error::make(ErrorCode::Usage,
                           core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: invalid request URL."))
                               .arg(m_options.feedName));
    if (url->scheme == "http" && !url->isLoopback())
        return Error::make(
            ErrorCode::Usage,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "Feed %1: plain http:// to %2 refused; only https:// is allowed "
                                                          "(plain http:// to loopback hosts only)."))
                .arg(m_options.feedName)
                .arg(url->redacted()));
    const auto& limits = m_options.limits;
    std::mt19937_64 random(std::random_device{}());
    HttpRequest current = request;
    int redirects = 0;
    int retries = 0;
    const auto waitBeforeRetry = [&](std::optional<std::int64_t> retryAfter) -> bool {
        const std::int64_t base = std::min<std::int64_t>(
            static_cast<std::int64_t>(limits.initialBackoffMs) << std::min(retries, 20), limits.maxBackoffMs);
        // Full jitter in [base/2, base] so that many clients do not come back in lock step.
        std::uniform_int_distribution<std::int64_t> jitter(base / 2, std::max<std::int64_t>(base, base / 2));
        const std::int64_t wanted = retryAfter ? *retryAfter : jitter(random);
        m_stats.waitMs.push_back(wanted);
        ++m_stats.retries;
        ++retries;
        return sleepCancellable(std::min<std::int64_t>(wanted, limits.maxBackoffMs), cancel);
    };
    const auto cancelled = [&] {
        return Error::make(
            ErrorCode::Cancelled,
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: cancelled.")).arg(m_options.feedName));
    };

    while (true) {
        if (cancel.isCancelled())
            return cancelled();
        const bool sameOrigin = url->origin() == m_options.origin.origin();
        Exchange exchange(m_options, m_impl->context, m_stats, cancel);
        auto attempt = exchange.run(*url, current, sameOrigin);
        if (attempt.failure) {
            const bool may = attempt.failure->retryable && isIdempotent(current) && retries < limits.maxRetries;
            if (!may)
                return attempt.failure->error;
            if (!waitBeforeRetry(std::nullopt))
                return cancelled();
            continue;
        }
        HttpResponse response = std::move(*attempt.value);
        const int status = response.status;
        const QString where = url->redacted();
        const QString statusText = QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromStdString(response.reason));

        if ((status >= 200 && status < 300) || status == 304) {
            if (status != 304 && isHtml(response))
                return Error::make(
                    ErrorCode::Http,
                    core::Message("FeedClient",
                                  QT_TRANSLATE_NOOP("FeedClient",
                                                    "Feed %1: %2 returned an HTML page instead of data (a login page, portal or "
                                                    "proxy error?). Nothing was imported; check the URL and the proxy."))
                        .arg(m_options.feedName)
                        .arg(where));
            if (status != 304 && !current.accept.empty() && !response.body.empty() &&
                std::find(current.accept.begin(), current.accept.end(), response.mediaType()) == current.accept.end())
                return Error::make(
                    ErrorCode::Http,
                    core::Message("FeedClient",
                                  QT_TRANSLATE_NOOP("FeedClient",
                                                    "Feed %1: %2 returned content of type \"%3\", expected %4. Nothing was "
                                                    "imported; check the URL and the feed kind."))
                        .arg(m_options.feedName)
                        .arg(where)
                        .arg(QString::fromStdString(response.mediaType()))
                        .arg(QString::fromStdString(current.accept.front())));
            return response;
        }
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            const std::string location = response.header("Location");
            auto next = resolveUrl(*url, location);
            if (!next)
                return Error::make(
                    ErrorCode::Http,
                    core::Message("FeedClient",
                                  QT_TRANSLATE_NOOP("FeedClient", "Feed %1: %2 redirected (%3) to an invalid location."))
                        .arg(m_options.feedName)
                        .arg(where)
                        .arg(statusText));
            if (next->origin() != url->origin() || next->origin() != m_options.origin.origin())
                return Error::make(
                    ErrorCode::Http,
                    core::Message("FeedClient",
                                  QT_TRANSLATE_NOOP("FeedClient",
                                                    "Feed %1: %2 redirected to another server (%3); redirects are followed "
                                                    "only within the same scheme, host and port, so nothing was sent there. "
                                                    "Configure the final URL if the move is legitimate."))
                        .arg(m_options.feedName)
                        .arg(where)
                        .arg(QString::fromStdString(next->origin())));
            if (++redirects > kMaxRedirects)
                return Error::make(
                    ErrorCode::Http,
                    core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: too many redirects starting at %2."))
                        .arg(m_options.feedName)
                        .arg(request.url.empty() ? where : Url::parse(request.url)->redacted()));
            if (status == 303) {
                current.method = "GET";
                current.body.clear();
            }
            url = next;
            continue;
        }
        if (status == 401 || status == 403)
            return Error::make(
                ErrorCode::Auth,
                core::Message("FeedClient",
                              QT_TRANSLATE_NOOP("FeedClient",
                                                "Feed %1: %2 refused access (%3). Check the feed's credentials (secret, user, "
                                                "client certificate) and that the account may read this data."))
                    .arg(m_options.feedName)
                    .arg(where)
                    .arg(statusText));
        const bool retryStatus = status == 408 || status == 429 || status >= 500;
        if (retryStatus && (isIdempotent(current) || status == 429 || status == 503)) {
            if (retries >= limits.maxRetries)
                return Error::make(
                    ErrorCode::Http,
                    core::Message(
                        "FeedClient",
                        QT_TRANSLATE_NOOP("FeedClient",
                                          "Feed %1: %2 answered %3 and still failed after %4 retries. Try again later."))
                        .arg(m_options.feedName)
                        .arg(where)
                        .arg(statusText)
                        .arg(limits.maxRetries));
            std::optional<std::int64_t> retryAfter;
            if (status == 429 || status == 503)
                retryAfter = parseRetryAfterMs(response.header("Retry-After"));
            if (!waitBeforeRetry(retryAfter))
                return cancelled();
            continue;
        }
        core::Message hint;
        if (status == 404)
            hint = core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Check the URL and the collection."));
        else if (status == 406 || status == 415)
            hint = core::Message(
                "FeedClient",
                QT_TRANSLATE_NOOP("FeedClient",
                                  "The server does not offer the requested media type; check that it speaks the protocol of "
                                  "the feed kind."));
        else
            hint = core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Check the feed configuration."));
        Error error = Error::make(ErrorCode::Http,
                                  core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: %2 answered %3. %4"))
                                      .arg(m_options.feedName)
                                      .arg(where)
                                      .arg(statusText)
                                      .arg(hint));
        error.httpStatus = status;
        return error;
    }
}

} // namespace lagebild::sync::net

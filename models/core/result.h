#pragma once

#include "models/core/message.h"

#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <variant>

namespace lagebild::core {

/// Classifies a failure so callers can react (retry, ask for credentials, show a signature warning)
/// without parsing message text.
enum class ErrorCode {
    Parse,
    Schema,
    WrongFormat, // readable data, but not of the format asked for (a folder walk skips such files)
    Storage,
    Io,
    Network,
    Timeout,
    Auth,
    Http,
    Signature,
    Usage,
    Cancelled,
    Internal,
};

/// A failure as it crosses a library API: a code, a user-facing message (already translated, says
/// what failed, where and what to do) and an optional technical detail for logs. Cheap to copy.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
    int httpStatus = 0; // the HTTP status of an answer that caused the error, 0 when none
    /// A server-supplied URL on another origin that was not followed (a TAXII API root named by a
    /// discovery document): an administrator may approve it as the feed's URL. Empty when none.
    QString approvableUrl;
    /// The message as template and arguments, where the code that failed gave one: what a stored
    /// account (a feed's last error) keeps, so it reads in the language of a later reader.
    std::shared_ptr<const Message> what;

    static Error make(ErrorCode c, QString msg, QString det = {}) {
        Error e;
        e.code = c;
        e.message = std::move(msg);
        e.detail = std::move(det);
        return e;
    }
    static Error make(ErrorCode c, const Message& msg, QString det = {}) {
        Error e = make(c, msg.text(), std::move(det));
        e.what = std::make_shared<const Message>(msg);
        return e;
    }
    /// The message to store: the template when there is one, else the text as it is.
    Message storable() const { return what ? *what : Message::plain(message); }
    bool isCancelled() const { return code == ErrorCode::Cancelled; }
};

/// Value or Error. Library functions return this instead of throwing (ARCHITECTURE §5).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T value() && { return std::get<T>(std::move(m_data)); }
    T valueOr(T fallback) const { return ok() ? std::get<T>(m_data) : std::move(fallback); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that produces no value.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace lagebild::core

#pragma once

#include "models/core/result.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace lagebild::sync::net {

/// An absolute http(s) URL split into the parts the HTTP client needs. Only `http` and `https`
/// are accepted; user info ("user:pass@") is refused so that a secret never rides in a URL.
struct Url {
    std::string scheme; // "http" or "https", lower case
    std::string host;   // lower case; IPv6 without brackets
    int port = 0;       // explicit or the scheme's default
    std::string target; // path plus query, always starting with '/'

    static std::optional<Url> parse(std::string_view text);

    /// scheme://host:port — redirects and credentials stay within one origin.
    std::string origin() const;
    /// The Host header value ("host" or "host:port" when the port is not the default; IPv6 bracketed).
    std::string hostHeader() const;
    std::string str() const;
    /// For messages: scheme://host:port/path without the query (a query may carry tokens).
    QString redacted() const;
    std::string path() const;  // target without the query
    std::string query() const; // after '?', without it
    bool isLoopback() const;
};

/// Resolves a reference (absolute URL, absolute path or relative path) against `base` (RFC 3986
/// §5.2, without dot-segment removal beyond what servers send in practice: "../" is refused).
std::optional<Url> resolveUrl(const Url& base, std::string_view reference);

/// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(std::string_view host);

/// The feed URL policy: https:// only, plain http:// only to loopback hosts. Error code Usage.
core::Result<Url> checkFeedUrl(const QString& url);

/// Percent-encodes a query parameter value (RFC 3986 unreserved characters kept).
std::string encodeQueryValue(std::string_view value);

/// Appends `name=value` (value encoded) to a URL target with '?' or '&'.
void addQuery(std::string& target, std::string_view name, std::string_view value);

} // namespace lagebild::sync::net

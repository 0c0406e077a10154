#include "models/sync/net/url.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace lagebild::sync::net {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

int defaultPort(std::string_view scheme) { return scheme == "https" ? 443 : 80; }

bool hasControlOrSpace(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](unsigned char c) { return c <= 0x20 || c == 0x7f; });
}

} // namespace

std::optional<Url> Url::parse(std::string_view text) {
    if (text.empty() || hasControlOrSpace(text))
        return std::nullopt;
    const auto schemeEnd = text.find("://");
    if (schemeEnd == std::string_view::npos)
        return std::nullopt;
    Url url;
    url.scheme = lower(text.substr(0, schemeEnd));
    if (url.scheme != "http" && url.scheme != "https")
        return std::nullopt;
    std::string_view rest = text.substr(schemeEnd + 3);
    const auto authorityEnd = rest.find_first_of("/?#");
    std::string_view authority = rest.substr(0, authorityEnd);
    std::string_view target = authorityEnd == std::string_view::npos ? std::string_view() : rest.substr(authorityEnd);
    if (authority.empty() || authority.find('@') != std::string_view::npos)
        return std::nullopt;
    std::string_view portText;
    if (authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos)
            return std::nullopt;
        url.host = lower(authority.substr(1, close - 1));
        std::string_view after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':')
                return std::nullopt;
            portText = after.substr(1);
        }
    } else {
        const auto colon = authority.rfind(':');
        url.host = lower(authority.substr(0, colon));
        if (colon != std::string_view::npos)
            portText = authority.substr(colon + 1);
    }
    if (url.host.empty())
        return std::nullopt;
    url.port = defaultPort(url.scheme);
    if (!portText.empty()) {
        int port = 0;
        const auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
        if (ec != std::errc() || end != portText.data() + portText.size() || port <= 0 || port > 65535)
            return std::nullopt;
        url.port = port;
    }
    if (const auto hash = target.find('#'); hash != std::string_view::npos)
        target = target.substr(0, hash);
    url.target = target.empty() ? std::string("/") : std::string(target);
    if (url.target.front() == '?')
        url.target.insert(0, "/");
    return url;
}

std::string Url::hostHeader() const {
    std::string h = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    if (port != defaultPort(scheme))
        h += ":" + std::to_string(port);
    return h;
}

std::string Url::origin() const {
    const std::string h = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    return scheme + "://" + h + ":" + std::to_string(port);
}

std::string Url::str() const { return scheme + "://" + hostHeader() + target; }

QString Url::redacted() const { return QString::fromStdString(scheme + "://" + hostHeader() + path()); }

std::string Url::path() const { return target.substr(0, target.find('?')); }

std::string Url::query() const {
    const auto q = target.find('?');
    return q == std::string::npos ? std::string() : target.substr(q + 1);
}

bool Url::isLoopback() const { return isLoopbackHost(host); }

bool isLoopbackHost(std::string_view host) {
    if (host == "localhost" || host == "::1")
        return true;
    // 127.0.0.0/8 in dotted-quad form only (no short forms such as "127.1").
    if (host.substr(0, 4) != "127.")
        return false;
    int parts = 0;
    std::size_t pos = 0;
    while (pos <= host.size()) {
        const auto dot = host.find('.', pos);
        const std::string_view part = host.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos);
        int value = -1;
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (part.empty() || part.size() > 3 || ec != std::errc() || end != part.data() + part.size() || value > 255)
            return false;
        ++parts;
        if (dot == std::string_view::npos)
            break;
        pos = dot + 1;
    }
    return parts == 4;
}

std::optional<Url> resolveUrl(const Url& base, std::string_view reference) {
    if (reference.find("://") != std::string_view::npos)
        return Url::parse(reference);
    if (reference.empty() || hasControlOrSpace(reference) || reference.substr(0, 2) == "//")
        return std::nullopt;
    if (reference.find("..") != std::string_view::npos)
        return std::nullopt;
    Url url = base;
    if (reference.front() == '/') {
        url.target = std::string(reference);
    } else if (reference.front() == '?') {
        url.target = base.path() + std::string(reference);
    } else {
        std::string dir = base.path();
        dir = dir.substr(0, dir.rfind('/') + 1);
        url.target = dir + std::string(reference);
    }
    if (const auto hash = url.target.find('#'); hash != std::string::npos)
        url.target.resize(hash);
    return url;
}

core::Result<Url> checkFeedUrl(const QString& text) {
    const auto url = Url::parse(text.trimmed().toStdString());
    if (!url)
        return core::Error::make(
            core::ErrorCode::Usage,
            QCoreApplication::translate("FeedClient",
                                        "The feed URL \"%1\" is not a valid http(s) URL. Give an absolute https:// URL "
                                        "without user name or password in it.")
                .arg(text));
    if (url->scheme == "http" && !url->isLoopback())
        return core::Error::make(
            core::ErrorCode::Usage,
            QCoreApplication::translate("FeedClient", "The feed URL %1 uses plain http://. Only https:// is allowed, except for "
                                                      "loopback hosts (127.0.0.1, ::1, localhost).")
                .arg(url->redacted()));
    return *url;
}

std::string encodeQueryValue(std::string_view value) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(value.size());
    for (const unsigned char c : value) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xf]);
        }
    }
    return out;
}

void addQuery(std::string& target, std::string_view name, std::string_view value) {
    target += target.find('?') == std::string::npos ? '?' : '&';
    target += name;
    target += '=';
    target += encodeQueryValue(value);
}

} // namespace lagebild::sync::net

#include "models/core/observable.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace lagebild::core {

namespace {

struct TypeName {
    ObservableType type;
    std::string_view name;
};

constexpr std::array<TypeName, kObservableTypeCount> kTypeNames{{
    {ObservableType::Ipv4, "ipv4-addr"},
    {ObservableType::Ipv4Net, "ipv4-net"},
    {ObservableType::Ipv6, "ipv6-addr"},
    {ObservableType::Ipv6Net, "ipv6-net"},
    {ObservableType::Domain, "domain-name"},
    {ObservableType::Url, "url"},
    {ObservableType::Email, "email-addr"},
    {ObservableType::Md5, "file:md5"},
    {ObservableType::Sha1, "file:sha1"},
    {ObservableType::Sha256, "file:sha256"},
    {ObservableType::Sha512, "file:sha512"},
    {ObservableType::UserAgent, "user-agent"},
    {ObservableType::Mutex, "mutex"},
    {ObservableType::RegistryKey, "windows-registry-key"},
}};

constexpr bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// Blank or control character: never part of a domain, URL or e-mail address.
constexpr bool isBlankOrControl(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f;
}

constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }

constexpr bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

constexpr int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr char toLowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && isAsciiSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isAsciiSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

void lowerInPlace(std::string& s, std::size_t from = 0, std::size_t to = std::string::npos) {
    if (to > s.size())
        to = s.size();
    for (std::size_t i = from; i < to; ++i)
        s[i] = toLowerAscii(s[i]);
}

std::string lowered(std::string_view s) {
    std::string out(s);
    lowerInPlace(out);
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (toLowerAscii(a[i]) != toLowerAscii(b[i]))
            return false;
    return true;
}

bool hasBlankOrControl(std::string_view s) {
    for (const char c : s)
        if (isBlankOrControl(c))
            return true;
    return false;
}

// Strict dotted quad: four decimal octets 0-255, no leading zeros, nothing else.
std::optional<std::uint32_t> parseIpv4(std::string_view s) {
    std::uint32_t address = 0;
    std::size_t i = 0;
    for (int octet = 0; octet < 4; ++octet) {
        if (octet > 0) {
            if (i >= s.size() || s[i] != '.')
                return std::nullopt;
            ++i;
        }
        const std::size_t start = i;
        unsigned value = 0;
        while (i < s.size() && isDigit(s[i]) && i - start < 3) {
            value = value * 10 + static_cast<unsigned>(s[i] - '0');
            ++i;
        }
        const std::size_t digits = i - start;
        if (digits == 0 || (i < s.size() && isDigit(s[i])) || (digits > 1 && s[start] == '0') || value > 255)
            return std::nullopt;
        address = (address << 8) | value;
    }
    if (i != s.size())
        return std::nullopt;
    return address;
}

// CIDR prefix length: decimal, no leading zeros, at most `maximum`.
std::optional<unsigned> parsePrefixLength(std::string_view s, unsigned maximum) {
    if (s.empty() || s.size() > 3 || (s.size() > 1 && s[0] == '0'))
        return std::nullopt;
    unsigned value = 0;
    for (const char c : s) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    if (value > maximum)
        return std::nullopt;
    return value;
}

void appendIpv4(std::string& out, std::uint32_t address) {
    for (int shift = 24; shift >= 0; shift -= 8) {
        out += std::to_string((address >> shift) & 0xffU);
        if (shift > 0)
            out += '.';
    }
}

using Ipv6Words = std::array<std::uint16_t, 8>;

// RFC 4291 section 2.2 text forms, as accepted by inet_pton(AF_INET6): hex groups of 1-4 digits,
// at most one "::", an optional trailing dotted quad. No zone index.
std::optional<Ipv6Words> parseIpv6(std::string_view s) {
    Ipv6Words words{};
    std::size_t count = 0;
    std::optional<std::size_t> gapAt;
    std::size_t i = 0;
    const std::size_t n = s.size();
    if (n < 2)
        return std::nullopt;
    if (s[0] == ':') {
        if (s[1] != ':')
            return std::nullopt;
        gapAt = 0;
        i = 2;
    }
    while (i < n) {
        if (count == 8)
            return std::nullopt;
        const std::size_t start = i;
        unsigned value = 0;
        while (i < n && hexValue(s[i]) >= 0 && i - start < 4) {
            value = (value << 4) | static_cast<unsigned>(hexValue(s[i]));
            ++i;
        }
        if (i == start)
            return std::nullopt;
        if (i < n && s[i] == '.') {
            if (count > 6)
                return std::nullopt;
            const auto v4 = parseIpv4(s.substr(start));
            if (!v4)
                return std::nullopt;
            words[count++] = static_cast<std::uint16_t>(*v4 >> 16);
            words[count++] = static_cast<std::uint16_t>(*v4 & 0xffffU);
            i = n;
            break;
        }
        words[count++] = static_cast<std::uint16_t>(value);
        if (i == n)
            break;
        if (s[i] != ':')
            return std::nullopt; // also catches a fifth hex digit
        ++i;
        if (i < n && s[i] == ':') {
            if (gapAt)
                return std::nullopt;
            gapAt = count;
            ++i;
        } else if (i == n) {
            return std::nullopt; // single trailing colon
        }
    }
    if (gapAt) {
        if (count == 8)
            return std::nullopt; // "::" must stand for at least one group
        const std::size_t tail = count - *gapAt;
        for (std::size_t k = 0; k < tail; ++k) {
            words[7 - k] = words[count - 1 - k];
            words[count - 1 - k] = 0;
        }
    } else if (count != 8) {
        return std::nullopt;
    }
    return words;
}

void appendHex16(std::string& out, std::uint16_t value) {
    static constexpr char kDigits[] = "0123456789abcdef";
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
        const unsigned nibble = (value >> shift) & 0xfU;
        if (nibble != 0 || started || shift == 0) {
            out += kDigits[nibble];
            started = true;
        }
    }
}

// RFC 5952 section 4 and 5.
void appendIpv6(std::string& out, const Ipv6Words& w) {
    if (w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0xffff) {
        out += "::ffff:";
        appendIpv4(out, (static_cast<std::uint32_t>(w[6]) << 16) | w[7]);
        return;
    }
    std::size_t bestStart = 8;
    std::size_t bestLength = 0;
    for (std::size_t i = 0; i < 8;) {
        if (w[i] != 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < 8 && w[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    if (bestLength < 2)
        bestStart = 8;
    for (std::size_t i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLength - 1;
            continue;
        }
        if (i > 0 && i != bestStart + bestLength)
            out += ':';
        appendHex16(out, w[i]);
    }
}

std::optional<ObservableKey> normaliseIpv4(std::string_view raw) {
    const std::string_view s = trim(raw);
    const std::size_t slash = s.find('/');
    const auto address = parseIpv4(s.substr(0, slash));
    if (!address)
        return std::nullopt;
    unsigned prefix = 32;
    if (slash != std::string_view::npos) {
        const auto parsed = parsePrefixLength(s.substr(slash + 1), 32);
        if (!parsed)
            return std::nullopt;
        prefix = *parsed;
    }
    const std::uint32_t mask = prefix == 0 ? 0U : ~std::uint32_t{0} << (32 - prefix);
    ObservableKey key{prefix == 32 ? ObservableType::Ipv4 : ObservableType::Ipv4Net, {}};
    key.value.reserve(18);
    appendIpv4(key.value, *address & mask);
    if (prefix != 32) {
        key.value += '/';
        key.value += std::to_string(prefix);
    }
    return key;
}

std::optional<ObservableKey> normaliseIpv6(std::string_view raw) {
    const std::string_view s = trim(raw);
    const std::size_t slash = s.find('/');
    auto words = parseIpv6(s.substr(0, slash));
    if (!words)
        return std::nullopt;
    unsigned prefix = 128;
    if (slash != std::string_view::npos) {
        const auto parsed = parsePrefixLength(s.substr(slash + 1), 128);
        if (!parsed)
            return std::nullopt;
        prefix = *parsed;
    }
    for (std::size_t i = 0; i < 8; ++i) {
        const unsigned bitsKept = prefix > i * 16 ? std::min(16U, prefix - static_cast<unsigned>(i * 16)) : 0U;
        const unsigned mask = bitsKept == 0 ? 0U : (0xffffU << (16 - bitsKept)) & 0xffffU;
        (*words)[i] = static_cast<std::uint16_t>((*words)[i] & mask);
    }
    ObservableKey key{prefix == 128 ? ObservableType::Ipv6 : ObservableType::Ipv6Net, {}};
    key.value.reserve(44);
    appendIpv6(key.value, *words);
    if (prefix != 128) {
        key.value += '/';
        key.value += std::to_string(prefix);
    }
    return key;
}

std::optional<ObservableKey> normaliseDomain(std::string_view raw) {
    std::string_view s = trim(raw);
    if (!s.empty() && s.back() == '.')
        s.remove_suffix(1);
    if (s.empty() || hasBlankOrControl(s))
        return std::nullopt;
    return ObservableKey{ObservableType::Domain, lowered(s)};
}

std::optional<ObservableKey> normaliseUrl(std::string_view raw) {
    const std::string_view s = trim(raw);
    if (s.empty() || hasBlankOrControl(s))
        return std::nullopt;
    ObservableKey key{ObservableType::Url, std::string(s)};
    std::string& v = key.value;
    std::size_t authorityStart = 0;
    // A scheme counts only when followed by "://"; "host:port/path" without scheme stays a host.
    const std::size_t sep = s.find("://");
    if (sep != std::string_view::npos && sep > 0 && isAlpha(s[0])) {
        bool schemeChars = true;
        for (std::size_t i = 1; i < sep && schemeChars; ++i)
            schemeChars = isAlpha(s[i]) || isDigit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.';
        if (schemeChars) {
            lowerInPlace(v, 0, sep);
            authorityStart = sep + 3;
        }
    }
    std::size_t authorityEnd = v.find_first_of("/?#", authorityStart);
    if (authorityEnd == std::string::npos)
        authorityEnd = v.size();
    std::size_t hostStart = authorityStart;
    for (std::size_t i = authorityStart; i < authorityEnd; ++i)
        if (v[i] == '@')
            hostStart = i + 1;
    lowerInPlace(v, hostStart, authorityEnd);
    return key;
}

std::optional<ObservableKey> normaliseEmail(std::string_view raw) {
    const std::string_view s = trim(raw);
    const std::size_t at = s.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == s.size() || hasBlankOrControl(s))
        return std::nullopt;
    return ObservableKey{ObservableType::Email, lowered(s)};
}

std::optional<ObservableKey> normaliseHash(ObservableType type, std::size_t length, std::string_view raw) {
    const std::string_view s = trim(raw);
    if (s.size() != length)
        return std::nullopt;
    for (const char c : s)
        if (hexValue(c) < 0)
            return std::nullopt;
    return ObservableKey{type, lowered(s)};
}

struct Hive {
    std::string_view abbreviation;
    std::string_view fullName;
};

constexpr std::array<Hive, 5> kHives{{
    {"HKLM", "HKEY_LOCAL_MACHINE"},
    {"HKCU", "HKEY_CURRENT_USER"},
    {"HKCR", "HKEY_CLASSES_ROOT"},
    {"HKU", "HKEY_USERS"},
    {"HKCC", "HKEY_CURRENT_CONFIG"},
}};

std::optional<ObservableKey> normaliseRegistryKey(std::string_view raw) {
    if (raw.empty())
        return std::nullopt;
    const std::size_t sep = raw.find('\\');
    const std::string_view hive = raw.substr(0, sep);
    ObservableKey key{ObservableType::RegistryKey, {}};
    for (const Hive& h : kHives) {
        if (equalsIgnoreCase(hive, h.abbreviation)) {
            key.value.reserve(h.fullName.size() + raw.size() - hive.size());
            key.value += h.fullName;
            key.value += raw.substr(hive.size());
            lowerInPlace(key.value);
            return key;
        }
    }
    key.value = lowered(raw);
    return key;
}

// Splits a STIX property path ("a.'b-c'.d") into components, unquoting quoted ones (their raw
// inner text; escapes are left as written). Returns the number of components, or 0 when the path
// is malformed, holds an index step or has more than `out.size()` components.
template <std::size_t N>
std::size_t splitPropertyPath(std::string_view path, std::array<std::string_view, N>& out) {
    std::size_t count = 0;
    std::size_t i = 0;
    while (true) {
        if (count == N || i >= path.size())
            return 0;
        std::size_t start = i;
        std::size_t end = i;
        if (path[i] == '\'') {
            start = ++i;
            while (i < path.size() && path[i] != '\'') {
                if (path[i] == '\\')
                    ++i;
                ++i;
            }
            if (i >= path.size())
                return 0;
            end = i++;
        } else {
            while (i < path.size() && path[i] != '.' && path[i] != '[' && path[i] != '\'')
                ++i;
            end = i;
            if (end == start)
                return 0;
        }
        out[count++] = path.substr(start, end - start);
        if (i == path.size())
            return count;
        if (path[i] != '.')
            return 0; // index step or garbage
        ++i;
    }
}

std::optional<ObservableType> hashTypeForKey(std::string_view name) {
    // Compare case-insensitively with hyphens removed: "SHA-256", "sha256", "Sha-256" all match.
    std::array<char, 8> squeezed{};
    std::size_t n = 0;
    for (const char c : name) {
        if (c == '-')
            continue;
        if (n == squeezed.size())
            return std::nullopt;
        squeezed[n++] = toLowerAscii(c);
    }
    const std::string_view key(squeezed.data(), n);
    if (key == "md5")
        return ObservableType::Md5;
    if (key == "sha1")
        return ObservableType::Sha1;
    if (key == "sha256")
        return ObservableType::Sha256;
    if (key == "sha512")
        return ObservableType::Sha512;
    return std::nullopt;
}

} // namespace

std::string_view observableTypeName(ObservableType type) {
    for (const TypeName& t : kTypeNames)
        if (t.type == type)
            return t.name;
    return {};
}

std::optional<ObservableType> observableTypeFromName(std::string_view name) {
    for (const TypeName& t : kTypeNames)
        if (t.name == name)
            return t.type;
    return std::nullopt;
}

std::optional<ObservableKey> normaliseObservable(ObservableType type, std::string_view raw) {
    switch (type) {
    case ObservableType::Ipv4:
    case ObservableType::Ipv4Net: return normaliseIpv4(raw);
    case ObservableType::Ipv6:
    case ObservableType::Ipv6Net: return normaliseIpv6(raw);
    case ObservableType::Domain: return normaliseDomain(raw);
    case ObservableType::Url: return normaliseUrl(raw);
    case ObservableType::Email: return normaliseEmail(raw);
    case ObservableType::Md5: return normaliseHash(type, 32, raw);
    case ObservableType::Sha1: return normaliseHash(type, 40, raw);
    case ObservableType::Sha256: return normaliseHash(type, 64, raw);
    case ObservableType::Sha512: return normaliseHash(type, 128, raw);
    case ObservableType::UserAgent:
    case ObservableType::Mutex:
        if (raw.empty())
            return std::nullopt;
        return ObservableKey{type, std::string(raw)};
    case ObservableType::RegistryKey: return normaliseRegistryKey(raw);
    }
    return std::nullopt;
}

std::optional<ObservableType> observableTypeForStixPath(std::string_view objectType, std::string_view propertyPath) {
    std::array<std::string_view, 4> parts{};
    const std::size_t n = splitPropertyPath(propertyPath, parts);
    if (n == 0)
        return std::nullopt;
    if (n == 1) {
        if (parts[0] == "value") {
            if (objectType == "ipv4-addr")
                return ObservableType::Ipv4;
            if (objectType == "ipv6-addr")
                return ObservableType::Ipv6;
            if (objectType == "domain-name")
                return ObservableType::Domain;
            if (objectType == "url")
                return ObservableType::Url;
            if (objectType == "email-addr")
                return ObservableType::Email;
        }
        if (objectType == "mutex" && parts[0] == "name")
            return ObservableType::Mutex;
        if (objectType == "windows-registry-key" && parts[0] == "key")
            return ObservableType::RegistryKey;
        return std::nullopt;
    }
    if (n == 2 && objectType == "file" && parts[0] == "hashes")
        return hashTypeForKey(parts[1]);
    if (n == 4 && objectType == "network-traffic" && parts[0] == "extensions" && parts[1] == "http-request-ext" &&
        parts[2] == "request_header" && equalsIgnoreCase(parts[3], "User-Agent"))
        return ObservableType::UserAgent;
    return std::nullopt;
}

std::optional<std::pair<std::uint32_t, std::uint32_t>> ipv4Range(const ObservableKey& key) {
    if (key.type != ObservableType::Ipv4 && key.type != ObservableType::Ipv4Net)
        return std::nullopt;
    std::uint32_t addr = 0;
    std::size_t pos = 0;
    for (int octet = 0; octet < 4; ++octet) {
        std::uint32_t v = 0;
        int digits = 0;
        while (pos < key.value.size() && key.value[pos] >= '0' && key.value[pos] <= '9') {
            v = v * 10 + static_cast<std::uint32_t>(key.value[pos++] - '0');
            ++digits;
        }
        if (digits == 0 || v > 255)
            return std::nullopt;
        addr = (addr << 8) | v;
        if (octet < 3 && (pos >= key.value.size() || key.value[pos++] != '.'))
            return std::nullopt;
    }
    int prefix = 32;
    if (pos < key.value.size()) {
        if (key.value[pos++] != '/')
            return std::nullopt;
        prefix = 0;
        while (pos < key.value.size() && key.value[pos] >= '0' && key.value[pos] <= '9')
            prefix = prefix * 10 + (key.value[pos++] - '0');
        if (prefix > 32)
            return std::nullopt;
    }
    const std::uint32_t mask = prefix == 0 ? 0u : ~std::uint32_t{0} << (32 - prefix);
    return std::make_pair(addr & mask, (addr & mask) | ~mask);
}

} // namespace lagebild::core

#include "models/ingest/csv/indicator_inference.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace lagebild::ingest::csv {

namespace {

using core::ObservableKey;
using core::ObservableType;

constexpr bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
constexpr bool isHigh(char c) { return static_cast<unsigned char>(c) >= 0x80; }
constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool hasBlankOrControl(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u <= 0x20 || u == 0x7f;
    });
}

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lower(s[i]) != prefix[i])
            return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Type words

using Kind = TypeHint::Kind;

struct WordHint {
    std::string_view word;
    Kind kind;
    ObservableType type;
    int part;
};

constexpr ObservableType kNone = ObservableType::Domain; // placeholder for kinds without a type

// Normalised words (lower case, '-' for ' ' and '_'). Sources: MISP attribute types (describeTypes),
// Volexity entity_type values, STIX object names and the column names seen in published lists.
constexpr std::array kWordHints{
    // IP addresses and blocks
    WordHint{"ip", Kind::AnyIp, kNone, -1},
    WordHint{"ip-dst", Kind::AnyIp, kNone, -1},
    WordHint{"ip-src", Kind::AnyIp, kNone, -1},
    WordHint{"ipaddress", Kind::AnyIp, kNone, -1},
    WordHint{"ip-address", Kind::AnyIp, kNone, -1},
    WordHint{"ip-addr", Kind::AnyIp, kNone, -1},
    WordHint{"ips", Kind::AnyIp, kNone, -1},
    WordHint{"ipv4", Kind::AnyIp, kNone, -1},
    WordHint{"ipv4-addr", Kind::AnyIp, kNone, -1},
    WordHint{"ipv4-address", Kind::AnyIp, kNone, -1},
    WordHint{"ipv4-net", Kind::AnyIp, kNone, -1},
    WordHint{"ipv6", Kind::AnyIp, kNone, -1},
    WordHint{"ipv6-addr", Kind::AnyIp, kNone, -1},
    WordHint{"ipv6-address", Kind::AnyIp, kNone, -1},
    WordHint{"ipv6-net", Kind::AnyIp, kNone, -1},
    WordHint{"cidr", Kind::AnyIp, kNone, -1},
    WordHint{"ip-dst|port", Kind::AnyIp, kNone, 0},
    WordHint{"ip-src|port", Kind::AnyIp, kNone, 0},
    WordHint{"ip|port", Kind::AnyIp, kNone, 0},
    // Domains
    WordHint{"domain", Kind::Exact, ObservableType::Domain, -1},
    WordHint{"domains", Kind::Exact, ObservableType::Domain, -1},
    WordHint{"domain-name", Kind::Exact, ObservableType::Domain, -1},
    WordHint{"hostname", Kind::Exact, ObservableType::Domain, -1},
    WordHint{"hostnames", Kind::Exact, ObservableType::Domain, -1},
    WordHint{"host", Kind::Exact, ObservableType::Domain, -1},
    WordHint{"fqdn", Kind::Exact, ObservableType::Domain, -1},
    WordHint{"domain|ip", Kind::Exact, ObservableType::Domain, 0},
    WordHint{"hostname|port", Kind::Exact, ObservableType::Domain, 0},
    // URLs
    WordHint{"url", Kind::Exact, ObservableType::Url, -1},
    WordHint{"urls", Kind::Exact, ObservableType::Url, -1},
    WordHint{"uri", Kind::Exact, ObservableType::Url, -1},
    // E-mail addresses
    WordHint{"email", Kind::Exact, ObservableType::Email, -1},
    WordHint{"emails", Kind::Exact, ObservableType::Email, -1},
    WordHint{"e-mail", Kind::Exact, ObservableType::Email, -1},
    WordHint{"email-addr", Kind::Exact, ObservableType::Email, -1},
    WordHint{"email-address", Kind::Exact, ObservableType::Email, -1},
    WordHint{"email-src", Kind::Exact, ObservableType::Email, -1},
    WordHint{"email-dst", Kind::Exact, ObservableType::Email, -1},
    WordHint{"email-reply-to", Kind::Exact, ObservableType::Email, -1},
    WordHint{"emailwhois", Kind::Exact, ObservableType::Email, -1},
    WordHint{"whois-registrant-email", Kind::Exact, ObservableType::Email, -1},
    WordHint{"dns-soa-email", Kind::Exact, ObservableType::Email, -1},
    // File hashes
    WordHint{"md5", Kind::Exact, ObservableType::Md5, -1},
    WordHint{"sha1", Kind::Exact, ObservableType::Sha1, -1},
    WordHint{"sha-1", Kind::Exact, ObservableType::Sha1, -1},
    WordHint{"sha256", Kind::Exact, ObservableType::Sha256, -1},
    WordHint{"sha-256", Kind::Exact, ObservableType::Sha256, -1},
    WordHint{"sha512", Kind::Exact, ObservableType::Sha512, -1},
    WordHint{"sha-512", Kind::Exact, ObservableType::Sha512, -1},
    WordHint{"file:md5", Kind::Exact, ObservableType::Md5, -1},
    WordHint{"file:sha1", Kind::Exact, ObservableType::Sha1, -1},
    WordHint{"file:sha256", Kind::Exact, ObservableType::Sha256, -1},
    WordHint{"file:sha512", Kind::Exact, ObservableType::Sha512, -1},
    WordHint{"filename|md5", Kind::Exact, ObservableType::Md5, 1},
    WordHint{"filename|sha1", Kind::Exact, ObservableType::Sha1, 1},
    WordHint{"filename|sha256", Kind::Exact, ObservableType::Sha256, 1},
    WordHint{"filename|sha512", Kind::Exact, ObservableType::Sha512, 1},
    WordHint{"malware-sample", Kind::Exact, ObservableType::Md5, 1},
    WordHint{"filehash-md5", Kind::Exact, ObservableType::Md5, -1}, // AlienVault OTX indicator types
    WordHint{"filehash-sha1", Kind::Exact, ObservableType::Sha1, -1},
    WordHint{"filehash-sha256", Kind::Exact, ObservableType::Sha256, -1},
    WordHint{"filehash-sha512", Kind::Exact, ObservableType::Sha512, -1},
    WordHint{"file", Kind::AnyHash, kNone, -1},
    WordHint{"hash", Kind::AnyHash, kNone, -1},
    WordHint{"hashes", Kind::AnyHash, kNone, -1},
    WordHint{"filehash", Kind::AnyHash, kNone, -1},
    WordHint{"file-hash", Kind::AnyHash, kNone, -1},
    // Host artefacts
    WordHint{"regkey", Kind::Exact, ObservableType::RegistryKey, -1},
    WordHint{"regkey|value", Kind::Exact, ObservableType::RegistryKey, 0},
    WordHint{"registry", Kind::Exact, ObservableType::RegistryKey, -1},
    WordHint{"registry-key", Kind::Exact, ObservableType::RegistryKey, -1},
    WordHint{"windows-registry-key", Kind::Exact, ObservableType::RegistryKey, -1},
    WordHint{"mutex", Kind::Exact, ObservableType::Mutex, -1},
    WordHint{"user-agent", Kind::Exact, ObservableType::UserAgent, -1},
    WordHint{"useragent", Kind::Exact, ObservableType::UserAgent, -1},
    WordHint{"http-user-agent", Kind::Exact, ObservableType::UserAgent, -1},
    // Context, not indicators (MISP marks most of them to_ids=0)
    WordHint{"text", Kind::NotIndicator, kNone, -1},
    WordHint{"comment", Kind::NotIndicator, kNone, -1},
    WordHint{"other", Kind::NotIndicator, kNone, -1},
    WordHint{"link", Kind::NotIndicator, kNone, -1},
    WordHint{"yara", Kind::NotIndicator, kNone, -1},
    WordHint{"snort", Kind::NotIndicator, kNone, -1},
    WordHint{"sigma", Kind::NotIndicator, kNone, -1},
    WordHint{"bro", Kind::NotIndicator, kNone, -1},
    WordHint{"zeek", Kind::NotIndicator, kNone, -1},
    WordHint{"stix2-pattern", Kind::NotIndicator, kNone, -1},
    WordHint{"pattern-in-file", Kind::NotIndicator, kNone, -1},
    WordHint{"pattern-in-memory", Kind::NotIndicator, kNone, -1},
    WordHint{"pattern-in-traffic", Kind::NotIndicator, kNone, -1},
    WordHint{"attachment", Kind::NotIndicator, kNone, -1},
    WordHint{"vulnerability", Kind::NotIndicator, kNone, -1},
    WordHint{"weakness", Kind::NotIndicator, kNone, -1},
    WordHint{"threat-actor", Kind::NotIndicator, kNone, -1},
    WordHint{"campaign-name", Kind::NotIndicator, kNone, -1},
    WordHint{"campaign-id", Kind::NotIndicator, kNone, -1},
    WordHint{"malware-type", Kind::NotIndicator, kNone, -1},
    WordHint{"target-email", Kind::NotIndicator, kNone, -1},
    WordHint{"target-user", Kind::NotIndicator, kNone, -1},
    WordHint{"target-machine", Kind::NotIndicator, kNone, -1},
    WordHint{"target-org", Kind::NotIndicator, kNone, -1},
    WordHint{"target-location", Kind::NotIndicator, kNone, -1},
    WordHint{"target-external", Kind::NotIndicator, kNone, -1},
    WordHint{"whois-registrant-name", Kind::NotIndicator, kNone, -1},
    WordHint{"whois-registrant-org", Kind::NotIndicator, kNone, -1},
    WordHint{"whois-registrant-phone", Kind::NotIndicator, kNone, -1},
    WordHint{"whois-registrar", Kind::NotIndicator, kNone, -1},
    WordHint{"whois-creation-date", Kind::NotIndicator, kNone, -1},
    WordHint{"datetime", Kind::NotIndicator, kNone, -1},
    WordHint{"counter", Kind::NotIndicator, kNone, -1},
    WordHint{"size-in-bytes", Kind::NotIndicator, kNone, -1},
    WordHint{"phone-number", Kind::NotIndicator, kNone, -1},
    WordHint{"cpe", Kind::NotIndicator, kNone, -1},
    WordHint{"cve", Kind::NotIndicator, kNone, -1},
    // Indicators we cannot match (no ObservableType for them)
    WordHint{"filename", Kind::Unsupported, kNone, -1},
    WordHint{"file-name", Kind::Unsupported, kNone, -1},
    WordHint{"filepath", Kind::Unsupported, kNone, -1},
    WordHint{"file-path", Kind::Unsupported, kNone, -1},
    WordHint{"port", Kind::Unsupported, kNone, -1},
    WordHint{"as", Kind::Unsupported, kNone, -1},
    WordHint{"asn", Kind::Unsupported, kNone, -1},
    WordHint{"mac-address", Kind::Unsupported, kNone, -1},
    WordHint{"mac-eui-64", Kind::Unsupported, kNone, -1},
    WordHint{"imphash", Kind::Unsupported, kNone, -1},
    WordHint{"filehash-imphash", Kind::Unsupported, kNone, -1},
    WordHint{"filehash-pehash", Kind::Unsupported, kNone, -1},
    WordHint{"ssdeep", Kind::Unsupported, kNone, -1},
    WordHint{"tlsh", Kind::Unsupported, kNone, -1},
    WordHint{"authentihash", Kind::Unsupported, kNone, -1},
    WordHint{"pehash", Kind::Unsupported, kNone, -1},
    WordHint{"impfuzzy", Kind::Unsupported, kNone, -1},
    WordHint{"sha224", Kind::Unsupported, kNone, -1},
    WordHint{"sha384", Kind::Unsupported, kNone, -1},
    WordHint{"sha3-224", Kind::Unsupported, kNone, -1},
    WordHint{"sha3-256", Kind::Unsupported, kNone, -1},
    WordHint{"sha3-384", Kind::Unsupported, kNone, -1},
    WordHint{"sha3-512", Kind::Unsupported, kNone, -1},
    WordHint{"ja3-fingerprint-md5", Kind::Unsupported, kNone, -1},
    WordHint{"jarm-fingerprint", Kind::Unsupported, kNone, -1},
    WordHint{"hassh-md5", Kind::Unsupported, kNone, -1},
    WordHint{"hasshserver-md5", Kind::Unsupported, kNone, -1},
    WordHint{"x509-fingerprint-md5", Kind::Unsupported, kNone, -1},
    WordHint{"x509-fingerprint-sha1", Kind::Unsupported, kNone, -1},
    WordHint{"x509-fingerprint-sha256", Kind::Unsupported, kNone, -1},
    WordHint{"favicon-mmh3", Kind::Unsupported, kNone, -1},
    WordHint{"email-subject", Kind::Unsupported, kNone, -1},
    WordHint{"email-attachment", Kind::Unsupported, kNone, -1},
    WordHint{"email-body", Kind::Unsupported, kNone, -1},
    WordHint{"email-header", Kind::Unsupported, kNone, -1},
    WordHint{"email-message-id", Kind::Unsupported, kNone, -1},
    WordHint{"email-x-mailer", Kind::Unsupported, kNone, -1},
    WordHint{"email-src-display-name", Kind::Unsupported, kNone, -1},
    WordHint{"email-dst-display-name", Kind::Unsupported, kNone, -1},
    WordHint{"named-pipe", Kind::Unsupported, kNone, -1},
    WordHint{"pdb", Kind::Unsupported, kNone, -1},
    WordHint{"btc", Kind::Unsupported, kNone, -1},
    WordHint{"xmr", Kind::Unsupported, kNone, -1},
    WordHint{"cookie", Kind::Unsupported, kNone, -1},
    WordHint{"http-method", Kind::Unsupported, kNone, -1},
    WordHint{"mime-type", Kind::Unsupported, kNone, -1},
    WordHint{"community-id", Kind::Unsupported, kNone, -1},
    WordHint{"github-username", Kind::Unsupported, kNone, -1},
    WordHint{"github-repository", Kind::Unsupported, kNone, -1},
    WordHint{"twitter-id", Kind::Unsupported, kNone, -1},
    WordHint{"jabber-id", Kind::Unsupported, kNone, -1},
    WordHint{"dkim", Kind::Unsupported, kNone, -1},
    WordHint{"dkim-signature", Kind::Unsupported, kNone, -1},
};

// File extensions that are not delegated top-level domains: "invoice.exe" or "gate.php" in a list
// is a file name, not a host. (".zip", ".mov", ".app", ".sh", ".py" are real TLDs and stay allowed.)
constexpr std::array<std::string_view, 74> kFileExtensions{
    "exe", "dll", "sys",  "bat",  "cmd",  "vbs", "vbe",  "jse",  "wsf",  "wsh",  "hta",   "scr",  "lnk",   "tmp",   "dat",
    "log", "ini", "cfg",  "conf", "txt",  "doc", "docx", "docm", "dotm", "xls",  "xlsx",  "xlsm", "ppt",   "pptx",  "pdf",
    "rtf", "jpg", "jpeg", "png",  "gif",  "bmp", "ico",  "svg",  "htm",  "html", "shtml", "php",  "phtml", "asp",   "aspx",
    "jsp", "cgi", "css",  "ttf",  "woff", "xml", "json", "yml",  "yaml", "jar",  "apk",   "dex",  "elf",   "dylib", "msi",
    "iso", "img", "vhd",  "vhdx", "rar",  "tar", "tgz",  "dmg",  "deb",  "rpm",  "plist", "ipa",  "bin",   "js"};

bool isFileExtension(std::string_view label) {
    if (label.size() > 5)
        return false;
    std::array<char, 5> buf{};
    for (std::size_t i = 0; i < label.size(); ++i)
        buf[i] = lower(label[i]);
    const std::string_view l(buf.data(), label.size());
    return std::find(kFileExtensions.begin(), kFileExtensions.end(), l) != kFileExtensions.end();
}

// ---------------------------------------------------------------------------------------------
// Syntax checks

enum class Strictness { Inferred, Hinted };

// DNS host name: two labels or more of letters, digits, '-', '_' (or UTF-8 bytes of an IDN), one
// trailing dot allowed. Inferred names also need a top-level label of letters (or "xn--") that is
// not a file extension; a hint only excludes an all-digit top label (a broken IPv4 address).
bool isHostName(std::string_view s, Strictness strictness) {
    if (!s.empty() && s.back() == '.')
        s.remove_suffix(1);
    if (s.empty() || s.size() > 253)
        return false;
    std::size_t labels = 0;
    std::string_view last;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find('.', start);
        if (end == std::string_view::npos)
            end = s.size();
        const std::string_view label = s.substr(start, end - start);
        if (label.empty() || label.size() > 63)
            return false;
        for (const char c : label)
            if (!(isAlpha(c) || isDigit(c) || c == '-' || c == '_' || isHigh(c)))
                return false;
        ++labels;
        last = label;
        start = end + 1;
    }
    if (labels < 2)
        return false;
    if (std::all_of(last.begin(), last.end(), isDigit))
        return false;
    if (strictness == Strictness::Hinted)
        return true;
    if (startsWithNoCase(last, "xn--"))
        return last.size() > 4;
    if (last.size() < 2 || !std::all_of(last.begin(), last.end(), [](char c) { return isAlpha(c) || isHigh(c); }))
        return false;
    return !isFileExtension(last);
}

bool isIpv4Text(std::string_view s) { return core::normaliseObservable(ObservableType::Ipv4, s).has_value(); }

std::string_view unbracket(std::string_view s) {
    if (s.size() > 2 && s.front() == '[' && s.back() == ']')
        return s.substr(1, s.size() - 2);
    // "[2001:db8::1]/64" style is not used in lists; a bracketed address with a prefix is left alone.
    return s;
}

std::optional<ObservableKey> ipv6Key(std::string_view s) {
    s = unbracket(s);
    if (s.find(':') == std::string_view::npos)
        return std::nullopt;
    for (const char c : s)
        if (!(isHex(c) || c == ':' || c == '.' || c == '/'))
            return std::nullopt;
    return core::normaliseObservable(ObservableType::Ipv6, s);
}

std::optional<ObservableKey> ipKey(std::string_view s) {
    if (auto v4 = core::normaliseObservable(ObservableType::Ipv4, s))
        return v4;
    return ipv6Key(s);
}

bool isPort(std::string_view s) { return !s.empty() && s.size() <= 5 && std::all_of(s.begin(), s.end(), isDigit); }

// Host part of an authority ("user@host:port"): a host name, an IPv4 address or "[IPv6]".
bool isAuthority(std::string_view authority, Strictness strictness, bool allowSingleLabel) {
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos)
        authority.remove_prefix(at + 1);
    std::string_view host = authority;
    if (!host.empty() && host.front() == '[') {
        const std::size_t close = host.find(']');
        if (close == std::string_view::npos || !ipv6Key(host.substr(1, close - 1)))
            return false;
        const std::string_view rest = host.substr(close + 1);
        return rest.empty() || (rest.front() == ':' && (rest.size() == 1 || isPort(rest.substr(1))));
    }
    if (const std::size_t colon = host.rfind(':'); colon != std::string_view::npos) {
        if (!isPort(host.substr(colon + 1)) && colon + 1 != host.size())
            return false;
        host = host.substr(0, colon);
    }
    if (host.empty())
        return false;
    if (isIpv4Text(host) || isHostName(host, strictness))
        return true;
    if (!allowSingleLabel)
        return false;
    // "http://intranet/x": a single label is a valid URL host once a scheme says it is a URL.
    return std::all_of(host.begin(), host.end(),
                       [](char c) { return isAlpha(c) || isDigit(c) || c == '-' || c == '_' || isHigh(c); });
}

// Length of a URL scheme followed by "://" at the start of `s`, or 0.
std::size_t schemeLength(std::string_view s) {
    if (s.empty() || !isAlpha(s[0]))
        return 0;
    std::size_t i = 1;
    while (i < s.size() && (isAlpha(s[i]) || isDigit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.'))
        ++i;
    return s.substr(i, 3) == "://" ? i : 0;
}

// A URL with a scheme ("https://host/...", "wss://host/ws").
bool isSchemeUrl(std::string_view s, Strictness strictness) {
    const std::size_t scheme = schemeLength(s);
    if (scheme == 0 || hasBlankOrControl(s))
        return false;
    const std::string_view rest = s.substr(scheme + 3);
    const std::size_t end = rest.find_first_of("/?#");
    return isAuthority(rest.substr(0, end), strictness, true);
}

// A URL without a scheme: "host/path", "host:port", "1.2.3.4:8220/logo.jpg". A bare host is a
// domain or an address, not a URL.
bool isSchemelessUrl(std::string_view s, Strictness strictness) {
    if (hasBlankOrControl(s) || schemeLength(s) != 0)
        return false;
    const std::size_t end = s.find_first_of("/?#");
    const std::string_view authority = s.substr(0, end);
    if (authority.find('@') != std::string_view::npos)
        return false; // "user@host/..." without a scheme is more likely garbage than a URL
    const bool hasPort = authority.find(':') != std::string_view::npos;
    if (end == std::string_view::npos && !hasPort)
        return false;
    return isAuthority(authority, strictness, false);
}

// RFC 5322 "atext" plus '.' for the local part; we do not accept quoted local parts.
bool isLocalPart(std::string_view s) {
    if (s.empty() || s.size() > 64 || s.front() == '.' || s.back() == '.')
        return false;
    static constexpr std::string_view kSpecials = "!#$%&'*+/=?^_`{|}~-.";
    return std::all_of(s.begin(), s.end(), [](char c) {
        return isAlpha(c) || isDigit(c) || isHigh(c) || kSpecials.find(c) != std::string_view::npos;
    });
}

bool isEmail(std::string_view s, Strictness strictness) {
    const std::size_t at = s.find('@');
    if (at == std::string_view::npos || s.find('@', at + 1) != std::string_view::npos)
        return false;
    const std::string_view domain = s.substr(at + 1);
    if (!isLocalPart(s.substr(0, at)))
        return false;
    if (domain.size() > 2 && domain.front() == '[' && domain.back() == ']')
        return isIpv4Text(domain.substr(1, domain.size() - 2)) || ipv6Key(domain.substr(1, domain.size() - 2)).has_value();
    return isHostName(domain, strictness);
}

std::optional<ObservableType> hashTypeForLength(std::size_t n) {
    switch (n) {
    case 32: return ObservableType::Md5;
    case 40: return ObservableType::Sha1;
    case 64: return ObservableType::Sha256;
    case 128: return ObservableType::Sha512;
    default: return std::nullopt;
    }
}

std::optional<ObservableKey> hashKey(std::string_view s) {
    if (!std::all_of(s.begin(), s.end(), isHex))
        return std::nullopt;
    const auto type = hashTypeForLength(s.size());
    if (!type)
        return std::nullopt;
    return core::normaliseObservable(*type, s);
}

int hashRank(ObservableType t) {
    switch (t) {
    case ObservableType::Md5: return 0;
    case ObservableType::Sha1: return 1;
    case ObservableType::Sha256: return 2;
    case ObservableType::Sha512: return 3;
    default: return 4;
    }
}

// "sha256,sha1,md5" (or ';', '|', blanks between): the hashes of one file, each algorithm once.
// A piece of hex digits of no hash length (a hash cut short in the source) is left out and listed
// in `skipped` as long as one complete hash remains; anything else makes it not a hash list.
std::optional<IndicatorValue> hashList(std::string_view s) {
    IndicatorValue v;
    std::size_t pieces = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ',' || s[i] == ';' || s[i] == '|' || isBlank(s[i])))
            ++i;
        std::size_t j = i;
        while (j < s.size() && !(s[j] == ',' || s[j] == ';' || s[j] == '|' || isBlank(s[j])))
            ++j;
        if (j > i) {
            ++pieces;
            const std::string_view piece = s.substr(i, j - i);
            auto key = hashKey(piece);
            if (!key) {
                if (piece.size() < 16 || !std::all_of(piece.begin(), piece.end(), isHex))
                    return std::nullopt;
                v.skipped.emplace_back(piece);
            } else {
                for (const ObservableKey& k : v.keys)
                    if (k.type == key->type)
                        return std::nullopt; // two MD5s are two files: not one value
                v.keys.push_back(std::move(*key));
            }
        }
        i = j;
    }
    if (pieces < 2 || v.keys.empty())
        return std::nullopt;
    std::sort(v.keys.begin(), v.keys.end(),
              [](const ObservableKey& a, const ObservableKey& b) { return hashRank(a.type) < hashRank(b.type); });
    return v;
}

IndicatorValue single(ObservableKey key) {
    IndicatorValue v;
    v.keys.push_back(std::move(key));
    return v;
}

std::optional<IndicatorValue> keyed(std::optional<ObservableKey> key) {
    if (!key)
        return std::nullopt;
    return single(std::move(*key));
}

bool isRegistryKey(std::string_view s) {
    const std::size_t sep = s.find('\\');
    const std::string_view hive = s.substr(0, sep);
    static constexpr std::array<std::string_view, 10> kHives{"hklm",
                                                             "hkcu",
                                                             "hkcr",
                                                             "hku",
                                                             "hkcc",
                                                             "hkey_local_machine",
                                                             "hkey_current_user",
                                                             "hkey_classes_root",
                                                             "hkey_users",
                                                             "hkey_current_config"};
    for (const std::string_view h : kHives)
        if (hive.size() == h.size() && startsWithNoCase(hive, h))
            return true;
    return false;
}

struct Token {
    std::string_view text;
    char replacement; // '\0': "://"
};

// Bracketed defanging tokens, lower case, tried at every '[', '(' and '{'.
constexpr std::array<Token, 18> kTokens{{
    {"[.]", '.'},
    {"(.)", '.'},
    {"{.}", '.'},
    {"[dot]", '.'},
    {"(dot)", '.'},
    {"{dot}", '.'},
    {"[:]", ':'},
    {"(:)", ':'},
    {"[/]", '/'},
    {"[@]", '@'},
    {"(@)", '@'},
    {"{@}", '@'},
    {"[at]", '@'},
    {"(at)", '@'},
    {"{at}", '@'},
    {"[://]", '\0'},
    {"(://)", '\0'},
    {"[:/]", '\0'},
}};

} // namespace

std::string_view trimBlanks(std::string_view text) {
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

std::optional<TypeHint> typeHintForWord(std::string_view word) {
    word = trimBlanks(word);
    if (word.empty() || word.size() > 40)
        return std::nullopt;
    std::array<char, 40> buf{};
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = lower(word[i]);
        buf[i] = (c == ' ' || c == '_') ? '-' : c;
    }
    const std::string_view w(buf.data(), word.size());
    for (const WordHint& h : kWordHints)
        if (h.word == w)
            return TypeHint{h.kind, h.type, h.part};
    if (w.find('|') != std::string_view::npos)
        return TypeHint{Kind::Unsupported, kNone, -1}; // another MISP composite ("filename|imphash", ...)
    return std::nullopt;
}

std::string refang(std::string_view value) {
    value = trimBlanks(value);
    std::string out;
    out.reserve(value.size());
    // Copy runs up to the next bracket in one go; most values hold none.
    for (std::size_t i = 0; i < value.size();) {
        const std::size_t bracket = std::min(value.find_first_of("[({", i), value.size());
        out.append(value.substr(i, bracket - i));
        i = bracket;
        if (i == value.size())
            break;
        const char c = value[i];
        bool matched = false;
        for (const Token& t : kTokens) {
            if (t.text.front() != c || !startsWithNoCase(value.substr(i), t.text))
                continue;
            while (!out.empty() && out.back() == ' ')
                out.pop_back();
            if (t.replacement == '\0')
                out += "://";
            else
                out += t.replacement;
            i += t.text.size();
            while (i < value.size() && value[i] == ' ')
                ++i;
            matched = true;
            break;
        }
        if (!matched) {
            out += c;
            ++i;
        }
    }
    // Defanged schemes: "hxxp://", "hXXps://", "hxtp://", "fxp://".
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kSchemes{{
        {"hxxps:", "https:"},
        {"hxxp:", "http:"},
        {"hxtps:", "https:"},
        {"hxtp:", "http:"},
        {"htxps:", "https:"},
        {"htxp:", "http:"},
        {"fxp:", "ftp:"},
    }};
    if (out.size() > 4 && (lower(out[1]) == 'x' || lower(out[2]) == 'x')) {
        for (const auto& [defanged, scheme] : kSchemes) {
            if (startsWithNoCase(out, defanged)) {
                out.replace(0, defanged.size(), scheme);
                break;
            }
        }
    }
    return out;
}

std::optional<IndicatorValue> inferValue(std::string_view s, bool allowHashList) {
    s = trimBlanks(s);
    if (s.empty())
        return std::nullopt;
    if (auto ip = ipKey(s))
        return single(std::move(*ip));
    if (auto hash = hashKey(s))
        return single(std::move(*hash));
    if (allowHashList && s.size() >= 49) // shortest list: MD5 + separator + a 16-digit remnant
        if (auto list = hashList(s))
            return list;
    if (hasBlankOrControl(s))
        return std::nullopt;
    if (isSchemeUrl(s, Strictness::Inferred))
        return keyed(core::normaliseObservable(ObservableType::Url, s));
    if (isEmail(s, Strictness::Inferred))
        return keyed(core::normaliseObservable(ObservableType::Email, s));
    if (isSchemelessUrl(s, Strictness::Inferred))
        return keyed(core::normaliseObservable(ObservableType::Url, s));
    if (isHostName(s, Strictness::Inferred))
        return keyed(core::normaliseObservable(ObservableType::Domain, s));
    return std::nullopt;
}

std::optional<IndicatorValue> valueForHint(const TypeHint& hint, std::string_view s) {
    s = trimBlanks(s);
    if (hint.part >= 0) {
        if (const std::size_t bar = s.find('|'); bar != std::string_view::npos)
            s = trimBlanks(hint.part == 0 ? s.substr(0, bar) : s.substr(bar + 1));
    }
    if (s.empty())
        return std::nullopt;
    switch (hint.kind) {
    case Kind::NotIndicator:
    case Kind::Unsupported: return std::nullopt;
    case Kind::AnyIp: return keyed(ipKey(s));
    case Kind::AnyHash:
        if (auto hash = hashKey(s))
            return single(std::move(*hash));
        return hashList(s);
    case Kind::Exact: break;
    }
    switch (hint.type) {
    case ObservableType::Ipv4:
    case ObservableType::Ipv4Net: return keyed(core::normaliseObservable(ObservableType::Ipv4, s));
    case ObservableType::Ipv6:
    case ObservableType::Ipv6Net: return keyed(ipv6Key(s));
    case ObservableType::Domain:
        if (!isHostName(s, Strictness::Hinted))
            return std::nullopt;
        return keyed(core::normaliseObservable(ObservableType::Domain, s));
    case ObservableType::Url:
        if (!isSchemeUrl(s, Strictness::Hinted) && !isSchemelessUrl(s, Strictness::Hinted))
            return std::nullopt;
        return keyed(core::normaliseObservable(ObservableType::Url, s));
    case ObservableType::Email:
        if (!isEmail(s, Strictness::Hinted))
            return std::nullopt;
        return keyed(core::normaliseObservable(ObservableType::Email, s));
    case ObservableType::Md5:
    case ObservableType::Sha1:
    case ObservableType::Sha256:
    case ObservableType::Sha512: return keyed(core::normaliseObservable(hint.type, s));
    case ObservableType::RegistryKey:
        if (!isRegistryKey(s))
            return std::nullopt;
        return keyed(core::normaliseObservable(hint.type, s));
    case ObservableType::UserAgent:
    case ObservableType::Mutex:
        if (std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
            return std::nullopt;
        return keyed(core::normaliseObservable(hint.type, s));
    }
    return std::nullopt;
}

std::string_view valueKindName(const IndicatorValue& value) {
    if (value.keys.size() > 1)
        return "file hashes";
    if (value.keys.empty())
        return "nothing";
    switch (value.keys.front().type) {
    case ObservableType::Ipv4: return "IPv4 address";
    case ObservableType::Ipv4Net: return "IPv4 network";
    case ObservableType::Ipv6: return "IPv6 address";
    case ObservableType::Ipv6Net: return "IPv6 network";
    case ObservableType::Domain: return "domain";
    case ObservableType::Url: return "URL";
    case ObservableType::Email: return "e-mail address";
    case ObservableType::Md5: return "MD5 hash";
    case ObservableType::Sha1: return "SHA-1 hash";
    case ObservableType::Sha256: return "SHA-256 hash";
    case ObservableType::Sha512: return "SHA-512 hash";
    case ObservableType::UserAgent: return "user agent";
    case ObservableType::Mutex: return "mutex";
    case ObservableType::RegistryKey: return "registry key";
    }
    return "value";
}

std::size_t utf8ErrorOffset(std::string_view text) {
    const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* p = begin;
    const auto* end = p + text.size();
    while (p < end) {
        // ASCII fast path, eight bytes at a time.
        while (end - p >= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        const auto at = static_cast<std::size_t>(p - begin);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            n = 1;
            cp = c & 0x1fU;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            cp = c & 0x0fU;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            cp = c & 0x07U;
        } else {
            return at;
        }
        if (end - p <= static_cast<std::ptrdiff_t>(n))
            return at;
        for (std::size_t k = 1; k <= n; ++k) {
            if ((p[k] & 0xc0U) != 0x80U)
                return at;
            cp = (cp << 6) | (p[k] & 0x3fU);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))
            return at;
        p += n + 1;
    }
    return std::string_view::npos;
}

bool mergeHashes(IndicatorValue& into, const IndicatorValue& more) {
    bool consistent = true;
    into.skipped.insert(into.skipped.end(), more.skipped.begin(), more.skipped.end());
    for (const ObservableKey& key : more.keys) {
        if (hashRank(key.type) > 3)
            continue;
        const auto same =
            std::find_if(into.keys.begin(), into.keys.end(), [&](const ObservableKey& k) { return k.type == key.type; });
        if (same == into.keys.end())
            into.keys.push_back(key);
        else if (same->value != key.value)
            consistent = false;
    }
    std::stable_sort(into.keys.begin(), into.keys.end(),
                     [](const ObservableKey& a, const ObservableKey& b) { return hashRank(a.type) < hashRank(b.type); });
    return consistent;
}

bool isHashValue(const IndicatorValue& value) {
    return !value.keys.empty() &&
           std::all_of(value.keys.begin(), value.keys.end(), [](const ObservableKey& k) { return hashRank(k.type) <= 3; });
}

} // namespace lagebild::ingest::csv

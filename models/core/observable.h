#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lagebild::core {

/// Kind of a matchable observable (an indicator value we can compare against log data).
/// `Ipv4Net` / `Ipv6Net` are CIDR blocks; a /32 (/128) block is stored as a plain address.
enum class ObservableType {
    Ipv4,
    Ipv4Net,
    Ipv6,
    Ipv6Net,
    Domain,
    Url,
    Email,
    Md5,
    Sha1,
    Sha256,
    Sha512,
    UserAgent,
    Mutex,
    RegistryKey
};

/// Number of enumerators in ObservableType (for tables indexed by type).
inline constexpr std::size_t kObservableTypeCount = 14;

/// Stable storage key of a type ("ipv4-addr", "file:sha256", "windows-registry-key", ...).
/// These strings are persisted; never change them. Constant time, no allocation.
std::string_view observableTypeName(ObservableType type);

/// Inverse of observableTypeName (exact, case-sensitive); nullopt for unknown names.
/// Linear scan over the 14 names, no allocation.
std::optional<ObservableType> observableTypeFromName(std::string_view name);

/// An observable in canonical form: the unit of matching. Two keys are the same observable
/// exactly when type and value compare equal; build keys only through normaliseObservable().
/// Cheap to move; comparison is linear in the value length.
struct ObservableKey {
    ObservableType type;
    std::string value;
    bool operator==(const ObservableKey&) const = default;
};

/// Hash functor so ObservableKey can be used in unordered containers. O(length of value).
struct ObservableKeyHash {
    std::size_t operator()(const ObservableKey& key) const noexcept {
        constexpr auto kGolden = static_cast<std::size_t>(0x9e3779b97f4a7c15ULL);
        const std::size_t h = std::hash<std::string_view>{}(key.value);
        return h ^ (static_cast<std::size_t>(key.type) + kGolden + (h << 6) + (h >> 2));
    }
};

/// Brings a raw value into the canonical form used for matching, or nullopt when the value is
/// not valid for `type`. Rules, per type:
/// - Ipv4/Ipv4Net: strict dotted quad (octets 0-255, leading zeros such as "010" rejected), optional
///   "/n" (0-32); a prefix masks the host bits and yields Ipv4Net, "/32" yields plain Ipv4.
/// - Ipv6/Ipv6Net: RFC 4291 text (embedded dotted quad allowed, zone ids rejected) printed in
///   RFC 5952 form (lowercase, no leading zeros, longest zero run as "::", "::ffff:a.b.c.d" for
///   IPv4-mapped); "/n" (0-128) masks and yields Ipv6Net, "/128" yields plain Ipv6.
/// - Domain: trimmed, ASCII-lowercased, one trailing dot removed; empty or blank-containing rejected.
/// - Url: trimmed; scheme and host lowercased, user info, port, path, query, fragment kept verbatim.
/// - Email: trimmed and lowercased as a whole; needs a non-empty local part and domain.
/// - Md5/Sha1/Sha256/Sha512: trimmed, lowercased, exactly 32/40/64/128 hex digits.
/// - UserAgent/Mutex: verbatim (no trimming); only the empty string is rejected.
/// - RegistryKey: hive abbreviations (HKLM, HKCU, HKCR, HKU, HKCC) expanded, then lowercased.
/// IP types are also trimmed. Lowercasing is ASCII-only and locale-independent. Cost: linear in
/// the input, one allocation for the result.
std::optional<ObservableKey> normaliseObservable(ObservableType type, std::string_view raw);

/// Maps a STIX object path (object type plus property path, e.g. "file" + "hashes.'SHA-256'") to
/// the observable type its values hold, or nullopt when we do not match on that path.
/// Supported: ipv4-addr:value, ipv6-addr:value, domain-name:value, url:value, email-addr:value,
/// file:hashes.<MD5|SHA-1|SHA-256|SHA-512> (key quoted or not, any case, hyphen optional),
/// network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' (header name in any
/// case), mutex:name and windows-registry-key:key. Property components may be written as
/// identifiers or quoted strings; any list index makes the path unsupported. The object type and
/// property names are case-sensitive as in STIX. Linear in the path length, no allocation.
std::optional<ObservableType> observableTypeForStixPath(std::string_view objectType, std::string_view propertyPath);

/// Numeric range [lo, hi] of a normalised IPv4 address (lo == hi) or IPv4 network, for CIDR
/// matching in SQL; nullopt for every other type.
std::optional<std::pair<std::uint32_t, std::uint32_t>> ipv4Range(const ObservableKey& key);

} // namespace lagebild::core

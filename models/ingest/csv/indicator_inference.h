#pragma once

#include "models/core/observable.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ingest::csv {

/// The observables one indicator-list value stands for: one key, or the hashes (MD5, SHA-1,
/// SHA-256, SHA-512, each at most once) of one file, as Volexity writes them in one cell
/// ("sha256,sha1,md5") or PyMISP in md5/sha1/sha256 columns. Keys are canonical
/// (core::normaliseObservable); several keys are always hashes, in algorithm order.
struct IndicatorValue {
    std::vector<core::ObservableKey> keys;
    /// Pieces of a hash list that are hex digits but no complete hash (cut short in the source);
    /// left out of `keys`, for the reader to report.
    std::vector<std::string> skipped;
};

/// What a type word says about the value next to it: a MISP attribute type ("ip-dst",
/// "filename|md5"), a Volexity entity_type ("ipaddress", "hostname", "file"), a STIX-ish name
/// ("ipv4-addr") or a column name ("MD5", "Domain").
struct TypeHint {
    enum class Kind {
        Exact,        // one observable type (an IPv4 type also takes a CIDR block, and vice versa)
        AnyIp,        // IPv4 or IPv6 address or block
        AnyHash,      // any file hash, or the hashes of one file in one cell
        NotIndicator, // context, not something to match: text, comment, link, yara, ...
        Unsupported,  // an indicator we cannot match: file name, port, AS, imphash, JA3, ...
    };
    Kind kind = Kind::Exact;
    core::ObservableType type = core::ObservableType::Domain; // Kind::Exact only
    int part = -1; // composite MISP types ("filename|md5", "ip-dst|port"): the '|'-separated part holding the value
};

/// Looks a type word up: case-insensitive, ' ' and '_' read as '-'. nullopt for unknown words.
/// Table lookup, no allocation beyond a short lowered copy.
std::optional<TypeHint> typeHintForWord(std::string_view word);

/// Undoes the usual defanging so the value can be normalised: "hxxp://", "hxxps://" (any case,
/// also "hxtp", "fxp"), "[.]", "(.)", "{.}", "[dot]", "(dot)", "[:]", "[://]", "[/]", "[@]",
/// "(@)", "[at]", "(at)" (brackets of any kind, words in any case, blanks around a bracketed
/// token dropped). Trims blanks. Linear, one allocation.
std::string refang(std::string_view value);

/// Infers what an already refanged value is, trying in order: IPv4 (CIDR), IPv6 (CIDR, brackets
/// allowed), file hash by length (32/40/64/128 hex digits), URL with a scheme, e-mail address,
/// URL without a scheme (a host name or IPv4 address followed by ":port" or a path), domain.
/// Host names must look like public DNS names (two labels or more, a top-level label of letters or
/// "xn--", not a common file extension such as ".exe" or ".php"). With `allowHashList`, a cell
/// holding the hashes of one file separated by ',', ';', '|' or blanks is one value (hex pieces
/// of no hash length are left out into `skipped` while one complete hash remains).
/// nullopt for anything else (free text, blanks inside, garbage).
std::optional<IndicatorValue> inferValue(std::string_view refanged, bool allowHashList = true);

/// The value read as `hint` says, or nullopt when the value is not valid for it (the caller then
/// falls back to inferValue and notes the contradiction). Checks are more lenient than inference
/// where the hint vouches for the type (a domain need not have a known-looking top-level label,
/// a URL host may be a single label). A composite hint takes its part when the value contains '|'.
/// NotIndicator and Unsupported hints yield nullopt.
std::optional<IndicatorValue> valueForHint(const TypeHint& hint, std::string_view refanged);

/// Human-readable kind of a value ("IPv4 address", "domain", "file hashes", ...), untranslated
/// technical names as used in STIX/MISP documentation.
std::string_view valueKindName(const IndicatorValue& value);

/// Offset of the first byte that is not well-formed UTF-8 (overlong forms, surrogates, beyond
/// U+10FFFF, truncated sequences), or npos when all of `text` is. ASCII runs are checked eight
/// bytes at a time.
std::size_t utf8ErrorOffset(std::string_view text);

/// True when `text` is well-formed UTF-8.
inline bool isValidUtf8(std::string_view text) { return utf8ErrorOffset(text) == std::string_view::npos; }

/// True when every key of `value` is a file hash (MD5, SHA-1, SHA-256, SHA-512).
bool isHashValue(const IndicatorValue& value);

/// Adds the hashes of `more` whose algorithm `into` lacks, keeping algorithm order. False when
/// `more` has a different hash of an algorithm `into` already has (two files, not one).
bool mergeHashes(IndicatorValue& into, const IndicatorValue& more);

/// `text` without leading and trailing blanks (space, tab, CR, LF, FF, VT).
std::string_view trimBlanks(std::string_view text);

} // namespace lagebild::ingest::csv

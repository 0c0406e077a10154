#pragma once

#include "models/core/observable.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ingest::stix {

/// Longest pattern analysePattern() accepts (bytes); longer input is reported invalid.
inline constexpr std::size_t kMaxPatternLength = 1024 * 1024;

/// Deepest nesting of '[' and '(' analysePattern() accepts; deeper input is reported invalid.
inline constexpr int kMaxPatternNesting = 64;

/// What we learned from one STIX 2.1 indicator pattern.
/// `valid`: the pattern conforms to the STIX 2.1 patterning grammar (OASIS STIX 2.1 §9).
/// `matchable`: the pattern is equivalent to "any of `observables` was seen", so matching on the
/// keys is exact. `reason`: empty when matchable; otherwise why not (for invalid patterns the
/// syntax error with its byte offset). `observables`: canonical keys of the equality, IN and
/// ISSUBSET comparisons on supported paths, de-duplicated, in first-seen order; filled for
/// display and search even when not matchable, empty when invalid.
struct PatternAnalysis {
    bool valid = false;
    bool matchable = false;
    std::string reason;
    std::vector<lagebild::core::ObservableKey> observables;
};

/// Parses a STIX 2.1 pattern and decides whether it reduces to a set of exact observable keys.
///
/// Matchable means: observation expressions joined only by OR (parentheses allowed), without
/// qualifiers or FOLLOWEDBY; inside each, comparisons joined by OR, or by AND only when every
/// operand is a file hash equality of a different algorithm; every comparison is `path = 'v'`,
/// `path IN ('a', ...)` or, on ipv4-addr/ipv6-addr values, `ISSUBSET 'cidr'`, without NOT, on a
/// path core::observableTypeForStixPath() supports, with values core::normaliseObservable()
/// accepts. Typical reasons otherwise: "operator LIKE", "operator NOT", "FOLLOWEDBY",
/// "qualifier WITHIN", "AND across observables", "AND across observation expressions",
/// "unsupported path network-traffic:dst_port", "invalid ipv4-addr value '999.1.1.1'".
/// Syntax errors read "unexpected token 'x' at offset N", "unterminated string at offset N",
/// "invalid escape '\n' at offset N", ...; input over kMaxPatternLength is "pattern too long",
/// nesting over kMaxPatternNesting is "nesting too deep".
///
/// Cost: a single pass with a hand-written lexer and a recursive-descent parser whose recursion
/// is bounded by kMaxPatternNesting; no regular expressions, no token buffer, allocations only
/// for the resulting keys and reason. Never throws (allocation failure yields an invalid result).
PatternAnalysis analysePattern(std::string_view pattern);

} // namespace lagebild::ingest::stix

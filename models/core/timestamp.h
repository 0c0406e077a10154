#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lagebild::core {

/// Parses an RFC 3339 timestamp ("2016-04-06T20:03:48.000Z", "2021-01-01T10:00:00+01:00",
/// fractional seconds up to nanoseconds, truncated to microseconds) into microseconds since the
/// Unix epoch, UTC. Returns nullopt for anything malformed (bad field ranges, missing zone).
/// Allocation-free; used on every object of a bulk import.
std::optional<std::int64_t> parseRfc3339(std::string_view text);

/// True when `text` is a valid STIX timestamp: RFC 3339 and in UTC with a literal 'Z'.
bool isStixTimestamp(std::string_view text);

/// Formats microseconds since the epoch as "YYYY-MM-DDTHH:MM:SS.mmmZ" (STIX style, UTC).
std::string formatStixTimestamp(std::int64_t micros);

} // namespace lagebild::core

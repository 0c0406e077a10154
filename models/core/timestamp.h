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

/// The current time in microseconds since the epoch, UTC: the unit of every time in the store.
std::int64_t nowMicros();

/// Parses a sensor timestamp as written by Suricata, Zeek, Sysmon and friends into microseconds
/// since the epoch, UTC: "YYYY-MM-DD" then 'T' (or one space) then "HH:MM:SS", optional fractional
/// seconds (any number of digits, truncated to microseconds), then an optional zone: 'Z',
/// "+hh:mm", "+hhmm" or "+hh" (also '-'). Without a zone the time is read in `defaultOffsetMinutes`
/// east of UTC (0 = UTC). `hadZone`, when given, says whether the text carried a zone.
/// Field ranges are checked as in parseRfc3339; nullopt for anything malformed. Allocation-free.
std::optional<std::int64_t> parseSensorTimestamp(std::string_view text, int defaultOffsetMinutes, bool* hadZone = nullptr);

/// Parses epoch seconds written as decimal text ("1599627030", "1521911720.629574", "-1.5") into
/// microseconds, exactly: the digits are read, never converted through a double, so the sixth
/// decimal survives. More than six decimals are truncated. nullopt for anything else (exponents,
/// blanks, empty text, values beyond +-10^12 seconds). Allocation-free.
std::optional<std::int64_t> parseEpochSeconds(std::string_view text);

/// Formats a zone offset in minutes east of UTC as "UTC" (0) or "+hh:mm" / "-hh:mm".
std::string formatUtcOffset(int offsetMinutes);

} // namespace lagebild::core

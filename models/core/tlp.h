#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace lagebild::core {

/// Traffic Light Protocol level (FIRST TLP 2.0; TLP 1.0 WHITE reads as CLEAR).
/// Declared in order of restriction so comparisons read naturally: Clear < Green < Amber <
/// AmberStrict < Red < Unknown. `Unknown` is a marking we do not recognise and ranks above RED:
/// it must never leave the building by accident (ARCHITECTURE §13). `Unmarked` means the source
/// stated no TLP at all and ranks lowest; exports and briefings decide their policy for it.
enum class Tlp { Unmarked, Clear, Green, Amber, AmberStrict, Red, Unknown };

/// Contract word: "clear", "green", "amber", "amber+strict", "red", "unknown", "" for Unmarked.
QString tlpName(Tlp level);

/// Display label, never translated: "TLP:CLEAR", "TLP:AMBER+STRICT", ... ("TLP:?" for Unknown).
QString tlpLabel(Tlp level);

/// Parses a TLP word as users and feeds write it: case-insensitive, with or without "TLP:" prefix,
/// "white" -> Clear, "amber strict" / "amber_strict" -> AmberStrict. nullopt when unrecognised.
std::optional<Tlp> tlpFromName(const QString& text);

/// Maps the nine predefined STIX marking-definition ids (TLP 1.0 and 2.0) to their level.
std::optional<Tlp> tlpFromMarkingId(std::string_view markingId);

/// The marking-definition id a STIX 2.1 export uses for a level (TLP 2.0 ids); empty for
/// Unmarked and Unknown.
std::string_view tlpMarkingId(Tlp level);

/// The more restrictive of two levels (high-water mark).
constexpr Tlp mostRestrictive(Tlp a, Tlp b) { return a > b ? a : b; }

/// True when data marked `level` may be released under a ceiling of `ceiling`.
/// Unknown is never releasable, whatever the ceiling.
constexpr bool tlpAllows(Tlp ceiling, Tlp level) { return level != Tlp::Unknown && level <= ceiling; }

} // namespace lagebild::core

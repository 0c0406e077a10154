#pragma once

// Internal to the MISP reader: JSON access helpers for MISP's loose typing, deterministic ids,
// timestamps, STIX pattern literals and the Emitter that validates generated STIX objects.

#include "models/core/issue.h"
#include "models/core/result.h"
#include "models/ingest/misp/misp_reader.h"
#include "models/ingest/stix/stix_object_parser.h"
#include "models/ingest/stix/stix_reader.h"

#include <QString>

#include <simdjson.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lagebild::ingest::misp::detail {

namespace dom = simdjson::dom;

/// Largest MISP file read whole (decompressed bytes).
inline constexpr std::size_t kMaxFileBytes = 256u << 20;

QString qs(std::string_view s);

// ---- MISP's loose JSON typing ("timestamp":"1599627030" or 1599627030, "to_ids":true or "1") ----

/// String member, or the text of a number member; nullopt when absent, null or another type.
std::optional<std::string> text(dom::object obj, std::string_view key);
/// String member as a view (numbers and others yield nullopt). Views into the parsed document.
std::optional<std::string_view> string(dom::object obj, std::string_view key);
/// Integer member written as a number or as decimal text.
std::optional<std::int64_t> integer(dom::object obj, std::string_view key);
/// Boolean member written as true/false, 1/0, "1"/"0", "true"/"false".
bool flag(dom::object obj, std::string_view key, bool fallback = false);
std::optional<dom::object> object(dom::object obj, std::string_view key);
std::optional<dom::array> array(dom::object obj, std::string_view key);
/// Decimal integer text (optional sign), nullopt for anything else.
std::optional<std::int64_t> parseInteger(std::string_view text);
/// Minified JSON text of an element (for x_misp_* pass-through of nested metadata).
std::string minified(dom::element e);
std::string minified(dom::object o);

// ---- ids ----

/// 8-4-4-4-12 hexadecimal digits.
bool isUuid(std::string_view text);
std::string toLower(std::string_view text);
/// UUIDv5 (lower case, no braces) of `seed` in the reader's fixed namespace.
std::string derivedUuid(std::string_view seed);
/// `<type>--<uuid>` using `mispUuid` when it is a UUID, else UUIDv5 of it (and the type).
std::string stixId(std::string_view type, std::string_view mispUuid);
/// `<type>--` + UUIDv5 of seed.
std::string derivedStixId(std::string_view type, std::string_view seed);

// ---- time ----

/// MISP timestamps are epoch seconds; microseconds, nullopt when absent or malformed.
std::optional<std::int64_t> epochMicros(dom::object obj, std::string_view key);
/// "2020-01-01" (a MISP event date) at midnight UTC in microseconds.
std::optional<std::int64_t> dateMicros(std::string_view date);
/// MISP first_seen / last_seen: RFC 3339 with any offset; microseconds.
std::optional<std::int64_t> isoMicros(dom::object obj, std::string_view key);
std::string stixTime(std::int64_t micros);

// ---- STIX text ----

/// A STIX pattern string literal: single-quoted, with backslash and quote escaped.
std::string patternLiteral(std::string_view value);
/// Cuts `text` to at most `maxBytes` on a UTF-8 character boundary.
std::string_view utf8Prefix(std::string_view text, std::size_t maxBytes);

// ---- errors ----

/// Byte offset of the first syntax error in `json` (its size when the text ends too early).
std::size_t jsonErrorOffset(std::string_view json);
/// A Parse error for a file whose JSON is malformed: detail "line L, byte B".
core::Error jsonParseError(const QString& path, std::string_view json, simdjson::error_code code);

/// JSON path of a member below `base` ("Event" + "Attribute[2]" -> "Event.Attribute[2]"); positions
/// handed to the Emitter are such paths, it prefixes the file name.
QString jsonPath(const QString& base, const QString& member);

/// Reads a file whole (gzip transparently). The content is followed by SIMDJSON_PADDING zero bytes
/// (part of the returned string): the content is the first size() - SIMDJSON_PADDING bytes.
core::Result<std::string> loadFile(const QString& path);

/// Validates generated STIX objects with StixObjectParser and hands them to the visitor, counting
/// them; owns the issue plumbing of one readMisp() call. Not thread-safe.
class Emitter {
public:
    Emitter(stix::StixVisitor& visitor, MispFileInfo& info) : m_visitor(visitor), m_info(info) {}

    /// Parses and forwards one object. A refusal by the parser is a generator bug: it is reported
    /// as a rejection (and counted) but does not stop the file. An Error from the visitor does.
    core::Status send(std::string_view json, const QString& position);
    void reject(const QString& message, const QString& position, const QString& object = {});
    void note(core::IssueSeverity severity, const QString& message, const QString& position, const QString& object = {});

    /// For objects shared by several events (identities, galaxy clusters, markings): true unless
    /// this call already emitted `id` with the same or a newer `modified`; records it.
    bool claimShared(const std::string& id, std::int64_t modified);
    MispFileInfo& info() { return m_info; }
    /// File currently read (for messages).
    void setFile(const QString& file) { m_file = file; }
    const QString& file() const { return m_file; }
    /// "<file>: <path>", or the file name alone for an empty path.
    QString where(const QString& path) const;

private:
    stix::StixVisitor& m_visitor;
    MispFileInfo& m_info;
    stix::StixObjectParser m_parser;
    core::StixRecord m_record;
    std::unordered_map<std::string, std::int64_t> m_shared;
    QString m_file;
};

} // namespace lagebild::ingest::misp::detail

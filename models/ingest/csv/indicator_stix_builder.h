#pragma once

#include "models/core/tlp.h"
#include "models/ingest/csv/indicator_inference.h"

#include <QString>
#include <QUuid>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ingest::csv {

/// Writes the STIX 2.1 JSON of the objects an indicator list becomes: one identity for the
/// source (when named) and one indicator per distinct value. Everything is deterministic so that
/// importing the same list again yields byte-identical objects (the store reports "unchanged"):
/// - ids are UUIDv5 in kNamespace: identity of the source name, indicator of
///   "source|type|value" (type = core::observableTypeName, or "file" for several hashes of one
///   file; value = canonical value, hashes joined by ',' in MD5, SHA-1, SHA-256, SHA-512 order);
/// - created = modified = valid_from = the row's first_seen when it has one, otherwise the Unix
///   epoch (1970-01-01T00:00:00.000Z): the list carries no version information and any clock
///   reading would make each import a new version. Consequence: a changed description in a
///   re-imported list without first_seen is not a new version; edit the source name or add dates.
/// Reuses one output buffer; not thread-safe. Cost per indicator: one SHA-1 (the id) and a few
/// hundred bytes of JSON.
class IndicatorStixBuilder {
public:
    /// Namespace of all UUIDv5 ids made from indicator lists (fixed; changing it changes every id).
    static const QUuid kNamespace;

    /// Row data besides the value. `labels` are the tags, already split and trimmed.
    struct Details {
        std::string_view name;
        std::string_view description;
        std::vector<std::string_view> labels;
        std::optional<std::int64_t> firstSeen; // microseconds since the epoch
        std::optional<std::int64_t> lastSeen;
        std::optional<int> confidence;
    };

    IndicatorStixBuilder(const QString& source, std::optional<core::Tlp> tlp);

    /// "identity--<UUIDv5(source)>" or empty when the list has no source name.
    const std::string& identityId() const { return m_identityId; }
    /// The identity object (organization) of the source; empty when there is no source name.
    const std::string& identityJson() const { return m_identityJson; }

    /// The deterministic indicator id's UUID for `value` (also the key for duplicate detection).
    QUuid indicatorUuid(const IndicatorValue& value) const;

    /// JSON of the indicator for `value` with id "indicator--<uuid>"; valid until the next call.
    const std::string& indicatorJson(const IndicatorValue& value, const QUuid& uuid, const Details& details);

    /// STIX pattern for `value`: "[ipv4-addr:value = '1.2.3.4']", "[ipv4-addr:value ISSUBSET
    /// '10.0.0.0/8']", "[file:hashes.MD5 = 'a' OR file:hashes.'SHA-1' = 'b']", ...
    static std::string pattern(const IndicatorValue& value);

    /// Appends `text` as the inside of a STIX pattern string literal: backslash and single quote
    /// escaped with a backslash (STIX 2.1 patterning §9.3), everything else verbatim.
    static void appendPatternLiteral(std::string& out, std::string_view text);

private:
    QByteArray m_source;
    std::string m_identityId;
    std::string m_identityJson;
    std::string m_markingId;
    std::string m_json;
    std::string m_stamp;
    std::int64_t m_stampMicros = 0;
    mutable std::string m_key; // scratch buffer of indicatorUuid()
};

} // namespace lagebild::ingest::csv

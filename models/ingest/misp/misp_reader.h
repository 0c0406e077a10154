#pragma once

#include "models/core/cancel_token.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/ingest/stix/stix_reader.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ingest::misp {

/// What a MISP file or folder holds. Auto decides from the content (and, for a folder, from its
/// manifest.json).
enum class MispInput { Auto, Event, Feed, Galaxy, Taxonomy };

/// What the reader learned about a file or feed folder as a whole.
struct MispFileInfo {
    MispInput kind = MispInput::Auto; // what was actually read (never Auto after a successful read)
    std::int64_t events = 0;          // MISP events seen, with or without a uuid
    std::int64_t eventsWithoutUuid = 0;
    std::vector<std::string> eventUuids;   // MISP uuids (lower case) of the events, in reading order
    std::int64_t attributeCollections = 0; // event-less attribute/object sets ({"response":{"Attribute":[...]}})
    std::int64_t attributes = 0;           // MISP attributes seen (including those inside objects)
    std::int64_t mispObjects = 0;          // MISP objects seen
    std::int64_t galaxyClusters = 0;       // clusters turned into reference objects (events and galaxy files)
    std::int64_t taxonomies = 0;
    std::int64_t stixObjects = 0;                      // STIX objects handed to the visitor
    std::map<std::string, std::int64_t> objectsByType; // STIX type -> objects handed to the visitor
    std::int64_t rejected = 0;                         // records reported through visitor.rejected (including the below)
    /// Generated objects StixObjectParser refused: always a bug in this reader, reported as rejections.
    std::int64_t generatorRejections = 0;
    // Feed folders only.
    std::int64_t manifestEntries = 0;
    std::int64_t missingEventFiles = 0;  // listed in manifest.json, file absent or unreadable
    std::int64_t unlistedEventFiles = 0; // <uuid>.json present but not in manifest.json
    std::int64_t invalidManifestKeys = 0;
    std::int64_t hashEntries = 0; // rows of hashes.csv understood
};

/// Looks at the first bytes of a file (already decompressed) and its path: MISP event JSON (any of
/// the three wrappers or an attribute collection) -> Event, a misp-galaxy cluster or galaxy file ->
/// Galaxy, a misp-taxonomies machinetag.json -> Taxonomy; nullopt when it is none of them (STIX
/// bundles included). Only keys are inspected, never string contents. Cheap, no allocation.
std::optional<MispInput> sniffMisp(std::string_view head, const QString& path);

/// True for a folder holding a manifest.json file (a MISP feed).
bool isMispFeedFolder(const QString& path);

/// Reads MISP data and hands STIX 2.1 objects, generated with misp-stix's mapping, to the visitor:
/// - Event files ({"Event":{...}}, a bare event, {"response":[...]}, attribute collections): a
///   report per event, indicators for to_ids attributes, observed-data with SCOs otherwise, MISP
///   objects grouped, galaxies as SDOs, tlp:* tags as TLP 2.0 object markings, Orgc as identity.
/// - Feed folders (`path` is the folder): manifest.json, <uuid>.json, hashes.csv.
/// - misp-galaxy cluster files and misp-taxonomies machinetag.json as reference objects.
/// STIX ids come from MISP uuids (or UUIDv5 of them), `modified` from MISP timestamps, so reading
/// the same data twice yields the same ids and versions. Attachment and malware-sample payloads are
/// never decoded nor copied. An Error means the input is not readable as MISP at all (malformed JSON
/// with "line L, byte B" in the detail, unknown layout, unreadable file); the caller must discard what
/// the visitor stored. A feed goes on past a broken event file (reported as a rejection).
/// Reads each file whole (MISP event files are small; 256 MB cap). Runs on the caller's (worker)
/// thread; polls `cancel` between events and clusters.
core::Result<MispFileInfo> readMisp(const QString& path, MispInput kind, stix::StixVisitor& visitor,
                                    const core::CancelToken& cancel, core::ProgressReporter* progress = nullptr);

} // namespace lagebild::ingest::misp

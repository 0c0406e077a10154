#pragma once

// Internal to the MISP reader: reference data. misp-galaxy clusters (in galaxy files and embedded
// in events) become SDOs by misp-stix's galaxy mapping; misp-taxonomies machinetag.json files become
// x-misp-taxonomy custom objects.
//
// Reference objects carry no dates, only a version number, so created is the Unix epoch and
// modified is the epoch plus `version` seconds: a newer cluster version supersedes an older one and a
// re-import is unchanged. The same cluster embedded in an event (which carries the cluster's version)
// and read from its galaxy file gets the same id and version key.

#include "models/core/cancel_token.h"
#include "models/core/progress.h"
#include "models/ingest/misp/misp_support.h"

#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ingest::misp::detail {

/// STIX type misp-stix uses for a galaxy type ("mitre-attack-pattern" -> "attack-pattern", "sector" ->
/// "identity", ...); "x-misp-galaxy-cluster" for galaxy types without a STIX equivalent.
std::string_view galaxySdoType(std::string_view galaxyType);

/// The galaxy a cluster belongs to.
struct GalaxyInfo {
    std::string type;
    std::string name;
    std::string description;
    std::optional<std::int64_t> version; // of the cluster collection
    /// Uuid of the cluster collection (a cluster file's top-level uuid). Old MISP exports wrote it in
    /// place of each cluster's own uuid; such uuids are not used as ids.
    std::string collectionUuid;
};

/// Emits the SDO of one cluster unless this call already emitted it at the same or a newer version;
/// returns its STIX id, or an empty id when the cluster has no value (reported as a rejection).
/// The id uses the cluster's uuid when `trustUuid`, else a UUIDv5 of galaxy type and value.
core::Result<std::string> emitCluster(Emitter& emitter, dom::object cluster, const GalaxyInfo& galaxy, bool trustUuid,
                                      const QString& position);

/// A galaxy embedded in an event or attribute ({"type", "name", "GalaxyCluster": [...]}); appends the
/// STIX ids of its clusters to `ids`.
core::Status emitEmbeddedGalaxy(Emitter& emitter, dom::object galaxy, const QString& position, std::vector<std::string>& ids);

/// True when `root` looks like a misp-galaxy cluster file, galaxy definition or MISP API galaxy.
bool isGalaxyDocument(dom::object root);
/// True when `root` looks like a misp-taxonomies machinetag.json.
bool isTaxonomyDocument(dom::object root);

core::Status readGalaxyDocument(Emitter& emitter, dom::object root, const core::CancelToken& cancel,
                                core::ProgressReporter* progress);
core::Status readTaxonomyDocument(Emitter& emitter, dom::object root);

} // namespace lagebild::ingest::misp::detail

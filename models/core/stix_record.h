#pragma once

#include "models/core/observable.h"
#include "models/core/tlp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::core {

/// A reference from one STIX object to another, as indexed for graph queries: relationships
/// (kind = relationship_type), sightings ("sighting-of", "observed-data", "where-sighted").
struct StixEdge {
    std::string kind;
    std::string source;
    std::string target;
};

/// One marking reference: object-level (selector empty) or granular (selector = JSON path).
struct StixMarkingRef {
    std::string markingId;
    std::string selector;
};

/// What an indicator's pattern allows: matched exactly, kept but flagged, or malformed.
enum class PatternState { None = 0, Matchable = 1, NotMatchable = 2, Invalid = 3 };

/// A STIX object as a reader hands it to the store: the verbatim JSON plus the properties the
/// store indexes. Readers fill it, the repository persists it; `json` views the reader's buffer
/// and is valid only during the callback.
struct StixRecord {
    std::string id;
    std::string type;
    std::string specVersion;
    std::optional<std::int64_t> created;  // microseconds since the epoch
    std::optional<std::int64_t> modified; // version key; falls back to created
    bool revoked = false;
    std::string name;
    std::string description;
    std::string labels; // labels, aliases, external ids: space separated for search
    std::optional<int> confidence;
    std::optional<std::int64_t> validUntil; // indicators only
    std::vector<StixMarkingRef> markings;
    std::vector<StixEdge> edges;
    PatternState patternState = PatternState::None;
    std::vector<ObservableKey> observables;
    /// For marking-definition objects: the TLP level it defines, or that it is a statement.
    std::optional<Tlp> definesTlp;
    bool definesStatement = false;
    std::string_view json;

    std::optional<std::int64_t> versionKey() const { return modified ? modified : created; }
};

} // namespace lagebild::core

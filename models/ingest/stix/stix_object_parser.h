#pragma once

#include "models/core/stix_record.h"

#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace lagebild::ingest::stix {

/// What parsing one STIX object gave: accepted (record filled), rejected with a reason (missing
/// or malformed id, type or timestamps, ...), or not JSON at all.
struct StixParseResult {
    enum class Kind { Accepted, Rejected, InvalidJson };
    Kind kind = Kind::Accepted;
    QString message;            // reason for Rejected / InvalidJson
    std::vector<QString> notes; // warnings about an accepted object (e.g. an unparsable pattern)
};

/// Validates one STIX object's JSON and extracts what the store indexes (versions, markings,
/// edges, pattern observables, SCO values, marking meanings) into a StixRecord. The single place
/// where STIX objects are understood: the STIX reader and the MISP and CSV readers (which
/// generate STIX JSON) all go through it, so every source is indexed alike.
/// Reuses its simdjson parser between calls; one instance per thread. Cheap per object.
class StixObjectParser {
public:
    StixObjectParser();
    ~StixObjectParser();
    StixObjectParser(const StixObjectParser&) = delete;
    StixObjectParser& operator=(const StixObjectParser&) = delete;

    /// `json` must be followed by at least 64 readable bytes (simdjson padding). record.json
    /// views `json`.
    StixParseResult parse(std::string_view json, core::StixRecord& record, bool stix20 = false);
    /// Copies `json` into an internal padded buffer first; record.json views that buffer and
    /// stays valid until the next call.
    StixParseResult parseCopy(std::string_view json, core::StixRecord& record, bool stix20 = false);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace lagebild::ingest::stix

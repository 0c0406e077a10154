#pragma once

#include "models/core/cancel_token.h"
#include "models/core/issue.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/core/stix_record.h"
#include "models/ingest/byte_source.h"
#include "models/ingest/json_stream.h"

#include <QString>

#include <functional>

namespace lagebild::ingest::stix {

/// Receives what the reader finds, object by object, in file order. The orchestration layer
/// implements it to write into the store; readers never touch the store (ARCHITECTURE §3).
class StixVisitor {
public:
    virtual ~StixVisitor() = default;
    /// A well-formed object. Return an Error to abort the whole file (e.g. a storage failure).
    virtual core::Status object(const core::StixRecord& record) = 0;
    /// An object left out, with the reason (missing id, bad timestamp, over a cap, ...).
    virtual void rejected(const core::Issue& issue) = 0;
    /// Anything else worth telling the user (STIX 2.0 content, unmatchable patterns, ...).
    virtual void note(const core::Issue& issue) = 0;
};

/// What the reader learned about the file as a whole.
struct StixFileInfo {
    enum class Shape { Bundle, Array, SingleObject, Envelope }; // Envelope: a TAXII 2.1 objects page
    Shape shape = Shape::Bundle;
    QString bundleSpecVersion; // "2.0" for STIX 2.0 bundles, else empty
    std::int64_t objects = 0;  // elements seen, accepted or not
};

/// Streams STIX 2.x JSON (bundle, array of objects, or one object; gzip transparently) and hands
/// every object to the visitor. An Error return means the file is not readable as STIX JSON as a
/// whole (malformed JSON, not STIX at all); the message carries line and byte offset, and the
/// caller must discard what the visitor stored. Memory stays bounded by the limits whatever the
/// file size. Runs on the caller's (worker) thread; polls `cancel` between objects.
core::Result<StixFileInfo> readStix(const QString& path, const JsonLimits& limits, StixVisitor& visitor,
                                    const core::CancelToken& cancel, core::ProgressReporter* progress = nullptr);

/// Quick check of the first bytes of a file: does it look like STIX JSON? (used by format auto)
bool looksLikeStix(std::string_view head);

} // namespace lagebild::ingest::stix

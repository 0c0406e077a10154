#pragma once

#include <QString>

#include <cstdint>

namespace lagebild::ingest {

/// What an alert reader (EVE, Zeek notice, Sigma matches) learned about one file or folder as a
/// whole. Every record the reader saw is counted exactly once: records = alerts + skipped +
/// rejected. Plain data, cheap to copy.
struct AlertFileInfo {
    std::int64_t records = 0;  // records seen (lines, array elements, event objects)
    std::int64_t alerts = 0;   // handed to AlertVisitor::alert
    std::int64_t skipped = 0;  // handed to AlertVisitor::skipped (not alerts: other EVE event types, ...)
    std::int64_t rejected = 0; // handed to AlertVisitor::rejected (malformed)
    /// The zone assumed for timestamps that carried none ("UTC", "+01:00"); empty when every
    /// timestamp had its own zone. The reader also sends one note per file saying so.
    QString assumedZone;
};

} // namespace lagebild::ingest

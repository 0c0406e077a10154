#pragma once

#include "models/core/cancel_token.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/ingest/alert_file_info.h"
#include "models/ingest/alert_visitor.h"
#include "models/ingest/json_stream.h"

#include <QString>

#include <string_view>

namespace lagebild::ingest::eve {

/// How to read an EVE file. `defaultOffsetMinutes` is the zone (minutes east of UTC) assumed for
/// timestamps written without one (Suricata builds that log local time without an offset);
/// 0 = UTC. `limits.maxValueBytes` caps one line or array element.
struct EveOptions {
    int defaultOffsetMinutes = 0;
    JsonLimits limits;
};

/// Quick check of the first (decompressed) bytes of a file: does it look like Suricata EVE JSON?
/// True for an NDJSON line or a JSON array whose records carry "event_type".
bool looksLikeEve(std::string_view head);

/// Streams a Suricata EVE file (gzip transparently) and hands every record to the visitor:
/// `event_type: alert` -> alert(), other event types -> skipped() (one call per record, the
/// message names the type), malformed records -> rejected() with "line N, byte B". Shapes:
/// NDJSON (one object per line, the normal eve.json), one JSON array of records (pretty-printed
/// or not), or pretty-printed objects one after another. Blank lines are not records.
/// Timestamps: "+0100", "+01:00", "Z" or no zone (then options.defaultOffsetMinutes; one note per
/// file names the zone assumed and AlertFileInfo::assumedZone says it too).
/// Returns an Error (ErrorCode::Parse, detail "line L, byte B") when no line or element of the
/// file is a JSON object at all (binary data, another format; the first 1,000 records decide for
/// NDJSON); the visitor has then been given nothing. A damaged array after good elements is reported as one rejection and the
/// elements before it are kept. An empty file gives zero records and a note.
/// Memory is bounded by the limits (about the cap plus 2 MB) whatever the file size; runs on the
/// caller's (worker) thread and polls `cancel` between records (-> ErrorCode::Cancelled).
/// Record semantics and the dedup key: see EveRecordParser.
core::Result<AlertFileInfo> readEve(const QString& path, const EveOptions& options, AlertVisitor& visitor,
                                    const core::CancelToken& cancel, core::ProgressReporter* progress = nullptr);

} // namespace lagebild::ingest::eve

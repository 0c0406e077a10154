#pragma once

#include "models/core/cancel_token.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/ingest/alert_file_info.h"
#include "models/ingest/alert_visitor.h"
#include "models/ingest/json_stream.h"

#include <QString>

#include <string_view>

namespace lagebild::ingest::zeek {

/// How to read a Zeek notice log. `defaultOffsetMinutes` applies to ISO-8601 `ts` values written
/// without a zone (JSON form only; epoch seconds are UTC by definition); `limits.maxValueBytes`
/// caps one line.
struct ZeekOptions {
    int defaultOffsetMinutes = 0;
    JsonLimits limits;
};

/// Quick check of the first (decompressed) bytes: a TSV notice log ("#separator" header with
/// "#path notice" or a "note" column) or Zeek JSON with "_path":"notice" / a "note" and "ts" key.
bool looksLikeZeekNotice(std::string_view head);

/// Streams a Zeek notice log (notice.log or notice_alarm.log; gzip transparently) and hands every
/// notice to the visitor as an alert. Two forms, told apart by the first byte:
/// - TSV (the default writer): "#separator \x09", "#set_separator", "#empty_field", "#unset_field",
///   "#path", "#fields", "#types" headers (also repeated further down), "-" unset, "(empty)" empty,
///   "\\" and "\xHH" escapes, epoch-float `ts` read exactly to the microsecond;
/// - JSON (NDJSON, one object per line): ISO-8601 or epoch `ts`, flat "id.orig_h" keys or a
///   nested "id" object, extra keys such as _path/_write_ts ignored; records whose _path is not
///   a notice path are skipped (counted, one call each).
/// Malformed lines -> rejected() with "line N, byte B"; the file goes on. Returns an Error
/// (ErrorCode::Parse, detail "line L, byte B") when the file is neither form (no "#fields"
/// header before the data, no JSON object on any line) and ErrorCode::Schema for a Zeek log of
/// another kind (conn.log, ...). One note per file when ISO timestamps carried no zone.
/// Memory is bounded by the line cap; runs on the caller's thread, polls `cancel` between lines.
/// Alert contents, severity mapping and the dedup key: see buildNoticeAlert() and noteSeverity()
/// in zeek_notice.h.
core::Result<AlertFileInfo> readZeekNotice(const QString& path, const ZeekOptions& options, AlertVisitor& visitor,
                                           const core::CancelToken& cancel, core::ProgressReporter* progress = nullptr);

} // namespace lagebild::ingest::zeek

#pragma once

#include "models/core/cancel_token.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/ingest/alert_file_info.h"
#include "models/ingest/alert_visitor.h"
#include "models/ingest/json_stream.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ingest::sigma {

/// How to read Sigma matches: `limits` caps one event object.
struct SigmaOptions {
    JsonLimits limits;
};

/// True when `path` is a folder holding a rule.yml and at least one event-*.json (the layout of
/// SigmaHQ's regression data: rule, info.yml, matching events). Touches the file system.
bool isSigmaMatchFolder(const QString& path);

/// Quick check of the first bytes of a file: Windows events converted to JSON (an object with
/// "System" and "EventRecordID"/"TimeCreated", as evtx-to-JSON writes them).
bool looksLikeSigmaEvents(std::string_view head);

/// Severity (1 highest .. 4 lowest) of a Sigma level: critical 1, high 2, medium 3, low 4,
/// informational 4 (case-insensitive); nullopt for anything else (the reader then uses 3).
std::optional<int> sigmaLevelSeverity(std::string_view level);

/// ATT&CK technique ids in Sigma tags: "attack.t1059.001" -> "T1059.001", "attack.t1003" ->
/// "T1003"; tactic tags (attack.execution), group/software tags (attack.g0007, attack.s0002) and
/// other namespaces are left out. Order kept, duplicates dropped.
std::vector<std::string> attackTechniques(const std::vector<std::string>& tags);

/// Reads Sigma rule matches and hands one alert per event object to the visitor. `pathOrFolder`
/// is a rule folder (rule.yml, info.yml, event-*.json, read in name order) or one event JSON file
/// (rule.yml and info.yml are then read from its folder). Event files hold one or more Windows
/// events as evtx-to-JSON objects ("Event" -> "System"/"EventData", "#attributes" keys): one
/// object, several pretty-printed objects one after another, or a JSON array.
/// The rule comes from rule.yml (title, id, level, tags, logsource) through a small line-based
/// YAML reader; without rule.yml, info.yml's rule_metadata id/title are used and a note says so.
/// Each alert: signature = rule title, signatureId = rule id, category = logsource category
/// (else service, else product), severity by sigmaLevelSeverity (3 and a note when the level is
/// missing or unknown), techniques from the tags, time from System/TimeCreated/#attributes/
/// SystemTime (else System/TimeCreated/SystemTime, else EventData/UtcTime; UTC), flowId =
/// EventRecordID, src/dst and ports from SourceIp/DestinationIp (IpAddress, SourceAddress/
/// DestAddress) and SourcePort/DestinationPort, proto from Protocol. Observables: those
/// addresses, host names in SourceHostname/DestinationHostname/QueryName, and MD5/SHA1/SHA256
/// from Sysmon's Hashes/Hash field. An event without any time gets info.yml's `date` (00:00 UTC)
/// and one note per file; without that date it is rejected (a 1970 alert would mislead).
/// Dedup key: "sigma|<rule id>|<EventRecordID>|<Computer>|<µs UTC>".
/// Malformed objects -> rejected() with "<file>, line L, byte B"; a damaged file after good
/// objects -> one rejection, the objects before it are kept. Returns an Error (ErrorCode::Parse,
/// detail "line L, byte B") when the single file asked for (or every event file of the folder)
/// holds no JSON object; ErrorCode::Io when the path holds no event file at all.
/// Memory is bounded by the limits; runs on the caller's thread, polls `cancel` between events.
core::Result<AlertFileInfo> readSigmaMatches(const QString& pathOrFolder, const SigmaOptions& options, AlertVisitor& visitor,
                                             const core::CancelToken& cancel, core::ProgressReporter* progress = nullptr);

} // namespace lagebild::ingest::sigma

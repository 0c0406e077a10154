#pragma once

#include "models/core/alert_record.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>

namespace lagebild::ingest::eve {

/// What parsing one EVE record gave: an alert (record filled), another event type (counted as
/// skipped), a JSON record that is not a usable EVE record (rejected), or not JSON at all.
struct EveParseResult {
    enum class Kind { Alert, Skipped, Rejected, InvalidJson };
    Kind kind = Kind::Alert;
    QString message;          // reason for Rejected / InvalidJson
    std::string eventType;    // the event_type of a Skipped record
    bool zoneAssumed = false; // an Alert whose timestamp had no zone (read in the default zone)
    bool isObject = true;     // false for InvalidJson and for JSON that is not an object
};

/// Understands one Suricata EVE record (one JSON object) and turns an `event_type: alert` into an
/// AlertRecord: signature, signature_id, category, severity (1-4, clamped; 3 when absent),
/// endpoints, proto, app_proto (else inferred from an http/dns/tls/smtp/ssh member), flow_id as
/// exact 64-bit integer text, ATT&CK ids from alert.metadata.mitre_technique_id, and observables
/// (addresses, http hostname/url/user agent, dns rrname, tls sni, fileinfo/files hashes).
/// Dedup key: "suricata|<µs UTC>|<flow_id>|<signature_id>|<src_ip>|<src_port>|<dest_ip>|<dest_port>".
/// Reuses its simdjson parser and the record's buffers between calls; one instance per thread.
class EveRecordParser {
public:
    explicit EveRecordParser(int defaultOffsetMinutes = 0);
    ~EveRecordParser();
    EveRecordParser(const EveRecordParser&) = delete;
    EveRecordParser& operator=(const EveRecordParser&) = delete;

    /// `json` must be followed by at least 64 readable bytes (simdjson padding); record.raw views it.
    EveParseResult parse(std::string_view json, core::AlertRecord& record);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace lagebild::ingest::eve

#pragma once

#include "models/core/observable.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::core {

/// One sensor alert as a reader hands it to the store (Suricata EVE, Zeek notice, Sigma match).
/// `dedupKey` identifies the alert across re-imports: built by the reader from the sensor, the
/// flow or connection uid, the signature and the time (plus endpoints where those alone are not
/// unique), so a re-import adds nothing and genuinely different records never merge.
/// `raw` views the reader's buffer and is valid only during the callback.
struct AlertRecord {
    std::string dedupKey;
    std::int64_t time = 0;   // microseconds since the epoch, UTC
    std::string sensor;      // "suricata", "zeek", "sigma"
    std::string signature;   // rule or notice name as shown to the analyst
    std::string signatureId; // e.g. Suricata signature_id, Zeek note, Sigma rule id
    std::string category;
    int severity = 3; // 1 highest .. 4 lowest (Suricata's scale; others mapped onto it)
    std::string src;
    std::optional<int> srcPort;
    std::string dst;
    std::optional<int> dstPort;
    std::string proto;    // TCP, UDP, ICMP, ...
    std::string appProto; // http, dns, tls, ...
    std::string flowId;   // Suricata flow_id, Zeek uid, Sigma event record id
    /// What can match intel: addresses, domains and host names, URLs, hashes (normalised).
    std::vector<ObservableKey> observables;
    /// ATT&CK technique ids (T1059, T1059.001) from rule tags.
    std::vector<std::string> techniques;
    std::string_view raw; // the original record (one JSON object or one log line)
};

} // namespace lagebild::core

#include "models/ingest/eve/eve_record_parser.h"

#include "models/core/timestamp.h"
#include "models/ingest/alert_observables.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <charconv>

namespace lagebild::ingest::eve {

namespace {

namespace dom = simdjson::dom;
using core::ObservableType;

std::string_view str(dom::element e, std::string_view key) {
    std::string_view v;
    if (e[key].get_string().get(v) != simdjson::SUCCESS)
        return {};
    return v;
}

// Integer text of a JSON integer (int64 or uint64, never through double) or of a string of digits.
bool integerText(dom::element e, std::string& out) {
    out.clear();
    std::int64_t i;
    std::uint64_t u;
    std::string_view s;
    char buf[24];
    if (e.get_int64().get(i) == simdjson::SUCCESS) {
        const auto r = std::to_chars(buf, buf + sizeof buf, i);
        out.assign(buf, r.ptr);
        return true;
    }
    if (e.get_uint64().get(u) == simdjson::SUCCESS) {
        const auto r = std::to_chars(buf, buf + sizeof buf, u);
        out.assign(buf, r.ptr);
        return true;
    }
    if (e.get_string().get(s) == simdjson::SUCCESS && !s.empty() && s.size() <= 20 &&
        std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        out.assign(s);
        return true;
    }
    return false;
}

std::optional<int> port(dom::element obj, std::string_view key) {
    std::int64_t v;
    if (obj[key].get_int64().get(v) == simdjson::SUCCESS && v >= 0 && v <= 65535)
        return static_cast<int>(v);
    return std::nullopt;
}

bool looksLikeAddress(std::string_view s) {
    return !s.empty() &&
           (core::normaliseObservable(ObservableType::Ipv4, s) || core::normaliseObservable(ObservableType::Ipv6, s));
}

// A host name as a sensor logs it (HTTP Host, TLS SNI, DNS rrname): an address goes in as one.
void addHost(core::AlertRecord& rec, std::string_view host) {
    if (host.empty())
        return;
    if (looksLikeAddress(host))
        addAddress(rec, host);
    else if (host.find('.') != std::string_view::npos)
        addObservable(rec, ObservableType::Domain, host);
}

void addHashes(core::AlertRecord& rec, dom::element obj) {
    addObservable(rec, ObservableType::Md5, str(obj, "md5"));
    addObservable(rec, ObservableType::Sha1, str(obj, "sha1"));
    addObservable(rec, ObservableType::Sha256, str(obj, "sha256"));
}

void addRrnames(core::AlertRecord& rec, dom::element dns) {
    addHost(rec, str(dns, "rrname"));
    // EVE v1 logged "query": [...], newer versions "queries": [...].
    for (std::string_view list : {"query", "queries"}) {
        dom::array arr;
        if (dns[list].get_array().get(arr) != simdjson::SUCCESS)
            continue;
        for (dom::element q : arr)
            addHost(rec, str(q, "rrname"));
    }
}

// "T1059", "T1059.001" (any case on input), normalised to upper case.
bool techniqueId(std::string_view s, std::string& out) {
    if (s.size() != 5 && s.size() != 9)
        return false;
    if (s[0] != 'T' && s[0] != 't')
        return false;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (i == 5) {
            if (s[i] != '.')
                return false;
        } else if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    out.assign(s);
    out[0] = 'T';
    return true;
}

} // namespace

struct EveRecordParser::Impl {
    dom::parser parser;
    int defaultOffsetMinutes = 0;
    std::string text;
    std::string url;
};

EveRecordParser::EveRecordParser(int defaultOffsetMinutes) : m_impl(std::make_unique<Impl>()) {
    m_impl->defaultOffsetMinutes = defaultOffsetMinutes;
}

EveRecordParser::~EveRecordParser() = default;

EveParseResult EveRecordParser::parse(std::string_view json, core::AlertRecord& rec) {
    EveParseResult result;
    dom::element root;
    if (const auto err = m_impl->parser.parse(json.data(), json.size(), false).get(root); err != simdjson::SUCCESS) {
        result.kind = EveParseResult::Kind::InvalidJson;
        result.isObject = false;
        result.message =
            QCoreApplication::translate("EveReader", "Not valid JSON (%1).").arg(QString::fromUtf8(simdjson::error_message(err)));
        return result;
    }
    if (!root.is_object()) {
        result.kind = EveParseResult::Kind::Rejected;
        result.isObject = false;
        result.message = QCoreApplication::translate("EveReader", "Not an EVE record: a JSON object was expected.");
        return result;
    }
    std::string_view eventType;
    if (root["event_type"].get_string().get(eventType) != simdjson::SUCCESS) {
        result.kind = EveParseResult::Kind::Rejected;
        result.message = QCoreApplication::translate("EveReader", "Not an EVE record: the \"event_type\" string is missing.");
        return result;
    }
    if (eventType != "alert") {
        result.kind = EveParseResult::Kind::Skipped;
        result.eventType.assign(eventType);
        return result;
    }
    const std::string_view ts = str(root, "timestamp");
    bool hadZone = true;
    const auto time = core::parseSensorTimestamp(ts, m_impl->defaultOffsetMinutes, &hadZone);
    if (!time) {
        result.kind = EveParseResult::Kind::Rejected;
        result.message =
            ts.empty() ? QCoreApplication::translate("EveReader", "Alert without a \"timestamp\".")
                       : QCoreApplication::translate("EveReader", "Alert with an unreadable timestamp \"%1\".")
                             .arg(QString::fromUtf8(ts.data(), static_cast<qsizetype>(std::min<std::size_t>(ts.size(), 64))));
        return result;
    }
    dom::element alert;
    if (root["alert"].get(alert) != simdjson::SUCCESS || !alert.is_object()) {
        result.kind = EveParseResult::Kind::Rejected;
        result.message = QCoreApplication::translate("EveReader", "Alert record without an \"alert\" object.");
        return result;
    }
    result.zoneAssumed = !hadZone;

    rec.time = *time;
    rec.sensor = "suricata";
    rec.signature.assign(str(alert, "signature"));
    dom::element e;
    if (alert["signature_id"].get(e) != simdjson::SUCCESS || !integerText(e, rec.signatureId))
        rec.signatureId.clear();
    if (rec.signature.empty() && !rec.signatureId.empty())
        rec.signature = "Suricata signature " + rec.signatureId;
    rec.category.assign(str(alert, "category"));
    std::int64_t severity = 3;
    if (alert["severity"].get_int64().get(severity) != simdjson::SUCCESS)
        severity = 3;
    rec.severity = static_cast<int>(std::clamp<std::int64_t>(severity, 1, 4));
    rec.src.assign(str(root, "src_ip"));
    rec.srcPort = port(root, "src_port");
    rec.dst.assign(str(root, "dest_ip"));
    rec.dstPort = port(root, "dest_port");
    rec.proto.assign(str(root, "proto"));
    if (root["flow_id"].get(e) != simdjson::SUCCESS || !integerText(e, rec.flowId))
        rec.flowId.clear();

    rec.appProto.assign(str(root, "app_proto"));
    rec.observables.clear();
    rec.techniques.clear();
    addAddress(rec, rec.src);
    addAddress(rec, rec.dst);

    dom::element http;
    if (root["http"].get(http) == simdjson::SUCCESS && http.is_object()) {
        const std::string_view host = str(http, "hostname");
        addHost(rec, host);
        const std::string_view url = str(http, "url");
        if (url.find("://") != std::string_view::npos) {
            addObservable(rec, ObservableType::Url, url);
        } else if (!host.empty() && !url.empty() && url.front() == '/') {
            // EVE logs the request target; the URL an indicator names is scheme://host[:port]/path.
            auto& full = m_impl->url;
            full.assign("http://");
            if (host.find(':') != std::string_view::npos && host.front() != '[') {
                full += '[';
                full.append(host);
                full += ']';
            } else {
                full.append(host);
            }
            std::int64_t httpPort = 80;
            if (http["http_port"].get_int64().get(httpPort) == simdjson::SUCCESS && httpPort > 0 && httpPort != 80 &&
                httpPort <= 65535) {
                full += ':';
                full += std::to_string(httpPort);
            }
            full.append(url);
            addObservable(rec, ObservableType::Url, full);
        }
        addObservable(rec, ObservableType::UserAgent, str(http, "http_user_agent"));
    }
    dom::element dns;
    if (root["dns"].get(dns) == simdjson::SUCCESS && dns.is_object())
        addRrnames(rec, dns);
    dom::element tls;
    if (root["tls"].get(tls) == simdjson::SUCCESS && tls.is_object())
        addHost(rec, str(tls, "sni"));
    dom::element fileinfo;
    if (root["fileinfo"].get(fileinfo) == simdjson::SUCCESS && fileinfo.is_object())
        addHashes(rec, fileinfo);
    dom::array files;
    if (root["files"].get_array().get(files) == simdjson::SUCCESS)
        for (dom::element f : files)
            if (f.is_object())
                addHashes(rec, f);
    if (rec.appProto.empty()) {
        for (std::string_view p : {"http", "dns", "tls", "smtp", "ssh", "smb", "ftp"}) {
            dom::element member;
            if (root[p].get(member) == simdjson::SUCCESS && member.is_object()) {
                rec.appProto.assign(p);
                break;
            }
        }
    }
    dom::array mitre;
    if (alert["metadata"]["mitre_technique_id"].get_array().get(mitre) == simdjson::SUCCESS) {
        for (dom::element t : mitre) {
            std::string_view s;
            if (t.get_string().get(s) == simdjson::SUCCESS && techniqueId(s, m_impl->text) &&
                std::find(rec.techniques.begin(), rec.techniques.end(), m_impl->text) == rec.techniques.end())
                rec.techniques.push_back(m_impl->text);
        }
    }

    auto& key = rec.dedupKey;
    key.assign("suricata|");
    key += std::to_string(rec.time);
    key += '|';
    key += rec.flowId;
    key += '|';
    key += rec.signatureId;
    key += '|';
    key += rec.src;
    key += '|';
    if (rec.srcPort)
        key += std::to_string(*rec.srcPort);
    key += '|';
    key += rec.dst;
    key += '|';
    if (rec.dstPort)
        key += std::to_string(*rec.dstPort);
    rec.raw = json;
    return result;
}

} // namespace lagebild::ingest::eve

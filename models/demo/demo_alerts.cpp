#include "models/demo/demo_alerts.h"

#include "models/core/json_writer.h"
#include "models/core/timestamp.h"

namespace lagebild::demo {

namespace {

using core::JsonWriter;

constexpr std::int64_t kSecond = 1000000;

std::string stixTime(std::int64_t micros) { return core::formatStixTimestamp(micros); }

} // namespace

core::AlertRecord& AlertFactory::make(std::int64_t index, std::int64_t time, const CampaignIntel* campaign, int campaignIndex) {
    m_record.observables.clear();
    m_record.techniques.clear();
    m_record.srcPort.reset();
    m_record.dstPort.reset();
    m_record.appProto.clear();
    m_record.time = time;
    std::string number = std::to_string(index);
    m_record.dedupKey = m_prefix + std::string(12 - std::min<std::size_t>(12, number.size()), '0') + number;
    m_raw.clear();
    const std::uint64_t sensor = m_rng.below(100);
    if (campaign) {
        const Campaign& c = kCampaigns[campaignIndex];
        const bool hash = !campaign->hashes.empty() && sensor < 25;
        if (hash) {
            // The sample ran on a client: Sysmon process creation with its hash, seen by a Sigma rule.
            int technique = c.techniques[m_rng.below(6)];
            const Signature* rule = &kSigmaRules[0];
            for (const auto& r : kSigmaRules)
                if (r.technique == technique)
                    rule = &r;
            sigma(*rule, campaign->hashes[m_rng.below(campaign->hashes.size())]);
        } else {
            const IndicatorRef* ind = campaign->network[m_rng.below(campaign->network.size())];
            if (sensor < 45 && ind->type != core::ObservableType::Url)
                zeek(kZeekThreat[0], ind);
            else if (campaignIndex == 3)
                suricata(
                    {"ET DOS Possible SYN Flood from known DDoS source", "2019346", "Attempted Denial of Service", 2, "", -1},
                    ind, true);
            else if (campaignIndex == 1 && ind->type == core::ObservableType::Ipv4 && m_rng.chance(0.4))
                suricata(kSuricataThreat[3], ind, true);
            else
                suricata(kSuricataThreat[ind->type == core::ObservableType::Domain ? 1 : m_rng.chance(0.5) ? 0 : 2], ind, false);
        }
    } else if (sensor < 60) {
        suricata(m_rng.pick(kSuricataNoise), nullptr, m_rng.chance(0.3));
    } else if (sensor < 85) {
        zeek(m_rng.pick(kZeekNoise), nullptr);
    } else {
        sigma(m_rng.pick(kSigmaRules), nullptr);
    }
    m_record.raw = m_raw;
    return m_record;
}

void AlertFactory::suricata(const Signature& sig, const IndicatorRef* ind, bool inbound) {
    core::AlertRecord& r = begin("suricata", sig);
    r.appProto = sig.appProto;
    r.proto = sig.appProto[0] == 0 && m_rng.chance(0.2) ? "UDP" : "TCP";
    std::string outside = externalHost(), domain, url;
    if (ind) {
        if (ind->type == core::ObservableType::Ipv4)
            outside = ind->value;
        else if (ind->type == core::ObservableType::Domain)
            domain = ind->value;
        else if (ind->type == core::ObservableType::Url) {
            url = ind->value;
            const auto hostStart = url.find("//") + 2;
            domain = url.substr(hostStart, url.find('/', hostStart) - hostStart);
            r.appProto = "http";
        }
    }
    const std::string inside = internalHost();
    r.src = inbound ? outside : inside;
    r.dst = inbound ? inside : outside;
    r.srcPort = m_rng.range(1024, 65535);
    r.dstPort = r.appProto == "dns"    ? 53
                : r.appProto == "http" ? 80
                : r.appProto == "ssh"  ? 22
                : r.appProto == "tls"  ? 443
                                       : 1433;
    if (inbound && ind)
        r.dstPort = 443;
    r.flowId = std::to_string(m_rng.next() >> 14);
    observe(core::ObservableType::Ipv4, r.src);
    observe(core::ObservableType::Ipv4, r.dst);
    if (!domain.empty())
        observe(core::ObservableType::Domain, domain);
    if (!url.empty())
        observe(core::ObservableType::Url, url);
    JsonWriter w(m_raw);
    w.beginObject().member("timestamp", stixTime(r.time)).key("flow_id").raw(r.flowId).member("event_type", "alert");
    w.member("src_ip", r.src).key("src_port").value(*r.srcPort).member("dest_ip", r.dst).key("dest_port").value(*r.dstPort);
    w.member("proto", r.proto);
    if (!r.appProto.empty())
        w.member("app_proto", r.appProto);
    w.key("alert").beginObject().member("action", "allowed").key("gid").value(1).key("signature_id").raw(r.signatureId);
    w.key("rev").value(3).member("signature", r.signature).member("category", r.category).key("severity").value(r.severity);
    w.endObject();
    if (r.appProto == "dns" && !domain.empty())
        w.key("dns").beginObject().member("type", "query").member("rrname", domain).member("rrtype", "A").endObject();
    if (!url.empty())
        w.key("http").beginObject().member("hostname", domain).member("url", url.substr(url.find('/', 8))).endObject();
    w.endObject();
}

void AlertFactory::zeek(const Signature& sig, const IndicatorRef* ind) {
    core::AlertRecord& r = begin("zeek", sig);
    r.proto = sig.appProto == std::string_view("dns") ? "UDP" : "TCP";
    r.appProto = sig.appProto;
    r.src = internalHost();
    r.dst = ind && ind->type == core::ObservableType::Ipv4 ? ind->value : externalHost();
    r.srcPort = m_rng.range(1024, 65535);
    r.dstPort = ind && ind->type == core::ObservableType::Domain ? 53 : 443;
    static constexpr char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    r.flowId = "C";
    for (int i = 0; i < 17; ++i)
        r.flowId += kBase62[m_rng.below(62)];
    observe(core::ObservableType::Ipv4, r.src);
    observe(core::ObservableType::Ipv4, r.dst);
    std::string msg = sig.name;
    if (ind) {
        const bool domain = ind->type == core::ObservableType::Domain;
        if (domain)
            observe(core::ObservableType::Domain, ind->value);
        msg = "Intel hit on " + ind->value + (domain ? " at DNS::IN_REQUEST" : " at Conn::IN_RESP");
    }
    JsonWriter w(m_raw);
    w.beginObject().key("ts").raw(std::to_string(r.time / kSecond) + "." + std::to_string(1000000 + r.time % kSecond).substr(1));
    w.member("uid", r.flowId).member("id.orig_h", r.src).key("id.orig_p").value(*r.srcPort);
    w.member("id.resp_h", r.dst).key("id.resp_p").value(*r.dstPort).member("note", r.signatureId).member("msg", msg);
    w.endObject();
}

void AlertFactory::sigma(const Signature& sig, const IndicatorRef* hash) {
    core::AlertRecord& r = begin("sigma", sig);
    r.proto.clear();
    r.src = internalHost();
    r.dst.clear();
    r.flowId = std::to_string(m_rng.range(100000, 9999999));
    if (sig.technique >= 0)
        r.techniques.emplace_back(kTechniques[sig.technique].id);
    observe(core::ObservableType::Ipv4, r.src);
    const std::string sha = hash ? hash->value : m_rng.hex(64);
    if (hash)
        observe(core::ObservableType::Sha256, sha);
    JsonWriter w(m_raw);
    w.beginObject().key("rule").beginObject().member("id", r.signatureId).member("title", r.signature);
    w.key("tags").beginArray();
    for (const auto& t : r.techniques)
        w.value("attack." + t);
    w.endArray().endObject();
    w.key("event").beginObject().key("EventID").value(1).member("UtcTime", stixTime(r.time));
    w.member("Computer", m_rng.pick(kHostNames)).member("User", m_rng.pick(kUsers)).member("IpAddress", r.src);
    w.member("Hashes", "SHA256=" + sha).key("EventRecordID").raw(r.flowId).endObject();
    w.endObject();
}

} // namespace lagebild::demo

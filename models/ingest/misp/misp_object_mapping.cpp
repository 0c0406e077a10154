#include "models/ingest/misp/misp_mapping.h"

#include "models/ingest/json_writer.h"
#include "models/ingest/misp/misp_support.h"

#include <map>

namespace lagebild::ingest::misp::detail {

namespace {

std::string_view ipType(std::string_view value) { return value.find(':') != std::string_view::npos ? "ipv6-addr" : "ipv4-addr"; }

// Relations a mapper did not place in a STIX property: kept on the main SCO as x_misp_<relation>
// (one string, or an array when the relation repeats). Never a payload: only attribute values.
class Leftovers {
public:
    void add(const ObjectAttribute& a) {
        // Keyed by the property name: relations differing only in punctuation share one property.
        auto& values = m_values[customPropertyName(a.relation.empty() ? a.type : a.relation)];
        values.push_back(a.value);
    }
    void write(JsonWriter& w) const {
        for (const auto& [property, values] : m_values) {
            w.key(property);
            if (values.size() == 1) {
                w.value(values.front());
                continue;
            }
            w.beginArray();
            for (const auto& v : values)
                w.value(v);
            w.endArray();
        }
    }

private:
    std::map<std::string, std::vector<std::string>> m_values;
};

Mapping observable(std::string pattern, std::vector<Sco> scos) {
    Mapping m;
    m.kind = Mapping::Kind::Observable;
    m.pattern = std::move(pattern);
    m.scos = std::move(scos);
    return m;
}

std::optional<std::int64_t> port(std::string_view text) {
    auto p = parseInteger(text);
    if (!p || *p < 0 || *p > 65535)
        return std::nullopt;
    return p;
}

Mapping fileObject(std::string_view uuid, const std::vector<ObjectAttribute>& attrs) {
    Sco file{"file", stixId("file", uuid), {}};
    PatternBuilder pattern;
    std::vector<std::pair<std::string, std::string>> hashes;
    std::string name, mime;
    std::optional<std::int64_t> size;
    Leftovers rest;
    auto addHash = [&](std::string_view algorithm, std::string_view value) {
        for (const auto& h : hashes)
            if (h.first == algorithm)
                return false; // a STIX file holds one value per algorithm; the rest stay custom
        hashes.emplace_back(algorithm, value);
        pattern.add("file:hashes." + patternLiteral(algorithm), patternLiteral(value));
        return true;
    };
    for (const auto& a : attrs) {
        const auto algorithm = hashAlgorithm(a.type);
        if (!algorithm.empty() && addHash(algorithm, a.value))
            continue;
        if ((a.relation == "filename" || a.type == "filename") && name.empty()) {
            name = a.value;
            pattern.add("file:name", patternLiteral(a.value));
        } else if (a.type == "malware-sample") {
            // "name|md5"; the sample's base64 data is never read.
            const auto bar = a.value.find('|');
            const std::string sampleName = a.value.substr(0, bar);
            if (bar != std::string::npos && bar + 1 < a.value.size())
                addHash("MD5", std::string_view(a.value).substr(bar + 1));
            if (name.empty() && !sampleName.empty()) {
                name = sampleName;
                pattern.add("file:name", patternLiteral(sampleName));
            }
        } else if (a.relation == "size-in-bytes" && !size && parseInteger(a.value) && *parseInteger(a.value) >= 0) {
            size = parseInteger(a.value);
            pattern.add("file:size", std::to_string(*size));
        } else if (a.relation == "mimetype" && mime.empty()) {
            mime = a.value;
            pattern.add("file:mime_type", patternLiteral(a.value));
        } else {
            rest.add(a);
        }
    }
    if (hashes.empty() && name.empty())
        return Mapping{}; // nothing a STIX file can say: custom object
    JsonWriter w(file.members);
    if (!hashes.empty()) {
        w.key("hashes").beginObject();
        for (const auto& [algorithm, value] : hashes)
            w.member(algorithm, value);
        w.endObject();
    }
    if (!name.empty())
        w.member("name", name);
    if (size)
        w.key("size").value(*size);
    if (!mime.empty())
        w.member("mime_type", mime);
    rest.write(w);
    return observable(pattern.str(), {std::move(file)});
}

Mapping domainIpObject(std::string_view uuid, const std::vector<ObjectAttribute>& attrs) {
    std::vector<Sco> addresses;
    std::vector<std::string> values;
    std::string domain;
    PatternBuilder pattern;
    Leftovers rest;
    for (const auto& a : attrs) {
        if ((a.relation == "domain" || a.relation == "hostname") && domain.empty()) {
            domain = a.value;
        } else if (a.relation == "ip" || a.type == "ip-dst" || a.type == "ip-src") {
            Sco ip{std::string(ipType(a.value)), stixId(ipType(a.value), a.uuid), {}};
            JsonWriter(ip.members).member("value", a.value);
            addresses.push_back(std::move(ip));
            values.push_back(a.value);
        } else {
            rest.add(a);
        }
    }
    if (domain.empty() && addresses.empty())
        return Mapping{};
    std::vector<Sco> scos;
    if (!domain.empty()) {
        Sco name{"domain-name", stixId("domain-name", uuid), {}};
        JsonWriter w(name.members);
        w.member("value", domain);
        pattern.add("domain-name:value", patternLiteral(domain));
        if (!addresses.empty()) {
            w.key("resolves_to_refs").beginArray();
            for (const auto& ip : addresses)
                w.value(ip.id);
            w.endArray();
        }
        rest.write(w);
        for (const auto& value : values)
            pattern.add("domain-name:resolves_to_refs[*].value", patternLiteral(value));
        scos.push_back(std::move(name));
    } else {
        // Addresses alone: any of them (the object says nothing that ties them together).
        std::string any = "[";
        for (std::size_t i = 0; i < addresses.size(); ++i)
            any += (i > 0 ? " OR " : "") + addresses[i].type + ":value = " + patternLiteral(values[i]);
        any += ']';
        for (auto& ip : addresses)
            scos.push_back(std::move(ip));
        return observable(any, std::move(scos));
    }
    for (auto& ip : addresses)
        scos.push_back(std::move(ip));
    return observable(pattern.str(), std::move(scos));
}

Mapping ipPortObject(std::string_view uuid, const std::vector<ObjectAttribute>& attrs) {
    std::optional<Sco> src, dst;
    std::optional<std::int64_t> srcPort, dstPort;
    std::string srcValue, dstValue;
    Leftovers rest;
    for (const auto& a : attrs) {
        const bool isSrc = a.relation == "ip-src" || (a.relation.empty() && a.type == "ip-src");
        const bool isDst = a.relation == "ip-dst" || a.relation == "ip" || (a.relation.empty() && a.type == "ip-dst");
        if ((isSrc && !src) || (isDst && !dst)) {
            Sco ip{std::string(ipType(a.value)), stixId(ipType(a.value), a.uuid), {}};
            JsonWriter(ip.members).member("value", a.value);
            (isSrc ? src : dst) = std::move(ip);
            (isSrc ? srcValue : dstValue) = a.value;
        } else if (a.relation == "src-port" && !srcPort && port(a.value)) {
            srcPort = port(a.value);
        } else if (a.relation == "dst-port" && !dstPort && port(a.value)) {
            dstPort = port(a.value);
        } else {
            rest.add(a);
        }
    }
    if (!src && !dst)
        return Mapping{}; // network-traffic needs an endpoint
    Sco traffic{"network-traffic", stixId("network-traffic", uuid), {}};
    PatternBuilder pattern;
    JsonWriter w(traffic.members);
    if (src) {
        w.member("src_ref", src->id);
        pattern.add("network-traffic:src_ref.type", patternLiteral(src->type));
        pattern.add("network-traffic:src_ref.value", patternLiteral(srcValue));
    }
    if (dst) {
        w.member("dst_ref", dst->id);
        pattern.add("network-traffic:dst_ref.type", patternLiteral(dst->type));
        pattern.add("network-traffic:dst_ref.value", patternLiteral(dstValue));
    }
    if (srcPort) {
        w.key("src_port").value(*srcPort);
        pattern.add("network-traffic:src_port", std::to_string(*srcPort));
    }
    if (dstPort) {
        w.key("dst_port").value(*dstPort);
        pattern.add("network-traffic:dst_port", std::to_string(*dstPort));
    }
    w.key("protocols").beginArray().value("tcp").endArray();
    rest.write(w);
    std::vector<Sco> scos{std::move(traffic)};
    if (src)
        scos.push_back(std::move(*src));
    if (dst)
        scos.push_back(std::move(*dst));
    return observable(pattern.str(), std::move(scos));
}

Mapping urlObject(std::string_view uuid, const std::vector<ObjectAttribute>& attrs) {
    std::string url;
    Leftovers rest;
    for (const auto& a : attrs) {
        if (a.relation == "url" && url.empty())
            url = a.value;
        else
            rest.add(a);
    }
    if (url.empty())
        return Mapping{};
    Sco sco{"url", stixId("url", uuid), {}};
    JsonWriter w(sco.members);
    w.member("value", url);
    rest.write(w);
    return observable("[url:value = " + patternLiteral(url) + "]", {std::move(sco)});
}

Mapping emailObject(std::string_view uuid, const std::vector<ObjectAttribute>& attrs) {
    Sco message{"email-message", stixId("email-message", uuid), {}};
    std::vector<Sco> addresses;
    std::string from, subject, messageId, body, mailer, replyTo;
    std::vector<std::string> to, cc, bcc, attachments;
    PatternBuilder pattern;
    Leftovers rest;
    auto address = [&](const ObjectAttribute& a) {
        Sco s{"email-addr", stixId("email-addr", a.uuid), {}};
        JsonWriter(s.members).member("value", a.value);
        std::string ref = s.id;
        addresses.push_back(std::move(s));
        return ref;
    };
    for (const auto& a : attrs) {
        if (a.relation == "from" && from.empty()) {
            from = address(a);
            pattern.add("email-message:from_ref.value", patternLiteral(a.value));
        } else if (a.relation == "to") {
            to.push_back(address(a));
            pattern.add("email-message:to_refs[*].value", patternLiteral(a.value));
        } else if (a.relation == "cc") {
            cc.push_back(address(a));
            pattern.add("email-message:cc_refs[*].value", patternLiteral(a.value));
        } else if (a.relation == "bcc") {
            bcc.push_back(address(a));
            pattern.add("email-message:bcc_refs[*].value", patternLiteral(a.value));
        } else if (a.relation == "subject" && subject.empty()) {
            subject = a.value;
            pattern.add("email-message:subject", patternLiteral(a.value));
        } else if (a.relation == "message-id" && messageId.empty()) {
            messageId = a.value;
            pattern.add("email-message:message_id", patternLiteral(a.value));
        } else if (a.relation == "email-body" && body.empty()) {
            body = a.value;
            pattern.add("email-message:body", patternLiteral(a.value));
        } else if (a.relation == "x-mailer" && mailer.empty()) {
            mailer = a.value;
            pattern.add("email-message:additional_header_fields.'X-Mailer'", patternLiteral(a.value));
        } else if (a.relation == "reply-to" && replyTo.empty()) {
            replyTo = a.value;
            pattern.add("email-message:additional_header_fields.'Reply-To'", patternLiteral(a.value));
        } else if (a.relation == "attachment" || a.relation == "screenshot") {
            // The file name only; an attachment's base64 payload is never read.
            attachments.push_back(a.value);
            pattern.add("email-message:body_multipart[*].body_raw_ref.name", patternLiteral(a.value));
        } else {
            rest.add(a);
        }
    }
    if (pattern.empty())
        return Mapping{};
    JsonWriter w(message.members);
    w.key("is_multipart").value(false);
    if (!from.empty())
        w.member("from_ref", from);
    for (const auto& [key, refs] :
         {std::pair<const char*, const std::vector<std::string>*>{"to_refs", &to}, {"cc_refs", &cc}, {"bcc_refs", &bcc}}) {
        if (refs->empty())
            continue;
        w.key(key).beginArray();
        for (const auto& r : *refs)
            w.value(r);
        w.endArray();
    }
    if (!subject.empty())
        w.member("subject", subject);
    if (!messageId.empty())
        w.member("message_id", messageId);
    if (!body.empty())
        w.member("body", body);
    if (!mailer.empty() || !replyTo.empty()) {
        w.key("additional_header_fields").beginObject();
        if (!mailer.empty())
            w.member("X-Mailer", mailer);
        if (!replyTo.empty())
            w.member("Reply-To", replyTo);
        w.endObject();
    }
    if (!attachments.empty()) {
        w.key("x_misp_attachment").beginArray();
        for (const auto& name : attachments)
            w.value(name);
        w.endArray();
    }
    rest.write(w);
    std::vector<Sco> scos{std::move(message)};
    for (auto& a : addresses)
        scos.push_back(std::move(a));
    return observable(pattern.str(), std::move(scos));
}

} // namespace

Mapping mapObject(std::string_view name, std::string_view objectUuid, const std::vector<ObjectAttribute>& attributes) {
    if (name == "file")
        return fileObject(objectUuid, attributes);
    if (name == "domain-ip")
        return domainIpObject(objectUuid, attributes);
    if (name == "ip-port")
        return ipPortObject(objectUuid, attributes);
    if (name == "url")
        return urlObject(objectUuid, attributes);
    if (name == "email")
        return emailObject(objectUuid, attributes);
    return Mapping{};
}

} // namespace lagebild::ingest::misp::detail

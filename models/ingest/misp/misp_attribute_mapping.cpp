#include "models/ingest/misp/misp_mapping.h"

#include "models/ingest/json_writer.h"
#include "models/ingest/misp/misp_support.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace lagebild::ingest::misp::detail {

namespace {

// MISP hash types and the hash names misp-stix writes (STIX vocabulary where one exists).
constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kHashes{{
    {"md5", "MD5"},
    {"sha1", "SHA-1"},
    {"sha224", "SHA224"},
    {"sha256", "SHA-256"},
    {"sha384", "SHA384"},
    {"sha512", "SHA-512"},
    {"sha512/224", "SHA512/224"},
    {"sha512/256", "SHA512/256"},
    {"sha3-224", "SHA3-224"},
    {"sha3-256", "SHA3-256"},
    {"sha3-384", "SHA3-384"},
    {"sha3-512", "SHA3-512"},
    {"ssdeep", "SSDEEP"},
    {"tlsh", "TLSH"},
    {"imphash", "IMPHASH"},
    {"impfuzzy", "IMPFUZZY"},
    {"authentihash", "AUTHENTIHASH"},
    {"pehash", "PEHASH"},
    {"vhash", "VHASH"},
    {"telfhash", "TELFHASH"},
}};

// Detection rule types: always indicators whose pattern is the rule text (never matched here).
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kRules{{
    {"yara", "yara"},
    {"sigma", "sigma"},
    {"snort", "snort"},
    {"suricata", "suricata"},
    {"bro", "zeek"},
    {"zeek", "zeek"},
}};

std::string hashPath(std::string_view objectType, std::string_view algorithm) {
    std::string p(objectType);
    p += ":hashes.";
    p += patternLiteral(algorithm);
    return p;
}

std::string_view ipType(std::string_view value) { return value.find(':') != std::string_view::npos ? "ipv6-addr" : "ipv4-addr"; }

std::optional<std::int64_t> port(std::string_view text) {
    auto p = parseInteger(text);
    if (!p || *p < 0 || *p > 65535)
        return std::nullopt;
    return p;
}

// Splits a composite "a|b" value at its first '|'.
bool splitComposite(std::string_view value, std::string_view& first, std::string_view& second) {
    const auto bar = value.find('|');
    if (bar == std::string_view::npos)
        return false;
    first = value.substr(0, bar);
    second = value.substr(bar + 1);
    return !first.empty() && !second.empty();
}

std::string id(std::string_view type, std::string_view uuid) { return stixId(type, uuid); }

Sco sco(std::string_view type, std::string_view uuid) { return Sco{std::string(type), id(type, uuid), {}}; }

Sco valueSco(std::string_view type, std::string_view uuid, std::string_view value) {
    Sco s = sco(type, uuid);
    JsonWriter(s.members).member("value", value);
    return s;
}

Mapping custom(QString problem = {}) {
    Mapping m;
    m.kind = Mapping::Kind::Custom;
    m.problem = std::move(problem);
    return m;
}

Mapping observable(std::string pattern, std::vector<Sco> scos) {
    Mapping m;
    m.kind = Mapping::Kind::Observable;
    m.pattern = std::move(pattern);
    m.scos = std::move(scos);
    return m;
}

Mapping patternOnly(std::string pattern) {
    Mapping m;
    m.kind = Mapping::Kind::PatternOnly;
    m.pattern = std::move(pattern);
    return m;
}

std::string single(std::string_view path, std::string_view value) {
    std::string p = "[";
    p += path;
    p += " = ";
    p += patternLiteral(value);
    p += ']';
    return p;
}

// ip-src|port, ip-dst|port, hostname|port: a network-traffic object referring to the address.
Mapping endpointWithPort(std::string_view type, const AttributeInput& in, bool source) {
    std::string_view host, portText;
    if (!splitComposite(in.value, host, portText))
        return custom(QCoreApplication::translate("MispReader", "The value of this %1 attribute is not \"address|port\".")
                          .arg(qs(in.type)));
    const auto p = port(portText);
    if (!p)
        return custom(
            QCoreApplication::translate("MispReader", "The port \"%1\" of this %2 attribute is not a number from 0 to 65535.")
                .arg(qs(utf8Prefix(portText, 40)), qs(in.type)));
    const std::string_view side = source ? "src" : "dst";
    const std::string refKey = std::string(side) + "_ref";
    const std::string portKey = std::string(side) + "_port";
    Sco address = valueSco(type, in.uuid, host);
    Sco traffic = sco("network-traffic", in.uuid);
    JsonWriter w(traffic.members);
    w.member(refKey, address.id).key(portKey).value(*p).key("protocols").beginArray().value("tcp").endArray();
    PatternBuilder pattern;
    pattern.add("network-traffic:" + refKey + ".type", patternLiteral(type));
    pattern.add("network-traffic:" + refKey + ".value", patternLiteral(host));
    pattern.add("network-traffic:" + portKey, std::to_string(*p));
    return observable(pattern.str(), {std::move(address), std::move(traffic)});
}

Mapping fileWithHash(const AttributeInput& in, std::string_view name, std::string_view algorithm, std::string_view hash) {
    Sco file = sco("file", in.uuid);
    JsonWriter w(file.members);
    if (!name.empty())
        w.member("name", name);
    w.key("hashes").beginObject().member(algorithm, hash).endObject();
    PatternBuilder pattern;
    if (!name.empty())
        pattern.add("file:name", patternLiteral(name));
    pattern.add(hashPath("file", algorithm), patternLiteral(hash));
    return observable(pattern.str(), {std::move(file)});
}

Mapping emailMessage(const AttributeInput& in, std::string_view property, std::string_view patternPath) {
    Sco message = sco("email-message", in.uuid);
    JsonWriter w(message.members);
    w.key("is_multipart").value(false);
    if (property == "X-Mailer" || property == "Reply-To")
        w.key("additional_header_fields").beginObject().member(property, in.value).endObject();
    else
        w.member(property, in.value);
    return observable(single(patternPath, in.value), {std::move(message)});
}

} // namespace

std::string_view hashAlgorithm(std::string_view mispType) {
    for (const auto& [type, name] : kHashes)
        if (type == mispType)
            return name;
    return {};
}

void PatternBuilder::add(std::string_view path, std::string_view literal) {
    for (auto& g : m_groups) {
        if (g.path == path) {
            for (const auto& l : g.literals)
                if (l == literal)
                    return;
            g.literals.emplace_back(literal);
            return;
        }
    }
    m_groups.push_back(Group{std::string(path), {std::string(literal)}});
}

std::string PatternBuilder::str() const {
    std::string out = "[";
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        if (i > 0)
            out += " AND ";
        const auto& g = m_groups[i];
        const bool several = g.literals.size() > 1;
        if (several && m_groups.size() > 1)
            out += '(';
        for (std::size_t k = 0; k < g.literals.size(); ++k) {
            if (k > 0)
                out += " OR ";
            out += g.path;
            out += " = ";
            out += g.literals[k];
        }
        if (several && m_groups.size() > 1)
            out += ')';
    }
    out += ']';
    return out;
}

std::string customPropertyName(std::string_view relation) {
    std::string name = "x_misp_";
    for (const char c : relation) {
        const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        name += ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '_') ? l : '_';
    }
    return std::string(utf8Prefix(name, 250));
}

Mapping mapAttribute(const AttributeInput& in) {
    const std::string_view t = in.type;
    const std::string_view v = in.value;

    if (t == "ip-src" || t == "ip-dst") {
        const std::string_view type = ipType(v);
        return observable(single(std::string(type) + ":value", v), {valueSco(type, in.uuid, v)});
    }
    if (t == "ip-src|port" || t == "ip-dst|port") {
        std::string_view host, portText;
        const std::string_view type = splitComposite(v, host, portText) ? ipType(host) : "ipv4-addr";
        return endpointWithPort(type, in, t == "ip-src|port");
    }
    if (t == "hostname|port")
        return endpointWithPort("domain-name", in, false);
    if (t == "domain" || t == "hostname")
        return observable(single("domain-name:value", v), {valueSco("domain-name", in.uuid, v)});
    if (t == "domain|ip") {
        std::string_view domain, ip;
        if (!splitComposite(v, domain, ip))
            return custom(
                QCoreApplication::translate("MispReader", "The value of this domain|ip attribute is not \"domain|address\"."));
        Sco address = valueSco(ipType(ip), in.uuid, ip);
        Sco name = sco("domain-name", in.uuid);
        JsonWriter(name.members).member("value", domain).key("resolves_to_refs").beginArray().value(address.id).endArray();
        PatternBuilder pattern;
        pattern.add("domain-name:value", patternLiteral(domain));
        pattern.add("domain-name:resolves_to_refs[*].value", patternLiteral(ip));
        return observable(pattern.str(), {std::move(name), std::move(address)});
    }
    if (t == "url" || t == "uri" || t == "link")
        return observable(single("url:value", v), {valueSco("url", in.uuid, v)});
    if (t == "email" || t == "email-src" || t == "email-dst")
        return observable(single("email-addr:value", v), {valueSco("email-addr", in.uuid, v)});
    if (t == "email-subject")
        return emailMessage(in, "subject", "email-message:subject");
    if (t == "email-body")
        return emailMessage(in, "body", "email-message:body");
    if (t == "email-message-id")
        return emailMessage(in, "message_id", "email-message:message_id");
    if (t == "email-x-mailer")
        return emailMessage(in, "X-Mailer", "email-message:additional_header_fields.'X-Mailer'");
    if (t == "email-reply-to")
        return emailMessage(in, "Reply-To", "email-message:additional_header_fields.'Reply-To'");
    if (t == "email-header") {
        Sco message = sco("email-message", in.uuid);
        JsonWriter(message.members).key("is_multipart").value(false).key("received_lines").beginArray().value(v).endArray();
        return observable(single("email-message:received_lines[*]", v), {std::move(message)});
    }
    if (t == "email-attachment") {
        Sco file = sco("file", in.uuid);
        JsonWriter(file.members).member("name", v);
        Sco message = sco("email-message", in.uuid);
        JsonWriter w(message.members);
        w.key("is_multipart").value(true).key("body_multipart").beginArray().beginObject();
        w.member("body_raw_ref", file.id).member("content_disposition", "attachment; filename='" + std::string(v) + "'");
        w.endObject().endArray();
        return observable(single("email-message:body_multipart[*].body_raw_ref.name", v), {std::move(message), std::move(file)});
    }
    if (t == "filename" || t == "attachment") {
        // attachment: the file name only; the base64 payload is never read.
        Sco file = sco("file", in.uuid);
        JsonWriter(file.members).member("name", v);
        return observable(single("file:name", v), {std::move(file)});
    }
    if (const auto algorithm = hashAlgorithm(t); !algorithm.empty())
        return fileWithHash(in, {}, algorithm, v);
    if (t.substr(0, 9) == "filename|" || t == "malware-sample") {
        const std::string_view hashType = t == "malware-sample" ? std::string_view("md5") : t.substr(9);
        const auto algorithm = hashAlgorithm(hashType);
        std::string_view name, hash;
        if (!algorithm.empty() && splitComposite(v, name, hash))
            return fileWithHash(in, name, algorithm, hash);
        if (t == "malware-sample" && v.find('|') == std::string_view::npos) {
            Sco file = sco("file", in.uuid);
            JsonWriter(file.members).member("name", v);
            return observable(single("file:name", v), {std::move(file)});
        }
        if (!algorithm.empty())
            return custom(
                QCoreApplication::translate("MispReader", "The value of this %1 attribute is not \"filename|hash\".").arg(qs(t)));
        return custom();
    }
    if (t == "x509-fingerprint-md5" || t == "x509-fingerprint-sha1" || t == "x509-fingerprint-sha256") {
        const std::string_view algorithm = t == "x509-fingerprint-md5"    ? "MD5"
                                           : t == "x509-fingerprint-sha1" ? "SHA-1"
                                                                          : "SHA-256";
        Sco cert = sco("x509-certificate", in.uuid);
        JsonWriter(cert.members).key("hashes").beginObject().member(algorithm, v).endObject();
        return observable(single(hashPath("x509-certificate", algorithm), v), {std::move(cert)});
    }
    if (t == "mutex") {
        Sco mutex = sco("mutex", in.uuid);
        JsonWriter(mutex.members).member("name", v);
        return observable(single("mutex:name", v), {std::move(mutex)});
    }
    if (t == "regkey") {
        Sco key = sco("windows-registry-key", in.uuid);
        JsonWriter(key.members).member("key", v);
        return observable(single("windows-registry-key:key", v), {std::move(key)});
    }
    if (t == "regkey|value") {
        std::string_view keyText, data;
        if (!splitComposite(v, keyText, data))
            return custom(
                QCoreApplication::translate("MispReader", "The value of this regkey|value attribute is not \"key|data\"."));
        Sco key = sco("windows-registry-key", in.uuid);
        JsonWriter w(key.members);
        w.member("key", keyText).key("values").beginArray().beginObject().member("data", data).endObject().endArray();
        PatternBuilder pattern;
        pattern.add("windows-registry-key:key", patternLiteral(keyText));
        pattern.add("windows-registry-key:values[*].data", patternLiteral(data));
        return observable(pattern.str(), {std::move(key)});
    }
    if (t == "AS") {
        std::string digits;
        for (const char c : v)
            if (c >= '0' && c <= '9')
                digits += c;
        const auto number = parseInteger(digits);
        if (digits.empty() || digits.size() > 10 || !number || *number > 4294967295LL)
            return custom(QCoreApplication::translate("MispReader",
                                                      "The value \"%1\" of this AS attribute is not an autonomous system number.")
                              .arg(qs(utf8Prefix(v, 40))));
        Sco as = sco("autonomous-system", in.uuid);
        JsonWriter(as.members).key("number").value(*number);
        return observable("[autonomous-system:number = " + std::to_string(*number) + "]", {std::move(as)});
    }
    if (t == "mac-address") {
        const std::string lower = toLower(v);
        return observable(single("mac-addr:value", lower), {valueSco("mac-addr", in.uuid, lower)});
    }
    if (t == "github-username") {
        Sco account = sco("user-account", in.uuid);
        JsonWriter(account.members).member("account_type", "github").member("account_login", v);
        PatternBuilder pattern;
        pattern.add("user-account:account_type", patternLiteral("github"));
        pattern.add("user-account:account_login", patternLiteral(v));
        return observable(pattern.str(), {std::move(account)});
    }
    if (t == "user-agent")
        return patternOnly(single("network-traffic:extensions.'http-request-ext'.request_header.'User-Agent'", v));
    if (t == "http-method")
        return patternOnly(single("network-traffic:extensions.'http-request-ext'.request_method", v));
    if (t == "port" || t == "size-in-bytes") {
        const auto number = t == "port" ? port(v) : parseInteger(v);
        if (!number || *number < 0)
            return custom(QCoreApplication::translate("MispReader", "The value \"%1\" of this %2 attribute is not a number.")
                              .arg(qs(utf8Prefix(v, 40)), qs(t)));
        return patternOnly(std::string(t == "port" ? "[network-traffic:dst_port = " : "[file:size = ") + std::to_string(*number) +
                           "]");
    }
    if (t == "stix2-pattern")
        return patternOnly(std::string(v));
    for (const auto& [type, patternType] : kRules) {
        if (type == t) {
            Mapping m;
            m.kind = Mapping::Kind::Rule;
            m.pattern = std::string(v);
            m.patternType = std::string(patternType);
            return m;
        }
    }
    if (t == "vulnerability") {
        Mapping m;
        m.kind = Mapping::Kind::Sdo;
        m.sdoType = "vulnerability";
        JsonWriter w(m.sdoMembers);
        w.member("name", v);
        if (v.size() > 4 && (toLower(v.substr(0, 4)) == "cve-"))
            w.key("external_references")
                .beginArray()
                .beginObject()
                .member("source_name", "cve")
                .member("external_id", v)
                .endObject()
                .endArray();
        return m;
    }
    if (t == "campaign-name") {
        Mapping m;
        m.kind = Mapping::Kind::Sdo;
        m.sdoType = "campaign";
        JsonWriter(m.sdoMembers).member("name", v);
        return m;
    }
    return custom();
}

} // namespace lagebild::ingest::misp::detail

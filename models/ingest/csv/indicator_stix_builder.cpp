#include "models/ingest/csv/indicator_stix_builder.h"

#include "models/core/timestamp.h"
#include "models/ingest/json_writer.h"

namespace lagebild::ingest::csv {

namespace {

using core::ObservableType;

// Constant created/modified/valid_from of rows without a first_seen date (see the class comment).
constexpr std::int64_t kUndatedMicros = 0;

std::string_view patternPath(ObservableType type) {
    switch (type) {
    case ObservableType::Ipv4:
    case ObservableType::Ipv4Net: return "ipv4-addr:value";
    case ObservableType::Ipv6:
    case ObservableType::Ipv6Net: return "ipv6-addr:value";
    case ObservableType::Domain: return "domain-name:value";
    case ObservableType::Url: return "url:value";
    case ObservableType::Email: return "email-addr:value";
    case ObservableType::Md5: return "file:hashes.MD5";
    case ObservableType::Sha1: return "file:hashes.'SHA-1'";
    case ObservableType::Sha256: return "file:hashes.'SHA-256'";
    case ObservableType::Sha512: return "file:hashes.'SHA-512'";
    case ObservableType::UserAgent: return "network-traffic:extensions.'http-request-ext'.request_header.'User-Agent'";
    case ObservableType::Mutex: return "mutex:name";
    case ObservableType::RegistryKey: return "windows-registry-key:key";
    }
    return "x-unknown:value";
}

std::string uuidText(const QUuid& uuid) { return uuid.toByteArray(QUuid::WithoutBraces).toStdString(); }

} // namespace

const QUuid IndicatorStixBuilder::kNamespace{QStringLiteral("b735eac4-5d62-4a46-87a7-b4af365de9cf")};

IndicatorStixBuilder::IndicatorStixBuilder(const QString& source, std::optional<core::Tlp> tlp)
    : m_source(source.trimmed().toUtf8()) {
    if (tlp)
        m_markingId = std::string(core::tlpMarkingId(*tlp));
    if (m_source.isEmpty())
        return;
    m_identityId = "identity--" + uuidText(QUuid::createUuidV5(kNamespace, m_source));
    const std::string epoch = core::formatStixTimestamp(kUndatedMicros);
    JsonWriter w(m_identityJson);
    w.beginObject()
        .member("type", "identity")
        .member("spec_version", "2.1")
        .member("id", m_identityId)
        .member("created", epoch)
        .member("modified", epoch)
        .member("name", std::string_view(m_source.constData(), static_cast<std::size_t>(m_source.size())))
        .member("identity_class", "organization")
        .endObject();
}

QUuid IndicatorStixBuilder::indicatorUuid(const IndicatorValue& value) const {
    std::string& key = m_key;
    key.assign(m_source.constData(), static_cast<std::size_t>(m_source.size()));
    key += '|';
    if (value.keys.size() == 1) {
        key += core::observableTypeName(value.keys.front().type);
        key += '|';
        key += value.keys.front().value;
    } else {
        key += "file|";
        for (std::size_t i = 0; i < value.keys.size(); ++i) {
            if (i > 0)
                key += ',';
            key += value.keys[i].value;
        }
    }
    return QUuid::createUuidV5(kNamespace, QByteArray::fromRawData(key.data(), static_cast<qsizetype>(key.size())));
}

void IndicatorStixBuilder::appendPatternLiteral(std::string& out, std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t special = std::min(text.find_first_of("\\'", i), text.size());
        out.append(text.substr(i, special - i));
        if (special == text.size())
            break;
        out += '\\';
        out += text[special];
        i = special + 1;
    }
}

std::string IndicatorStixBuilder::pattern(const IndicatorValue& value) {
    std::string out = "[";
    for (std::size_t i = 0; i < value.keys.size(); ++i) {
        const core::ObservableKey& k = value.keys[i];
        if (i > 0)
            out += " OR ";
        out += patternPath(k.type);
        const bool block = k.type == ObservableType::Ipv4Net || k.type == ObservableType::Ipv6Net;
        out += block ? " ISSUBSET '" : " = '";
        appendPatternLiteral(out, k.value);
        out += '\'';
    }
    out += ']';
    return out;
}

const std::string& IndicatorStixBuilder::indicatorJson(const IndicatorValue& value, const QUuid& uuid, const Details& d) {
    const std::int64_t created = d.firstSeen.value_or(kUndatedMicros);
    if (created != m_stampMicros || m_stamp.empty()) {
        m_stampMicros = created;
        m_stamp = core::formatStixTimestamp(created); // most rows share one date: format once
    }
    const std::string& stamp = m_stamp;
    m_json.clear();
    JsonWriter w(m_json);
    w.beginObject().member("type", "indicator").member("spec_version", "2.1").member("id", "indicator--" + uuidText(uuid));
    if (!m_identityId.empty())
        w.member("created_by_ref", m_identityId);
    w.member("created", stamp).member("modified", stamp).member("name", d.name);
    if (!d.description.empty())
        w.member("description", d.description);
    w.key("indicator_types").beginArray().value("malicious-activity").endArray();
    w.member("pattern", pattern(value)).member("pattern_type", "stix").member("pattern_version", "2.1");
    w.member("valid_from", stamp);
    // valid_until must be later than valid_from (STIX 2.1 §4.7); a last_seen that is not is dropped.
    if (d.lastSeen && *d.lastSeen > created)
        w.member("valid_until", core::formatStixTimestamp(*d.lastSeen));
    if (!d.labels.empty()) {
        w.key("labels").beginArray();
        for (const std::string_view label : d.labels)
            w.value(label);
        w.endArray();
    }
    if (d.confidence)
        w.key("confidence").value(*d.confidence);
    if (!m_markingId.empty())
        w.key("object_marking_refs").beginArray().value(m_markingId).endArray();
    w.endObject();
    return m_json;
}

} // namespace lagebild::ingest::csv

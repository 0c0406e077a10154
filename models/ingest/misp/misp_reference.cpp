#include "models/ingest/misp/misp_reference.h"

#include "models/ingest/json_writer.h"

#include <QCoreApplication>

#include <array>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace lagebild::ingest::misp::detail {

namespace {

// misp-stix's galaxy type lists (misp_stix_converter/misp2stix/stix_mapping.py).
constexpr std::array<std::pair<std::string_view, std::string_view>, 39> kGalaxyTypes{{
    {"cmtmf-attack-pattern", "attack-pattern"},
    {"mitre-attack-pattern", "attack-pattern"},
    {"mitre-enterprise-attack-attack-pattern", "attack-pattern"},
    {"mitre-ics-techniques", "attack-pattern"},
    {"mitre-mobile-attack-attack-pattern", "attack-pattern"},
    {"mitre-pre-attack-attack-pattern", "attack-pattern"},
    {"mitre-course-of-action", "course-of-action"},
    {"mitre-enterprise-attack-course-of-action", "course-of-action"},
    {"mitre-mobile-attack-course-of-action", "course-of-action"},
    {"mitre-enterprise-attack-intrusion-set", "intrusion-set"},
    {"mitre-intrusion-set", "intrusion-set"},
    {"mitre-mobile-attack-intrusion-set", "intrusion-set"},
    {"mitre-pre-attack-intrusion-set", "intrusion-set"},
    {"android", "malware"},
    {"backdoor", "malware"},
    {"banker", "malware"},
    {"cryptominers", "malware"},
    {"malpedia", "malware"},
    {"mitre-enterprise-attack-malware", "malware"},
    {"mitre-ics-software", "malware"},
    {"mitre-malware", "malware"},
    {"mitre-mobile-attack-malware", "malware"},
    {"ransomware", "malware"},
    {"stealer", "malware"},
    {"360net-threat-actor", "threat-actor"},
    {"microsoft-activity-group", "threat-actor"},
    {"mitre-ics-groups", "threat-actor"},
    {"threat-actor", "threat-actor"},
    {"botnet", "tool"},
    {"rat", "tool"},
    {"exploit-kit", "tool"},
    {"tds", "tool"},
    {"tool", "tool"},
    {"mitre-tool", "tool"},
    {"mitre-enterprise-attack-tool", "tool"},
    {"mitre-mobile-attack-tool", "tool"},
    {"branded-vulnerability", "vulnerability"},
    {"sector", "identity"},
    {"mitre-campaign", "campaign"},
}};

bool hasAliases(std::string_view t) {
    return t == "threat-actor" || t == "intrusion-set" || t == "malware" || t == "tool" || t == "campaign" ||
           t == "attack-pattern";
}

bool hasKillChain(std::string_view t) { return t == "attack-pattern" || t == "malware" || t == "tool"; }

// A meta value: one string or an array of strings (numbers are kept as their text).
std::vector<std::string> strings(dom::object meta, std::string_view key) {
    std::vector<std::string> out;
    dom::element e;
    if (meta[key].get(e) != simdjson::SUCCESS)
        return out;
    auto one = [&](dom::element v) {
        std::string_view s;
        if (v.get_string().get(s) == simdjson::SUCCESS)
            out.emplace_back(s);
        else if (v.is_int64() || v.is_uint64() || v.is_double())
            out.push_back(simdjson::minify(v));
    };
    dom::array a;
    if (e.get_array().get(a) == simdjson::SUCCESS) {
        for (auto v : a)
            one(v);
    } else {
        one(e);
    }
    return out;
}

// "T1059", "T1059.001", "G0006", "S0031", "M1013", "TA0001", "C0010": an ATT&CK id.
bool isAttackId(std::string_view id) {
    std::size_t i = 0;
    if (id.size() > 2 && id.substr(0, 2) == "TA")
        i = 2;
    else if (!id.empty() && std::string_view("TGSMC").find(id[0]) != std::string_view::npos)
        i = 1;
    else
        return false;
    std::size_t digits = 0;
    while (i < id.size() && id[i] >= '0' && id[i] <= '9') {
        ++i;
        ++digits;
    }
    if (digits != 4)
        return false;
    if (i == id.size())
        return true;
    if (id[i] != '.' || id.size() - i != 4)
        return false;
    return std::all_of(id.begin() + static_cast<std::ptrdiff_t>(i) + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view sourceName(std::string_view externalId, std::string_view galaxyType) {
    if (externalId.substr(0, 6) == "CAPEC-")
        return "capec";
    if (externalId.substr(0, 4) == "CVE-")
        return "cve";
    if (galaxyType.substr(0, 6) == "mitre-" || isAttackId(externalId))
        return "mitre-attack";
    return "misp-galaxy";
}

} // namespace

std::string_view galaxySdoType(std::string_view galaxyType) {
    for (const auto& [type, sdo] : kGalaxyTypes)
        if (type == galaxyType)
            return sdo;
    return "x-misp-galaxy-cluster";
}

core::Result<std::string> emitCluster(Emitter& emitter, dom::object cluster, const GalaxyInfo& galaxy, bool trustUuid,
                                      const QString& position) {
    const std::string value(string(cluster, "value").value_or(std::string_view{}));
    std::string galaxyType(string(cluster, "type").value_or(std::string_view{}));
    if (galaxyType.empty())
        galaxyType = galaxy.type;
    if (value.empty()) {
        emitter.reject(QCoreApplication::translate("MispReader", "Galaxy cluster without a value in galaxy \"%1\" was left out.")
                           .arg(qs(galaxy.name)),
                       position, qs(string(cluster, "uuid").value_or(std::string_view{})));
        return std::string{};
    }
    const std::string_view sdoType = galaxySdoType(galaxyType);
    const auto givenUuid = string(cluster, "uuid").value_or(std::string_view{});
    const std::string uuid =
        trustUuid && isUuid(givenUuid) ? toLower(givenUuid) : derivedUuid("galaxy-cluster|" + galaxyType + "|" + value);
    const std::string id = std::string(sdoType) + "--" + uuid;
    const std::int64_t version = integer(cluster, "version").value_or(galaxy.version.value_or(0));
    const std::int64_t modified = std::max<std::int64_t>(0, std::min<std::int64_t>(version, 1000000000)) * 1000000;
    ++emitter.info().galaxyClusters;
    if (!emitter.claimShared(id, modified))
        return id;

    // misp-stix names MITRE clusters without their " - T1234" suffix and keeps the id as a reference.
    std::string name = value;
    std::string suffixId;
    if (galaxyType.substr(0, 6) == "mitre-") {
        if (const auto dash = value.rfind(" - "); dash != std::string::npos) {
            name = value.substr(0, dash);
            suffixId = value.substr(dash + 3);
        }
    }
    const auto meta = object(cluster, "meta");

    std::string json;
    JsonWriter w(json);
    w.beginObject().member("type", sdoType).member("spec_version", "2.1").member("id", id);
    w.member("created", stixTime(0)).member("modified", stixTime(modified));
    const auto description = string(cluster, "description");
    if (sdoType == "x-misp-galaxy-cluster") {
        w.member("name", value).member("x_misp_type", galaxyType).member("x_misp_value", value);
        w.member("x_misp_galaxy_name", galaxy.name);
        if (description && !description->empty())
            w.member("description", *description);
    } else {
        w.member("name", name);
        if (description && !description->empty())
            w.member("description", *description);
        else if (sdoType == "identity" && !galaxy.description.empty())
            w.member("description", galaxy.description);
    }
    if (sdoType == "malware")
        w.key("is_family").value(true);
    if (sdoType == "identity")
        w.member("identity_class", "class");
    w.key("labels").beginArray();
    w.value("misp:galaxy-name=\"" + galaxy.name + "\"").value("misp:galaxy-type=\"" + galaxyType + "\"");
    if (const auto tag = string(cluster, "tag_name"); tag && !tag->empty())
        w.value(*tag);
    w.endArray();
    if (meta) {
        std::vector<std::string> aliases;
        for (auto& s : strings(*meta, "synonyms"))
            if (s != value && s != name)
                aliases.push_back(std::move(s));
        if (!aliases.empty()) {
            w.key(hasAliases(sdoType) ? "aliases" : "x_misp_synonyms").beginArray();
            for (const auto& a : aliases)
                w.value(a);
            w.endArray();
        }
        const auto phases = strings(*meta, "kill_chain");
        if (hasKillChain(sdoType) && !phases.empty()) {
            w.key("kill_chain_phases").beginArray();
            for (const auto& p : phases) {
                const auto first = p.find(':');
                const auto last = p.rfind(':');
                if (first == std::string::npos || last + 1 >= p.size())
                    continue;
                w.beginObject()
                    .member("kill_chain_name", p.substr(0, first))
                    .member("phase_name", p.substr(last + 1))
                    .endObject();
            }
            w.endArray();
        }
    }
    std::vector<std::string> externalIds = meta ? strings(*meta, "external_id") : std::vector<std::string>{};
    if (externalIds.empty() && isAttackId(suffixId))
        externalIds.push_back(suffixId);
    const std::vector<std::string> refs = meta ? strings(*meta, "refs") : std::vector<std::string>{};
    if (!externalIds.empty() || !refs.empty()) {
        w.key("external_references").beginArray();
        for (const auto& e : externalIds)
            w.beginObject().member("source_name", sourceName(e, galaxyType)).member("external_id", e).endObject();
        for (const auto& r : refs)
            w.beginObject().member("source_name", "url").member("url", r).endObject();
        w.endArray();
    }
    if (meta)
        w.key("x_misp_meta").raw(minified(*meta));
    w.endObject();
    if (auto s = emitter.send(json, position); !s)
        return s.error();
    return id;
}

namespace {

GalaxyInfo galaxyInfo(dom::object galaxy) {
    GalaxyInfo info;
    info.type = std::string(string(galaxy, "type").value_or(std::string_view{}));
    info.name = std::string(string(galaxy, "name").value_or(std::string_view(info.type)));
    info.description = std::string(string(galaxy, "description").value_or(std::string_view{}));
    info.version = integer(galaxy, "version");
    info.collectionUuid = toLower(string(galaxy, "uuid").value_or(std::string_view{}));
    return info;
}

// A cluster uuid is trusted as the cluster's own unless it names the collection or several clusters
// (old MISP exports); embedded clusters only when the export also states the collection uuid
// separately, which MISP does since it gave clusters uuids of their own.
core::Status emitClusters(Emitter& emitter, dom::array clusters, const GalaxyInfo& info, bool embedded, const QString& prefix,
                          std::vector<std::string>* ids, const core::CancelToken* cancel, core::ProgressReporter* progress) {
    std::unordered_map<std::string, std::unordered_set<std::string>> valuesByUuid;
    for (auto c : clusters) {
        dom::object cluster;
        if (c.get_object().get(cluster) == simdjson::SUCCESS)
            valuesByUuid[toLower(string(cluster, "uuid").value_or(std::string_view{}))].insert(
                std::string(string(cluster, "value").value_or(std::string_view{})));
    }
    auto trusted = [&](dom::object cluster) {
        const std::string uuid = toLower(string(cluster, "uuid").value_or(std::string_view{}));
        if (uuid.empty() || uuid == info.collectionUuid || valuesByUuid[uuid].size() > 1)
            return false;
        if (!embedded)
            return true;
        const auto collection = string(cluster, "collection_uuid");
        return collection && toLower(*collection) != uuid;
    };
    const auto total = static_cast<std::int64_t>(clusters.size());
    std::int64_t index = 0;
    for (auto c : clusters) {
        if (cancel && cancel->isCancelled())
            return core::Error::make(core::ErrorCode::Cancelled, QCoreApplication::translate("MispReader", "Import cancelled."));
        const QString where = prefix + QStringLiteral("[%1]").arg(index++);
        dom::object cluster;
        if (c.get_object().get(cluster) != simdjson::SUCCESS) {
            emitter.reject(QCoreApplication::translate("MispReader", "Galaxy cluster is not a JSON object and was left out."),
                           where);
            continue;
        }
        auto id = emitCluster(emitter, cluster, info, trusted(cluster), where);
        if (!id)
            return id.error();
        if (ids && !id.value().empty())
            ids->push_back(std::move(id.value()));
        if (progress)
            progress->report({index, total, QCoreApplication::translate("MispReader", "Galaxy clusters")});
    }
    return {};
}

} // namespace

core::Status emitEmbeddedGalaxy(Emitter& emitter, dom::object galaxy, const QString& position, std::vector<std::string>& ids) {
    GalaxyInfo info = galaxyInfo(galaxy);
    info.version.reset(); // an event's galaxy version is the galaxy's, not the clusters'
    const auto clusters = array(galaxy, "GalaxyCluster");
    if (!clusters)
        return {};
    return emitClusters(emitter, *clusters, info, true, jsonPath(position, QStringLiteral("GalaxyCluster")), &ids, nullptr,
                        nullptr);
}

bool isGalaxyDocument(dom::object root) {
    if (array(root, "values") && string(root, "type") && !array(root, "predicates"))
        return true;
    if (array(root, "GalaxyCluster"))
        return true;
    // A galaxy definition (galaxies/*.json): no clusters, nothing to import.
    return string(root, "type") && string(root, "name") && string(root, "uuid") &&
           (string(root, "namespace") || string(root, "icon")) && !array(root, "Attribute");
}

bool isTaxonomyDocument(dom::object root) { return string(root, "namespace") && array(root, "predicates"); }

core::Status readGalaxyDocument(Emitter& emitter, dom::object root, const core::CancelToken& cancel,
                                core::ProgressReporter* progress) {
    emitter.info().kind = MispInput::Galaxy;
    // misp-galaxy cluster file: {"type", "name", "version", "values": [...]}.
    if (const auto values = array(root, "values"))
        return emitClusters(emitter, *values, galaxyInfo(root), false, QStringLiteral("values"), nullptr, &cancel, progress);
    // MISP API export: {"Galaxy": {...}, "GalaxyCluster": [...]}, or a galaxy with its clusters inline.
    if (const auto clusters = array(root, "GalaxyCluster")) {
        GalaxyInfo info = galaxyInfo(object(root, "Galaxy").value_or(root));
        info.version.reset();
        return emitClusters(emitter, *clusters, info, true, QStringLiteral("GalaxyCluster"), nullptr, &cancel, progress);
    }
    emitter.note(core::IssueSeverity::Info,
                 QCoreApplication::translate(
                     "MispReader",
                     "This is a galaxy definition without clusters; nothing to import. Import the matching file from "
                     "the misp-galaxy \"clusters\" folder instead."),
                 QString(), qs(string(root, "uuid").value_or(std::string_view{})));
    return {};
}

core::Status readTaxonomyDocument(Emitter& emitter, dom::object root) {
    emitter.info().kind = MispInput::Taxonomy;
    const std::string ns(string(root, "namespace").value_or(std::string_view{}));
    if (ns.empty())
        return core::Error::make(
            core::ErrorCode::Schema,
            QCoreApplication::translate("MispReader", "%1 is a taxonomy without a namespace and cannot be imported.")
                .arg(emitter.file()));
    const auto givenUuid = string(root, "uuid").value_or(std::string_view{});
    const std::string id = "x-misp-taxonomy--" + (isUuid(givenUuid) ? toLower(givenUuid) : derivedUuid("taxonomy|" + ns));
    const std::int64_t version =
        std::max<std::int64_t>(0, std::min<std::int64_t>(integer(root, "version").value_or(0), 1000000000));
    std::string json;
    JsonWriter w(json);
    w.beginObject().member("type", "x-misp-taxonomy").member("spec_version", "2.1").member("id", id);
    w.member("created", stixTime(0)).member("modified", stixTime(version * 1000000));
    w.member("name", ns);
    if (const auto d = string(root, "description"))
        w.member("description", *d);
    w.member("x_misp_namespace", ns);
    if (const auto e = string(root, "expanded"))
        w.member("x_misp_expanded", *e);
    w.key("x_misp_version").value(version);
    w.key("x_misp_exclusive").value(flag(root, "exclusive"));
    for (const char* key : {"predicates", "values", "refs"}) {
        dom::element e;
        if (root[key].get(e) == simdjson::SUCCESS && !e.is_null())
            w.key(std::string("x_misp_") + key).raw(minified(e));
    }
    w.endObject();
    ++emitter.info().taxonomies;
    return emitter.send(json, QString());
}

} // namespace lagebild::ingest::misp::detail

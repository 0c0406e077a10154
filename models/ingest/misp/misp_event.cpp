#include "models/ingest/misp/misp_event.h"

#include "models/ingest/misp/misp_reference.h"

#include <QCoreApplication>

#include <algorithm>

namespace lagebild::ingest::misp::detail {

namespace {

constexpr std::size_t kNameBytes = 256;

std::string label(std::string_view key, std::string_view value) {
    std::string l = "misp:";
    l += key;
    l += "=\"";
    l += value;
    l += '"';
    return l;
}

std::string_view threatLevelName(std::int64_t level) {
    switch (level) {
    case 1: return "high";
    case 2: return "medium";
    case 3: return "low";
    case 4: return "undefined";
    default: return {};
    }
}

std::string_view analysisName(std::int64_t analysis) {
    switch (analysis) {
    case 0: return "initial";
    case 1: return "ongoing";
    case 2: return "completed";
    default: return {};
    }
}

// STIX relationship_type: lower-case ASCII letters, digits and '-'.
std::string relationshipType(std::string_view misp) {
    std::string out;
    for (const char c : misp) {
        const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        out += ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) ? l : '-';
    }
    return out.empty() ? std::string("related-to") : out;
}

// misp-stix's relationship specs: an indicator indicates threats, anything else is related.
std::string_view galaxyRelationship(std::string_view sourceId, std::string_view targetId) {
    if (sourceId.substr(0, 11) != "indicator--")
        return "related-to";
    for (std::string_view t : {"attack-pattern--", "campaign--", "intrusion-set--", "malware--", "threat-actor--", "tool--"})
        if (targetId.substr(0, t.size()) == t)
            return "indicates";
    return "related-to";
}

std::vector<dom::element> elements(std::optional<dom::array> list) {
    std::vector<dom::element> out;
    if (list)
        for (auto e : *list)
            out.push_back(e);
    return out;
}

bool startsWithIgnoreCase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && toLower(text.substr(0, prefix.size())) == prefix;
}

} // namespace

std::vector<std::string> EventConverter::Marks::ids() const {
    std::vector<std::string> out;
    if (const auto id = core::tlpMarkingId(level); !id.empty())
        out.emplace_back(id);
    for (const auto& u : unknown)
        if (std::find(out.begin(), out.end(), u) == out.end())
            out.push_back(u);
    return out;
}

EventConverter::Common EventConverter::common(std::int64_t modified) const {
    Common c;
    c.modified = stixTime(modified);
    c.created = stixTime(m_s.date ? std::min(*m_s.date, modified) : modified);
    c.createdBy = m_s.createdBy;
    return c;
}

std::string EventConverter::canonical(std::string_view given, std::string seed) {
    if (isUuid(given))
        return toLower(given);
    // Identical records without uuids are told apart by their order of appearance.
    seed += '|';
    seed += std::to_string(m_s.seeds[seed]++);
    return derivedUuid(seed);
}

void EventConverter::remember(std::string_view givenUuid, const std::string& stixId) {
    if (!givenUuid.empty() && !stixId.empty())
        m_s.byMispUuid.try_emplace(toLower(givenUuid), stixId);
}

void EventConverter::addRef(const std::string& id) {
    if (!id.empty() && m_s.refSet.insert(id).second)
        m_s.refs.push_back(id);
}

void EventConverter::writeHead(JsonWriter& w, std::string_view type, const std::string& id, const Common& c) const {
    w.beginObject().member("type", type).member("spec_version", "2.1").member("id", id);
    if (!c.createdBy.empty())
        w.member("created_by_ref", c.createdBy);
    w.member("created", c.created).member("modified", c.modified);
}

void EventConverter::writeTail(JsonWriter& w, const Common& c) const {
    if (c.revoked)
        w.key("revoked").value(true);
    if (!c.labels.empty()) {
        w.key("labels").beginArray();
        for (const auto& l : c.labels)
            w.value(l);
        w.endArray();
    }
    if (!c.markings.empty()) {
        w.key("object_marking_refs").beginArray();
        for (const auto& m : c.markings)
            w.value(m);
        w.endArray();
    }
    w.endObject();
}

core::Status EventConverter::emitJson(const std::string& json, const std::string& id, const QString& where) {
    addRef(id);
    return m_emitter.send(json, where);
}

core::Status EventConverter::readTags(std::optional<dom::array> tags, Marks& marks, std::vector<std::string>& labels,
                                      const QString& where) {
    if (!tags)
        return {};
    for (auto t : *tags) {
        dom::object tag;
        std::string_view name;
        if (t.get_object().get(tag) == simdjson::SUCCESS)
            name = string(tag, "name").value_or(std::string_view{});
        else if (t.get_string().get(name) != simdjson::SUCCESS)
            continue;
        if (name.empty())
            continue;
        if (!startsWithIgnoreCase(name, "tlp:")) {
            if (std::find(labels.begin(), labels.end(), name) == labels.end())
                labels.emplace_back(name);
            continue;
        }
        if (const auto level = core::tlpFromName(qs(name))) {
            marks.level = core::mostRestrictive(marks.level, *level);
            continue;
        }
        // An unrecognised TLP word must never be dropped (nor shared): a marking of its own that the
        // store reads as TLP unknown, the most restrictive level.
        const std::string word = toLower(name.substr(4));
        const std::string id = "marking-definition--" + derivedUuid("tlp|" + word);
        if (std::find(marks.unknown.begin(), marks.unknown.end(), id) == marks.unknown.end())
            marks.unknown.push_back(id);
        if (!m_emitter.claimShared(id, 0))
            continue;
        m_emitter.note(
            core::IssueSeverity::Warning,
            QCoreApplication::translate(
                "MispReader", "Unrecognised TLP tag \"%1\": the objects it marks are treated as TLP unknown (never released).")
                .arg(qs(utf8Prefix(name, 80))),
            where);
        std::string json;
        JsonWriter w(json);
        w.beginObject().member("type", "marking-definition").member("spec_version", "2.1").member("id", id);
        w.member("created", stixTime(0)).member("name", utf8Prefix(name, kNameBytes)).member("definition_type", "tlp");
        w.key("definition").beginObject().member("tlp", word).endObject().endObject();
        if (auto s = m_emitter.send(json, where); !s)
            return s;
    }
    return {};
}

core::Status EventConverter::emitIdentity(dom::object org, const QString& where, std::string& id) {
    const std::string name(string(org, "name").value_or(std::string_view{}));
    const auto uuid = string(org, "uuid").value_or(std::string_view{});
    if (name.empty() && !isUuid(uuid))
        return {};
    id = isUuid(uuid) ? "identity--" + toLower(uuid) : derivedStixId("identity", "organisation|" + name);
    if (!m_emitter.claimShared(id, 0))
        return {};
    // Organisations carry no dates: a fixed version, so re-imports are unchanged.
    std::string json;
    JsonWriter w(json);
    w.beginObject().member("type", "identity").member("spec_version", "2.1").member("id", id);
    w.member("created", stixTime(0)).member("modified", stixTime(0));
    w.member("name", name.empty() ? std::string(uuid) : name).member("identity_class", "organization").endObject();
    return m_emitter.send(json, where);
}

core::Status EventConverter::emitIndicator(const std::string& id, std::string_view name, std::string_view description,
                                           const std::string& pattern, std::string_view patternType, std::string_view category,
                                           const Common& c, const Seen& seen, const QString& where) {
    std::string json;
    JsonWriter w(json);
    writeHead(w, "indicator", id, c);
    w.member("name", utf8Prefix(name, kNameBytes));
    if (!description.empty())
        w.member("description", description);
    w.member("pattern", pattern).member("pattern_type", patternType);
    if (patternType == "stix")
        w.member("pattern_version", "2.1");
    const std::int64_t validFrom = seen.first.value_or(seen.modified);
    w.member("valid_from", stixTime(validFrom));
    if (seen.last && *seen.last > validFrom)
        w.member("valid_until", stixTime(*seen.last));
    if (!category.empty()) {
        w.key("kill_chain_phases").beginArray().beginObject();
        w.member("kill_chain_name", "misp-category").member("phase_name", category).endObject().endArray();
    }
    writeTail(w, c);
    return emitJson(json, id, where);
}

core::Status EventConverter::emitObserved(const std::string& id, const std::vector<Sco>& scos, std::string_view comment,
                                          const Common& c, const Seen& seen, const QString& where) {
    for (const auto& sco : scos) {
        std::string json;
        JsonWriter w(json);
        w.beginObject().member("type", sco.type).member("spec_version", "2.1").member("id", sco.id);
        if (!sco.members.empty())
            w.raw(sco.members);
        if (!c.markings.empty()) {
            w.key("object_marking_refs").beginArray();
            for (const auto& m : c.markings)
                w.value(m);
            w.endArray();
        }
        w.endObject();
        if (auto s = emitJson(json, sco.id, where); !s)
            return s;
    }
    std::string json;
    JsonWriter w(json);
    writeHead(w, "observed-data", id, c);
    const std::int64_t first = seen.first.value_or(seen.modified);
    const std::int64_t last = std::max(first, seen.last.value_or(first));
    w.member("first_observed", stixTime(first)).member("last_observed", stixTime(last)).key("number_observed").value(1);
    w.key("object_refs").beginArray();
    for (const auto& sco : scos)
        w.value(sco.id);
    w.endArray();
    if (!comment.empty())
        w.member("x_misp_comment", comment);
    writeTail(w, c);
    return emitJson(json, id, where);
}

core::Status EventConverter::emitRelationship(const std::string& source, std::string_view type, const std::string& target,
                                              const Common& c, const QString& where) {
    const std::string rel = relationshipType(type);
    const std::string id = derivedStixId("relationship", source + "|" + rel + "|" + target);
    if (m_s.refSet.count(id))
        return {};
    Common rc = c;
    rc.labels.clear();
    rc.revoked = false;
    std::string json;
    JsonWriter w(json);
    writeHead(w, "relationship", id, rc);
    w.member("relationship_type", rel).member("source_ref", source).member("target_ref", target);
    writeTail(w, rc);
    return emitJson(json, id, where);
}

core::Status EventConverter::emitGalaxies(std::optional<dom::array> galaxies, const std::string& source, const Common& c,
                                          const QString& where) {
    if (!galaxies)
        return {};
    std::size_t index = 0;
    for (auto g : *galaxies) {
        const QString at = jsonPath(where, QStringLiteral("Galaxy[%1]").arg(index++));
        dom::object galaxy;
        if (g.get_object().get(galaxy) != simdjson::SUCCESS) {
            m_emitter.reject(QCoreApplication::translate("MispReader", "Galaxy is not a JSON object and was left out."), at);
            continue;
        }
        std::vector<std::string> ids;
        if (auto s = emitEmbeddedGalaxy(m_emitter, galaxy, at, ids); !s)
            return s;
        for (const auto& id : ids) {
            addRef(id);
            if (source.empty())
                continue;
            if (auto s = emitRelationship(source, galaxyRelationship(source, id), id, c, at); !s)
                return s;
        }
    }
    return {};
}

core::Status EventConverter::emitSightings(std::optional<dom::array> sightings, const std::string& target, const Common& c,
                                           const QString& where) {
    if (!sightings)
        return {};
    // sighting_of_ref must name an SDO describing the threat: indicators and the like, not observations.
    const bool sdo = target.substr(0, 11) == "indicator--" || target.substr(0, 15) == "vulnerability--" ||
                     target.substr(0, 10) == "campaign--";
    std::size_t index = 0;
    for (auto s : *sightings) {
        const QString at = jsonPath(where, QStringLiteral("Sighting[%1]").arg(index++));
        dom::object sighting;
        if (s.get_object().get(sighting) != simdjson::SUCCESS)
            continue;
        // MISP sighting type 0 is a sighting; 1 (false positive) and 2 (expiration) have no STIX equivalent here.
        const auto when = epochMicros(sighting, "date_sighting");
        if (!sdo || integer(sighting, "type").value_or(0) != 0 || !when) {
            ++m_s.skippedSightings;
            continue;
        }
        const auto given = string(sighting, "uuid").value_or(std::string_view{});
        const std::string id = "sighting--" + canonical(given, target + "|sighting|" + std::to_string(*when));
        std::string where_sighted;
        if (const auto org = object(sighting, "Organisation"))
            if (auto st = emitIdentity(*org, at, where_sighted); !st)
                return st;
        Common sc = c;
        sc.labels.clear();
        sc.revoked = false;
        sc.created = sc.modified = stixTime(*when);
        std::string json;
        JsonWriter w(json);
        writeHead(w, "sighting", id, sc);
        w.member("first_seen", stixTime(*when)).member("last_seen", stixTime(*when)).key("count").value(1);
        w.member("sighting_of_ref", target);
        if (!where_sighted.empty())
            w.key("where_sighted_refs").beginArray().value(where_sighted).endArray();
        if (const auto source = string(sighting, "source"); source && !source->empty())
            w.member("description", *source);
        writeTail(w, sc);
        if (auto st = emitJson(json, id, at); !st)
            return st;
    }
    return {};
}

core::Status EventConverter::convertAttribute(dom::element element, const QString& where) {
    ++m_emitter.info().attributes;
    dom::object attr;
    if (element.get_object().get(attr) != simdjson::SUCCESS) {
        m_emitter.reject(QCoreApplication::translate("MispReader", "Attribute is not a JSON object and was left out."), where);
        return {};
    }
    if (const auto shadows = array(attr, "ShadowAttribute"))
        m_s.proposals += static_cast<int>(shadows->size());
    const std::string type(string(attr, "type").value_or(std::string_view{}));
    const auto value = text(attr, "value");
    const auto given = string(attr, "uuid").value_or(std::string_view{});
    if (type.empty() || !value || value->empty()) {
        m_emitter.reject(
            QCoreApplication::translate(
                "MispReader", "Attribute without a type or value was left out; correct it in MISP and export the event again."),
            where, qs(given));
        return {};
    }
    const std::string category(string(attr, "category").value_or(std::string_view{}));
    const std::string comment(string(attr, "comment").value_or(std::string_view{}));
    const std::string uuid = canonical(given, m_s.uuid + "|attribute|" + type + "|" + *value + "|" + category);
    const Seen seen{isoMicros(attr, "first_seen"), isoMicros(attr, "last_seen"),
                    epochMicros(attr, "timestamp").value_or(m_s.modified)};
    Common c = common(seen.modified);
    c.revoked = flag(attr, "deleted");
    c.labels = {label("type", type)};
    if (!category.empty())
        c.labels.push_back(label("category", category));
    Marks marks = m_s.marks;
    if (auto s = readTags(array(attr, "Tag"), marks, c.labels, where); !s)
        return s;
    c.markings = marks.ids();
    const bool toIds = flag(attr, "to_ids");

    const Mapping m = mapAttribute({type, *value, uuid});
    std::string main;
    core::Status st;
    if (m.kind == Mapping::Kind::Rule ||
        (toIds && (m.kind == Mapping::Kind::Observable || m.kind == Mapping::Kind::PatternOnly))) {
        main = "indicator--" + uuid;
        st = emitIndicator(main, *value, comment, m.pattern, m.patternType, category, c, seen, where);
    } else if (m.kind == Mapping::Kind::Sdo) {
        main = m.sdoType + "--" + uuid;
        std::string json;
        JsonWriter w(json);
        writeHead(w, m.sdoType, main, c);
        w.raw(m.sdoMembers);
        if (!comment.empty())
            w.member("description", comment);
        writeTail(w, c);
        st = emitJson(json, main, where);
    } else if (m.kind == Mapping::Kind::Observable) {
        main = "observed-data--" + uuid;
        st = emitObserved(main, m.scos, comment, c, seen, where);
    } else {
        if (!m.problem.isEmpty())
            m_emitter.note(core::IssueSeverity::Warning,
                           m.problem + QLatin1Char(' ') +
                               QCoreApplication::translate("MispReader", "Kept as a custom x-misp-attribute object."),
                           where, qs(given));
        else
            ++m_s.unmappedTypes[type];
        main = "x-misp-attribute--" + uuid;
        std::string json;
        JsonWriter w(json);
        writeHead(w, "x-misp-attribute", main, c);
        w.member("name", utf8Prefix(*value, kNameBytes)).member("x_misp_type", type).member("x_misp_category", category);
        // The value only: attachment and malware-sample payloads ("data") are never copied.
        w.member("x_misp_value", *value).key("x_misp_to_ids").value(toIds);
        if (!comment.empty())
            w.member("x_misp_comment", comment);
        writeTail(w, c);
        st = emitJson(json, main, where);
    }
    if (!st)
        return st;
    remember(given, main);
    if (auto s = emitGalaxies(array(attr, "Galaxy"), main, c, where); !s)
        return s;
    return emitSightings(array(attr, "Sighting"), main, c, where);
}

core::Status EventConverter::convertObject(dom::element element, const QString& where) {
    ++m_emitter.info().mispObjects;
    dom::object obj;
    if (element.get_object().get(obj) != simdjson::SUCCESS) {
        m_emitter.reject(QCoreApplication::translate("MispReader", "MISP object is not a JSON object and was left out."), where);
        return {};
    }
    const std::string name(string(obj, "name").value_or(std::string_view{}));
    const auto given = string(obj, "uuid").value_or(std::string_view{});
    if (name.empty()) {
        m_emitter.reject(QCoreApplication::translate("MispReader", "MISP object without a template name was left out."), where,
                         qs(given));
        return {};
    }
    struct Raw {
        dom::object attr;
        std::string relation, type, value, given;
        bool toIds;
    };
    std::vector<Raw> raws;
    Marks marks = m_s.marks;
    std::vector<std::string> tagLabels;
    if (auto s = readTags(array(obj, "Tag"), marks, tagLabels, where); !s)
        return s;
    std::optional<std::int64_t> newest;
    std::string seed = m_s.uuid + "|object|" + name + "|" + std::string(given);
    if (const auto attrs = array(obj, "Attribute")) {
        std::size_t index = 0;
        for (auto a : *attrs) {
            const QString at = jsonPath(where, QStringLiteral("Attribute[%1]").arg(index++));
            ++m_emitter.info().attributes;
            dom::object attr;
            if (a.get_object().get(attr) != simdjson::SUCCESS) {
                m_emitter.reject(QCoreApplication::translate("MispReader", "Attribute is not a JSON object and was left out."),
                                 at);
                continue;
            }
            if (const auto shadows = array(attr, "ShadowAttribute"))
                m_s.proposals += static_cast<int>(shadows->size());
            Raw r{attr,
                  std::string(string(attr, "object_relation").value_or(std::string_view{})),
                  std::string(string(attr, "type").value_or(std::string_view{})),
                  text(attr, "value").value_or(std::string{}),
                  std::string(string(attr, "uuid").value_or(std::string_view{})),
                  flag(attr, "to_ids")};
            if (r.type.empty() || r.value.empty()) {
                m_emitter.reject(QCoreApplication::translate(
                                     "MispReader", "Attribute without a type or value in MISP object \"%1\" was left out.")
                                     .arg(qs(name)),
                                 at, qs(r.given));
                continue;
            }
            if (auto s = readTags(array(attr, "Tag"), marks, tagLabels, at); !s)
                return s;
            if (const auto t = epochMicros(attr, "timestamp"))
                newest = std::max(newest.value_or(*t), *t);
            seed += '|' + r.relation + '=' + r.value;
            raws.push_back(std::move(r));
        }
    }
    const std::string uuid = canonical(given, seed);
    std::vector<ObjectAttribute> attrs;
    bool anyToIds = false;
    for (const auto& r : raws) {
        attrs.push_back(ObjectAttribute{r.relation, r.type, r.value,
                                        canonical(r.given, uuid + "|" + r.relation + "|" + r.type + "|" + r.value), r.toIds});
        anyToIds = anyToIds || r.toIds;
    }
    const Seen seen{isoMicros(obj, "first_seen"), isoMicros(obj, "last_seen"),
                    epochMicros(obj, "timestamp").value_or(newest.value_or(m_s.modified))};
    Common c = common(seen.modified);
    c.revoked = flag(obj, "deleted");
    c.labels = {label("name", name)};
    if (const auto meta = string(obj, "meta-category"); meta && !meta->empty())
        c.labels.push_back(label("meta-category", *meta));
    for (auto& l : tagLabels)
        c.labels.push_back(std::move(l));
    c.markings = marks.ids();
    const std::string comment(string(obj, "comment").value_or(std::string_view{}));

    const Mapping m = mapObject(name, uuid, attrs);
    std::string main;
    core::Status st;
    if (m.kind == Mapping::Kind::Observable && anyToIds) {
        main = "indicator--" + uuid;
        st = emitIndicator(main, name, comment, m.pattern, "stix",
                           std::string(string(obj, "meta-category").value_or(std::string_view{})), c, seen, where);
    } else if (m.kind == Mapping::Kind::Observable) {
        main = "observed-data--" + uuid;
        st = emitObserved(main, m.scos, comment, c, seen, where);
    } else {
        main = "x-misp-object--" + uuid;
        std::string json;
        JsonWriter w(json);
        writeHead(w, "x-misp-object", main, c);
        w.member("name", name).member("x_misp_name", name);
        if (const auto meta = string(obj, "meta-category"))
            w.member("x_misp_meta_category", *meta);
        if (!comment.empty())
            w.member("x_misp_comment", comment);
        w.key("x_misp_attributes").beginArray();
        for (std::size_t i = 0; i < attrs.size(); ++i) {
            // Values only: attachment and malware-sample payloads ("data") are never copied.
            w.beginObject().member("type", attrs[i].type).member("object_relation", attrs[i].relation);
            w.member("value", attrs[i].value).key("to_ids").value(attrs[i].toIds).member("uuid", attrs[i].uuid);
            if (const auto cat = string(raws[i].attr, "category"))
                w.member("category", *cat);
            if (const auto cm = string(raws[i].attr, "comment"); cm && !cm->empty())
                w.member("comment", *cm);
            w.endObject();
        }
        w.endArray();
        writeTail(w, c);
        st = emitJson(json, main, where);
    }
    if (!st)
        return st;
    remember(given, main);
    for (const auto& r : raws)
        remember(r.given, main);
    if (const auto refs = array(obj, "ObjectReference")) {
        for (auto ref : *refs) {
            dom::object o;
            if (ref.get_object().get(o) != simdjson::SUCCESS)
                continue;
            const auto source = string(o, "object_uuid").value_or(given);
            const auto target = string(o, "referenced_uuid").value_or(std::string_view{});
            const auto type = string(o, "relationship_type").value_or(std::string_view("related-to"));
            m_s.references.push_back(
                PendingReference{toLower(source.empty() ? given : source), toLower(target), std::string(type), c, where});
        }
    }
    for (std::size_t i = 0; i < raws.size(); ++i)
        if (auto s = emitGalaxies(array(raws[i].attr, "Galaxy"), main, c, where); !s)
            return s;
    return {};
}

core::Status EventConverter::resolveReferences() {
    for (const auto& r : m_s.references) {
        const auto source = m_s.byMispUuid.find(r.source);
        const auto target = m_s.byMispUuid.find(r.target);
        if (source == m_s.byMispUuid.end() || target == m_s.byMispUuid.end()) {
            ++m_s.unresolvedReferences;
            continue;
        }
        if (auto s = emitRelationship(source->second, r.type, target->second, r.common, r.position); !s)
            return s;
    }
    return {};
}

core::Status EventConverter::convertBody(std::optional<dom::object> holder, const std::vector<dom::element>& attributes,
                                         const std::vector<dom::element>& objects, const QString& position) {
    if (const auto shadows = holder ? array(*holder, "ShadowAttribute") : std::nullopt)
        m_s.proposals += static_cast<int>(shadows->size());
    // Events of a feed are small, but a single export can hold hundreds of thousands of attributes.
    auto cancelled = [this](std::size_t i) { return i % 256 == 255 && m_cancel.isCancelled(); };
    for (std::size_t i = 0; i < attributes.size(); ++i) {
        if (cancelled(i))
            return core::Error::make(core::ErrorCode::Cancelled, QCoreApplication::translate("MispReader", "Import cancelled."));
        if (auto s = convertAttribute(attributes[i], jsonPath(position, QStringLiteral("Attribute[%1]").arg(i))); !s)
            return s;
    }
    for (std::size_t i = 0; i < objects.size(); ++i) {
        if (cancelled(i))
            return core::Error::make(core::ErrorCode::Cancelled, QCoreApplication::translate("MispReader", "Import cancelled."));
        if (auto s = convertObject(objects[i], jsonPath(position, QStringLiteral("Object[%1]").arg(i))); !s)
            return s;
    }
    return resolveReferences();
}

void EventConverter::flushNotes(const QString& position) {
    const QString object = m_s.reportId.empty() ? QString() : qs(m_s.uuid);
    for (const auto& [type, count] : m_s.unmappedTypes)
        m_emitter.note(core::IssueSeverity::Info,
                       QCoreApplication::translate(
                           "MispReader",
                           "%n attribute(s) of MISP type \"%1\" have no STIX equivalent and were kept as x-misp-attribute "
                           "objects (not matched against sensor data).",
                           "", count)
                           .arg(qs(utf8Prefix(type, 80))),
                       position, object);
    if (m_s.unresolvedReferences > 0)
        m_emitter.note(core::IssueSeverity::Info,
                       QCoreApplication::translate(
                           "MispReader",
                           "%n object reference(s) point to records that are not in this event; no relationship was created.", "",
                           m_s.unresolvedReferences),
                       position, object);
    if (m_s.skippedSightings > 0)
        m_emitter.note(
            core::IssueSeverity::Info,
            QCoreApplication::translate("MispReader",
                                        "%n sighting(s) were not imported: false positives, expirations, undated sightings and "
                                        "sightings of non-indicator attributes have no STIX sighting here.",
                                        "", m_s.skippedSightings),
            position, object);
    if (m_s.proposals > 0)
        m_emitter.note(
            core::IssueSeverity::Info,
            QCoreApplication::translate("MispReader",
                                        "%n proposal(s) (shadow attributes) were not imported: they are unconfirmed suggestions.",
                                        "", m_s.proposals),
            position, object);
}

core::Status EventConverter::convertCollection(const std::vector<dom::element>& attributes,
                                               const std::vector<dom::element>& objects, const QString& position) {
    m_s = State{};
    m_s.uuid = "collection";
    ++m_emitter.info().attributeCollections;
    if (auto s = convertBody(std::nullopt, attributes, objects, position); !s)
        return s;
    flushNotes(position);
    return {};
}

core::Status EventConverter::convertEvent(dom::object event, const QString& position) {
    m_s = State{};
    auto& info = m_emitter.info();
    ++info.events;
    const auto attributes = array(event, "Attribute");
    const auto objects = array(event, "Object");
    const std::string title(string(event, "info").value_or(std::string_view{}));
    const std::string date(string(event, "date").value_or(std::string_view{}));
    const auto given = string(event, "uuid").value_or(std::string_view{});
    if (isUuid(given)) {
        m_s.uuid = toLower(given);
        info.eventUuids.push_back(m_s.uuid);
    } else {
        // No usable uuid: derive one from what identifies the event, independent of attribute order.
        std::vector<std::string> values;
        auto collect = [&values](std::optional<dom::array> list) {
            if (!list)
                return;
            for (auto a : *list) {
                dom::object o;
                if (a.get_object().get(o) == simdjson::SUCCESS)
                    values.push_back(std::string(string(o, "type").value_or(std::string_view{})) + '=' +
                                     text(o, "value").value_or(std::string{}));
            }
        };
        collect(attributes);
        if (objects)
            for (auto o : *objects) {
                dom::object obj;
                if (o.get_object().get(obj) == simdjson::SUCCESS)
                    collect(array(obj, "Attribute"));
            }
        std::sort(values.begin(), values.end());
        std::string seed = "event|" + title + '|' + date;
        for (const auto& v : values)
            seed += '|' + v;
        m_s.uuid = derivedUuid(seed);
        ++info.eventsWithoutUuid;
        m_emitter.note(core::IssueSeverity::Warning,
                       QCoreApplication::translate(
                           "MispReader",
                           "The event \"%1\" has no valid uuid; its id was derived from its title, date and attribute "
                           "values, so editing those in MISP will import it as a new event.")
                           .arg(qs(utf8Prefix(title, 120))),
                       position, qs(given));
    }
    m_s.reportId = "report--" + m_s.uuid;
    m_s.date = dateMicros(date);
    const auto published = epochMicros(event, "publish_timestamp");
    m_s.modified = epochMicros(event, "timestamp").value_or(published && *published > 0 ? *published : m_s.date.value_or(0));
    if (const auto orgc = object(event, "Orgc"))
        if (auto s = emitIdentity(*orgc, jsonPath(position, QStringLiteral("Orgc")), m_s.createdBy); !s)
            return s;
    if (auto s = readTags(array(event, "Tag"), m_s.marks, m_s.eventLabels, position); !s)
        return s;
    addRef(m_s.createdBy);
    if (auto s = convertBody(event, elements(attributes), elements(objects), position); !s)
        return s;
    if (auto s = emitGalaxies(array(event, "Galaxy"), {}, common(m_s.modified), position); !s)
        return s;
    if (const auto reports = array(event, "EventReport"); reports && reports->size() > 0)
        m_emitter.note(
            core::IssueSeverity::Info,
            QCoreApplication::translate("MispReader", "%n event report(s) were not imported.", "", int(reports->size())),
            position, qs(m_s.uuid));
    if (auto s = emitReport(event, position); !s)
        return s;
    flushNotes(position);
    return {};
}

core::Status EventConverter::emitReport(dom::object event, const QString& position) {
    Common c = common(m_s.modified);
    c.markings = m_s.marks.ids();
    if (const auto level = integer(event, "threat_level_id"); level && !threatLevelName(*level).empty())
        c.labels.push_back(label("threat-level", threatLevelName(*level)));
    if (const auto analysis = integer(event, "analysis"); analysis && !analysisName(*analysis).empty())
        c.labels.push_back(label("analysis", analysisName(*analysis)));
    for (const auto& l : m_s.eventLabels)
        c.labels.push_back(l);
    if (m_s.refs.empty()) {
        // STIX reports need at least one reference: a note saying the event is empty, as misp-stix does.
        const std::string noteId = derivedStixId("note", m_s.uuid + "|empty");
        std::string json;
        JsonWriter w(json);
        Common nc = c;
        nc.labels.clear();
        writeHead(w, "note", noteId, nc);
        w.member("abstract", "Empty MISP event");
        w.member("content", "This MISP event contains no attribute, object or galaxy.");
        w.key("object_refs").beginArray().value(m_s.reportId).endArray();
        writeTail(w, nc);
        if (auto s = emitJson(json, noteId, position); !s)
            return s;
    }
    const auto publishedAt = epochMicros(event, "publish_timestamp");
    const bool published = flag(event, "published");
    const std::string name(string(event, "info").value_or(std::string_view{}));
    std::string json;
    JsonWriter w(json);
    writeHead(w, "report", m_s.reportId, c);
    w.member("name", name.empty() ? "MISP event " + m_s.uuid : name);
    w.member("published", stixTime(published && publishedAt && *publishedAt > 0 ? *publishedAt : m_s.modified));
    w.key("x_misp_published").value(published);
    if (const auto date = string(event, "date"))
        w.member("x_misp_date", *date);
    w.key("object_refs").beginArray();
    for (const auto& r : m_s.refs)
        w.value(r);
    w.endArray();
    writeTail(w, c);
    return m_emitter.send(json, position);
}

} // namespace lagebild::ingest::misp::detail

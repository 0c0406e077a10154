#include "models/ingest/stix/stix_object_parser.h"

#include "models/core/timestamp.h"
#include "models/ingest/stix/stix_pattern.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <array>

namespace lagebild::ingest::stix {

namespace {

namespace dom = simdjson::dom;

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// SDOs and SROs must carry created and modified (STIX 2.1 §3.2); marking-definition has only created.
constexpr std::array<std::string_view, 22> kVersionedTypes{
    "attack-pattern", "campaign",       "course-of-action", "grouping",        "identity",     "incident",
    "indicator",      "infrastructure", "intrusion-set",    "location",        "malware",      "malware-analysis",
    "note",           "observed-data",  "opinion",          "report",          "threat-actor", "tool",
    "vulnerability",  "relationship",   "sighting",         "language-content"};

bool isVersionedType(std::string_view t) {
    return std::find(kVersionedTypes.begin(), kVersionedTypes.end(), t) != kVersionedTypes.end();
}

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool validType(std::string_view t) {
    if (t.size() < 3 || t.size() > 250)
        return false;
    return std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// "<type>--<uuid>", uuid as 8-4-4-4-12 hex digits.
bool validId(std::string_view id, std::string_view type) {
    if (id.size() != type.size() + 2 + 36 || id.substr(0, type.size()) != type || id.substr(type.size(), 2) != "--")
        return false;
    const std::string_view u = id.substr(type.size() + 2);
    for (std::size_t i = 0; i < u.size(); ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (u[i] != '-')
                return false;
        } else if (!isHex(u[i])) {
            return false;
        }
    }
    return true;
}

std::string_view str(dom::element e) {
    std::string_view v;
    return e.get_string().get(v) == simdjson::SUCCESS ? v : std::string_view{};
}

void appendWord(std::string& out, std::string_view word) {
    if (word.empty())
        return;
    if (!out.empty())
        out += ' ';
    out.append(word);
}

void addObservable(core::StixRecord& rec, core::ObservableType type, std::string_view raw) {
    if (raw.empty())
        return;
    auto key = core::normaliseObservable(type, raw);
    if (key && std::find(rec.observables.begin(), rec.observables.end(), *key) == rec.observables.end())
        rec.observables.push_back(std::move(*key));
}

// Observable keys of a cyber-observable object (they are facts, so always matchable).
void scoObservables(core::StixRecord& rec, dom::object obj) {
    using T = core::ObservableType;
    const std::string_view t = rec.type;
    dom::element v;
    if (t == "ipv4-addr" && obj["value"].get(v) == simdjson::SUCCESS)
        addObservable(rec, T::Ipv4, str(v));
    else if (t == "ipv6-addr" && obj["value"].get(v) == simdjson::SUCCESS)
        addObservable(rec, T::Ipv6, str(v));
    else if (t == "domain-name" && obj["value"].get(v) == simdjson::SUCCESS)
        addObservable(rec, T::Domain, str(v));
    else if (t == "url" && obj["value"].get(v) == simdjson::SUCCESS)
        addObservable(rec, T::Url, str(v));
    else if (t == "email-addr" && obj["value"].get(v) == simdjson::SUCCESS)
        addObservable(rec, T::Email, str(v));
    else if (t == "mutex" && obj["name"].get(v) == simdjson::SUCCESS)
        addObservable(rec, T::Mutex, str(v));
    else if (t == "windows-registry-key" && obj["key"].get(v) == simdjson::SUCCESS)
        addObservable(rec, T::RegistryKey, str(v));
    else if ((t == "file" || t == "artifact" || t == "x509-certificate") && obj["hashes"].get(v) == simdjson::SUCCESS) {
        dom::object hashes;
        if (v.get_object().get(hashes) != simdjson::SUCCESS)
            return;
        for (auto [k, h] : hashes) {
            if (auto type = core::observableTypeForStixPath("file", std::string("hashes.'") + std::string(k) + "'"))
                addObservable(rec, *type, str(h));
        }
    }
}

// TLP meaning of a marking-definition object (TLP 1.0 style definition or the TLP 2.0 extension).
void markingMeaning(core::StixRecord& rec, dom::object obj) {
    if (auto known = core::tlpFromMarkingId(rec.id)) {
        rec.definesTlp = known;
        return;
    }
    dom::element e;
    const std::string_view defType = obj["definition_type"].get(e) == simdjson::SUCCESS ? str(e) : std::string_view{};
    if (defType == "tlp") {
        dom::element tlp;
        if (obj["definition"]["tlp"].get(tlp) == simdjson::SUCCESS)
            rec.definesTlp = core::tlpFromName(qs(str(tlp))).value_or(core::Tlp::Unknown);
        else
            rec.definesTlp = core::Tlp::Unknown;
    } else if (defType == "statement") {
        rec.definesStatement = true;
    } else if (obj["extensions"]["extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"].get(e) == simdjson::SUCCESS) {
        rec.definesTlp = core::tlpFromName(qs(rec.name)).value_or(core::Tlp::Unknown);
    }
}

} // namespace

struct StixObjectParser::Impl {
    dom::parser parser;
    std::string padded;
};

StixObjectParser::StixObjectParser() : m_impl(std::make_unique<Impl>()) {}
StixObjectParser::~StixObjectParser() = default;

StixParseResult StixObjectParser::parseCopy(std::string_view json, core::StixRecord& rec, bool stix20) {
    m_impl->padded.assign(json);
    m_impl->padded.append(simdjson::SIMDJSON_PADDING, '\0');
    return parse(std::string_view(m_impl->padded.data(), json.size()), rec, stix20);
}

StixParseResult StixObjectParser::parse(std::string_view json, core::StixRecord& rec, bool stix20) {
    StixParseResult result;
    auto rejected = [&](const QString& reason) {
        result.kind = StixParseResult::Kind::Rejected;
        result.message = reason;
        return result;
    };
    dom::element root;
    if (auto err = m_impl->parser.parse(json.data(), json.size(), false).get(root); err != simdjson::SUCCESS) {
        result.kind = StixParseResult::Kind::InvalidJson;
        result.message = QCoreApplication::translate("StixReader", "Invalid JSON in the object starting here: %1.")
                             .arg(QString::fromUtf8(simdjson::error_message(err)));
        return result;
    }
    dom::object obj;
    if (root.get_object().get(obj) != simdjson::SUCCESS)
        return rejected(QCoreApplication::translate("StixReader", "Array element is not a JSON object."));

    rec = core::StixRecord{};
    rec.json = json;
    std::string_view created, modified;
    bool hasCreated = false, hasModified = false;
    std::string_view pattern, patternType;
    for (auto [key, value] : obj) {
        if (key == "type")
            rec.type = str(value);
        else if (key == "id")
            rec.id = str(value);
        else if (key == "spec_version")
            rec.specVersion = str(value);
        else if (key == "created") {
            hasCreated = true;
            created = str(value);
        } else if (key == "modified") {
            hasModified = true;
            modified = str(value);
        } else if (key == "revoked") {
            bool b = false;
            rec.revoked = value.get_bool().get(b) == simdjson::SUCCESS && b;
        } else if (key == "name")
            rec.name = str(value);
        else if (key == "description")
            rec.description = str(value);
        else if (key == "confidence") {
            std::int64_t c = 0;
            if (value.get_int64().get(c) == simdjson::SUCCESS && c >= 0 && c <= 100)
                rec.confidence = static_cast<int>(c);
        } else if (key == "valid_until") {
            rec.validUntil = core::parseRfc3339(str(value));
        } else if (key == "labels" || key == "aliases") {
            dom::array arr;
            if (value.get_array().get(arr) == simdjson::SUCCESS)
                for (auto item : arr)
                    appendWord(rec.labels, str(item));
        } else if (key == "external_references") {
            dom::array arr;
            if (value.get_array().get(arr) == simdjson::SUCCESS)
                for (auto item : arr) {
                    dom::element ext;
                    if (item["external_id"].get(ext) == simdjson::SUCCESS)
                        appendWord(rec.labels, str(ext));
                }
        } else if (key == "object_marking_refs") {
            dom::array arr;
            if (value.get_array().get(arr) == simdjson::SUCCESS)
                for (auto item : arr)
                    rec.markings.push_back({std::string(str(item)), {}});
        } else if (key == "granular_markings") {
            dom::array arr;
            if (value.get_array().get(arr) == simdjson::SUCCESS)
                for (auto item : arr) {
                    dom::element ref, selectors;
                    if (item["marking_ref"].get(ref) != simdjson::SUCCESS)
                        continue; // language markings carry no marking_ref
                    std::string sel;
                    dom::array sa;
                    if (item["selectors"].get(selectors) == simdjson::SUCCESS &&
                        selectors.get_array().get(sa) == simdjson::SUCCESS)
                        for (auto s : sa) {
                            if (!sel.empty())
                                sel += ',';
                            sel.append(str(s));
                        }
                    rec.markings.push_back({std::string(str(ref)), sel.empty() ? std::string("*") : sel});
                }
        } else if (key == "pattern")
            pattern = str(value);
        else if (key == "pattern_type")
            patternType = str(value);
    }

    if (rec.type.empty()) {
        return rejected(QCoreApplication::translate("StixReader", "Missing or empty \"type\"."));
    }
    if (!validType(rec.type)) {
        return rejected(QCoreApplication::translate(
                            "StixReader", "Malformed type \"%1\": lower-case letters, digits and '-', 3 to 250 characters.")
                            .arg(qs(rec.type).left(80)));
    }
    if (rec.id.empty()) {
        return rejected(QCoreApplication::translate("StixReader", "Missing \"id\" on a %1 object.").arg(qs(rec.type)));
    }
    if (!validId(rec.id, rec.type)) {
        return rejected(QCoreApplication::translate("StixReader", "Malformed id \"%1\": expected %2--<UUID>.")
                            .arg(qs(rec.id).left(120), qs(rec.type)));
    }
    if (hasCreated) {
        rec.created = core::parseRfc3339(created);
        if (!rec.created || !core::isStixTimestamp(created)) {
            return rejected(
                QCoreApplication::translate(
                    "StixReader",
                    "Malformed \"created\" timestamp \"%1\": expected RFC 3339 in UTC, e.g. 2024-05-01T12:00:00.000Z.")
                    .arg(qs(created).left(60)));
        }
    }
    if (hasModified) {
        rec.modified = core::parseRfc3339(modified);
        if (!rec.modified || !core::isStixTimestamp(modified)) {
            return rejected(
                QCoreApplication::translate(
                    "StixReader",
                    "Malformed \"modified\" timestamp \"%1\": expected RFC 3339 in UTC, e.g. 2024-05-01T12:00:00.000Z.")
                    .arg(qs(modified).left(60)));
        }
    }
    const bool needsVersion = isVersionedType(rec.type) || (hasCreated && rec.type != "marking-definition");
    if (needsVersion && !hasCreated) {
        return rejected(QCoreApplication::translate("StixReader", "Missing \"created\" on %1.").arg(qs(rec.type)));
    }
    if (needsVersion && !hasModified) {
        return rejected(
            QCoreApplication::translate("StixReader", "Missing \"modified\" on %1: every version of an SDO or SRO needs it.")
                .arg(qs(rec.type)));
    }
    if (rec.created && rec.modified && *rec.modified < *rec.created) {
        return rejected(QCoreApplication::translate("StixReader", "\"modified\" (%1) is earlier than \"created\" (%2).")
                            .arg(qs(modified), qs(created)));
    }

    // Type-specific indexing.
    dom::element e;
    if (rec.type == "relationship") {
        if (obj["source_ref"].get(e) == simdjson::SUCCESS) {
            dom::element t, k;
            if (obj["target_ref"].get(t) == simdjson::SUCCESS && obj["relationship_type"].get(k) == simdjson::SUCCESS)
                rec.edges.push_back({std::string(str(k)), std::string(str(e)), std::string(str(t))});
        }
    } else if (rec.type == "sighting") {
        if (obj["sighting_of_ref"].get(e) == simdjson::SUCCESS)
            rec.edges.push_back({"sighting-of", rec.id, std::string(str(e))});
        for (const char* field : {"observed_data_refs", "where_sighted_refs"}) {
            dom::array arr;
            if (obj[field].get_array().get(arr) == simdjson::SUCCESS)
                for (auto item : arr)
                    rec.edges.push_back({field[0] == 'o' ? "observed-data" : "where-sighted", rec.id, std::string(str(item))});
        }
    } else if (rec.type == "report" || rec.type == "grouping" || rec.type == "note" || rec.type == "opinion") {
        dom::array arr;
        if (obj["object_refs"].get_array().get(arr) == simdjson::SUCCESS)
            for (auto item : arr)
                rec.edges.push_back({"refers-to", rec.id, std::string(str(item))});
    } else if (rec.type == "marking-definition") {
        markingMeaning(rec, obj);
    } else if (rec.type == "indicator" && !pattern.empty()) {
        if (patternType.empty() || patternType == "stix") {
            const auto analysis = analysePattern(pattern);
            rec.observables = analysis.observables;
            if (!analysis.valid) {
                rec.patternState = core::PatternState::Invalid;
                result.notes.push_back(
                    QCoreApplication::translate("StixReader", "Pattern is not valid STIX patterning (%1); stored, never matched.")
                        .arg(QString::fromStdString(analysis.reason)));
            } else {
                rec.patternState = analysis.matchable ? core::PatternState::Matchable : core::PatternState::NotMatchable;
            }
        } else {
            rec.patternState = core::PatternState::NotMatchable; // sigma, snort, yara, ...: kept, not matched here
        }
    } else {
        scoObservables(rec, obj);
    }
    if (rec.specVersion.empty() && stix20)
        rec.specVersion = "2.0";
    return result;
}

} // namespace lagebild::ingest::stix

#pragma once

// Internal to the MISP reader: what one MISP attribute or MISP object becomes in STIX 2.1,
// following misp-stix's documented mapping (documentation/mapping/misp_attributes_to_stix21.json),
// before the common properties (created, modified, markings, labels) are added by the event
// converter. Pure functions, no I/O.

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ingest::misp::detail {

/// One cyber-observable object: its type, id and the JSON members after type/spec_version/id
/// (comma separated, no braces), written with JsonWriter.
struct Sco {
    std::string type;
    std::string id;
    std::string members;
};

/// The STIX shape of one MISP attribute or object.
struct Mapping {
    enum class Kind {
        Observable,  // `pattern` for an indicator when to_ids, `scos` for observed-data otherwise
        PatternOnly, // only expressible as a pattern (user-agent, port, ...): indicator when to_ids
        Rule,        // detection rule (yara, sigma, snort, ...): always an indicator, `patternType` says which
        Sdo,         // a domain object of its own (`sdoType`, `sdoMembers`): vulnerability, campaign
        Custom       // no STIX equivalent: kept as x-misp-attribute / x-misp-object
    };
    Kind kind = Kind::Custom;
    std::string pattern;
    std::string patternType = "stix";
    std::vector<Sco> scos;
    std::string sdoType;
    std::string sdoMembers;
    /// Why a mapped type fell back to Custom (malformed composite value, bad port, ...); empty when the
    /// type simply has no mapping.
    QString problem;
};

/// A MISP attribute as the mapping needs it. `uuid` is canonical (a UUID, derived when the input
/// had none) and names the generated SCOs, as misp-stix does.
struct AttributeInput {
    std::string_view type;
    std::string_view value;
    std::string_view uuid;
};

Mapping mapAttribute(const AttributeInput& in);

/// An attribute inside a MISP object.
struct ObjectAttribute {
    std::string relation;
    std::string type;
    std::string value;
    std::string uuid; // canonical
    bool toIds = false;
};

/// MISP objects domain-ip, email, file, ip-port and url; every other template is Custom.
Mapping mapObject(std::string_view name, std::string_view objectUuid, const std::vector<ObjectAttribute>& attributes);

/// STIX hash algorithm name for a MISP hash type ("sha256" -> "SHA-256"), empty when not a hash.
std::string_view hashAlgorithm(std::string_view mispType);

/// Combines comparisons into one observation expression: comparisons on the same path are OR-ed,
/// different paths AND-ed, in first-seen order: "[a = 'x' AND (b = 'y' OR b = 'z')]".
class PatternBuilder {
public:
    /// `literal` is already a STIX literal (patternLiteral() or an integer).
    void add(std::string_view path, std::string_view literal);
    bool empty() const { return m_groups.empty(); }
    std::string str() const;

private:
    struct Group {
        std::string path;
        std::vector<std::string> literals;
    };
    std::vector<Group> m_groups;
};

/// Member name for a MISP object relation kept as a custom property: "x_misp_" + relation with
/// every character outside [a-z0-9_] replaced by '_'.
std::string customPropertyName(std::string_view relation);

} // namespace lagebild::ingest::misp::detail

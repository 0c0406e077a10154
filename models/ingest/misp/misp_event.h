#pragma once

// Internal to the MISP reader: one MISP event (or an event-less attribute collection) to STIX 2.1.

#include "models/core/cancel_token.h"
#include "models/core/tlp.h"
#include "models/ingest/json_writer.h"
#include "models/ingest/misp/misp_mapping.h"
#include "models/ingest/misp/misp_support.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace lagebild::ingest::misp::detail {

/// Converts MISP events following misp-stix: the event becomes a report referring to everything
/// generated for it; a to_ids attribute an indicator, any other attribute observed-data with its
/// SCOs (or a vulnerability/campaign SDO, or an x-misp-attribute when STIX has no equivalent);
/// MISP objects domain-ip, email, file, ip-port and url one indicator (to_ids) or observed-data,
/// other templates an x-misp-object; galaxies their SDOs; ObjectReferences relationships; tlp:*
/// tags TLP 2.0 object markings (event TLP applies to everything the event holds, an attribute's own
/// TLP raises it, never lowers it); other tags labels; Orgc an identity and created_by_ref.
/// One instance per readMisp() call; not thread-safe.
class EventConverter {
public:
    /// `cancel` is polled every few hundred attributes and objects inside an event.
    EventConverter(Emitter& emitter, const core::CancelToken& cancel) : m_emitter(emitter), m_cancel(cancel) {}

    /// One event; `position` locates it in the file ("response[2].Event").
    core::Status convertEvent(dom::object event, const QString& position);
    /// An event-less set of attributes and/or objects: the same objects without report or identity.
    core::Status convertCollection(const std::vector<dom::element>& attributes, const std::vector<dom::element>& objects,
                                   const QString& position);

private:
    /// TLP of one object: the most restrictive known level plus markings for unrecognised tlp:* tags.
    struct Marks {
        core::Tlp level = core::Tlp::Unmarked;
        std::vector<std::string> unknown;
        std::vector<std::string> ids() const;
    };
    /// Properties every generated SDO/SRO of one MISP record shares.
    struct Common {
        std::string created;
        std::string modified;
        std::string createdBy;
        std::vector<std::string> labels;
        std::vector<std::string> markings;
        bool revoked = false;
    };
    struct Seen {
        std::optional<std::int64_t> first;
        std::optional<std::int64_t> last;
        std::int64_t modified = 0;
    };
    struct PendingReference {
        std::string source; // MISP uuid as given (lower case)
        std::string target;
        std::string type;
        Common common;
        QString position;
    };
    struct State {
        std::string uuid;
        std::string reportId;
        std::int64_t modified = 0;
        std::optional<std::int64_t> date;
        std::string createdBy;
        Marks marks;
        std::vector<std::string> eventLabels;
        std::vector<std::string> refs;
        std::unordered_set<std::string> refSet;
        std::unordered_map<std::string, std::string> byMispUuid;
        std::unordered_map<std::string, int> seeds;
        std::map<std::string, int> unmappedTypes;
        std::vector<PendingReference> references;
        int unresolvedReferences = 0;
        int skippedSightings = 0;
        int proposals = 0;
    };

    core::Status convertBody(std::optional<dom::object> holder, const std::vector<dom::element>& attributes,
                             const std::vector<dom::element>& objects, const QString& position);
    core::Status convertAttribute(dom::element element, const QString& where);
    core::Status convertObject(dom::element element, const QString& where);
    core::Status resolveReferences();
    core::Status emitReport(dom::object event, const QString& position);
    core::Status emitIdentity(dom::object org, const QString& where, std::string& id);

    core::Status emitIndicator(const std::string& id, std::string_view name, std::string_view description,
                               const std::string& pattern, std::string_view patternType, std::string_view category,
                               const Common& c, const Seen& seen, const QString& where);
    core::Status emitObserved(const std::string& id, const std::vector<Sco>& scos, std::string_view comment, const Common& c,
                              const Seen& seen, const QString& where);
    core::Status emitRelationship(const std::string& source, std::string_view type, const std::string& target, const Common& c,
                                  const QString& where);
    core::Status emitGalaxies(std::optional<dom::array> galaxies, const std::string& source, const Common& c,
                              const QString& where);
    core::Status emitSightings(std::optional<dom::array> sightings, const std::string& target, const Common& c,
                               const QString& where);
    core::Status emitJson(const std::string& json, const std::string& id, const QString& where);

    core::Status readTags(std::optional<dom::array> tags, Marks& marks, std::vector<std::string>& labels, const QString& where);
    Common common(std::int64_t modified) const;
    std::string canonical(std::string_view given, std::string seed);
    void remember(std::string_view givenUuid, const std::string& stixId);
    void addRef(const std::string& id);
    void writeHead(JsonWriter& w, std::string_view type, const std::string& id, const Common& c) const;
    void writeTail(JsonWriter& w, const Common& c) const;
    void flushNotes(const QString& position);

    Emitter& m_emitter;
    const core::CancelToken& m_cancel;
    State m_s;
};

} // namespace lagebild::ingest::misp::detail

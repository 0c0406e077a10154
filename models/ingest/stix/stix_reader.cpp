#include "models/ingest/stix/stix_reader.h"

#include "models/core/timestamp.h"
#include "models/ingest/stix/stix_pattern.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <array>

namespace lagebild::ingest::stix {

namespace {

namespace dom = simdjson::dom;
using core::Issue;
using core::IssueSeverity;

// lupdate reads the context from this declaration; runtime uses the same one.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StixReader)
};

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString where(std::int64_t line, std::int64_t offset) { return Tr::tr("line %1, byte %2").arg(line).arg(offset); }

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

class Reader {
public:
    Reader(const QString& path, const JsonLimits& limits, StixVisitor& visitor, const core::CancelToken& cancel,
           core::ProgressReporter* progress)
        : m_path(path), m_limits(limits), m_visitor(visitor), m_cancel(cancel), m_progress(progress) {}

    core::Result<StixFileInfo> run();

private:
    core::Status readBundleOrObject(JsonStream& js, ByteSource& src);
    core::Status readArray(JsonStream& js, ByteSource& src);
    core::Status element(const JsonStream::Value& v);
    core::Status fail(const QString& message, std::int64_t line, std::int64_t offset) const;
    void reject(const QString& reason, const JsonStream::Value& v, std::string_view object = {});

    const QString& m_path;
    const JsonLimits& m_limits;
    StixVisitor& m_visitor;
    const core::CancelToken& m_cancel;
    core::ProgressReporter* m_progress;
    dom::parser m_parser;
    StixFileInfo m_info;
    core::StixRecord m_rec;
};

core::Status Reader::fail(const QString& message, std::int64_t line, std::int64_t offset) const {
    return core::Error::make(core::ErrorCode::Parse, message, where(line, offset));
}

void Reader::reject(const QString& reason, const JsonStream::Value& v, std::string_view object) {
    m_visitor.rejected(Issue{IssueSeverity::Error, reason, where(v.line, v.offset), qs(object)});
}

core::Result<StixFileInfo> Reader::run() {
    auto src = openByteSource(m_path);
    if (!src)
        return src.error();
    JsonStream js(*src.value(), m_limits);
    auto first = js.peek();
    if (!first)
        return first.error();
    core::Status st;
    if (first.value() == '{') {
        st = readBundleOrObject(js, *src.value());
    } else if (first.value() == '[') {
        m_info.shape = StixFileInfo::Shape::Array;
        st = readArray(js, *src.value());
    } else if (first.value() == '\0') {
        return core::Error(fail(Tr::tr("The file is empty."), js.line(), js.offset()).error());
    } else {
        return core::Error(
            fail(Tr::tr("Not JSON: the file must start with '{' or '[' but starts with '%1'.").arg(QLatin1Char(first.value())),
                 js.line(), js.offset())
                .error());
    }
    if (!st)
        return st.error();
    auto rest = js.peek();
    if (!rest)
        return rest.error();
    if (rest.value() != '\0')
        return core::Error(fail(Tr::tr("Unexpected data after the end of the JSON document."), js.line(), js.offset()).error());
    return m_info;
}

core::Status Reader::readArray(JsonStream& js, ByteSource& src) {
    if (auto s = js.expect('['); !s)
        return s;
    auto p = js.peek();
    if (!p)
        return p.error();
    if (p.value() == ']')
        return js.expect(']');
    for (;;) {
        if (m_cancel.isCancelled())
            return core::Error::make(core::ErrorCode::Cancelled, Tr::tr("Import cancelled."));
        auto v = js.value();
        if (!v)
            return v.error();
        if (auto s = element(v.value()); !s)
            return s;
        if (m_progress)
            m_progress->report({src.rawPosition(), src.rawSize(), {}});
        auto sep = js.peek();
        if (!sep)
            return sep.error();
        if (sep.value() == ',') {
            (void)js.expect(',');
            continue;
        }
        return js.expect(']');
    }
}

core::Status Reader::readBundleOrObject(JsonStream& js, ByteSource& src) {
    if (auto s = js.expect('{'); !s)
        return s;
    // Top-level members other than "objects" are small; they are kept to rebuild a single
    // object file verbatim (member order and bytes preserved).
    std::string members;
    std::string type;
    bool streamedObjects = false;
    const std::int64_t startLine = js.line();
    const std::int64_t startOffset = js.offset() - 1;
    auto p = js.peek();
    if (!p)
        return p.error();
    if (p.value() != '}') {
        for (;;) {
            const std::int64_t keyOffset = js.offset();
            auto key = js.key();
            if (!key)
                return key.error();
            auto next = js.peek();
            if (!next)
                return next.error();
            if (key.value() == "objects" && next.value() == '[' && (type.empty() || type == "bundle")) {
                streamedObjects = true;
                if (auto s = readArray(js, src); !s)
                    return s;
            } else {
                auto v = js.value();
                if (!v)
                    return v.error();
                if (v.value().status != JsonStream::ValueStatus::Ok)
                    return fail(Tr::tr("The top-level member \"%1\" exceeds the size, depth or string caps.")
                                    .arg(QString::fromStdString(key.value())),
                                v.value().line, keyOffset);
                const auto bytes = v.value().bytes;
                if (key.value() == "type" || key.value() == "spec_version") {
                    std::string decoded;
                    if (bytes.size() >= 2 && bytes.front() == '"')
                        unescapeJsonString(bytes.substr(1, bytes.size() - 2), decoded);
                    if (key.value() == "type")
                        type = decoded;
                    else
                        m_info.bundleSpecVersion = QString::fromStdString(decoded);
                }
                if (!members.empty())
                    members += ',';
                members += '"';
                members += key.value(); // keys are re-escaped below only if they need it
                members += "\":";
                members.append(bytes);
            }
            auto sep = js.peek();
            if (!sep)
                return sep.error();
            if (sep.value() == ',') {
                (void)js.expect(',');
                continue;
            }
            if (auto s = js.expect('}'); !s)
                return s;
            break;
        }
    } else {
        (void)js.expect('}');
    }
    if (type == "bundle" || streamedObjects) {
        m_info.shape = StixFileInfo::Shape::Bundle;
        if (type != "bundle")
            return fail(Tr::tr("A top-level \"objects\" array was found, but the document is not a STIX bundle (type \"%1\").")
                            .arg(QString::fromStdString(type)),
                        startLine, startOffset);
        if (m_info.bundleSpecVersion == QLatin1String("2.0"))
            m_visitor.note(Issue{IssueSeverity::Info, Tr::tr("STIX 2.0 bundle: accepted and read as STIX 2.1."), {}, {}});
        return {};
    }
    if (type.empty())
        return fail(Tr::tr("Not STIX: the JSON object has no \"type\" property."), startLine, startOffset);
    m_info.shape = StixFileInfo::Shape::SingleObject;
    m_info.bundleSpecVersion.clear();
    // Rebuild the object with the padding simdjson needs.
    std::string object = "{" + members + "}";
    const std::size_t size = object.size();
    object.resize(size + simdjson::SIMDJSON_PADDING, '\0');
    JsonStream::Value v;
    v.bytes = std::string_view(object.data(), size);
    v.offset = startOffset;
    v.line = startLine;
    v.size = size;
    return element(v);
}

core::Status Reader::element(const JsonStream::Value& v) {
    ++m_info.objects;
    switch (v.status) {
    case JsonStream::ValueStatus::TooLarge:
        reject(Tr::tr("Object is larger than the cap of %1 MB (%2 bytes).").arg(m_limits.maxValueBytes >> 20).arg(v.size), v);
        return {};
    case JsonStream::ValueStatus::TooDeep:
        reject(Tr::tr("Object is nested %1 levels deep; the cap is %2.").arg(v.depth).arg(m_limits.maxDepth), v);
        return {};
    case JsonStream::ValueStatus::StringTooLong:
        reject(Tr::tr("Object contains a string longer than the cap of %1 KB.").arg(m_limits.maxStringBytes >> 10), v);
        return {};
    case JsonStream::ValueStatus::Ok: break;
    }
    dom::element root;
    if (auto err = m_parser.parse(v.bytes.data(), v.bytes.size(), false).get(root); err != simdjson::SUCCESS)
        return fail(Tr::tr("Invalid JSON in the object starting here: %1.").arg(QString::fromUtf8(simdjson::error_message(err))),
                    v.line, v.offset);
    dom::object obj;
    if (root.get_object().get(obj) != simdjson::SUCCESS) {
        reject(Tr::tr("Array element is not a JSON object."), v);
        return {};
    }

    core::StixRecord& rec = m_rec;
    rec = core::StixRecord{};
    rec.json = v.bytes;
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
        reject(Tr::tr("Missing or empty \"type\"."), v, rec.id);
        return {};
    }
    if (!validType(rec.type)) {
        reject(
            Tr::tr("Malformed type \"%1\": lower-case letters, digits and '-', 3 to 250 characters.").arg(qs(rec.type).left(80)),
            v, rec.id);
        return {};
    }
    if (rec.id.empty()) {
        reject(Tr::tr("Missing \"id\" on a %1 object.").arg(qs(rec.type)), v);
        return {};
    }
    if (!validId(rec.id, rec.type)) {
        reject(Tr::tr("Malformed id \"%1\": expected %2--<UUID>.").arg(qs(rec.id).left(120), qs(rec.type)), v, rec.id);
        return {};
    }
    if (hasCreated) {
        rec.created = core::parseRfc3339(created);
        if (!rec.created || !core::isStixTimestamp(created)) {
            reject(Tr::tr("Malformed \"created\" timestamp \"%1\": expected RFC 3339 in UTC, e.g. 2024-05-01T12:00:00.000Z.")
                       .arg(qs(created).left(60)),
                   v, rec.id);
            return {};
        }
    }
    if (hasModified) {
        rec.modified = core::parseRfc3339(modified);
        if (!rec.modified || !core::isStixTimestamp(modified)) {
            reject(Tr::tr("Malformed \"modified\" timestamp \"%1\": expected RFC 3339 in UTC, e.g. 2024-05-01T12:00:00.000Z.")
                       .arg(qs(modified).left(60)),
                   v, rec.id);
            return {};
        }
    }
    const bool needsVersion = isVersionedType(rec.type) || (hasCreated && rec.type != "marking-definition");
    if (needsVersion && !hasCreated) {
        reject(Tr::tr("Missing \"created\" on %1.").arg(qs(rec.type)), v, rec.id);
        return {};
    }
    if (needsVersion && !hasModified) {
        reject(Tr::tr("Missing \"modified\" on %1: every version of an SDO or SRO needs it.").arg(qs(rec.type)), v, rec.id);
        return {};
    }
    if (rec.created && rec.modified && *rec.modified < *rec.created) {
        reject(Tr::tr("\"modified\" (%1) is earlier than \"created\" (%2).").arg(qs(modified), qs(created)), v, rec.id);
        return {};
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
                m_visitor.note(Issue{IssueSeverity::Warning,
                                     Tr::tr("Pattern is not valid STIX patterning (%1); stored, never matched.")
                                         .arg(QString::fromStdString(analysis.reason)),
                                     where(v.line, v.offset), qs(rec.id)});
            } else {
                rec.patternState = analysis.matchable ? core::PatternState::Matchable : core::PatternState::NotMatchable;
            }
        } else {
            rec.patternState = core::PatternState::NotMatchable; // sigma, snort, yara, ...: kept, not matched here
        }
    } else {
        scoObservables(rec, obj);
    }
    if (rec.specVersion.empty() && m_info.bundleSpecVersion == QLatin1String("2.0"))
        rec.specVersion = "2.0";
    return m_visitor.object(rec);
}

} // namespace

core::Result<StixFileInfo> readStix(const QString& path, const JsonLimits& limits, StixVisitor& visitor,
                                    const core::CancelToken& cancel, core::ProgressReporter* progress) {
    Reader reader(path, limits, visitor, cancel, progress);
    return reader.run();
}

bool looksLikeStix(std::string_view head) {
    return head.find("\"type\"") != std::string_view::npos &&
           (head.find("\"bundle\"") != std::string_view::npos || head.find("\"spec_version\"") != std::string_view::npos ||
            head.find("--") != std::string_view::npos);
}

} // namespace lagebild::ingest::stix

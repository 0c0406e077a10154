#include "models/ingest/csv/json_indicator_list.h"
#include "models/core/plural.h"

#include "models/ingest/byte_source.h"
#include "models/ingest/csv/indicator_emitter.h"
#include "models/ingest/csv/indicator_inference.h"
#include "models/ingest/csv/indicator_stix_builder.h"
#include "models/ingest/csv/list_layout.h"
#include "models/ingest/json_stream.h"
#include "models/ingest/stix/stix_object_parser.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace lagebild::ingest::csv {

namespace {

// lupdate reads the context from this declaration; runtime uses the same one. The JSON feed reader
// shares the indicator list reader's context: its messages are the same to the user.
namespace dom = simdjson::dom;
using core::Issue;
using core::IssueSeverity;

constexpr std::size_t kMaxValueBytes = 16 * 1024; // longer values are not one indicator
constexpr int kMaxNotes = 100;                    // row notes; the rest are summarised
constexpr std::size_t kMaxSampled = 100;          // elements sampled by looksLikeJsonIndicatorList
constexpr std::size_t kMaxFieldText = 300;        // bytes of one member in the description summary
constexpr std::size_t kMaxSummary = 4000;         // bytes of the whole summary

// Element caps: an indicator feed's items are small; a huge one is rejected, never buffered whole.
constexpr JsonLimits kLimits{1u << 20, 256u << 10, 32};

// Array members of a top-level object that hold the elements.
constexpr std::array<std::string_view, 7> kArrayNames{"items", "indicators", "data", "iocs", "entries", "results", "blocklist"};

// Keys holding the value, in order of preference (a generic name wins over a type name).
constexpr std::array<std::string_view, 24> kValueKeys{"value",
                                                      "indicator",
                                                      "ioc",
                                                      "ioc_value",
                                                      "indicator_value",
                                                      "observable",
                                                      "observable_value",
                                                      "ip",
                                                      "ip_address",
                                                      "ipaddress",
                                                      "ipv4",
                                                      "ipv6",
                                                      "domain",
                                                      "hostname",
                                                      "url",
                                                      "hash",
                                                      "sha256",
                                                      "sha1",
                                                      "md5",
                                                      "sha512",
                                                      "address",
                                                      "ip_addr",
                                                      "domain_name",
                                                      "fqdn"};

// Top-level keys and element keys of other JSON formats: STIX, MISP, Suricata EVE.
constexpr std::array<std::string_view, 10> kForeignKeys{"spec_version", "objects",  "Event",  "Attribute",     "Orgc",
                                                        "event_type",   "response", "Galaxy", "GalaxyCluster", "Object"};

using Role = ListRole;

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// A value as shown in a message: one line of at most 120 characters.
QString shown(std::string_view s) {
    QString text = qs(s.substr(0, 600)).simplified();
    if (text.size() > 120)
        text = text.left(120) + QChar(0x2026);
    return text;
}

QString where(std::int64_t line, std::int64_t offset) {
    return QCoreApplication::translate("IndicatorListReader", "line %1, byte %2").arg(line).arg(offset);
}

// Key as compared with the tables: lower case, '-' and ' ' read as '_'.
std::string normalisedKey(std::string_view key) {
    std::string n;
    n.reserve(key.size());
    for (const char c : key) {
        const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        n += (l == ' ' || l == '-') ? '_' : l;
    }
    return n;
}

// Rank of a value key in kValueKeys, or -1.
int valueKeyRank(std::string_view normalised) {
    const auto it = std::find(kValueKeys.begin(), kValueKeys.end(), normalised);
    return it == kValueKeys.end() ? -1 : static_cast<int>(it - kValueKeys.begin());
}

Role roleOf(std::string_view normalised) {
    if (valueKeyRank(normalised) >= 0)
        return Role::Value;
    // Value keys are decided by valueKeyRank alone: the CSV value column names are not all JSON value keys.
    const Role role = listRoleForName(normalised);
    return role == Role::Value ? Role::None : role;
}

bool isForeignKey(std::string_view key) { return std::find(kForeignKeys.begin(), kForeignKeys.end(), key) != kForeignKeys.end(); }

// The hint a value key's own name gives ("ip", "md5"); generic names give none.
std::optional<TypeHint> keyHint(std::string_view normalised) {
    auto hint = typeHintForWord(normalised);
    if (hint &&
        (hint->kind == TypeHint::Kind::Exact || hint->kind == TypeHint::Kind::AnyIp || hint->kind == TypeHint::Kind::AnyHash))
        return hint;
    return std::nullopt;
}

// What an object element holds: the chosen value member and the members of the other roles.
struct Members {
    std::string_view valueKey; // as written in the file
    std::string_view value;    // empty: no usable value
    bool hasValueKey = false;  // a value-like key exists (maybe not a string)
    std::string_view typeWord;
    bool foreign = false; // STIX, MISP or EVE markers
};

Members membersOf(dom::object obj) {
    Members m;
    int best = std::numeric_limits<int>::max();
    std::string_view type, id;
    for (const dom::key_value_pair field : obj) {
        const std::string_view key = field.key;
        if (isForeignKey(key)) {
            m.foreign = true;
            continue;
        }
        const std::string n = normalisedKey(key);
        if (n == "id" && field.value.get_string().get(id) != simdjson::SUCCESS)
            id = {};
        if (n == "type" && field.value.get_string().get(type) != simdjson::SUCCESS)
            type = {};
        if (const int rank = valueKeyRank(n); rank >= 0) {
            m.hasValueKey = true;
            std::string_view text;
            if (rank < best && field.value.get_string().get(text) == simdjson::SUCCESS && !trimBlanks(text).empty()) {
                best = rank;
                m.valueKey = key;
                m.value = text;
            }
        } else if (roleOf(n) == Role::Type && m.typeWord.empty() &&
                   field.value.get_string().get(m.typeWord) != simdjson::SUCCESS) {
            m.typeWord = {};
        }
    }
    // A STIX object ("ipv4-addr" with a "value", "indicator" ...): its id is "<type>--<uuid>".
    if (!type.empty() && id.size() > type.size() + 2 && id.substr(0, type.size()) == type && id.substr(type.size(), 2) == "--")
        m.foreign = true;
    return m;
}

// ---------------------------------------------------------------------------------------------
// Sniffing the head

// End (one past) of the JSON value starting at `at`, or npos when it is not complete in `s`.
std::size_t valueEnd(std::string_view s, std::size_t at) {
    if (at >= s.size())
        return std::string_view::npos;
    const char c0 = s[at];
    if (c0 != '{' && c0 != '[' && c0 != '"') {
        const std::size_t end = s.find_first_of(",]} \t\r\n", at);
        return end == at ? std::string_view::npos : end;
    }
    int depth = 0;
    bool inString = false;
    for (std::size_t i = at; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"') {
                inString = false;
                if (depth == 0)
                    return i + 1;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
            if (depth < 0)
                return std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

std::size_t skipBlanks(std::string_view s, std::size_t at) {
    while (at < s.size() && (s[at] == ' ' || s[at] == '\t' || s[at] == '\r' || s[at] == '\n'))
        ++at;
    return at;
}

struct Sample {
    std::size_t elements = 0;
    std::size_t indicators = 0;
    bool foreign = false;
};

bool sampleIsIndicator(std::string_view value, std::string_view key) {
    if (value.empty() || value.size() > kMaxValueBytes)
        return false;
    const std::string refanged = refang(value);
    if (inferValue(refanged).has_value())
        return true;
    const auto hint = keyHint(normalisedKey(key));
    return hint && valueForHint(*hint, refanged).has_value();
}

// Samples the complete elements of the array starting at `at` ('[').
void sampleArray(std::string_view s, std::size_t at, Sample& sample) {
    dom::parser parser;
    std::size_t pos = skipBlanks(s, at + 1);
    while (pos < s.size() && s[pos] != ']' && sample.elements < kMaxSampled) {
        const std::size_t end = valueEnd(s, pos);
        if (end == std::string_view::npos)
            return;
        const simdjson::padded_string element(s.data() + pos, end - pos);
        ++sample.elements;
        dom::element e;
        if (parser.parse(element).get(e) == simdjson::SUCCESS) {
            std::string_view text;
            dom::object obj;
            if (e.get_string().get(text) == simdjson::SUCCESS) {
                sample.indicators += sampleIsIndicator(text, {});
            } else if (e.get_object().get(obj) == simdjson::SUCCESS) {
                const Members m = membersOf(obj);
                sample.foreign = sample.foreign || m.foreign;
                sample.indicators += !m.foreign && sampleIsIndicator(m.value, m.valueKey);
            }
        }
        pos = skipBlanks(s, end);
        if (pos < s.size() && s[pos] == ',')
            pos = skipBlanks(s, pos + 1);
        else
            return;
    }
}

// ---------------------------------------------------------------------------------------------
// The reader

class Reader {
public:
    Reader(const QString& path, const IndicatorListOptions& options, stix::StixVisitor& visitor, const core::CancelToken& cancel,
           core::ProgressReporter* progress)
        : m_path(path), m_options(options), m_visitor(visitor), m_cancel(cancel), m_progress(progress),
          m_emitter(options.source, options.tlp, visitor) {}

    core::Result<IndicatorListInfo> run();

private:
    core::Status readArray(JsonStream& js, ByteSource& src, std::string_view name);
    core::Status element(const JsonStream::Value& v, std::string_view name, std::int64_t index);
    std::optional<IndicatorValue> valueOf(std::string_view raw, std::string_view valueKey, std::string_view typeWord);
    core::Status produce(const IndicatorValue& value, std::string_view name, std::optional<dom::object> obj,
                         std::string_view valueKey, std::string_view typeWord);
    void summarise(dom::object obj, std::string_view valueKey, std::string_view typeWord);
    void reject(const QString& message, std::string_view value = {});
    void rowNote(IssueSeverity severity, const QString& message, std::string_view value);

    const QString& m_path;
    const IndicatorListOptions& m_options;
    stix::StixVisitor& m_visitor;
    const core::CancelToken& m_cancel;
    core::ProgressReporter* m_progress;
    IndicatorEmitter m_emitter;
    dom::parser m_json;
    IndicatorListInfo m_info;
    detail::SeenIds m_seen;
    bool m_columnsSet = false;
    int m_notes = 0;
    std::int64_t m_suppressed = 0;
    // The element being read: its position and key ("items[7]") for messages.
    std::int64_t m_line = 1, m_offset = 0;
    QString m_object;
    std::string m_refanged, m_name, m_description, m_summary, m_text, m_number;
    std::vector<std::string> m_tags;
};

void Reader::reject(const QString& message, std::string_view value) {
    ++m_info.rejected;
    m_visitor.rejected(Issue{IssueSeverity::Error, value.empty() ? message : message + QLatin1Char(' ') + shown(value),
                             where(m_line, m_offset), m_object});
}

void Reader::rowNote(IssueSeverity severity, const QString& message, std::string_view value) {
    if (m_notes >= kMaxNotes) {
        ++m_suppressed;
        return;
    }
    ++m_notes;
    m_visitor.note(Issue{severity, message, where(m_line, m_offset), value.empty() ? m_object : shown(value)});
}

std::optional<IndicatorValue> Reader::valueOf(std::string_view raw, std::string_view valueKey, std::string_view typeWord) {
    if (raw.size() > kMaxValueBytes) {
        reject(
            QCoreApplication::translate("IndicatorListReader", "The value is %1 bytes long: not one indicator.").arg(raw.size()));
        return std::nullopt;
    }
    m_refanged = refang(raw);
    if (m_options.forcedType) {
        auto v = valueForHint(TypeHint{TypeHint::Kind::Exact, *m_options.forcedType, -1}, m_refanged);
        if (!v)
            reject(QCoreApplication::translate("IndicatorListReader", "\"%1\" is not a valid %2, the type this import requires.")
                       .arg(shown(raw), qs(core::observableTypeName(*m_options.forcedType))));
        return v;
    }
    std::optional<TypeHint> hint;
    std::string_view hintWord;
    if (!typeWord.empty()) {
        hint = typeHintForWord(typeWord);
        hintWord = typeWord;
    }
    if (!hint) {
        hint = keyHint(normalisedKey(valueKey));
        hintWord = valueKey;
    }
    if (!hint) {
        auto v = inferValue(m_refanged);
        if (!v)
            reject(QCoreApplication::translate(
                       "IndicatorListReader",
                       "\"%1\" is not recognised as an IP address or network, domain, URL, e-mail address or file hash.")
                       .arg(shown(m_refanged)));
        return v;
    }
    if (hint->kind == TypeHint::Kind::NotIndicator) {
        reject(QCoreApplication::translate("IndicatorListReader", "\"%1\" is context, not an indicator (type \"%2\").")
                   .arg(shown(raw), shown(hintWord)));
        return std::nullopt;
    }
    if (hint->kind == TypeHint::Kind::Unsupported) {
        reject(QCoreApplication::translate(
                   "IndicatorListReader",
                   "Type \"%1\" cannot be matched: only IP addresses and networks, domains, URLs, e-mail addresses, file "
                   "hashes (MD5, SHA-1, SHA-256, SHA-512), registry keys, mutexes and user agents can.")
                   .arg(shown(hintWord)),
               raw);
        return std::nullopt;
    }
    if (auto v = valueForHint(*hint, m_refanged))
        return v;
    auto inferred = inferValue(m_refanged);
    if (!inferred) {
        reject(QCoreApplication::translate("IndicatorListReader",
                                           "\"%1\" is not a valid value of type \"%2\", nor any other indicator.")
                   .arg(shown(raw), shown(hintWord)));
        return std::nullopt;
    }
    ++m_info.typeCorrections;
    const std::string_view kind = valueKindName(*inferred);
    rowNote(IssueSeverity::Warning,
            QCoreApplication::translate("IndicatorListReader",
                                        "The type says \"%1\", but \"%2\" is not of that type; imported as %3.")
                .arg(shown(hintWord), shown(raw), QString::fromLatin1(kind.data(), static_cast<qsizetype>(kind.size()))),
            raw);
    return inferred;
}

// Appends a scalar as text; false for null, objects and arrays.
bool appendScalar(std::string& out, dom::element e) {
    std::string_view s;
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0;
    bool b = false;
    if (e.get_string().get(s) == simdjson::SUCCESS)
        out.append(s);
    else if (e.get_int64().get(i) == simdjson::SUCCESS)
        out += std::to_string(i);
    else if (e.get_uint64().get(u) == simdjson::SUCCESS)
        out += std::to_string(u);
    else if (e.get_double().get(d) == simdjson::SUCCESS)
        out += QByteArray::number(d, 'g', 15).toStdString();
    else if (e.get_bool().get(b) == simdjson::SUCCESS)
        out += b ? "true" : "false";
    else
        return false;
    return true;
}

// `text` cut to at most `max` bytes at a UTF-8 character boundary, with an ellipsis when cut.
void cutUtf8(std::string& text, std::size_t max) {
    if (text.size() <= max)
        return;
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    text.resize(end);
    text += "\xE2\x80\xA6";
}

// "scenarios: a; b, asn: 8075, ..." of the members no role took.
void Reader::summarise(dom::object obj, std::string_view valueKey, std::string_view typeWord) {
    m_summary.clear();
    for (const dom::key_value_pair field : obj) {
        if (field.key == valueKey)
            continue;
        const Role role = roleOf(normalisedKey(field.key));
        if (role != Role::None && role != Role::Value && !(role == Role::Type && typeWord.empty()))
            continue;
        m_text.clear();
        dom::array arr;
        if (field.value.get_array().get(arr) == simdjson::SUCCESS) {
            for (const dom::element item : arr) {
                const std::size_t before = m_text.size();
                if (!m_text.empty())
                    m_text += "; ";
                if (!appendScalar(m_text, item))
                    m_text.resize(before);
            }
        } else {
            (void)appendScalar(m_text, field.value);
        }
        if (trimBlanks(m_text).empty())
            continue;
        cutUtf8(m_text, kMaxFieldText);
        if (!m_summary.empty())
            m_summary += ", ";
        m_summary.append(field.key);
        m_summary += ": ";
        m_summary += m_text;
        if (m_summary.size() > kMaxSummary) {
            cutUtf8(m_summary, kMaxSummary);
            break;
        }
    }
}

core::Status Reader::produce(const IndicatorValue& value, std::string_view name, std::optional<dom::object> obj,
                             std::string_view valueKey, std::string_view typeWord) {
    const QUuid uuid = m_emitter.uuidFor(value);
    if (!m_seen.insert(uuid)) {
        ++m_info.duplicates;
        return {};
    }
    IndicatorStixBuilder::Details d;
    d.name = name;
    m_description.clear();
    m_tags.clear();
    if (obj) {
        for (const dom::key_value_pair field : *obj) {
            const Role role = roleOf(normalisedKey(field.key));
            std::string_view text;
            const bool isText = field.value.get_string().get(text) == simdjson::SUCCESS;
            m_number.clear();
            const std::string_view scalar = isText ? text : (appendScalar(m_number, field.value) ? m_number : "");
            switch (role) {
            case Role::Description:
                if (!trimBlanks(scalar).empty()) {
                    if (!m_description.empty())
                        m_description += '\n';
                    m_description.append(trimBlanks(scalar));
                }
                break;
            case Role::Tags: {
                const auto addTag = [this](std::string_view tag) {
                    tag = trimBlanks(tag);
                    if (!tag.empty() && std::find(m_tags.begin(), m_tags.end(), tag) == m_tags.end())
                        m_tags.emplace_back(tag);
                };
                dom::array arr;
                if (field.value.get_array().get(arr) == simdjson::SUCCESS) {
                    for (const dom::element item : arr)
                        if (std::string_view tag; item.get_string().get(tag) == simdjson::SUCCESS)
                            addTag(tag);
                } else {
                    std::size_t i = 0;
                    while (i <= scalar.size()) {
                        std::size_t j = scalar.find_first_of(",;|", i);
                        if (j == std::string_view::npos)
                            j = scalar.size();
                        addTag(scalar.substr(i, j - i));
                        i = j + 1;
                    }
                }
                break;
            }
            case Role::FirstSeen:
                if (!d.firstSeen)
                    d.firstSeen = detail::parseListDate(scalar);
                break;
            case Role::LastSeen:
                if (!d.lastSeen)
                    d.lastSeen = detail::parseListDate(scalar);
                break;
            case Role::Confidence:
                if (!d.confidence) {
                    double number = 0;
                    if (!isText && field.value.get_double().get(number) == simdjson::SUCCESS && number >= 0 && number <= 100)
                        d.confidence = static_cast<int>(std::lround(number));
                    else if (isText)
                        d.confidence = detail::parseConfidence(text);
                }
                break;
            default: break;
            }
        }
        summarise(*obj, valueKey, typeWord);
        if (!m_summary.empty()) {
            if (!m_description.empty())
                m_description += '\n';
            m_description += m_summary;
        }
    }
    d.description = m_description;
    for (const std::string& t : m_tags)
        d.labels.push_back(t);
    if (!d.confidence && m_options.confidence && *m_options.confidence >= 0 && *m_options.confidence <= 100)
        d.confidence = m_options.confidence;

    if (auto s = m_emitter.send(value, uuid, d, shown(name), where(m_line, m_offset), m_info.generatorRejections,
                                [&](const QString& message) { reject(message); });
        !s)
        return s;
    ++m_info.values;
    return {};
}

core::Status Reader::element(const JsonStream::Value& v, std::string_view name, std::int64_t index) {
    ++m_info.rows;
    m_line = v.line;
    m_offset = v.offset;
    m_object = QStringLiteral("%1[%2]").arg(qs(name)).arg(index);
    switch (v.status) {
    case JsonStream::ValueStatus::TooLarge:
        reject(QCoreApplication::translate("IndicatorListReader",
                                           "The element is %1 bytes long; the cap is %2 bytes. It was left out.")
                   .arg(v.size)
                   .arg(static_cast<qulonglong>(kLimits.maxValueBytes)));
        return {};
    case JsonStream::ValueStatus::TooDeep:
        reject(QCoreApplication::translate("IndicatorListReader", "The element is nested %1 levels deep; the cap is %2.")
                   .arg(v.depth)
                   .arg(kLimits.maxDepth));
        return {};
    case JsonStream::ValueStatus::StringTooLong:
        reject(QCoreApplication::translate("IndicatorListReader", "The element contains a string longer than the cap of %1 KB.")
                   .arg(kLimits.maxStringBytes >> 10));
        return {};
    case JsonStream::ValueStatus::Ok: break;
    }
    dom::element root;
    if (const auto err = m_json.parse(v.bytes.data(), v.bytes.size(), false).get(root); err != simdjson::SUCCESS) {
        reject(QCoreApplication::translate("IndicatorListReader", "The element is not valid JSON (%1).")
                   .arg(QString::fromUtf8(simdjson::error_message(err))));
        return {};
    }
    std::string_view raw, valueKey, typeWord;
    std::optional<dom::object> obj;
    if (dom::object o; root.get_object().get(o) == simdjson::SUCCESS) {
        obj = o;
        const Members m = membersOf(o);
        if (!m_columnsSet) {
            m_columnsSet = true;
            m_info.valueColumn = -1;
            for (const dom::key_value_pair field : o) {
                if (field.key == m.valueKey && !m.valueKey.empty())
                    m_info.valueColumn = static_cast<int>(m_info.columns.size());
                if (!m.typeWord.empty() && !m_options.forcedType && roleOf(normalisedKey(field.key)) == Role::Type &&
                    m_info.typeColumn < 0)
                    m_info.typeColumn = static_cast<int>(m_info.columns.size());
                m_info.columns << qs(field.key);
            }
        }
        if (m.value.empty()) {
            reject(m.hasValueKey
                       ? QCoreApplication::translate("IndicatorListReader", "The element has no text in its value member (%1).")
                             .arg(qs(m.valueKey))
                       : QCoreApplication::translate(
                             "IndicatorListReader",
                             "The element has no value member (ip, value, indicator, ioc, domain, url, hash, "
                             "sha256, md5, address, ...)."));
            return {};
        }
        raw = m.value;
        valueKey = m.valueKey;
        typeWord = m.typeWord;
    } else if (root.get_string().get(raw) != simdjson::SUCCESS || trimBlanks(raw).empty()) {
        reject(QCoreApplication::translate("IndicatorListReader",
                                           "The element is neither a value (a string) nor an object with a value member."));
        return {};
    }

    auto value = valueOf(raw, valueKey, typeWord);
    if (!value)
        return {};
    std::string_view indicatorName = m_refanged;
    if (value->keys.size() > 1) {
        // Several hashes of one file: name them canonically, in algorithm order.
        m_name.clear();
        for (const core::ObservableKey& k : value->keys) {
            if (!m_name.empty())
                m_name += ", ";
            m_name += k.value;
        }
        indicatorName = m_name;
    }
    for (const std::string& piece : value->skipped)
        rowNote(IssueSeverity::Warning,
                QCoreApplication::translate(
                    "IndicatorListReader",
                    "\"%1\" is not a complete hash (%2 hex digits); the indicator uses the other hashes of the row.")
                    .arg(shown(piece))
                    .arg(piece.size()),
                piece);
    return produce(*value, indicatorName, obj, valueKey, typeWord);
}

core::Status Reader::readArray(JsonStream& js, ByteSource& src, std::string_view name) {
    if (auto s = js.expect('['); !s)
        return s;
    auto p = js.peek();
    if (!p)
        return p.error();
    if (p.value() == ']')
        return js.expect(']');
    for (std::int64_t index = 0;; ++index) {
        if (m_cancel.isCancelled())
            return core::Error::make(core::ErrorCode::Cancelled,
                                     QCoreApplication::translate("IndicatorListReader", "Import cancelled."));
        auto v = js.value();
        if (!v)
            return v.error();
        if (auto s = element(v.value(), name, index); !s)
            return s;
        if (m_progress && (m_info.rows & 1023) == 0)
            m_progress->report({src.rawPosition(), src.rawSize(), {}});
        auto sep = js.peek();
        if (!sep)
            return sep.error();
        if (sep.value() != ',')
            return js.expect(']');
        (void)js.expect(',');
    }
}

core::Result<IndicatorListInfo> Reader::run() {
    auto opened = openByteSource(m_path);
    if (!opened)
        return opened.error();
    ByteSource& src = *opened.value();
    m_info.delimiter = '\0';
    JsonStream js(src, kLimits);
    auto first = js.peek();
    if (!first)
        return first.error();
    if (first.value() == '[') {
        if (auto s = readArray(js, src, {}); !s)
            return s.error();
    } else if (first.value() == '{') {
        (void)js.expect('{');
        bool found = false;
        auto p = js.peek();
        if (!p)
            return p.error();
        while (p.value() != '}') {
            auto key = js.key();
            if (!key)
                return key.error();
            auto next = js.peek();
            if (!next)
                return next.error();
            if (!found && next.value() == '[' &&
                std::find(kArrayNames.begin(), kArrayNames.end(), key.value()) != kArrayNames.end()) {
                found = true;
                if (auto s = readArray(js, src, key.value()); !s)
                    return s.error();
            } else if (auto v = js.value(); !v) {
                return v.error(); // other members (generated_at, counts, ...) are skipped
            }
            auto sep = js.peek();
            if (!sep)
                return sep.error();
            if (sep.value() != ',') {
                if (auto s = js.expect('}'); !s)
                    return s.error();
                break;
            }
            (void)js.expect(',');
            p = js.peek();
            if (!p)
                return p.error();
        }
        if (p.value() == '}')
            (void)js.expect('}');
        if (!found)
            return core::Error::make(
                core::ErrorCode::Parse,
                QCoreApplication::translate("IndicatorListReader",
                                            "The JSON document has no array of indicators (items, indicators, data, iocs, "
                                            "entries, results or blocklist)."),
                where(1, 0));
    } else {
        return core::Error::make(
            core::ErrorCode::Parse,
            first.value() == '\0'
                ? QCoreApplication::translate("IndicatorListReader", "The file is empty.")
                : QCoreApplication::translate("IndicatorListReader", "Not JSON: the file must start with '{' or '['."),
            where(js.line(), js.offset()));
    }
    auto rest = js.peek();
    if (!rest)
        return rest.error();
    if (rest.value() != '\0')
        return core::Error::make(
            core::ErrorCode::Parse,
            QCoreApplication::translate("IndicatorListReader", "Unexpected data after the end of the JSON document."),
            where(js.line(), js.offset()));
    m_info.lines = js.line();
    if (m_progress)
        m_progress->report({src.rawPosition(), src.rawSize(), {}}, true);

    const int duplicates = core::pluralCount(m_info.duplicates);
    if (m_info.duplicates > 0)
        m_visitor.note(Issue{IssueSeverity::Info,
                             QCoreApplication::translate(
                                 "IndicatorListReader",
                                 "%n duplicate value(s) merged: each distinct value becomes one indicator.", "", duplicates),
                             {},
                             {}});
    const int left = core::pluralCount(m_suppressed);
    if (m_suppressed > 0)
        m_visitor.note(
            Issue{IssueSeverity::Info,
                  QCoreApplication::translate("IndicatorListReader", "%n more note(s) of the same kind were left out.", "", left),
                  {},
                  {}});
    if (m_info.rows == 0)
        m_visitor.note(Issue{
            IssueSeverity::Warning, QCoreApplication::translate("IndicatorListReader", "The list holds no values."), {}, {}});
    return m_info;
}

} // namespace

bool looksLikeJsonIndicatorList(std::string_view head) {
    head = head.substr(0, kListHeadBytes);
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    std::size_t pos = skipBlanks(head, 0);
    if (pos >= head.size())
        return false;
    Sample sample;
    if (head[pos] == '[') {
        sampleArray(head, pos, sample);
    } else if (head[pos] == '{') {
        bool found = false;
        pos = skipBlanks(head, pos + 1);
        while (pos < head.size() && head[pos] == '"') {
            const std::size_t keyEnd = valueEnd(head, pos);
            if (keyEnd == std::string_view::npos)
                break;
            const std::string_view key = head.substr(pos + 1, keyEnd - pos - 2);
            pos = skipBlanks(head, keyEnd);
            if (pos >= head.size() || head[pos] != ':')
                return false;
            pos = skipBlanks(head, pos + 1);
            if (isForeignKey(key))
                return false;
            const std::size_t end = valueEnd(head, pos);
            if (key == "type" && end != std::string_view::npos &&
                head.substr(pos, end - pos).find("bundle") != std::string_view::npos)
                return false; // a STIX bundle
            if (!found && pos < head.size() && head[pos] == '[' &&
                std::find(kArrayNames.begin(), kArrayNames.end(), key) != kArrayNames.end()) {
                found = true;
                sampleArray(head, pos, sample);
            }
            if (end == std::string_view::npos)
                break;
            pos = skipBlanks(head, end);
            if (pos >= head.size() || head[pos] != ',')
                break;
            pos = skipBlanks(head, pos + 1);
        }
    } else {
        return false;
    }
    return !sample.foreign && sample.indicators > 0 && sample.indicators * 2 >= sample.elements;
}

core::Result<IndicatorListInfo> readJsonIndicatorList(const QString& path, const IndicatorListOptions& options,
                                                      stix::StixVisitor& visitor, const core::CancelToken& cancel,
                                                      core::ProgressReporter* progress) {
    Reader reader(path, options, visitor, cancel, progress);
    return reader.run();
}

} // namespace lagebild::ingest::csv

#include "models/ingest/sigma/sigma_reader.h"

#include "models/core/timestamp.h"
#include "models/ingest/alert_observables.h"
#include "models/ingest/sigma/yaml_lite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <simdjson.h>

#include <algorithm>

namespace lagebild::ingest::sigma {

namespace {

namespace dom = simdjson::dom;
using core::Issue;
using core::IssueSeverity;
using core::ObservableType;

constexpr std::size_t kMaxYamlBytes = 1u << 20; // rules are a few KB

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

// Reads a small text file whole (rule.yml, info.yml); empty when missing or over the cap.
std::string readSmallFile(const QString& path, bool* found = nullptr) {
    if (found)
        *found = false;
    if (!QFileInfo(path).isFile())
        return {};
    auto src = openByteSource(path);
    if (!src)
        return {};
    std::string text;
    char buf[16384];
    for (;;) {
        auto got = src.value()->read(buf, sizeof buf);
        if (!got || got.value() == 0)
            break;
        text.append(buf, got.value());
        if (text.size() > kMaxYamlBytes)
            return {};
    }
    if (found)
        *found = true;
    return text;
}

// Takes the lookup result, not an element: converting a failed lookup to an element would throw.
std::string_view str(simdjson::simdjson_result<dom::element> e) {
    std::string_view v;
    return e.get_string().get(v) == simdjson::SUCCESS ? v : std::string_view{};
}

// A string, or an integer as text (Windows event fields come either way).
bool text(dom::element e, std::string& out) {
    std::string_view s;
    std::int64_t i;
    std::uint64_t u;
    if (e.get_string().get(s) == simdjson::SUCCESS)
        out.assign(s);
    else if (e.get_int64().get(i) == simdjson::SUCCESS)
        out = std::to_string(i);
    else if (e.get_uint64().get(u) == simdjson::SUCCESS)
        out = std::to_string(u);
    else
        return false;
    return true;
}

bool isAddress(std::string_view s) {
    if (s.empty())
        return false;
    const auto type = s.find(':') == std::string_view::npos ? ObservableType::Ipv4 : ObservableType::Ipv6;
    return core::normaliseObservable(type, s).has_value();
}

void addHost(core::AlertRecord& rec, std::string_view s) {
    if (isAddress(s))
        addAddress(rec, s);
    else if (isHostName(s))
        addObservable(rec, ObservableType::Domain, s);
}

// Sysmon: "SHA1=...,MD5=...,SHA256=...,IMPHASH=..." (Hashes) or one "SHA256=..." (Hash).
void addHashes(core::AlertRecord& rec, std::string_view s) {
    while (!s.empty()) {
        const std::size_t comma = s.find(',');
        const std::string_view part = s.substr(0, comma);
        const std::size_t eq = part.find('=');
        if (eq != std::string_view::npos) {
            const std::string_view name = part.substr(0, eq), value = part.substr(eq + 1);
            if (equalsIgnoreCase(name, "MD5"))
                addObservable(rec, ObservableType::Md5, value);
            else if (equalsIgnoreCase(name, "SHA1"))
                addObservable(rec, ObservableType::Sha1, value);
            else if (equalsIgnoreCase(name, "SHA256"))
                addObservable(rec, ObservableType::Sha256, value);
        }
        if (comma == std::string_view::npos)
            break;
        s.remove_prefix(comma + 1);
    }
}

std::optional<int> portOf(const std::string& s) {
    if (s.empty() || s.size() > 5 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const int v = std::stoi(s);
    return v <= 65535 ? std::optional<int>(v) : std::nullopt;
}

struct Rule {
    std::string title;
    std::string id;
    std::string level;
    std::string category;
    std::vector<std::string> techniques;
    std::optional<int> severity;
    std::optional<std::int64_t> infoDate; // info.yml date, 00:00 UTC
};

class Reader {
public:
    Reader(const SigmaOptions& options, AlertVisitor& visitor, const core::CancelToken& cancel, core::ProgressReporter* progress)
        : m_options(options), m_visitor(visitor), m_cancel(cancel), m_progress(progress) {
        m_update.phase = QCoreApplication::translate("SigmaReader", "Reading Sigma matches");
    }

    core::Result<AlertFileInfo> run(const QString& pathOrFolder);

private:
    void loadRule(const QDir& folder, const QString& fallbackTitle);
    core::Status readFile(const QString& path);
    core::Status event(const JsonStream::Value& v, const QString& file);
    QString where(const QString& file, std::int64_t line, std::int64_t offset) const {
        return QCoreApplication::translate("SigmaReader", "%1, line %2, byte %3").arg(file).arg(line).arg(offset);
    }
    // Until a file has shown one JSON object its rejections are held back: a file with none is
    // reported once as a whole (or fails the import when it is the only one).
    void reject(const QString& reason, const QString& position, const QString& object = {}) {
        Issue issue{IssueSeverity::Error, reason, position, object};
        if (m_holdBack) {
            m_pending.push_back(std::move(issue));
            return;
        }
        ++m_info.rejected;
        m_visitor.rejected(issue);
    }
    void sawObject() {
        if (!m_holdBack)
            return;
        m_holdBack = false;
        for (const Issue& issue : m_pending) {
            ++m_info.rejected;
            m_visitor.rejected(issue);
        }
        m_pending.clear();
    }
    bool field(dom::element eventData, std::string_view name, std::string& out) const;

    const SigmaOptions& m_options;
    AlertVisitor& m_visitor;
    const core::CancelToken& m_cancel;
    core::ProgressReporter* m_progress;
    core::ProgressUpdate m_update;
    AlertFileInfo m_info;
    Rule m_rule;
    dom::parser m_parser;
    core::AlertRecord m_rec;
    std::int64_t m_objects = 0; // JSON objects found over all files
    bool m_dateNoted = false;
    std::string m_value;
    bool m_holdBack = false;
    std::vector<Issue> m_pending;
};

void Reader::loadRule(const QDir& folder, const QString& fallbackTitle) {
    bool haveRule = false, haveInfo = false;
    const YamlLite rule = parseYamlLite(readSmallFile(folder.filePath(QStringLiteral("rule.yml")), &haveRule));
    const YamlLite info = parseYamlLite(readSmallFile(folder.filePath(QStringLiteral("info.yml")), &haveInfo));
    m_rule.title = rule.scalar("title");
    m_rule.id = rule.scalar("id");
    if (m_rule.title.empty())
        m_rule.title = info.scalar("rule_metadata[0].title");
    if (m_rule.id.empty())
        m_rule.id = info.scalar("rule_metadata[0].id");
    if (!haveRule)
        m_visitor.note(Issue{
            IssueSeverity::Warning,
            haveInfo ? QCoreApplication::translate("SigmaReader",
                                                   "No rule.yml next to the events in %1; the rule id and title were taken from "
                                                   "info.yml, level and tags are unknown.")
                           .arg(folder.path())
                     : QCoreApplication::translate("SigmaReader",
                                                   "No rule.yml next to the events in %1; the alerts carry no rule id, level or "
                                                   "tags.")
                           .arg(folder.path()),
            folder.path(),
            {}});
    if (m_rule.title.empty())
        m_rule.title = fallbackTitle.toStdString();
    m_rule.level = rule.scalar("level");
    m_rule.severity = sigmaLevelSeverity(m_rule.level);
    if (haveRule && !m_rule.severity)
        m_visitor.note(
            Issue{IssueSeverity::Warning,
                  m_rule.level.empty()
                      ? QCoreApplication::translate("SigmaReader", "The rule has no level; its alerts are rated medium.")
                      : QCoreApplication::translate("SigmaReader", "Unknown rule level \"%1\"; its alerts are rated medium.")
                            .arg(qs(m_rule.level)),
                  folder.filePath(QStringLiteral("rule.yml")), qs(m_rule.id)});
    m_rule.category = rule.scalar("logsource.category");
    if (m_rule.category.empty())
        m_rule.category = rule.scalar("logsource.service");
    if (m_rule.category.empty())
        m_rule.category = rule.scalar("logsource.product");
    m_rule.techniques = attackTechniques(rule.list("tags"));
    std::string date = info.scalar("date");
    std::replace(date.begin(), date.end(), '/', '-'); // old Sigma files write 2020/01/31
    if (date.size() == 10)
        m_rule.infoDate = core::parseSensorTimestamp(date + "T00:00:00Z", 0);
}

bool Reader::field(dom::element eventData, std::string_view name, std::string& out) const {
    out.clear();
    dom::element e;
    if (eventData[name].get(e) == simdjson::SUCCESS)
        return text(e, out) && !out.empty() && out != "-";
    // Some converters keep the XML shape: "Data": [{"#attributes": {"Name": "X"}, "#text": "..."}].
    dom::array data;
    if (eventData["Data"].get_array().get(data) != simdjson::SUCCESS)
        return false;
    for (dom::element d : data) {
        std::string_view n = str(d["#attributes"]["Name"]);
        if (n.empty())
            n = str(d["@Name"]);
        if (n == name) {
            dom::element v;
            if (d["#text"].get(v) == simdjson::SUCCESS)
                return text(v, out) && !out.empty() && out != "-";
            return false;
        }
    }
    return false;
}

core::Status Reader::event(const JsonStream::Value& v, const QString& file) {
    const QString pos = where(file, v.line, v.offset);
    dom::element root;
    if (const auto err = m_parser.parse(v.bytes.data(), v.bytes.size(), false).get(root); err != simdjson::SUCCESS) {
        reject(QCoreApplication::translate("SigmaReader", "Event is not valid JSON (%1).")
                   .arg(QString::fromUtf8(simdjson::error_message(err))),
               pos);
        return {};
    }
    if (!root.is_object()) {
        reject(QCoreApplication::translate("SigmaReader", "Not a Windows event: a JSON object was expected."), pos);
        return {};
    }
    ++m_objects;
    sawObject();
    dom::element ev = root;
    if (dom::element wrapped; root["Event"].get(wrapped) == simdjson::SUCCESS && wrapped.is_object())
        ev = wrapped;
    dom::element system;
    if (ev["System"].get(system) != simdjson::SUCCESS || !system.is_object()) {
        reject(QCoreApplication::translate("SigmaReader", "Not a Windows event: the \"System\" section is missing."), pos);
        return {};
    }
    dom::element eventData;
    const bool haveData = ev["EventData"].get(eventData) == simdjson::SUCCESS && eventData.is_object();

    std::string recordId, computer;
    if (dom::element e; system["EventRecordID"].get(e) == simdjson::SUCCESS)
        text(e, recordId);
    computer.assign(str(system["Computer"]));

    // Time: SystemTime is UTC by definition (Windows writes it with a 'Z', converters sometimes drop it).
    std::string_view ts = str(system["TimeCreated"]["#attributes"]["SystemTime"]);
    if (ts.empty())
        ts = str(system["TimeCreated"]["SystemTime"]);
    if (ts.empty())
        ts = str(system["TimeCreated"]);
    if (ts.empty() && haveData)
        ts = str(eventData["UtcTime"]); // Sysmon, UTC
    std::optional<std::int64_t> time;
    if (!ts.empty()) {
        time = core::parseSensorTimestamp(ts, 0);
        if (!time) {
            reject(QCoreApplication::translate("SigmaReader", "Unreadable event time \"%1\".").arg(qs(ts.substr(0, 64))), pos,
                   qs(recordId));
            return {};
        }
    } else if (m_rule.infoDate) {
        time = m_rule.infoDate;
        if (!m_dateNoted) {
            m_dateNoted = true;
            m_visitor.note(
                Issue{IssueSeverity::Warning,
                      QCoreApplication::translate(
                          "SigmaReader", "Events in %1 carry no time; the info.yml date %2 (00:00 UTC) was used for them.")
                          .arg(file, QString::fromStdString(core::formatStixTimestamp(*time).substr(0, 10))),
                      pos, qs(recordId)});
        }
    } else {
        reject(QCoreApplication::translate("SigmaReader",
                                           "Event without a time (System/TimeCreated) and no info.yml date to fall back on."),
               pos, qs(recordId));
        return {};
    }

    auto& rec = m_rec;
    rec.time = *time;
    rec.sensor = "sigma";
    rec.signature = m_rule.title;
    rec.signatureId = m_rule.id;
    rec.category = m_rule.category;
    rec.severity = m_rule.severity.value_or(3);
    rec.techniques = m_rule.techniques;
    rec.flowId = recordId;
    rec.src.clear();
    rec.dst.clear();
    rec.srcPort.reset();
    rec.dstPort.reset();
    rec.proto.clear();
    rec.appProto.clear();
    rec.observables.clear();
    if (haveData) {
        for (std::string_view name : {"SourceIp", "IpAddress", "SourceAddress"})
            if (rec.src.empty() && field(eventData, name, m_value) && isAddress(m_value))
                rec.src = m_value;
        for (std::string_view name : {"DestinationIp", "DestAddress"})
            if (rec.dst.empty() && field(eventData, name, m_value) && isAddress(m_value))
                rec.dst = m_value;
        for (std::string_view name : {"SourcePort", "IpPort"})
            if (!rec.srcPort && field(eventData, name, m_value))
                rec.srcPort = portOf(m_value);
        for (std::string_view name : {"DestinationPort", "DestPort"})
            if (!rec.dstPort && field(eventData, name, m_value))
                rec.dstPort = portOf(m_value);
        if (field(eventData, "Protocol", m_value) && m_value.size() <= 8) {
            rec.proto = m_value;
            std::transform(rec.proto.begin(), rec.proto.end(), rec.proto.begin(),
                           [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
        }
        addAddress(rec, rec.src);
        addAddress(rec, rec.dst);
        for (std::string_view name : {"SourceHostname", "DestinationHostname", "QueryName"})
            if (field(eventData, name, m_value))
                addHost(rec, m_value);
        for (std::string_view name : {"Hashes", "Hash"})
            if (field(eventData, name, m_value))
                addHashes(rec, m_value);
    }

    auto& key = rec.dedupKey;
    key.assign("sigma|");
    key += m_rule.id;
    key += '|';
    key += recordId;
    key += '|';
    key += computer;
    key += '|';
    key += std::to_string(rec.time);
    rec.raw = v.bytes;
    ++m_info.alerts;
    return m_visitor.alert(rec);
}

core::Status Reader::readFile(const QString& path) {
    const QString file = QFileInfo(path).fileName();
    auto src = openByteSource(path);
    if (!src)
        return src.error();
    JsonStream js(*src.value(), m_options.limits);
    const std::int64_t recordsBefore = m_info.records;
    m_holdBack = true;
    m_pending.clear();
    std::int64_t firstBadLine = 1, firstBadOffset = 0;
    bool inArray = false;

    // Ends the file. After at least one JSON object a structural error is one more rejection and
    // the objects before it stay; a file without any JSON object is a Parse error at its first
    // problem, its records uncounted (the caller reports the file once).
    auto finish = [&](std::optional<core::Error> structural) -> core::Status {
        if (!m_holdBack) {
            if (structural) {
                ++m_info.records;
                reject(
                    QCoreApplication::translate("SigmaReader", "%1 The rest of the file was not read.").arg(structural->message),
                    QCoreApplication::translate("SigmaReader", "%1, %2").arg(file, structural->detail));
            }
            return {};
        }
        m_holdBack = false;
        m_info.records = recordsBefore;
        if (m_pending.empty() && !structural)
            return {}; // an empty file
        core::Error e = structural ? *structural : core::Error{};
        if (!m_pending.empty())
            e = core::Error::make(
                core::ErrorCode::Parse,
                QCoreApplication::translate("SigmaReader", "%1 holds no Windows event JSON object (first problem at %2: %3).")
                    .arg(file, m_pending.front().position, m_pending.front().message),
                QStringLiteral("line %1, byte %2").arg(firstBadLine).arg(firstBadOffset));
        m_pending.clear();
        return e;
    };

    for (;;) {
        if (m_cancel.isCancelled())
            return core::Error::make(core::ErrorCode::Cancelled, QCoreApplication::translate("SigmaReader", "Import cancelled."));
        if (m_holdBack && m_pending.size() >= 1000)
            return finish(std::nullopt); // a large file of garbage: stop early
        auto p = js.peek();
        if (!p)
            return finish(p.error());
        const char c = p.value();
        if (c == '\0') {
            if (inArray)
                return finish(JsonStream::parseError(
                    QCoreApplication::translate("SigmaReader", "The JSON array is not closed at the end of the file."),
                    js.offset(), js.line()));
            return finish(std::nullopt);
        }
        if (c == '[' && !inArray && m_info.records == recordsBefore) {
            (void)js.expect('[');
            inArray = true;
            continue;
        }
        if (inArray && c == ']') {
            (void)js.expect(']');
            inArray = false;
            continue;
        }
        if (c == ',') {
            (void)js.expect(',');
            continue;
        }
        if (c == '}' || c == ']') // a stray closing bracket would be cut as an empty value, forever
            return finish(JsonStream::parseError(
                QCoreApplication::translate("SigmaReader", "Unexpected '%1'.").arg(QLatin1Char(c)), js.offset(), js.line()));
        auto v = js.value();
        if (!v)
            return finish(v.error());
        const JsonStream::Value& val = v.value();
        ++m_info.records;
        const QString pos = where(file, val.line, val.offset);
        const std::size_t pendingBefore = m_pending.size();
        switch (val.status) {
        case JsonStream::ValueStatus::TooLarge:
            reject(QCoreApplication::translate("SigmaReader", "Event is %1 bytes long; the cap is %2 bytes. It was left out.")
                       .arg(val.size)
                       .arg(static_cast<qulonglong>(m_options.limits.maxValueBytes)),
                   pos);
            break;
        case JsonStream::ValueStatus::TooDeep:
            reject(QCoreApplication::translate("SigmaReader", "Event is nested %1 levels deep; the cap is %2.")
                       .arg(val.depth)
                       .arg(m_options.limits.maxDepth),
                   pos);
            break;
        case JsonStream::ValueStatus::StringTooLong:
            reject(QCoreApplication::translate("SigmaReader", "Event contains a string longer than the cap of %1 KB.")
                       .arg(m_options.limits.maxStringBytes >> 10),
                   pos);
            break;
        case JsonStream::ValueStatus::Ok:
            if (auto s = event(val, file); !s)
                return s;
            break;
        }
        if (pendingBefore == 0 && m_pending.size() == 1) {
            firstBadLine = val.line;
            firstBadOffset = val.offset;
        }
        if (m_progress) {
            m_update.done = m_info.records;
            m_progress->report(m_update);
        }
    }
}

core::Result<AlertFileInfo> Reader::run(const QString& pathOrFolder) {
    const QFileInfo fi(pathOrFolder);
    QStringList files;
    QDir folder;
    if (fi.isDir()) {
        folder = QDir(fi.absoluteFilePath());
        for (const QString& name :
             folder.entryList({QStringLiteral("event-*.json"), QStringLiteral("event-*.json.gz")}, QDir::Files, QDir::Name))
            files << folder.filePath(name);
        if (files.isEmpty())
            return core::Error::make(
                core::ErrorCode::Io,
                QCoreApplication::translate("SigmaReader",
                                            "%1 holds no event-*.json file; a Sigma match folder needs rule.yml and the "
                                            "matching events.")
                    .arg(pathOrFolder));
    } else if (fi.isFile()) {
        folder = fi.absoluteDir();
        files << fi.absoluteFilePath();
    } else {
        return core::Error::make(
            core::ErrorCode::Io,
            QCoreApplication::translate("SigmaReader", "Cannot open %1: no such file or folder.").arg(pathOrFolder));
    }
    loadRule(folder, fi.isDir() ? folder.dirName() : fi.completeBaseName());

    std::optional<core::Error> firstFailure;
    for (const QString& path : files) {
        auto st = readFile(path);
        if (st)
            continue;
        if (st.error().code != core::ErrorCode::Parse)
            return st.error();
        // A file with nothing readable: the whole import fails if it is the only one asked for.
        if (files.size() == 1)
            return st.error();
        if (!firstFailure)
            firstFailure = st.error();
        ++m_info.records;
        reject(st.error().message,
               QCoreApplication::translate("SigmaReader", "%1, %2").arg(QFileInfo(path).fileName(), st.error().detail));
    }
    if (m_objects == 0 && firstFailure)
        return *firstFailure;
    if (m_info.records == 0)
        m_visitor.note(Issue{
            IssueSeverity::Info, QCoreApplication::translate("SigmaReader", "%1 holds no events.").arg(pathOrFolder), {}, {}});
    if (m_progress) {
        m_update.done = m_info.records;
        m_progress->report(m_update, true);
    }
    return m_info;
}

} // namespace

bool isSigmaMatchFolder(const QString& path) {
    const QFileInfo fi(path);
    if (!fi.isDir())
        return false;
    const QDir dir(fi.absoluteFilePath());
    return dir.exists(QStringLiteral("rule.yml")) &&
           !dir.entryList({QStringLiteral("event-*.json"), QStringLiteral("event-*.json.gz")}, QDir::Files).isEmpty();
}

bool looksLikeSigmaEvents(std::string_view head) {
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || (head[first] != '{' && head[first] != '['))
        return false;
    return head.find("\"System\"") != std::string_view::npos &&
           (head.find("\"EventRecordID\"") != std::string_view::npos || head.find("\"TimeCreated\"") != std::string_view::npos);
}

std::optional<int> sigmaLevelSeverity(std::string_view level) {
    if (equalsIgnoreCase(level, "critical"))
        return 1;
    if (equalsIgnoreCase(level, "high"))
        return 2;
    if (equalsIgnoreCase(level, "medium"))
        return 3;
    if (equalsIgnoreCase(level, "low") || equalsIgnoreCase(level, "informational"))
        return 4;
    return std::nullopt;
}

std::vector<std::string> attackTechniques(const std::vector<std::string>& tags) {
    std::vector<std::string> out;
    for (const std::string& tag : tags) {
        std::string_view t = tag;
        if (t.size() < 7 || !equalsIgnoreCase(t.substr(0, 7), "attack."))
            continue;
        t.remove_prefix(7);
        // t1059 or t1059.001
        if ((t.size() != 5 && t.size() != 9) || lower(t[0]) != 't')
            continue;
        bool ok = true;
        for (std::size_t i = 1; i < t.size() && ok; ++i)
            ok = i == 5 ? t[i] == '.' : (t[i] >= '0' && t[i] <= '9');
        if (!ok)
            continue;
        std::string id(t);
        id[0] = 'T';
        if (std::find(out.begin(), out.end(), id) == out.end())
            out.push_back(std::move(id));
    }
    return out;
}

core::Result<AlertFileInfo> readSigmaMatches(const QString& pathOrFolder, const SigmaOptions& options, AlertVisitor& visitor,
                                             const core::CancelToken& cancel, core::ProgressReporter* progress) {
    Reader reader(options, visitor, cancel, progress);
    return reader.run(pathOrFolder);
}

} // namespace lagebild::ingest::sigma

#include "models/ingest/eve/eve_reader.h"

#include "models/core/timestamp.h"
#include "models/ingest/eve/eve_record_parser.h"
#include "models/ingest/eve/line_reader.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <vector>

namespace lagebild::ingest::eve {

namespace {

using core::Issue;
using core::IssueSeverity;

static_assert(simdjson::SIMDJSON_PADDING <= LineReader::kPadding, "line buffer must carry simdjson's padding");

// A file whose first this-many records are all malformed is not EVE: give up instead of
// reporting every line of a binary file.
constexpr std::size_t kMaxLeadingGarbage = 1000;

QString where(std::int64_t line, std::int64_t offset) {
    return QCoreApplication::translate("EveReader", "line %1, byte %2").arg(line).arg(offset);
}

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

enum class Shape { Lines, Array, Objects };

// Decides the shape from the first 64 KB: '[' -> array; a first line that is only "{" -> pretty-
// printed objects one after another; anything else -> NDJSON (the normal eve.json).
core::Result<Shape> detectShape(const QString& path) {
    auto src = openByteSource(path);
    if (!src)
        return src.error();
    std::string head(64 * 1024, '\0');
    std::size_t have = 0;
    while (have < head.size()) {
        auto got = src.value()->read(head.data() + have, head.size() - have);
        if (!got)
            return got.error();
        if (got.value() == 0)
            break;
        have += got.value();
    }
    head.resize(have);
    std::string_view h = head;
    if (h.substr(0, 3) == "\xEF\xBB\xBF")
        h.remove_prefix(3);
    const auto first = h.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return Shape::Lines;
    if (h[first] == '[')
        return Shape::Array;
    if (h[first] == '{') {
        const auto nl = h.find('\n', first);
        if (nl != std::string_view::npos && trimmed(h.substr(first, nl - first)) == "{")
            return Shape::Objects;
    }
    return Shape::Lines;
}

class Reader {
public:
    Reader(const QString& path, const EveOptions& options, AlertVisitor& visitor, const core::CancelToken& cancel,
           core::ProgressReporter* progress)
        : m_path(path), m_options(options), m_visitor(visitor), m_cancel(cancel), m_progress(progress),
          m_parser(options.defaultOffsetMinutes) {
        m_update.phase = QCoreApplication::translate("EveReader", "Reading Suricata EVE");
    }

    core::Result<AlertFileInfo> run();

private:
    core::Status readLines(ByteSource& src);
    core::Status readValues(ByteSource& src, Shape shape);
    core::Status record(std::string_view json, std::int64_t line, std::int64_t offset);
    void reject(const QString& reason, std::int64_t line, std::int64_t offset);
    core::Status cancelled() const;
    void reportProgress(const ByteSource& src, bool force = false);
    core::Error notEve() const;

    const QString& m_path;
    const EveOptions& m_options;
    AlertVisitor& m_visitor;
    const core::CancelToken& m_cancel;
    core::ProgressReporter* m_progress;
    EveRecordParser m_parser;
    core::AlertRecord m_rec;
    AlertFileInfo m_info;
    core::ProgressUpdate m_update;
    bool m_sawObject = false;     // at least one record was a JSON object
    std::vector<Issue> m_pending; // rejections held back until the file proves to be JSON
};

core::Status Reader::cancelled() const {
    return core::Error::make(core::ErrorCode::Cancelled, QCoreApplication::translate("EveReader", "Import cancelled."));
}

void Reader::reportProgress(const ByteSource& src, bool force) {
    if (!m_progress)
        return;
    m_update.done = src.rawPosition();
    m_update.total = src.rawSize();
    m_progress->report(m_update, force);
}

// Detail: where the first record that is not a JSON object starts ("line L, byte B").
core::Error Reader::notEve() const {
    const QString why = m_pending.empty() ? QString() : m_pending.front().message;
    const QString pos = m_pending.empty() ? where(1, 0) : m_pending.front().position;
    return core::Error::make(
        core::ErrorCode::Parse,
        QCoreApplication::translate("EveReader",
                                    "%1 is not Suricata EVE JSON: no record in it is a JSON object (first problem at %2: "
                                    "%3). Check that the file is an eve.json log or a JSON array of EVE records.")
            .arg(m_path, pos, why),
        pos);
}

void Reader::reject(const QString& reason, std::int64_t line, std::int64_t offset) {
    ++m_info.rejected;
    Issue issue{IssueSeverity::Error, reason, where(line, offset), {}};
    if (m_sawObject)
        m_visitor.rejected(issue);
    else
        m_pending.push_back(std::move(issue));
}

core::Status Reader::record(std::string_view json, std::int64_t line, std::int64_t offset) {
    const EveParseResult r = m_parser.parse(json, m_rec);
    if (r.isObject && !m_sawObject) {
        // The file is JSON after all: what was held back is a normal rejection now.
        m_sawObject = true;
        for (const Issue& issue : m_pending)
            m_visitor.rejected(issue);
        m_pending.clear();
    }
    switch (r.kind) {
    case EveParseResult::Kind::InvalidJson:
    case EveParseResult::Kind::Rejected: reject(r.message, line, offset); return {};
    case EveParseResult::Kind::Skipped:
        ++m_info.skipped;
        m_visitor.skipped(
            Issue{IssueSeverity::Info,
                  QCoreApplication::translate("EveReader", "Event type \"%1\" is not an alert: counted, not imported.")
                      .arg(QString::fromUtf8(r.eventType.data(), static_cast<qsizetype>(r.eventType.size()))),
                  where(line, offset), QString::fromStdString(r.eventType)});
        return {};
    case EveParseResult::Kind::Alert: break;
    }
    if (r.zoneAssumed && m_info.assumedZone.isEmpty()) {
        m_info.assumedZone = QString::fromStdString(core::formatUtcOffset(m_options.defaultOffsetMinutes));
        m_visitor.note(Issue{IssueSeverity::Warning,
                             QCoreApplication::translate(
                                 "EveReader", "Timestamps in %1 carry no time zone; they were read as %2. If the sensor logged "
                                              "local time, import again with that zone offset.")
                                 .arg(m_path, m_info.assumedZone),
                             where(line, offset),
                             {}});
    }
    ++m_info.alerts;
    return m_visitor.alert(m_rec);
}

core::Status Reader::readLines(ByteSource& src) {
    LineReader lines(src, m_options.limits.maxValueBytes);
    LineReader::Line line;
    for (;;) {
        if (m_cancel.isCancelled())
            return cancelled();
        auto more = lines.next(line);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        if (line.tooLong) {
            ++m_info.records;
            reject(QCoreApplication::translate("EveReader", "Line is %1 bytes long; the cap is %2 bytes. It was left out.")
                       .arg(line.size)
                       .arg(static_cast<qulonglong>(m_options.limits.maxValueBytes)),
                   line.number, line.offset);
        } else {
            const std::string_view text = line.text;
            if (trimmed(text).empty())
                continue; // blank lines are not records
            ++m_info.records;
            if (auto s = record(text, line.number, line.offset); !s)
                return s;
        }
        if (!m_sawObject && m_pending.size() >= kMaxLeadingGarbage)
            return notEve();
        reportProgress(src);
    }
    return {};
}

core::Status Reader::readValues(ByteSource& src, Shape shape) {
    JsonStream js(src, m_options.limits);
    // A damaged structure cannot be resynchronised: keep what came before, report the rest.
    auto damaged = [&](const core::Error& e) -> core::Status {
        if (!m_sawObject)
            return e;
        ++m_info.records;
        ++m_info.rejected;
        m_visitor.rejected(Issue{IssueSeverity::Error,
                                 QCoreApplication::translate("EveReader", "%1 The rest of the file was not read.").arg(e.message),
                                 e.detail,
                                 {}});
        return {};
    };
    bool inArray = false;
    for (;;) {
        if (m_cancel.isCancelled())
            return cancelled();
        auto p = js.peek();
        if (!p)
            return damaged(p.error());
        const char c = p.value();
        if (c == '\0') {
            if (inArray)
                return damaged(JsonStream::parseError(
                    QCoreApplication::translate("EveReader", "The JSON array is not closed at the end of the file."), js.offset(),
                    js.line()));
            return {};
        }
        if (!inArray && shape == Shape::Array && c == '[') {
            (void)js.expect('['); // also a second array appended to the first
            inArray = true;
            continue;
        }
        if (inArray && c == ']') {
            (void)js.expect(']');
            inArray = false;
            continue;
        }
        if (c == ',' && (inArray || shape == Shape::Objects)) {
            (void)js.expect(',');
            continue;
        }
        if (shape == Shape::Array && !inArray)
            return damaged(JsonStream::parseError(
                QCoreApplication::translate("EveReader", "Unexpected data after the end of the JSON array."), js.offset(),
                js.line()));
        if (c == '}' || c == ']') // a stray closing bracket would be cut as an empty value, forever
            return damaged(JsonStream::parseError(
                QCoreApplication::translate("EveReader", "Unexpected '%1'.").arg(QLatin1Char(c)), js.offset(), js.line()));
        auto v = js.value();
        if (!v)
            return damaged(v.error());
        const JsonStream::Value& val = v.value();
        ++m_info.records;
        switch (val.status) {
        case JsonStream::ValueStatus::TooLarge:
            reject(QCoreApplication::translate("EveReader", "Record is %1 bytes long; the cap is %2 bytes. It was left out.")
                       .arg(val.size)
                       .arg(static_cast<qulonglong>(m_options.limits.maxValueBytes)),
                   val.line, val.offset);
            break;
        case JsonStream::ValueStatus::TooDeep:
            reject(QCoreApplication::translate("EveReader", "Record is nested %1 levels deep; the cap is %2.")
                       .arg(val.depth)
                       .arg(m_options.limits.maxDepth),
                   val.line, val.offset);
            break;
        case JsonStream::ValueStatus::StringTooLong:
            reject(QCoreApplication::translate("EveReader", "Record contains a string longer than the cap of %1 KB.")
                       .arg(m_options.limits.maxStringBytes >> 10),
                   val.line, val.offset);
            break;
        case JsonStream::ValueStatus::Ok:
            if (auto s = record(val.bytes, val.line, val.offset); !s)
                return s;
            break;
        }
        if (!m_sawObject && m_pending.size() >= kMaxLeadingGarbage)
            return notEve();
        reportProgress(src);
    }
}

core::Result<AlertFileInfo> Reader::run() {
    auto shape = detectShape(m_path);
    if (!shape)
        return shape.error();
    auto src = openByteSource(m_path);
    if (!src)
        return src.error();
    const core::Status st = shape.value() == Shape::Lines ? readLines(*src.value()) : readValues(*src.value(), shape.value());
    if (!st)
        return st.error();
    if (!m_sawObject && m_info.records > 0)
        return notEve();
    if (m_info.records == 0)
        m_visitor.note(
            Issue{IssueSeverity::Info, QCoreApplication::translate("EveReader", "%1 holds no EVE records.").arg(m_path), {}, {}});
    reportProgress(*src.value(), true);
    return m_info;
}

} // namespace

bool looksLikeEve(std::string_view head) {
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || (head[first] != '{' && head[first] != '['))
        return false;
    return head.find("\"event_type\"") != std::string_view::npos;
}

core::Result<AlertFileInfo> readEve(const QString& path, const EveOptions& options, AlertVisitor& visitor,
                                    const core::CancelToken& cancel, core::ProgressReporter* progress) {
    Reader reader(path, options, visitor, cancel, progress);
    return reader.run();
}

} // namespace lagebild::ingest::eve

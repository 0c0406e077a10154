#include "models/ingest/zeek/zeek_reader.h"

#include "models/core/timestamp.h"
#include "models/ingest/eve/line_reader.h"
#include "models/ingest/zeek/zeek_notice.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <vector>

namespace lagebild::ingest::zeek {

namespace {

namespace dom = simdjson::dom;
using core::Issue;
using core::IssueSeverity;

static_assert(simdjson::SIMDJSON_PADDING <= LineReader::kPadding, "line buffer must carry simdjson's padding");

// A file whose first this-many records are all unusable is not a notice log: give up instead of
// reporting every line of a binary file.
constexpr std::size_t kMaxLeadingGarbage = 1000;

QString where(std::int64_t line, std::int64_t offset) {
    return QCoreApplication::translate("ZeekReader", "line %1, byte %2").arg(line).arg(offset);
}

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

bool isNoticePath(std::string_view p) { return p == "notice" || p == "notice_alarm"; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

void split(std::string_view s, char sep, std::vector<std::string_view>& out) {
    out.clear();
    std::size_t start = 0;
    for (;;) {
        const std::size_t at = s.find(sep, start);
        if (at == std::string_view::npos) {
            out.push_back(s.substr(start));
            return;
        }
        out.push_back(s.substr(start, at - start));
        start = at + 1;
    }
}

// The raw text of a top-level member's value in a JSON object (numbers keep every digit this
// way; simdjson's DOM only offers them as double). Keys with escapes never match; that is fine
// for the plain ASCII keys asked for.
std::string_view rawMember(std::string_view json, std::string_view key) {
    std::size_t i = 0;
    const std::size_t n = json.size();
    auto ws = [&] {
        while (i < n && (json[i] == ' ' || json[i] == '\t' || json[i] == '\r' || json[i] == '\n'))
            ++i;
    };
    auto skipString = [&] { // at the opening quote; leaves i after the closing quote
        for (++i; i < n; ++i) {
            if (json[i] == '\\')
                ++i;
            else if (json[i] == '"') {
                ++i;
                return;
            }
        }
    };
    ws();
    if (i >= n || json[i] != '{')
        return {};
    ++i;
    for (;;) {
        ws();
        if (i >= n || json[i] != '"')
            return {};
        const std::size_t keyStart = i + 1;
        skipString();
        const std::string_view k = json.substr(keyStart, i - 1 - keyStart);
        ws();
        if (i >= n || json[i] != ':')
            return {};
        ++i;
        ws();
        const std::size_t valueStart = i;
        if (i < n && json[i] == '"') {
            skipString();
        } else if (i < n && (json[i] == '{' || json[i] == '[')) {
            int depth = 0;
            while (i < n) {
                const char c = json[i];
                if (c == '"') {
                    skipString();
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0) {
                    ++i;
                    break;
                }
                ++i;
            }
        } else {
            while (i < n && json[i] != ',' && json[i] != '}' && json[i] != ' ' && json[i] != '\t' && json[i] != '\r' &&
                   json[i] != '\n')
                ++i;
        }
        if (k == key)
            return json.substr(valueStart, i - valueStart);
        ws();
        if (i >= n || json[i] != ',')
            return {};
        ++i;
    }
}

class Reader {
public:
    Reader(const QString& path, const ZeekOptions& options, AlertVisitor& visitor, const core::CancelToken& cancel,
           core::ProgressReporter* progress)
        : m_path(path), m_options(options), m_visitor(visitor), m_cancel(cancel), m_progress(progress) {
        m_update.phase = QCoreApplication::translate("ZeekReader", "Reading Zeek notices");
    }

    core::Result<AlertFileInfo> run();

private:
    enum class Form { Unknown, Tsv, Json };
    struct Columns {
        int ts = -1, uid = -1, origH = -1, origP = -1, respH = -1, respP = -1, proto = -1, note = -1, msg = -1, sub = -1,
            src = -1, dst = -1, p = -1, fileDesc = -1;
    };

    core::Status header(std::string_view text, const LineReader::Line& line);
    core::Status tsvRecord(std::string_view text, const LineReader::Line& line);
    core::Status jsonRecord(std::string_view text, const LineReader::Line& line);
    core::Status deliver(const LineReader::Line& line, std::string_view text);
    bool setTime(std::string_view ts, bool epochFirst, const LineReader::Line& line);
    void reject(const QString& reason, const LineReader::Line& line);
    void accepted();
    core::Error notZeek() const;

    const QString& m_path;
    const ZeekOptions& m_options;
    AlertVisitor& m_visitor;
    const core::CancelToken& m_cancel;
    core::ProgressReporter* m_progress;
    core::ProgressUpdate m_update;
    AlertFileInfo m_info;
    Form m_form = Form::Unknown;
    bool m_ready = false; // TSV: a #fields header was seen; JSON: a line was a JSON object
    std::vector<Issue> m_pending;

    // TSV state from the headers
    char m_sep = '\t';
    std::string m_unset = "-";
    std::string m_empty = "(empty)";
    std::vector<std::string> m_fields;
    Columns m_cols;
    std::vector<std::string_view> m_parts;

    dom::parser m_parser;
    Notice m_notice;
    core::AlertRecord m_rec;
    std::string m_scratch;
    bool m_zoneNoted = false;
};

core::Error Reader::notZeek() const {
    const QString pos = m_pending.empty() ? where(1, 0) : m_pending.front().position;
    const QString why =
        m_pending.empty() ? QCoreApplication::translate("ZeekReader", "no notices found") : m_pending.front().message;
    return core::Error::make(
        core::ErrorCode::Parse,
        QCoreApplication::translate(
            "ZeekReader",
            "%1 is not a Zeek notice log: neither a TSV log with a #fields header nor JSON lines (first problem at %2: %3).")
            .arg(m_path, pos, why),
        pos);
}

void Reader::reject(const QString& reason, const LineReader::Line& line) {
    ++m_info.rejected;
    Issue issue{IssueSeverity::Error, reason, where(line.number, line.offset), {}};
    if (m_ready)
        m_visitor.rejected(issue);
    else
        m_pending.push_back(std::move(issue));
}

// The file proved to be what we read it as: rejections held back become normal ones.
void Reader::accepted() {
    if (m_ready)
        return;
    m_ready = true;
    for (const Issue& issue : m_pending)
        m_visitor.rejected(issue);
    m_pending.clear();
}

bool Reader::setTime(std::string_view ts, bool epochFirst, const LineReader::Line& line) {
    if (epochFirst) {
        if (const auto t = core::parseEpochSeconds(ts)) {
            m_notice.time = *t;
            return true;
        }
    }
    bool hadZone = true;
    const auto t = core::parseSensorTimestamp(ts, m_options.defaultOffsetMinutes, &hadZone);
    if (!t)
        return false;
    m_notice.time = *t;
    if (!hadZone && !m_zoneNoted) {
        m_zoneNoted = true;
        m_info.assumedZone = QString::fromStdString(core::formatUtcOffset(m_options.defaultOffsetMinutes));
        m_visitor.note(Issue{IssueSeverity::Warning,
                             QCoreApplication::translate(
                                 "ZeekReader", "Timestamps in %1 carry no time zone; they were read as %2. If the sensor logged "
                                               "local time, import again with that zone offset.")
                                 .arg(m_path, m_info.assumedZone),
                             where(line.number, line.offset),
                             {}});
    }
    return true;
}

core::Status Reader::deliver(const LineReader::Line& line, std::string_view text) {
    if (m_notice.note.empty()) {
        reject(QCoreApplication::translate("ZeekReader", "Notice without a \"note\"."), line);
        return {};
    }
    buildNoticeAlert(m_notice, m_rec);
    m_rec.raw = text;
    ++m_info.alerts;
    return m_visitor.alert(m_rec);
}

core::Status Reader::header(std::string_view text, const LineReader::Line& line) {
    if (text.substr(0, 11) == "#separator ") {
        unescapeTsv(trimmed(text.substr(11)), m_scratch);
        if (m_scratch.size() == 1)
            m_sep = m_scratch[0];
        return {};
    }
    split(text, m_sep, m_parts);
    const std::string_view name = m_parts[0];
    const std::string_view value = m_parts.size() > 1 ? m_parts[1] : std::string_view{};
    if (name == "#unset_field") {
        m_unset.assign(value);
    } else if (name == "#empty_field") {
        m_empty.assign(value);
    } else if (name == "#path") {
        if (!isNoticePath(value))
            return core::Error::make(
                core::ErrorCode::Schema,
                QCoreApplication::translate("ZeekReader",
                                            "%1 is a Zeek \"%2\" log, not a notice log; only notice.log can be imported as "
                                            "alerts.")
                    .arg(m_path, qs(value)),
                where(line.number, line.offset));
    } else if (name == "#fields") {
        m_fields.assign(m_parts.begin() + 1, m_parts.end());
        m_cols = Columns{};
        for (std::size_t i = 0; i < m_fields.size(); ++i) {
            const std::string& f = m_fields[i];
            const int at = static_cast<int>(i);
            if (f == "ts")
                m_cols.ts = at;
            else if (f == "uid")
                m_cols.uid = at;
            else if (f == "id.orig_h")
                m_cols.origH = at;
            else if (f == "id.orig_p")
                m_cols.origP = at;
            else if (f == "id.resp_h")
                m_cols.respH = at;
            else if (f == "id.resp_p")
                m_cols.respP = at;
            else if (f == "proto")
                m_cols.proto = at;
            else if (f == "note")
                m_cols.note = at;
            else if (f == "msg")
                m_cols.msg = at;
            else if (f == "sub")
                m_cols.sub = at;
            else if (f == "src")
                m_cols.src = at;
            else if (f == "dst")
                m_cols.dst = at;
            else if (f == "p")
                m_cols.p = at;
            else if (f == "file_desc")
                m_cols.fileDesc = at;
        }
        if (m_cols.ts < 0 || m_cols.note < 0)
            return core::Error::make(core::ErrorCode::Schema,
                                     QCoreApplication::translate(
                                         "ZeekReader", "%1 is a Zeek log without \"ts\" and \"note\" columns, not a notice log.")
                                         .arg(m_path),
                                     where(line.number, line.offset));
        accepted();
    }
    return {}; // #set_separator, #types, #open, #close and comments need nothing
}

core::Status Reader::tsvRecord(std::string_view text, const LineReader::Line& line) {
    if (m_fields.empty()) {
        reject(QCoreApplication::translate("ZeekReader", "Data before the #fields header."), line);
        return {};
    }
    split(text, m_sep, m_parts);
    if (m_parts.size() != m_fields.size()) {
        reject(QCoreApplication::translate("ZeekReader", "The line has %1 fields; the #fields header names %2.")
                   .arg(m_parts.size())
                   .arg(m_fields.size()),
               line);
        return {};
    }
    auto get = [&](int col, std::string& out) {
        out.clear();
        if (col < 0)
            return;
        const std::string_view raw = m_parts[static_cast<std::size_t>(col)];
        if (raw == m_unset || raw == m_empty)
            return;
        unescapeTsv(raw, out);
    };
    m_notice.clear();
    get(m_cols.uid, m_notice.uid);
    get(m_cols.origH, m_notice.origH);
    get(m_cols.origP, m_notice.origP);
    get(m_cols.respH, m_notice.respH);
    get(m_cols.respP, m_notice.respP);
    get(m_cols.proto, m_notice.proto);
    get(m_cols.note, m_notice.note);
    get(m_cols.msg, m_notice.msg);
    get(m_cols.sub, m_notice.sub);
    get(m_cols.src, m_notice.src);
    get(m_cols.dst, m_notice.dst);
    get(m_cols.p, m_notice.p);
    get(m_cols.fileDesc, m_notice.fileDesc);
    get(m_cols.ts, m_scratch);
    if (!setTime(m_scratch, true, line)) {
        reject(m_scratch.empty()
                   ? QCoreApplication::translate("ZeekReader", "Notice without a time stamp (ts).")
                   : QCoreApplication::translate("ZeekReader", "Unreadable time stamp \"%1\".").arg(qs(m_scratch.substr(0, 64))),
               line);
        return {};
    }
    return deliver(line, text);
}

core::Status Reader::jsonRecord(std::string_view text, const LineReader::Line& line) {
    dom::element root;
    if (const auto err = m_parser.parse(text.data(), text.size(), false).get(root); err != simdjson::SUCCESS) {
        reject(QCoreApplication::translate("ZeekReader", "Not valid JSON (%1).")
                   .arg(QString::fromUtf8(simdjson::error_message(err))),
               line);
        return {};
    }
    if (!root.is_object()) {
        reject(QCoreApplication::translate("ZeekReader", "Not a Zeek record: a JSON object was expected."), line);
        return {};
    }
    accepted();
    std::string_view path;
    if (root["_path"].get_string().get(path) == simdjson::SUCCESS && !isNoticePath(path)) {
        ++m_info.skipped;
        m_visitor.skipped(Issue{
            IssueSeverity::Info,
            QCoreApplication::translate("ZeekReader", "Zeek \"%1\" record, not a notice: counted, not imported.").arg(qs(path)),
            where(line.number, line.offset), qs(path)});
        return {};
    }
    m_notice.clear();
    auto str = [&](dom::element obj, std::string_view key, std::string& out) {
        std::string_view v;
        if (obj[key].get_string().get(v) == simdjson::SUCCESS)
            out.assign(v);
    };
    auto num = [&](dom::element obj, std::string_view key, std::string& out) {
        std::int64_t v;
        if (obj[key].get_int64().get(v) == simdjson::SUCCESS)
            out = std::to_string(v);
    };
    str(root, "uid", m_notice.uid);
    str(root, "proto", m_notice.proto);
    str(root, "note", m_notice.note);
    str(root, "msg", m_notice.msg);
    str(root, "sub", m_notice.sub);
    str(root, "src", m_notice.src);
    str(root, "dst", m_notice.dst);
    num(root, "p", m_notice.p);
    str(root, "file_desc", m_notice.fileDesc);
    str(root, "id.orig_h", m_notice.origH);
    str(root, "id.resp_h", m_notice.respH);
    num(root, "id.orig_p", m_notice.origP);
    num(root, "id.resp_p", m_notice.respP);
    dom::element id;
    if (root["id"].get(id) == simdjson::SUCCESS && id.is_object()) { // nested "id" (some shippers)
        str(id, "orig_h", m_notice.origH);
        str(id, "resp_h", m_notice.respH);
        num(id, "orig_p", m_notice.origP);
        num(id, "resp_p", m_notice.respP);
    }
    dom::element ts;
    bool timeOk = false;
    std::string_view tsText;
    if (root["ts"].get(ts) == simdjson::SUCCESS) {
        if (ts.get_string().get(tsText) == simdjson::SUCCESS) {
            timeOk = setTime(tsText, false, line);
        } else if (ts.is_number()) {
            tsText = rawMember(text, "ts"); // all digits: a double would lose the microseconds
            timeOk = setTime(tsText, true, line);
        }
    }
    if (!timeOk) {
        reject(tsText.empty()
                   ? QCoreApplication::translate("ZeekReader", "Notice without a time stamp (ts).")
                   : QCoreApplication::translate("ZeekReader", "Unreadable time stamp \"%1\".").arg(qs(tsText.substr(0, 64))),
               line);
        return {};
    }
    return deliver(line, text);
}

core::Result<AlertFileInfo> Reader::run() {
    auto src = openByteSource(m_path);
    if (!src)
        return src.error();
    LineReader lines(*src.value(), m_options.limits.maxValueBytes);
    LineReader::Line line;
    for (;;) {
        if (m_cancel.isCancelled())
            return core::Error::make(core::ErrorCode::Cancelled, QCoreApplication::translate("ZeekReader", "Import cancelled."));
        auto more = lines.next(line);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        const std::string_view text = line.tooLong ? std::string_view{} : trimmed(line.text);
        if (!line.tooLong && text.empty())
            continue;
        if (m_form == Form::Unknown)
            m_form = !text.empty() && text.front() == '#' ? Form::Tsv : Form::Json;
        if (m_form == Form::Tsv && !text.empty() && text.front() == '#') {
            if (auto s = header(text, line); !s)
                return s.error();
            continue;
        }
        ++m_info.records;
        core::Status st;
        if (line.tooLong)
            reject(QCoreApplication::translate("ZeekReader", "Line is %1 bytes long; the cap is %2 bytes. It was left out.")
                       .arg(line.size)
                       .arg(static_cast<qulonglong>(m_options.limits.maxValueBytes)),
                   line);
        else if (m_form == Form::Tsv)
            st = tsvRecord(line.text, line); // untrimmed: a trailing empty field is still a field
        else
            st = jsonRecord(text, line);
        if (!st)
            return st.error();
        if (!m_ready && m_pending.size() >= kMaxLeadingGarbage)
            return notZeek();
        if (m_progress) {
            m_update.done = src.value()->rawPosition();
            m_update.total = src.value()->rawSize();
            m_progress->report(m_update);
        }
    }
    if (!m_ready && (m_info.records > 0 || m_form == Form::Tsv))
        return notZeek();
    if (m_info.records == 0)
        m_visitor.note(
            Issue{IssueSeverity::Info, QCoreApplication::translate("ZeekReader", "%1 holds no notices.").arg(m_path), {}, {}});
    if (m_progress) {
        m_update.done = src.value()->rawPosition();
        m_update.total = src.value()->rawSize();
        m_progress->report(m_update, true);
    }
    return m_info;
}

} // namespace

bool looksLikeZeekNotice(std::string_view head) {
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return false;
    if (head.substr(first, 10) == "#separator")
        return head.find("#path\tnotice") != std::string_view::npos ||
               (head.find("#fields") != std::string_view::npos && head.find("\tnote\t") != std::string_view::npos);
    if (head[first] != '{')
        return false;
    return head.find("\"_path\":\"notice") != std::string_view::npos ||
           (head.find("\"note\":") != std::string_view::npos && head.find("\"ts\":") != std::string_view::npos &&
            head.find("\"event_type\"") == std::string_view::npos);
}

core::Result<AlertFileInfo> readZeekNotice(const QString& path, const ZeekOptions& options, AlertVisitor& visitor,
                                           const core::CancelToken& cancel, core::ProgressReporter* progress) {
    Reader reader(path, options, visitor, cancel, progress);
    return reader.run();
}

} // namespace lagebild::ingest::zeek

#include "models/ingest/misp/misp_support.h"

#include "models/core/timestamp.h"
#include "models/ingest/byte_source.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <charconv>

namespace lagebild::ingest::misp::detail {

namespace {

// Fixed namespace of every UUIDv5 this reader derives. Never change it: ids already stored would
// no longer match a re-import.
const QUuid kNamespace(QStringLiteral("34b1cea9-6249-4810-b286-395636c0e417"));

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::optional<dom::element> member(dom::object obj, std::string_view key) {
    dom::element e;
    if (obj[key].get(e) != simdjson::SUCCESS || e.is_null())
        return std::nullopt;
    return e;
}

// Minimal JSON syntax scanner, only run after simdjson refused a document, to say where.
class ErrorLocator {
public:
    explicit ErrorLocator(std::string_view s) : m_s(s) {}

    std::size_t run() {
        enum class State { Value, ValueOrEnd, KeyOrEnd, Key, Colon, CommaOrEnd, Done };
        std::vector<char> stack;
        State state = State::Value;
        if (m_s.substr(0, 3) == "\xEF\xBB\xBF")
            m_i = 3;
        auto afterValue = [&] { state = stack.empty() ? State::Done : State::CommaOrEnd; };
        for (;;) {
            skipSpace();
            if (m_i >= m_s.size())
                return m_s.size();
            const char c = m_s[m_i];
            switch (state) {
            case State::Done: return m_i;
            case State::ValueOrEnd:
                if (c == ']') {
                    stack.pop_back();
                    ++m_i;
                    afterValue();
                    continue;
                }
                state = State::Value;
                continue;
            case State::KeyOrEnd:
                if (c == '}') {
                    stack.pop_back();
                    ++m_i;
                    afterValue();
                    continue;
                }
                [[fallthrough]];
            case State::Key:
                if (c != '"' || !string())
                    return m_i;
                state = State::Colon;
                continue;
            case State::Colon:
                if (c != ':')
                    return m_i;
                ++m_i;
                state = State::Value;
                continue;
            case State::CommaOrEnd:
                if (c == ',') {
                    ++m_i;
                    state = stack.back() == '{' ? State::Key : State::Value;
                } else if ((c == '}' && stack.back() == '{') || (c == ']' && stack.back() == '[')) {
                    stack.pop_back();
                    ++m_i;
                    afterValue();
                } else {
                    return m_i;
                }
                continue;
            case State::Value:
                if (c == '{' || c == '[') {
                    stack.push_back(c);
                    ++m_i;
                    state = c == '{' ? State::KeyOrEnd : State::ValueOrEnd;
                    continue;
                }
                if (!(c == '"' ? string() : (c == '-' || (c >= '0' && c <= '9')) ? number() : literal()))
                    return m_i;
                afterValue();
                continue;
            }
        }
    }

private:
    void skipSpace() {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }
    bool string() {
        ++m_i;
        while (m_i < m_s.size()) {
            const auto c = static_cast<unsigned char>(m_s[m_i]);
            if (c == '"') {
                ++m_i;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                ++m_i;
                if (m_i >= m_s.size())
                    return false;
                const char e = m_s[m_i];
                if (e == 'u') {
                    for (int k = 1; k <= 4; ++k)
                        if (m_i + k >= m_s.size() || !isHex(m_s[m_i + k])) {
                            m_i += k;
                            return false;
                        }
                    m_i += 4;
                } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                    return false;
                }
            }
            ++m_i;
        }
        return false;
    }
    bool digits() {
        const std::size_t start = m_i;
        while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9')
            ++m_i;
        return m_i > start;
    }
    bool number() {
        if (m_s[m_i] == '-')
            ++m_i;
        if (m_i < m_s.size() && m_s[m_i] == '0')
            ++m_i;
        else if (!digits())
            return false;
        if (m_i < m_s.size() && m_s[m_i] == '.') {
            ++m_i;
            if (!digits())
                return false;
        }
        if (m_i < m_s.size() && (m_s[m_i] == 'e' || m_s[m_i] == 'E')) {
            ++m_i;
            if (m_i < m_s.size() && (m_s[m_i] == '+' || m_s[m_i] == '-'))
                ++m_i;
            if (!digits())
                return false;
        }
        return true;
    }
    bool literal() {
        for (std::string_view word : {"true", "false", "null"}) {
            if (m_s.substr(m_i, word.size()) == word) {
                m_i += word.size();
                return true;
            }
        }
        return false;
    }

    std::string_view m_s;
    std::size_t m_i = 0;
};

} // namespace

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

std::optional<std::string> text(dom::object obj, std::string_view key) {
    auto e = member(obj, key);
    if (!e)
        return std::nullopt;
    std::string_view sv;
    if (e->get_string().get(sv) == simdjson::SUCCESS)
        return std::string(sv);
    if (e->is_int64() || e->is_uint64() || e->is_double())
        return simdjson::minify(*e);
    return std::nullopt;
}

std::optional<std::string_view> string(dom::object obj, std::string_view key) {
    auto e = member(obj, key);
    std::string_view sv;
    if (e && e->get_string().get(sv) == simdjson::SUCCESS)
        return sv;
    return std::nullopt;
}

std::optional<std::int64_t> parseInteger(std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t'))
        t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t'))
        t.remove_suffix(1);
    if (!t.empty() && t.front() == '+')
        t.remove_prefix(1);
    std::int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || ptr != t.data() + t.size() || t.empty())
        return std::nullopt;
    return v;
}

std::optional<std::int64_t> integer(dom::object obj, std::string_view key) {
    auto e = member(obj, key);
    if (!e)
        return std::nullopt;
    std::int64_t v = 0;
    if (e->get_int64().get(v) == simdjson::SUCCESS)
        return v;
    std::string_view sv;
    if (e->get_string().get(sv) == simdjson::SUCCESS)
        return parseInteger(sv);
    return std::nullopt;
}

bool flag(dom::object obj, std::string_view key, bool fallback) {
    auto e = member(obj, key);
    if (!e)
        return fallback;
    bool b = false;
    if (e->get_bool().get(b) == simdjson::SUCCESS)
        return b;
    std::int64_t i = 0;
    if (e->get_int64().get(i) == simdjson::SUCCESS)
        return i != 0;
    std::string_view sv;
    if (e->get_string().get(sv) == simdjson::SUCCESS) {
        const std::string t = toLower(sv);
        if (t == "1" || t == "true")
            return true;
        if (t == "0" || t == "false" || t.empty())
            return false;
    }
    return fallback;
}

std::optional<dom::object> object(dom::object obj, std::string_view key) {
    auto e = member(obj, key);
    dom::object o;
    if (e && e->get_object().get(o) == simdjson::SUCCESS)
        return o;
    return std::nullopt;
}

std::optional<dom::array> array(dom::object obj, std::string_view key) {
    auto e = member(obj, key);
    dom::array a;
    if (e && e->get_array().get(a) == simdjson::SUCCESS)
        return a;
    return std::nullopt;
}

std::string minified(dom::element e) { return simdjson::minify(e); }

std::string minified(dom::object o) { return simdjson::minify(o); }

bool isUuid(std::string_view u) {
    if (u.size() != 36)
        return false;
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

std::string toLower(std::string_view t) {
    std::string out(t);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

std::string derivedUuid(std::string_view seed) {
    const QUuid u = QUuid::createUuidV5(kNamespace, QByteArray(seed.data(), static_cast<qsizetype>(seed.size())));
    return u.toString(QUuid::WithoutBraces).toStdString();
}

std::string stixId(std::string_view type, std::string_view mispUuid) {
    std::string id(type);
    id += "--";
    if (isUuid(mispUuid)) {
        id += toLower(mispUuid);
    } else {
        std::string seed(type);
        seed += '|';
        seed += mispUuid;
        id += derivedUuid(seed);
    }
    return id;
}

std::string derivedStixId(std::string_view type, std::string_view seed) {
    std::string id(type);
    id += "--";
    id += derivedUuid(seed);
    return id;
}

std::optional<std::int64_t> epochMicros(dom::object obj, std::string_view key) {
    auto t = text(obj, key);
    if (!t)
        return std::nullopt;
    std::string_view sv = *t;
    if (auto dot = sv.find('.'); dot != std::string_view::npos)
        sv = sv.substr(0, dot); // MISP writes whole seconds; a fraction is dropped, never rounded up
    auto secs = parseInteger(sv);
    // Beyond year 9999 or before 1970 is not a MISP timestamp.
    if (!secs || *secs < 0 || *secs > 253402300799LL)
        return std::nullopt;
    return *secs * 1000000;
}

std::optional<std::int64_t> dateMicros(std::string_view date) {
    if (date.size() != 10)
        return std::nullopt;
    std::string t(date);
    t += "T00:00:00Z";
    return core::parseRfc3339(t);
}

std::optional<std::int64_t> isoMicros(dom::object obj, std::string_view key) {
    auto t = string(obj, key);
    if (!t || t->empty())
        return std::nullopt;
    if (auto v = core::parseRfc3339(*t))
        return v;
    // "+0000" without the colon, as some MISP versions write it.
    std::string fixed(*t);
    if (fixed.size() > 5 && (fixed[fixed.size() - 5] == '+' || fixed[fixed.size() - 5] == '-')) {
        fixed.insert(fixed.size() - 2, ":");
        return core::parseRfc3339(fixed);
    }
    return std::nullopt;
}

std::string stixTime(std::int64_t micros) { return core::formatStixTimestamp(micros); }

std::string patternLiteral(std::string_view value) {
    std::string out;
    out.reserve(value.size() + 2);
    out += '\'';
    for (const char c : value) {
        if (c == '\\' || c == '\'')
            out += '\\';
        out += c;
    }
    out += '\'';
    return out;
}

std::string_view utf8Prefix(std::string_view text, std::size_t maxBytes) {
    if (text.size() <= maxBytes)
        return text;
    std::size_t n = maxBytes;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80)
        --n;
    return text.substr(0, n);
}

std::size_t jsonErrorOffset(std::string_view json) { return ErrorLocator(json).run(); }

core::Error jsonParseError(const QString& path, std::string_view json, simdjson::error_code code) {
    const std::size_t offset = std::min(jsonErrorOffset(json), json.size());
    const auto line = 1 + std::count(json.begin(), json.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
    return core::Error::make(
        core::ErrorCode::Parse,
        QCoreApplication::translate(
            "MispReader", "%1 is not valid JSON (%2) and cannot be read as MISP data; check that the file was copied completely.")
            .arg(QFileInfo(path).fileName(), QString::fromUtf8(simdjson::error_message(code))),
        QCoreApplication::translate("MispReader", "line %1, byte %2").arg(line).arg(offset));
}

QString jsonPath(const QString& base, const QString& member) {
    if (base.isEmpty())
        return member;
    return member.startsWith(QLatin1Char('[')) ? base + member : base + QLatin1Char('.') + member;
}

QString Emitter::where(const QString& path) const { return path.isEmpty() ? m_file : m_file + QStringLiteral(": ") + path; }

core::Result<std::string> loadFile(const QString& path) {
    auto src = openByteSource(path);
    if (!src)
        return src.error();
    std::string buf;
    constexpr std::size_t kChunk = 1u << 20;
    for (;;) {
        const std::size_t have = buf.size();
        buf.resize(have + kChunk);
        auto got = src.value()->read(buf.data() + have, kChunk);
        if (!got)
            return got.error();
        buf.resize(have + got.value());
        if (got.value() == 0)
            break;
        if (buf.size() > kMaxFileBytes)
            return core::Error::make(
                core::ErrorCode::Parse,
                QCoreApplication::translate("MispReader",
                                            "%1 is larger than %2 MB; MISP files that large are not supported. Split the "
                                            "export into several files.")
                    .arg(QFileInfo(path).fileName())
                    .arg(kMaxFileBytes >> 20));
    }
    buf.append(simdjson::SIMDJSON_PADDING, '\0');
    return buf;
}

core::Status Emitter::send(std::string_view json, const QString& position) {
    const auto parsed = m_parser.parseCopy(json, m_record);
    if (parsed.kind != stix::StixParseResult::Kind::Accepted) {
        ++m_info.generatorRejections;
        ++m_info.rejected;
        m_visitor.rejected(
            core::Issue{core::IssueSeverity::Error,
                        QCoreApplication::translate("MispReader",
                                                    "The STIX object generated from this MISP record was refused (%1). This is a "
                                                    "defect in the MISP reader; please report it together with the file.")
                            .arg(parsed.message),
                        where(position), qs(m_record.id)});
        return {};
    }
    for (const QString& n : parsed.notes)
        m_visitor.note(core::Issue{core::IssueSeverity::Warning, n, where(position), qs(m_record.id)});
    ++m_info.stixObjects;
    ++m_info.objectsByType[m_record.type];
    return m_visitor.object(m_record);
}

void Emitter::reject(const QString& message, const QString& position, const QString& object) {
    ++m_info.rejected;
    m_visitor.rejected(core::Issue{core::IssueSeverity::Error, message, where(position), object});
}

void Emitter::note(core::IssueSeverity severity, const QString& message, const QString& position, const QString& object) {
    m_visitor.note(core::Issue{severity, message, where(position), object});
}

bool Emitter::claimShared(const std::string& id, std::int64_t modified) {
    auto [it, inserted] = m_shared.try_emplace(id, modified);
    if (inserted)
        return true;
    if (modified <= it->second)
        return false;
    it->second = modified;
    return true;
}

} // namespace lagebild::ingest::misp::detail

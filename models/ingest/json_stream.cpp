#include "models/ingest/json_stream.h"

#include <QCoreApplication>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lagebild::ingest {

namespace {

constexpr std::size_t kPadding = 64; // >= SIMDJSON_PADDING

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// The first byte in [p, end) that ends a run of plain string content: '"', '\\' or a control
// character (< 0x20); `end` if there is none. Strings are most of a STIX object, and a byte at a
// time this scan was half of the reader thread's time (16 bytes per step with SSE2).
const char* skipStringContent(const char* p, const char* end) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i control = _mm_set1_epi8(0x1F);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        __m128i special = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash));
        special = _mm_or_si128(special, _mm_cmpeq_epi8(_mm_min_epu8(v, control), v)); // v <= 0x1F, unsigned
        if (const int mask = _mm_movemask_epi8(special))
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
        ++p;
    return p;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool hex4(std::string_view s, std::size_t pos, std::uint32_t& out) {
    if (pos + 4 > s.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + 4; ++i) {
        const char c = s[i];
        out <<= 4;
        if (c >= '0' && c <= '9')
            out |= static_cast<std::uint32_t>(c - '0');
        else if (c >= 'a' && c <= 'f')
            out |= static_cast<std::uint32_t>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            out |= static_cast<std::uint32_t>(c - 'A' + 10);
        else
            return false;
    }
    return true;
}

} // namespace

bool unescapeJsonString(std::string_view raw, std::string& out) {
    out.clear();
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= raw.size())
            return false;
        switch (raw[i]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            std::uint32_t cp;
            if (!hex4(raw, i + 1, cp))
                return false;
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < raw.size() + 1 && raw.substr(i + 1, 2) == "\\u") {
                std::uint32_t lo;
                if (hex4(raw, i + 3, lo) && lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, cp);
            break;
        }
        default: return false;
        }
    }
    return true;
}

JsonStream::JsonStream(ByteSource& source, JsonLimits limits) : m_source(source), m_limits(limits) {
    m_buf.resize(m_chunk * 2 + kPadding);
}

core::Error JsonStream::parseError(const QString& what, std::int64_t at, std::int64_t line) {
    return core::Error::make(core::ErrorCode::Parse, what, QStringLiteral("line %1, byte %2").arg(line).arg(at));
}

core::Status JsonStream::fill(std::size_t keepFrom) {
    if (m_eof)
        return {};
    if (keepFrom > 0) {
        std::memmove(m_buf.data(), m_buf.data() + keepFrom, m_end - keepFrom);
        m_end -= keepFrom;
        m_pos -= keepFrom;
        m_base += static_cast<std::int64_t>(keepFrom);
    }
    if (m_buf.size() < m_end + m_chunk + kPadding)
        m_buf.resize(m_end + m_chunk + kPadding);
    auto got = m_source.read(m_buf.data() + m_end, m_chunk);
    if (!got)
        return got.error();
    if (got.value() == 0)
        m_eof = true;
    m_end += got.value();
    std::memset(m_buf.data() + m_end, 0, kPadding);
    return {};
}

core::Result<char> JsonStream::peek() {
    for (;;) {
        while (m_pos < m_end && isSpace(m_buf[m_pos])) {
            m_line += m_buf[m_pos] == '\n';
            ++m_pos;
        }
        if (!m_started && m_end - m_pos >= 3 && std::memcmp(m_buf.data() + m_pos, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
        if (m_pos < m_end) {
            if (!m_started && m_end - m_pos < 3 && !m_eof) {
                if (auto s = fill(m_pos); !s)
                    return s.error();
                continue;
            }
            m_started = true;
            return m_buf[m_pos];
        }
        if (m_eof)
            return '\0';
        if (auto s = fill(m_pos); !s)
            return s.error();
    }
}

core::Status JsonStream::expect(char c) {
    auto p = peek();
    if (!p)
        return p.error();
    if (p.value() != c) {
        const QString found = p.value() == '\0' ? QCoreApplication::translate("JsonStream", "end of input")
                                                : QStringLiteral("'%1'").arg(QLatin1Char(p.value()));
        return parseError(QCoreApplication::translate("JsonStream", "Expected '%1' but found %2").arg(QLatin1Char(c)).arg(found),
                          offset(), m_line);
    }
    ++m_pos;
    return {};
}

core::Result<std::string> JsonStream::key() {
    auto p = peek();
    if (!p)
        return p.error();
    if (p.value() != '"')
        return parseError(QCoreApplication::translate("JsonStream", "Expected an object key (a string)"), offset(), m_line);
    const std::int64_t at = offset();
    const std::int64_t atLine = m_line;
    auto v = value();
    if (!v)
        return v.error();
    if (v.value().status != ValueStatus::Ok)
        return parseError(QCoreApplication::translate("JsonStream", "Object key is too long"), at, atLine);
    std::string out;
    const auto raw = v.value().bytes;
    if (!unescapeJsonString(raw.substr(1, raw.size() - 2), out))
        return parseError(QCoreApplication::translate("JsonStream", "Invalid escape in object key"), at, atLine);
    if (auto s = expect(':'); !s)
        return s.error();
    return out;
}

core::Result<JsonStream::Value> JsonStream::value() {
    auto first = peek();
    if (!first)
        return first.error();
    if (first.value() == '\0')
        return parseError(QCoreApplication::translate("JsonStream", "Unexpected end of input, a value was expected"), offset(),
                          m_line);

    Value result;
    result.offset = offset();
    result.line = m_line;
    std::size_t start = m_pos;
    std::size_t i = m_pos;
    std::int64_t skipped = 0; // bytes dropped while skipping an over-size value
    bool inString = false;
    bool escape = false;
    std::size_t stringStart = 0;
    int depth = 0;
    int maxDepth = 0;
    std::vector<char> stack; // bracket types, for mismatch detection
    const char c0 = first.value();
    const bool scalar = c0 != '{' && c0 != '[' && c0 != '"';

    for (;;) {
        if (i >= m_end) {
            if (m_eof) {
                if (scalar && !inString && depth == 0)
                    break; // a number or literal ending the input
                return parseError(inString ? QCoreApplication::translate("JsonStream", "Unterminated string at end of input")
                                           : QCoreApplication::translate(
                                                 "JsonStream", "Unexpected end of input inside a value that began at byte %1")
                                                 .arg(result.offset),
                                  m_base + static_cast<std::int64_t>(i), m_line);
            }
            if (i - start > m_limits.maxValueBytes) {
                // Over the cap: stop buffering, keep scanning to find where it ends.
                result.status = ValueStatus::TooLarge;
                skipped += static_cast<std::int64_t>(i - start);
                start = i;
            }
            const std::size_t keep = start;
            m_pos = start;
            if (auto s = fill(keep); !s)
                return s.error();
            i -= keep;
            start = 0;
            stringStart = stringStart >= keep ? stringStart - keep : 0;
            continue;
        }
        if (inString && !escape) {
            i = static_cast<std::size_t>(skipStringContent(m_buf.data() + i, m_buf.data() + m_end) - m_buf.data());
            if (i >= m_end)
                continue; // refill (or end of input) at the top of the loop
        }
        const char c = m_buf[i];
        if (inString) {
            if (escape) {
                escape = false;
            } else if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                inString = false;
                if (i - stringStart > m_limits.maxStringBytes && result.status == ValueStatus::Ok)
                    result.status = ValueStatus::StringTooLong;
                if (depth == 0) {
                    ++i;
                    break;
                }
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return parseError(QCoreApplication::translate("JsonStream", "Control character inside a string"),
                                  m_base + static_cast<std::int64_t>(i), m_line);
            }
            ++i;
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            ++depth;
            maxDepth = std::max(maxDepth, depth);
            if (stack.size() < 4096)
                stack.push_back(c);
        } else if (c == '}' || c == ']') {
            if (scalar)
                break;
            if (depth == 0)
                return parseError(QCoreApplication::translate("JsonStream", "Unbalanced '%1'").arg(QLatin1Char(c)),
                                  m_base + static_cast<std::int64_t>(i), m_line);
            if (static_cast<std::size_t>(depth) <= stack.size()) {
                const char open = stack.back();
                stack.pop_back();
                if ((open == '{') != (c == '}'))
                    return parseError(QCoreApplication::translate("JsonStream", "Mismatched '%1'").arg(QLatin1Char(c)),
                                      m_base + static_cast<std::int64_t>(i), m_line);
            }
            --depth;
            if (depth == 0) {
                ++i;
                break;
            }
        } else if (scalar && (c == ',' || isSpace(c))) {
            break;
        } else if (c == '\n') {
            ++m_line;
        }
        ++i;
    }

    result.size = static_cast<std::size_t>(skipped) + (i - start);
    result.depth = maxDepth;
    if (result.size > m_limits.maxValueBytes)
        result.status = ValueStatus::TooLarge; // also when it fitted in the buffer at once
    if (result.status == ValueStatus::Ok && maxDepth > m_limits.maxDepth)
        result.status = ValueStatus::TooDeep;
    if (result.status == ValueStatus::Ok)
        result.bytes = std::string_view(m_buf.data() + start, i - start);
    m_pos = i;
    return result;
}

} // namespace lagebild::ingest

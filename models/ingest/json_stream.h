#pragma once

#include "models/core/result.h"
#include "models/ingest/byte_source.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ingest {

/// Caps on one JSON value (a STIX object, a MISP event, ...). A value over a cap is skipped
/// and reported, never buffered whole and never a crash.
struct JsonLimits {
    std::size_t maxValueBytes = 16u << 20;
    std::size_t maxStringBytes = 1u << 20;
    int maxDepth = 64;
};

/// Streams the top-level structure of a large JSON document through a bounded buffer and cuts
/// it into values, so a 1 GB bundle is read with a few MB of memory: the caller walks the outer
/// object/array with peek()/expect()/key() and takes each element with value(), then parses that
/// element alone (simdjson). Only the structure it walks is validated here (brackets, strings,
/// commas); element contents are validated by the element parser.
/// Memory: one buffer of about the largest value plus a 1 MB chunk and simdjson padding.
class JsonStream {
public:
    enum class ValueStatus { Ok, TooLarge, TooDeep, StringTooLong };

    /// A captured value: raw bytes (padded: at least 64 readable bytes follow), absolute offset.
    /// `bytes` is empty when the value was skipped (status != Ok). Valid until the next call.
    struct Value {
        std::string_view bytes;
        std::int64_t offset = 0;
        std::int64_t line = 1;
        std::size_t size = 0;
        ValueStatus status = ValueStatus::Ok;
        int depth = 0;
    };

    JsonStream(ByteSource& source, JsonLimits limits);

    /// Next significant character after whitespace (and a leading UTF-8 BOM), 0 at end of input.
    core::Result<char> peek();
    /// Consumes `c` (after whitespace) or fails with its offset.
    core::Status expect(char c);
    /// Reads an object key and the following ':'.
    core::Result<std::string> key();
    /// Captures the next complete value.
    core::Result<Value> value();
    /// Absolute offset of the next unread byte.
    std::int64_t offset() const { return m_base + static_cast<std::int64_t>(m_pos); }

    /// 1-based line of the next unread byte.
    std::int64_t line() const { return m_line; }

    /// A Parse error whose detail reads "line L, byte B".
    static core::Error parseError(const QString& what, std::int64_t at, std::int64_t line);

private:
    core::Status fill(std::size_t keepFrom);
    std::size_t m_chunk = 1u << 20;

    ByteSource& m_source;
    JsonLimits m_limits;
    std::vector<char> m_buf;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::int64_t m_base = 0;
    bool m_eof = false;
    bool m_started = false;
    std::int64_t m_line = 1;
};

/// Decodes a JSON string literal's content (without quotes) with all escapes, including
/// surrogate pairs. Returns false on a malformed escape.
bool unescapeJsonString(std::string_view raw, std::string& out);

} // namespace lagebild::ingest

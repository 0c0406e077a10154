#pragma once

#include "models/core/result.h"
#include "models/ingest/byte_source.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace lagebild::ingest {

/// Cuts a ByteSource into lines ('\n', an optional '\r' before it is dropped, a UTF-8 BOM on the
/// first line is dropped) through a bounded buffer, for NDJSON and TSV readers (Suricata EVE, Zeek).
/// A line longer than the cap is not buffered: the reader skips to its end and reports it as
/// too long, so memory stays at about the cap plus one 1 MB chunk whatever the file holds.
/// Lives with the EVE reader; the Zeek reader uses it too. Not thread-safe; one reader owns it.
class LineReader {
public:
    /// Bytes readable after every returned line (enough for simdjson's padding).
    static constexpr std::size_t kPadding = 64;

    struct Line {
        std::string_view text;   // without the line end; empty when tooLong. Valid until next().
        std::int64_t number = 0; // 1-based line number
        std::int64_t offset = 0; // offset of the line's first byte in the (decompressed) input
        std::size_t size = 0;    // length of the line, also when it was too long to keep
        bool tooLong = false;
    };

    LineReader(ByteSource& source, std::size_t maxLineBytes);

    /// Reads the next line into `line`; false at the end of input, an Error when reading fails.
    core::Result<bool> next(Line& line);

private:
    core::Result<std::size_t> fill();

    ByteSource& m_source;
    std::size_t m_maxLine;
    std::size_t m_chunk = 1u << 20;
    std::vector<char> m_buf;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::int64_t m_base = 0; // input offset of m_buf[0]
    std::int64_t m_line = 0;
    bool m_eof = false;
};

} // namespace lagebild::ingest

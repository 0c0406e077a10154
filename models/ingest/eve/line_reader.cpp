#include "models/ingest/eve/line_reader.h"

#include <cstring>

namespace lagebild::ingest {

LineReader::LineReader(ByteSource& source, std::size_t maxLineBytes) : m_source(source), m_maxLine(maxLineBytes) {
    m_buf.resize(m_chunk + kPadding);
}

// Moves the unread tail to the front and appends one chunk. Returns the bytes read (0 = end).
core::Result<std::size_t> LineReader::fill() {
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_base += static_cast<std::int64_t>(m_pos);
        m_pos = 0;
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
    return got.value();
}

core::Result<bool> LineReader::next(Line& line) {
    line = Line{};
    std::size_t scanFrom = m_pos;
    bool skipping = false;   // the line is over the cap: bytes are counted, not kept
    std::size_t dropped = 0; // bytes of this line already discarded while skipping
    std::int64_t startOffset = m_base + static_cast<std::int64_t>(m_pos);
    for (;;) {
        const char* nl =
            scanFrom < m_end ? static_cast<const char*>(std::memchr(m_buf.data() + scanFrom, '\n', m_end - scanFrom)) : nullptr;
        if (nl || (m_eof && (m_pos < m_end || skipping))) {
            const std::size_t stop = nl ? static_cast<std::size_t>(nl - m_buf.data()) : m_end;
            line.number = ++m_line;
            line.offset = startOffset;
            line.size = dropped + (stop - m_pos);
            if (skipping || line.size > m_maxLine) {
                line.tooLong = true;
            } else {
                std::size_t len = stop - m_pos;
                const char* begin = m_buf.data() + m_pos;
                if (len > 0 && begin[len - 1] == '\r')
                    --len;
                if (line.number == 1 && len >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0) {
                    begin += 3;
                    len -= 3;
                }
                line.text = std::string_view(begin, len);
            }
            m_pos = nl ? stop + 1 : m_end;
            return true;
        }
        if (m_eof)
            return false;
        if (m_end - m_pos > m_maxLine) {
            // Over the cap without a line end in sight: forget what we have, keep counting.
            skipping = true;
            dropped += m_end - m_pos;
            m_pos = m_end;
        }
        const std::size_t kept = m_end - m_pos;
        auto got = fill();
        if (!got)
            return got.error();
        scanFrom = kept; // after fill() the unread tail starts at 0
    }
}

} // namespace lagebild::ingest

#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lagebild::sync::net {

/// Incremental decoder of an HTTP/1.1 chunked body (RFC 9112 §7.1). Strict: a malformed size line
/// or a missing CRLF is an error, and the body is complete only after the last (zero) chunk and
/// its trailer section, so a connection cut before it is recognised as truncated.
class ChunkedDecoder {
public:
    /// Consumes `input` completely (keeping an incomplete line for the next call) and appends the
    /// decoded bytes to `out`. False when the encoding is malformed.
    bool feed(std::string_view input, std::string& out);
    bool done() const { return m_state == State::Done; }

private:
    enum class State { Size, Data, DataEnd, Trailer, Done };
    State m_state = State::Size;
    std::string m_line;
    std::uint64_t m_left = 0;
};

} // namespace lagebild::sync::net

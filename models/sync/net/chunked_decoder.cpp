#include "models/sync/net/chunked_decoder.h"

#include <algorithm>
#include <charconv>

namespace lagebild::sync::net {

bool ChunkedDecoder::feed(std::string_view input, std::string& out) {
    std::size_t pos = 0;
    while (pos < input.size() && m_state != State::Done) {
        if (m_state == State::Data) {
            const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(m_left, input.size() - pos));
            out.append(input.substr(pos, take));
            pos += take;
            m_left -= take;
            if (m_left == 0)
                m_state = State::DataEnd;
            continue;
        }
        // Line-based states: collect up to LF.
        const auto lf = input.find('\n', pos);
        m_line.append(input.substr(pos, lf == std::string_view::npos ? std::string_view::npos : lf - pos));
        if (m_line.size() > 4096)
            return false;
        if (lf == std::string_view::npos)
            return true;
        pos = lf + 1;
        if (m_line.empty() || m_line.back() != '\r')
            return false;
        m_line.pop_back();
        const std::string line = std::move(m_line);
        m_line.clear();
        switch (m_state) {
        case State::Size: {
            const std::string_view size = std::string_view(line).substr(0, line.find(';'));
            std::uint64_t n = 0;
            const auto [end, ec] = std::from_chars(size.data(), size.data() + size.size(), n, 16);
            if (size.empty() || ec != std::errc() || end != size.data() + size.size())
                return false;
            m_left = n;
            m_state = n == 0 ? State::Trailer : State::Data;
            break;
        }
        case State::DataEnd:
            if (!line.empty())
                return false;
            m_state = State::Size;
            break;
        case State::Trailer:
            if (line.empty())
                m_state = State::Done;
            break;
        default: return false;
        }
    }
    return true;
}

} // namespace lagebild::sync::net

#pragma once

#include <simdjson.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::sync::net {

/// A small control document (TAXII discovery, collections, status, a MISP manifest, our own
/// cursors) parsed with simdjson's DOM (simdjson for everything that comes from a
/// feed). Owns the parser, so elements stay valid as long as this object lives. Not copyable.
class ControlJson {
public:
    /// False when `text` is not well-formed JSON.
    bool parse(std::string_view text) {
        m_text = simdjson::padded_string(text);
        return m_parser.parse(m_text).get(m_root) == simdjson::SUCCESS;
    }
    simdjson::dom::element root() const { return m_root; }

    /// Member `key` of an object as a string; nullopt when absent or not a string.
    static std::optional<std::string> string(simdjson::dom::element e, std::string_view key) {
        std::string_view s;
        if (e[key].get_string().get(s) != simdjson::SUCCESS)
            return std::nullopt;
        return std::string(s);
    }
    /// The string items of an array member; empty when absent, non-string items skipped.
    static std::vector<std::string> strings(simdjson::dom::element e, std::string_view key) {
        std::vector<std::string> out;
        simdjson::dom::array list;
        if (e[key].get_array().get(list) != simdjson::SUCCESS)
            return out;
        for (auto item : list) {
            std::string_view s;
            if (item.get_string().get(s) == simdjson::SUCCESS)
                out.emplace_back(s);
        }
        return out;
    }
    static std::optional<bool> boolean(simdjson::dom::element e, std::string_view key) {
        bool b = false;
        if (e[key].get_bool().get(b) != simdjson::SUCCESS)
            return std::nullopt;
        return b;
    }
    /// An integer member, also when written as a decimal string (MISP timestamps are strings).
    static std::optional<std::int64_t> integer(simdjson::dom::element e, std::string_view key) {
        simdjson::dom::element v;
        if (e[key].get(v) != simdjson::SUCCESS)
            return std::nullopt;
        std::int64_t i = 0;
        if (v.get_int64().get(i) == simdjson::SUCCESS)
            return i;
        std::uint64_t u = 0;
        if (v.get_uint64().get(u) == simdjson::SUCCESS && u <= static_cast<std::uint64_t>(INT64_MAX))
            return static_cast<std::int64_t>(u);
        std::string_view s;
        if (v.get_string().get(s) != simdjson::SUCCESS || s.empty() || s.size() > 18)
            return std::nullopt;
        std::int64_t n = 0;
        for (const char c : s) {
            if (c < '0' || c > '9')
                return std::nullopt;
            n = n * 10 + (c - '0');
        }
        return n;
    }

private:
    simdjson::padded_string m_text;
    simdjson::dom::parser m_parser;
    simdjson::dom::element m_root;
};

} // namespace lagebild::sync::net

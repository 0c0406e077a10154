#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lagebild::core {

/// Minimal streaming JSON writer (readers generating STIX, audit details, CLI output): appends
/// compact JSON to a std::string, escaping strings correctly (control characters, quotes,
/// backslashes; UTF-8 passes through). The caller keeps object/array nesting balanced; commas
/// are inserted automatically. Cheap: no allocation beyond the output string.
class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : m_out(out) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    /// Object member name; the next call writes its value.
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(bool flag);
    /// Inserts already-serialised JSON verbatim (e.g. a nested object kept from the input).
    JsonWriter& raw(std::string_view json);
    /// key + string value in one call.
    JsonWriter& member(std::string_view name, std::string_view text) { return key(name).value(text); }

    static void appendEscaped(std::string& out, std::string_view text);

private:
    void separate();

    std::string& m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace lagebild::core

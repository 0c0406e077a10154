#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ingest::sigma {

/// The parts of a small YAML document (a Sigma rule, a regression-test info.yml) that a line-based
/// reader can take without a YAML library: block mappings of plain, single- or double-quoted
/// scalars, block scalars ('|', '>'), block sequences of scalars or of small mappings, and flow
/// sequences of plain scalars ("[a, b]"). Paths join keys with '.' and number sequence items:
/// "title", "logsource.category", "rule_metadata[0].title"; scalar sequences are in `lists`
/// ("tags", "references"). Comments, anchors-free documents only; anything fancier (anchors,
/// multi-document streams, flow mappings) is read as plain text or ignored, never a crash.
/// Linear in the text; plain data.
struct YamlLite {
    std::map<std::string, std::string, std::less<>> scalars;
    std::map<std::string, std::vector<std::string>, std::less<>> lists;

    /// The scalar at `path`, or an empty string.
    std::string scalar(std::string_view path) const;
    /// The scalar sequence at `path`, or an empty list.
    const std::vector<std::string>& list(std::string_view path) const;
};

/// Reads `text` (UTF-8) as described at YamlLite.
YamlLite parseYamlLite(std::string_view text);

} // namespace lagebild::ingest::sigma

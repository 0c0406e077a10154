#include "models/ingest/sigma/yaml_lite.h"

#include <algorithm>

namespace lagebild::ingest::sigma {

namespace {

std::string_view trimRight(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    return trimRight(s);
}

// End of a quoted scalar starting at s[0] (index of the closing quote), or npos.
std::size_t closingQuote(std::string_view s) {
    const char q = s[0];
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (q == '"' && s[i] == '\\') {
            ++i;
        } else if (s[i] == q) {
            if (q == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
                ++i; // '' is an escaped quote
                continue;
            }
            return i;
        }
    }
    return std::string_view::npos;
}

// A scalar as written after "key:" or "- ": quotes resolved, a trailing " # comment" dropped.
std::string scalarValue(std::string_view raw) {
    raw = trim(raw);
    if (raw.empty())
        return {};
    if (raw[0] == '\'' || raw[0] == '"') {
        const std::size_t end = closingQuote(raw);
        if (end != std::string_view::npos) {
            const std::string_view body = raw.substr(1, end - 1);
            std::string out;
            out.reserve(body.size());
            for (std::size_t i = 0; i < body.size(); ++i) {
                const char c = body[i];
                if (raw[0] == '\'' && c == '\'' && i + 1 < body.size() && body[i + 1] == '\'') {
                    out += '\'';
                    ++i;
                } else if (raw[0] == '"' && c == '\\' && i + 1 < body.size()) {
                    const char n = body[++i];
                    switch (n) {
                    case 'n': out += '\n'; break;
                    case 't': out += '\t'; break;
                    case '\\': out += '\\'; break;
                    case '"': out += '"'; break;
                    case '/': out += '/'; break;
                    default: out += '\\'; out += n;
                    }
                } else {
                    out += c;
                }
            }
            return out;
        }
    }
    // Plain scalar: " #" starts a comment.
    for (std::size_t i = 0; i < raw.size(); ++i)
        if (raw[i] == '#' && i > 0 && (raw[i - 1] == ' ' || raw[i - 1] == '\t'))
            return std::string(trimRight(raw.substr(0, i)));
    return std::string(raw);
}

// Splits "key: value" / "key:" (key plain or quoted, value may be empty). False when the text is
// not a mapping entry (a plain scalar such as "C:\path" has no ": ").
bool splitKey(std::string_view s, std::string& key, std::string_view& value) {
    std::size_t colon = std::string_view::npos;
    if (!s.empty() && (s[0] == '\'' || s[0] == '"')) {
        const std::size_t end = closingQuote(s);
        if (end == std::string_view::npos || end + 1 >= s.size() || s[end + 1] != ':')
            return false;
        colon = end + 1;
        key = scalarValue(s.substr(0, end + 1));
    } else {
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s[i] == ':' && (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t')) {
                colon = i;
                break;
            }
            if (s[i] == '#' && i > 0 && s[i - 1] == ' ')
                return false;
        }
        if (colon == std::string_view::npos || colon == 0)
            return false;
        key = std::string(trimRight(s.substr(0, colon)));
    }
    value = s.substr(colon + 1);
    return true;
}

bool isBlockIndicator(std::string_view v) {
    v = trim(v);
    if (v.empty() || (v[0] != '|' && v[0] != '>'))
        return false;
    const std::size_t hash = v.find(" #");
    if (hash != std::string_view::npos)
        v = trimRight(v.substr(0, hash));
    return std::all_of(v.begin() + 1, v.end(), [](char c) { return c == '-' || c == '+' || (c >= '1' && c <= '9'); });
}

struct Frame {
    int indent;
    std::string path;
    bool item; // a mapping inside a sequence item ("- key: value")
};

} // namespace

std::string YamlLite::scalar(std::string_view path) const {
    const auto it = scalars.find(path);
    return it == scalars.end() ? std::string() : it->second;
}

const std::vector<std::string>& YamlLite::list(std::string_view path) const {
    static const std::vector<std::string> kEmpty;
    const auto it = lists.find(path);
    return it == lists.end() ? kEmpty : it->second;
}

YamlLite parseYamlLite(std::string_view text) {
    YamlLite doc;
    std::vector<Frame> stack;
    std::map<std::string, int, std::less<>> itemCount;
    // Block scalar being collected: its path, folded ('>') or literal ('|'), the key's indent.
    std::string blockPath;
    bool blockFolded = false;
    int blockIndent = -1;
    std::string block;

    auto finishBlock = [&] {
        if (blockIndent < 0)
            return;
        while (!block.empty() && (block.back() == '\n' || block.back() == ' '))
            block.pop_back();
        doc.scalars[blockPath] = block;
        block.clear();
        blockIndent = -1;
    };
    auto parentPath = [&]() -> std::string { return stack.empty() ? std::string() : stack.back().path; };
    auto join = [](const std::string& parent, const std::string& key) { return parent.empty() ? key : parent + "." + key; };

    // Handles "key: value" at column `col` below the current top frame.
    auto mapping = [&](int col, const std::string& key, std::string_view value) {
        const std::string path = join(parentPath(), key);
        const std::string_view v = trim(value);
        if (v.empty()) {
            stack.push_back(Frame{col, path, false});
        } else if (isBlockIndicator(v)) {
            blockPath = path;
            blockFolded = v[0] == '>';
            blockIndent = col;
        } else if (v.front() == '[' && v.back() == ']') {
            auto& list = doc.lists[path];
            std::string_view body = v.substr(1, v.size() - 2);
            while (!trim(body).empty()) {
                const std::size_t comma = body.find(',');
                list.push_back(scalarValue(body.substr(0, comma)));
                if (comma == std::string_view::npos)
                    break;
                body.remove_prefix(comma + 1);
            }
        } else {
            doc.scalars[path] = scalarValue(v);
        }
    };

    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        std::string_view line = trimRight(text.substr(pos, nl - pos));
        pos = nl + 1;
        int col = 0;
        while (static_cast<std::size_t>(col) < line.size() &&
               (line[static_cast<std::size_t>(col)] == ' ' || line[static_cast<std::size_t>(col)] == '\t'))
            ++col;
        const std::string_view content = line.substr(static_cast<std::size_t>(col));

        if (blockIndent >= 0) {
            if (content.empty()) {
                block += '\n';
                continue;
            }
            if (col > blockIndent) {
                if (!block.empty() && block.back() != '\n')
                    block += blockFolded ? ' ' : '\n';
                block.append(content);
                continue;
            }
            finishBlock();
        }
        if (content.empty() || content[0] == '#' || content == "---" || content == "...")
            continue;

        if (content[0] == '-' && (content.size() == 1 || content[1] == ' ')) {
            while (!stack.empty() && (stack.back().indent > col || (stack.back().indent == col && stack.back().item)))
                stack.pop_back();
            if (stack.empty())
                continue; // a top-level sequence: nothing we read
            const std::string listPath = stack.back().path;
            std::string_view rest = content.substr(1);
            int restCol = col + 1;
            while (!rest.empty() && rest.front() == ' ') {
                rest.remove_prefix(1);
                ++restCol;
            }
            std::string key;
            std::string_view value;
            if (splitKey(rest, key, value)) {
                const int idx = itemCount[listPath]++;
                stack.push_back(Frame{col, listPath + "[" + std::to_string(idx) + "]", true});
                mapping(restCol, key, value);
            } else if (!rest.empty()) {
                doc.lists[listPath].push_back(scalarValue(rest));
            }
            continue;
        }
        while (!stack.empty() && stack.back().indent >= col)
            stack.pop_back();
        std::string key;
        std::string_view value;
        if (splitKey(content, key, value))
            mapping(col, key, value);
    }
    finishBlock();
    return doc;
}

} // namespace lagebild::ingest::sigma

#include "models/ingest/csv/list_layout.h"

#include "models/ingest/csv/csv_record_reader.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace lagebild::ingest::csv {

namespace {

constexpr std::size_t kSampleRecords = 200; // records of the head used to choose columns
constexpr std::array<char, 4> kDelimiters{',', '\t', ';', '|'};

// ---------------------------------------------------------------------------------------------
// Whole-file text checks on the head

std::int64_t lineAt(std::string_view text, std::size_t offset) {
    std::int64_t line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
            ++line;
    return line;
}

TextProblem problemAt(QString message, std::string_view head, std::size_t offset) {
    return TextProblem{std::move(message), lineAt(head, offset), static_cast<std::int64_t>(offset)};
}

bool isControl(unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7f;
}

// ---------------------------------------------------------------------------------------------
// Layout: delimiter, header, column roles

using Records = std::vector<std::vector<std::string>>;

Records sampleRecords(std::string_view text, char delimiter) {
    CsvRecordReader reader(nullptr, std::string(text), delimiter);
    Records out;
    while (out.size() < kSampleRecords) {
        auto more = reader.next();
        if (!more || !more.value())
            break;
        const auto fields = reader.fields();
        out.emplace_back(fields.begin(), fields.end());
    }
    return out;
}

using Role = ListRole;

struct ColumnRole {
    Role role = Role::None;
    TypeHint hint;
};

ColumnRole roleForName(std::string_view name) {
    name = trimBlanks(name);
    if (name.empty() || name.size() > 40)
        return {};
    std::string n;
    n.reserve(name.size());
    for (const char c : name) {
        const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        n += (l == ' ' || l == '-') ? '_' : l;
    }
    if (const Role role = listRoleForName(n); role != Role::None)
        return ColumnRole{role, {}};
    if (auto hint = typeHintForWord(name)) {
        if (hint->kind == TypeHint::Kind::Exact || hint->kind == TypeHint::Kind::AnyIp || hint->kind == TypeHint::Kind::AnyHash)
            return ColumnRole{Role::Typed, *hint};
    }
    return {};
}

bool isHashHint(const TypeHint& h) {
    if (h.kind == TypeHint::Kind::AnyHash)
        return true;
    return h.kind == TypeHint::Kind::Exact && (h.type == core::ObservableType::Md5 || h.type == core::ObservableType::Sha1 ||
                                               h.type == core::ObservableType::Sha256 || h.type == core::ObservableType::Sha512);
}

bool cellInfers(std::string_view cell) { return !cell.empty() && inferValue(refang(cell)).has_value(); }

struct ColumnStats {
    std::size_t nonEmpty = 0;
    std::size_t infers = 0;
    std::size_t typeWords = 0;
    std::array<std::size_t, core::kObservableTypeCount> singleHashes{};
};

std::optional<core::ObservableType> dominantHash(const ColumnStats& s) {
    for (std::size_t t = 0; t < s.singleHashes.size(); ++t)
        if (s.nonEmpty > 0 && s.singleHashes[t] * 10 >= s.nonEmpty * 8)
            return static_cast<core::ObservableType>(t);
    return std::nullopt;
}

bool isUuid(std::string_view s) {
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if ((i == 8 || i == 13 || i == 18 || i == 23) ? c != '-' : !hex)
            return false;
    }
    return true;
}

// A MISP feed's hashes.csv: "event_uuid,md5" (or "md5,event_uuid", SOURCES.md) in every row. The
// MD5s are of attribute values, for feed lookups -- not file hashes.
bool isMispFeedHashes(const Records& records) {
    if (records.empty())
        return false;
    std::size_t shaped = 0;
    for (const auto& r : records) {
        if (r.size() != 2)
            continue;
        const bool uuidFirst = isUuid(r[0]);
        const std::string_view md5 = uuidFirst ? r[1] : r[0];
        if ((uuidFirst || isUuid(r[1])) && md5.size() == 32 &&
            std::all_of(md5.begin(), md5.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }))
            ++shaped;
    }
    return shaped * 10 >= records.size() * 9;
}

ListLayout makePlan(char delimiter, const Records& records) {
    ListLayout p;
    p.delimiter = delimiter;
    if (records.empty())
        return p;
    p.mispFeedHashes = isMispFeedHashes(records);
    const std::vector<std::string>& first = records.front();
    std::size_t width = 0;
    for (const auto& r : records)
        width = std::max(width, r.size());

    // Header: nothing in the first record is an indicator, and it names columns we know or the
    // records below it are mostly indicators.
    const bool firstInfers = std::any_of(first.begin(), first.end(), [](const std::string& c) { return cellInfers(c); });
    const bool named =
        std::any_of(first.begin(), first.end(), [](const std::string& c) { return roleForName(c).role != Role::None; });
    std::size_t othersWithIndicator = 0;
    for (std::size_t i = 1; i < records.size(); ++i)
        if (std::any_of(records[i].begin(), records[i].end(), [](const std::string& c) { return cellInfers(c); }))
            ++othersWithIndicator;
    p.hasHeader = !firstInfers && (named || (othersWithIndicator > 0 && othersWithIndicator * 2 >= records.size() - 1));

    std::vector<ColumnRole> roles(width);
    if (p.hasHeader) {
        p.names = first;
        for (std::size_t i = 0; i < first.size(); ++i)
            roles[i] = roleForName(first[i]);
    }
    const std::size_t dataStart = p.hasHeader ? 1 : 0;

    std::vector<ColumnStats> stats(width);
    for (std::size_t r = dataStart; r < records.size(); ++r) {
        for (std::size_t c = 0; c < records[r].size(); ++c) {
            const std::string& cell = records[r][c];
            if (cell.empty())
                continue;
            ColumnStats& s = stats[c];
            ++s.nonEmpty;
            const auto value = inferValue(refang(cell));
            if (value) {
                ++s.infers;
                if (value->keys.size() == 1 && isHashValue(*value))
                    ++s.singleHashes[static_cast<std::size_t>(value->keys.front().type)];
            }
            if (typeHintForWord(cell))
                ++s.typeWords;
        }
    }

    int valueByName = -1;
    std::vector<int> typed;
    for (std::size_t i = 0; i < width; ++i) {
        const int col = static_cast<int>(i);
        switch (roles[i].role) {
        case Role::Value:
            if (valueByName < 0)
                valueByName = col;
            break;
        case Role::Type:
            if (p.typeColumn < 0)
                p.typeColumn = col;
            break;
        case Role::Description: p.descriptionColumns.push_back(col); break;
        case Role::Tags:
            if (p.tagsColumn < 0)
                p.tagsColumn = col;
            break;
        case Role::FirstSeen:
            if (p.firstSeenColumn < 0)
                p.firstSeenColumn = col;
            break;
        case Role::LastSeen:
            if (p.lastSeenColumn < 0)
                p.lastSeenColumn = col;
            break;
        case Role::Confidence:
            if (p.confidenceColumn < 0)
                p.confidenceColumn = col;
            break;
        case Role::Typed: typed.push_back(col); break;
        case Role::None: break;
        }
    }

    if (valueByName >= 0) {
        p.valueColumn = valueByName;
    } else if (!typed.empty()) {
        // "MD5,,C2", "md5, sha1, sha256", "Domain,Relevant resolution": named after a type.
        p.valueColumn = typed.front();
        p.valueHint = roles[static_cast<std::size_t>(p.valueColumn)].hint;
        if (isHashHint(*p.valueHint))
            for (const int col : typed)
                if (isHashHint(roles[static_cast<std::size_t>(col)].hint))
                    p.hashColumns.emplace_back(col, roles[static_cast<std::size_t>(col)].hint);
    } else {
        // The unnamed column whose cells most often are indicators (leftmost on a tie).
        int best = -1;
        for (std::size_t i = 0; i < width; ++i) {
            if (roles[i].role != Role::None || static_cast<int>(i) == p.typeColumn)
                continue;
            if (best < 0 || stats[i].infers > stats[static_cast<std::size_t>(best)].infers)
                best = static_cast<int>(i);
        }
        p.valueColumn = std::max(best, 0);
        // Header-less (or unnamed) hash columns of one file each: md5,sha1,sha256 per row.
        if (const auto algo = dominantHash(stats[static_cast<std::size_t>(p.valueColumn)])) {
            std::vector<core::ObservableType> seen{*algo};
            p.hashColumns.emplace_back(p.valueColumn, TypeHint{TypeHint::Kind::Exact, *algo, -1});
            for (std::size_t i = 0; i < width; ++i) {
                const int col = static_cast<int>(i);
                if (col == p.valueColumn || roles[i].role != Role::None || col == p.typeColumn)
                    continue;
                const auto other = dominantHash(stats[i]);
                if (other && std::find(seen.begin(), seen.end(), *other) == seen.end()) {
                    seen.push_back(*other);
                    p.hashColumns.emplace_back(col, TypeHint{TypeHint::Kind::Exact, *other, -1});
                }
            }
        }
    }
    if (p.hashColumns.size() < 2)
        p.hashColumns.clear();

    // A type column without a name: the column of type words ("ipaddress", "hostname", "md5").
    if (p.typeColumn < 0 && !p.valueHint && p.hashColumns.empty()) {
        for (std::size_t i = 0; i < width; ++i) {
            const ColumnStats& s = stats[i];
            if (static_cast<int>(i) != p.valueColumn && roles[i].role == Role::None && s.nonEmpty > 0 &&
                s.typeWords * 10 >= s.nonEmpty * 8) {
                p.typeColumn = static_cast<int>(i);
                break;
            }
        }
    }
    if (p.valueHint)
        p.typeColumn = -1; // the column name says the type; a type column would contradict it

    for (std::size_t i = 0; i < width; ++i) {
        const int col = static_cast<int>(i);
        const bool used = col == p.valueColumn || col == p.typeColumn ||
                          std::any_of(p.hashColumns.begin(), p.hashColumns.end(), [&](const auto& h) { return h.first == col; });
        const bool readable = roles[i].role == Role::None || roles[i].role == Role::Typed || roles[i].role == Role::Value;
        if (!used && readable && stats[i].infers > 0 && stats[i].infers * 2 >= stats[i].nonEmpty)
            p.otherIndicatorColumns.push_back(col);
    }
    return p;
}

struct SniffedRecords {
    char delimiter = '\0';
    Records records;
};

// Chooses the delimiter giving the most consistent field count (at least two fields in 75 % of
// the records); among those, more recognised header names, then more fields, then the earlier
// candidate. None qualifies: one value per line.
SniffedRecords sniffRecords(std::string_view head, bool complete) {
    std::string_view text = head;
    if (!complete) {
        const std::size_t lastBreak = text.find_last_of("\r\n");
        if (lastBreak != std::string_view::npos)
            text = text.substr(0, lastBreak + 1);
    }
    const std::string_view body = text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
    if (body.size() >= 5 && body.substr(0, 4) == "sep=" && (body.size() == 5 || body[5] == '\r' || body[5] == '\n'))
        return SniffedRecords{body[4], sampleRecords(text, body[4])};

    SniffedRecords best;
    bool found = false;
    std::size_t bestNamed = 0, bestMode = 0;
    double bestShare = 0;
    for (const char d : kDelimiters) {
        Records records = sampleRecords(text, d);
        if (records.empty())
            continue;
        std::array<std::size_t, 65> counts{};
        for (const auto& r : records)
            ++counts[std::min<std::size_t>(r.size(), counts.size() - 1)];
        const auto modeIt = std::max_element(counts.begin() + 2, counts.end());
        const std::size_t mode = static_cast<std::size_t>(modeIt - counts.begin());
        const double share = static_cast<double>(*modeIt) / static_cast<double>(records.size());
        if (*modeIt == 0 || share < 0.75)
            continue;
        const std::size_t named =
            static_cast<std::size_t>(std::count_if(records.front().begin(), records.front().end(),
                                                   [](const std::string& c) { return roleForName(c).role != Role::None; }));
        const bool better = !found || named > bestNamed || (named == bestNamed && mode > bestMode) ||
                            (named == bestNamed && mode == bestMode && share > bestShare);
        if (better) {
            found = true;
            bestNamed = named;
            bestMode = mode;
            bestShare = share;
            best = SniffedRecords{d, std::move(records)};
        }
    }
    if (!found)
        best = SniffedRecords{'\0', sampleRecords(text, '\0')};
    return best;
}

} // namespace

std::optional<TextProblem> checkListText(std::string_view head, bool complete) {
    if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF")
        return TextProblem{QCoreApplication::translate(
                               "IndicatorListReader",
                               "The file is UTF-16 text. Save it as UTF-8 (in Excel: \"CSV UTF-8\") and import it again."),
                           1, 0};
    const std::size_t start = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    if (const std::size_t nul = head.find('\0'); nul != std::string_view::npos)
        return problemAt(QCoreApplication::translate(
                             "IndicatorListReader", "The file contains a NUL byte: it is binary, not a text list of indicators."),
                         head, nul);
    std::size_t controls = 0;
    std::size_t firstControl = std::string_view::npos;
    for (std::size_t i = start; i < head.size(); ++i) {
        if (isControl(static_cast<unsigned char>(head[i]))) {
            ++controls;
            if (firstControl == std::string_view::npos)
                firstControl = i;
        }
    }
    if (controls > 0 && controls * 20 > head.size() - start)
        return problemAt(
            QCoreApplication::translate("IndicatorListReader",
                                        "The file is full of control characters: it is binary, not a text list of indicators."),
            head, firstControl);
    const std::string_view body = trimBlanks(head.substr(start));
    if (!body.empty()) {
        const std::size_t at = static_cast<std::size_t>(body.data() - head.data());
        const char c = body.front();
        const std::string_view after = trimBlanks(body.substr(1));
        const char next = after.empty() ? '\0' : after.front();
        if (c == '{' || (c == '[' && (next == '{' || next == '"' || next == '[' || next == ']')))
            return problemAt(
                QCoreApplication::translate("IndicatorListReader",
                                            "The file is a JSON document, not an indicator list. Import STIX and MISP files with "
                                            "their own formats."),
                head, at);
        if (c == '<' && (next == '?' || next == '!' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')))
            return problemAt(
                QCoreApplication::translate("IndicatorListReader", "The file is an XML or HTML document, not an indicator list."),
                head, at);
    }
    // Mostly invalid UTF-8: another encoding or binary data. A few bad lines are read as Latin-1.
    std::int64_t lines = 0, invalid = 0;
    std::size_t firstInvalid = std::string_view::npos;
    std::size_t pos = start;
    while (pos < head.size()) {
        std::size_t end = head.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) {
            if (!complete)
                break; // the head cut this line
            end = head.size();
        }
        const std::string_view line = head.substr(pos, end - pos);
        if (!trimBlanks(line).empty()) {
            ++lines;
            if (const std::size_t bad = utf8ErrorOffset(line); bad != std::string_view::npos) {
                ++invalid;
                if (firstInvalid == std::string_view::npos)
                    firstInvalid = pos + bad;
            }
        }
        pos = end + 1;
    }
    if (invalid > 0 && invalid * 2 > lines)
        return problemAt(QCoreApplication::translate(
                             "IndicatorListReader",
                             "%1 of the first %2 lines are not valid UTF-8 text: the file is binary or in another encoding. "
                             "Save it as UTF-8 and import it again.")
                             .arg(invalid)
                             .arg(lines),
                         head, firstInvalid);
    return std::nullopt;
}

SniffedList sniffList(std::string_view head, bool complete) {
    SniffedRecords sniffed = sniffRecords(head, complete);
    SniffedList out;
    out.layout = makePlan(sniffed.delimiter, sniffed.records);
    out.records = std::move(sniffed.records);
    return out;
}

namespace {
struct RoleName {
    std::string_view name;
    Role role;
};

// Column and key names, lower case with '_' for blanks and '-'.
constexpr std::array kRoleNames{
    RoleName{"value", ListRole::Value},
    RoleName{"values", Role::Value},
    RoleName{"indicator", Role::Value},
    RoleName{"indicators", Role::Value},
    RoleName{"indicator_value", Role::Value},
    RoleName{"ioc", Role::Value},
    RoleName{"iocs", Role::Value},
    RoleName{"ioc_value", Role::Value},
    RoleName{"observable", Role::Value},
    RoleName{"observables", Role::Value},
    RoleName{"observable_value", Role::Value},
    RoleName{"attribute_value", Role::Value},
    RoleName{"type", Role::Type},
    RoleName{"entity_type", Role::Type},
    RoleName{"ioc_type", Role::Type},
    RoleName{"indicator_type", Role::Type},
    RoleName{"observable_type", Role::Type},
    RoleName{"attribute_type", Role::Type},
    RoleName{"value_type", Role::Type},
    RoleName{"description", Role::Description},
    RoleName{"desc", Role::Description},
    RoleName{"notes", Role::Description},
    RoleName{"note", Role::Description},
    RoleName{"comment", Role::Description},
    RoleName{"comments", Role::Description},
    RoleName{"context", Role::Description},
    RoleName{"details", Role::Description},
    RoleName{"tags", Role::Tags},
    RoleName{"tag", Role::Tags},
    RoleName{"labels", Role::Tags},
    RoleName{"label", Role::Tags},
    RoleName{"attribute_tag", Role::Tags}, // MISP CSV export
    RoleName{"first_seen", Role::FirstSeen},
    RoleName{"firstseen", Role::FirstSeen},
    RoleName{"first_seen_utc", Role::FirstSeen},
    RoleName{"first_observed", Role::FirstSeen},
    RoleName{"date", Role::FirstSeen},
    RoleName{"date_added", Role::FirstSeen},
    RoleName{"dateadded", Role::FirstSeen},
    RoleName{"last_seen", Role::LastSeen},
    RoleName{"lastseen", Role::LastSeen},
    RoleName{"last_seen_utc", Role::LastSeen},
    RoleName{"last_observed", Role::LastSeen},
    RoleName{"confidence", Role::Confidence},
    RoleName{"confidence_level", Role::Confidence},
    RoleName{"score", Role::Confidence},
};

} // namespace

ListRole listRoleForName(std::string_view normalised) {
    for (const RoleName& r : kRoleNames)
        if (r.name == normalised)
            return r.role;
    return ListRole::None;
}

} // namespace lagebild::ingest::csv

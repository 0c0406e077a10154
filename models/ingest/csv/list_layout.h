#pragma once

#include "models/ingest/csv/indicator_inference.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lagebild::ingest::csv {

/// Bytes at the start of a list that are checked and sniffed before any record is read.
inline constexpr std::size_t kListHeadBytes = 64 * 1024;

/// What a column (CSV) or key (JSON list) is for. `Typed`: a column named after one indicator
/// type ("MD5", "Domain"), decided by the CSV layout, never by listRoleForName.
enum class ListRole { None, Value, Type, Description, Tags, FirstSeen, LastSeen, Confidence, Typed };

/// The role a column or key name gives (`normalised`: lower case, '_' for blanks and '-'): one
/// table for both list readers, so that they read the same names the same way.
ListRole listRoleForName(std::string_view normalised);

/// Why a file cannot be an indicator list at all, and where (1-based line, 0-based byte).
struct TextProblem {
    QString message; // translated, says what to do
    std::int64_t line = 1;
    std::int64_t offset = 0;
};

/// Checks the head of a file (`complete`: the head is the whole file) for what makes it no text
/// list: a UTF-16 byte order mark, a NUL byte, more than 5 % control characters, a JSON or XML
/// document, more than half of the lines invalid UTF-8. Linear in the head.
std::optional<TextProblem> checkListText(std::string_view head, bool complete);

/// How the rows of a list are read: the result of sniffing its head. Column numbers are 0-based;
/// -1 means "no such column".
struct ListLayout {
    char delimiter = '\0'; // ',', '\t', ';', '|', or '\0' for one value per line
    bool hasHeader = false;
    std::vector<std::string> names; // header cells (empty without a header)
    int valueColumn = 0;
    std::optional<TypeHint> valueHint;                 // the value column is named after a type ("MD5")
    std::vector<std::pair<int, TypeHint>> hashColumns; // two or more: the hashes of one file per row
    int typeColumn = -1;
    std::vector<int> descriptionColumns;
    int tagsColumn = -1;
    int firstSeenColumn = -1;
    int lastSeenColumn = -1;
    int confidenceColumn = -1;
    std::vector<int> otherIndicatorColumns; // hold indicator-like values but are not read
    bool mispFeedHashes = false;            // a MISP feed's hashes.csv (event UUID, MD5 of a value): not a list
};

/// A layout and the records of the head it was chosen from (at most 200, header included).
struct SniffedList {
    ListLayout layout;
    std::vector<std::vector<std::string>> records;
};

/// Sniffs the layout from the head of a list (after checkListText accepted it):
/// - delimiter: among ',', '\t', ';', '|' (or an Excel "sep=X" first line) the one giving at
///   least two fields in 75 % of the records, preferring more recognised header names, then more
///   fields; none: one value per line;
/// - header: no cell of the first record is an indicator, and it names known columns (value,
///   indicator, ioc, observable, type, entity_type, ioc_type, description, notes, comment, tags,
///   first_seen, last_seen, confidence, ... or type names such as md5, domain; any case) or the
///   records below it are mostly indicators;
/// - value column: the one named value/indicator/ioc/observable, else the first named after a type
///   (hash columns named md5/sha1/sha256 are combined), else the column whose cells most often
///   infer as indicators (header-less hash columns of different algorithms are combined);
/// - type column: the one named type/entity_type/ioc_type/..., or in a header-less file the column
///   whose cells are type words ("ipaddress", "hostname", "md5").
/// Cost: the head is parsed once per candidate delimiter; every sampled cell is inferred once.
SniffedList sniffList(std::string_view head, bool complete);

} // namespace lagebild::ingest::csv

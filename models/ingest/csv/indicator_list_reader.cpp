#include "models/ingest/csv/indicator_list_reader.h"
#include "models/core/plural.h"

#include "models/core/timestamp.h"
#include "models/ingest/csv/csv_record_reader.h"
#include "models/ingest/csv/indicator_emitter.h"
#include "models/ingest/csv/indicator_inference.h"
#include "models/ingest/csv/indicator_stix_builder.h"
#include "models/ingest/csv/json_indicator_list.h"
#include "models/ingest/csv/list_layout.h"
#include "models/ingest/stix/stix_object_parser.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <span>
#include <utility>

namespace lagebild::ingest::csv {

namespace {

using core::Issue;
using core::IssueSeverity;

constexpr std::size_t kMaxValueBytes = 16 * 1024; // longer cells are not one indicator
constexpr int kMaxNotesPerKind = 100;             // row notes of one kind; the rest are summarised

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// A cell as shown in a message: one line of at most 120 characters, invalid UTF-8 replaced.
QString shown(std::string_view s) {
    QString text = qs(s.substr(0, 600)).simplified();
    if (text.size() > 120)
        text = text.left(120) + QChar(0x2026);
    return text;
}

QString where(std::int64_t line) { return QCoreApplication::translate("IndicatorListReader", "line %1").arg(line); }

// ---------------------------------------------------------------------------------------------
// Row fields

} // namespace

namespace detail {

// Dates as lists write them: RFC 3339, "YYYY-MM-DD[ HH:MM:SS]" (UTC when no zone), "YYYYMMDD",
// epoch seconds (10 digits) or milliseconds (13 digits).
std::optional<std::int64_t> parseListDate(std::string_view s) {
    s = trimBlanks(s);
    const bool digits = !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::string text;
    if (digits && s.size() == 8) {
        text = std::string(s.substr(0, 4)) + '-' + std::string(s.substr(4, 2)) + '-' + std::string(s.substr(6, 2)) + "T00:00:00Z";
    } else if (digits && (s.size() == 10 || s.size() == 13)) {
        std::int64_t v = 0;
        for (const char c : s)
            v = v * 10 + (c - '0');
        return s.size() == 10 ? v * 1'000'000 : v * 1'000;
    } else if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
        text = std::string(s) + "T00:00:00Z";
    } else if (s.size() >= 19 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ' || s[10] == 't')) {
        text = std::string(s);
        text[10] = 'T';
        const std::string_view tail = std::string_view(text).substr(19);
        const bool zoned = tail.find_first_of("Zz+-") != std::string_view::npos;
        if (!zoned)
            text += 'Z';
    } else {
        return std::nullopt;
    }
    return core::parseRfc3339(text);
}

// 0-100, "85%", or the words of the STIX confidence scale (Low 15, Med 50, High 85, None 0).
std::optional<int> parseConfidence(std::string_view s) {
    s = trimBlanks(s);
    if (!s.empty() && s.back() == '%')
        s.remove_suffix(1);
    if (!s.empty() && s.size() <= 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        int v = 0;
        for (const char c : s)
            v = v * 10 + (c - '0');
        return v <= 100 ? std::optional<int>(v) : std::nullopt;
    }
    const QString word = qs(s).toLower();
    if (word == QLatin1String("high"))
        return 85;
    if (word == QLatin1String("medium") || word == QLatin1String("med"))
        return 50;
    if (word == QLatin1String("low"))
        return 15;
    if (word == QLatin1String("none"))
        return 0;
    return std::nullopt;
}

} // namespace detail

namespace {

using detail::parseConfidence;
using detail::parseListDate;
using detail::SeenIds;

std::string_view cellAt(std::span<const std::string> fields, int column) {
    if (column < 0 || static_cast<std::size_t>(column) >= fields.size())
        return {};
    return fields[static_cast<std::size_t>(column)];
}

QString delimiterName(char d) {
    switch (d) {
    case ',': return QCoreApplication::translate("IndicatorListReader", "comma-separated values");
    case '\t': return QCoreApplication::translate("IndicatorListReader", "tab-separated values");
    case ';': return QCoreApplication::translate("IndicatorListReader", "semicolon-separated values");
    case '|': return QCoreApplication::translate("IndicatorListReader", "pipe-separated values");
    case '\0': return QCoreApplication::translate("IndicatorListReader", "one value per line");
    default: return QCoreApplication::translate("IndicatorListReader", "values separated by '%1'").arg(QLatin1Char(d));
    }
}

QString typeName(core::ObservableType t) { return qs(core::observableTypeName(t)); }

// ---------------------------------------------------------------------------------------------
// The reader

enum class NoteKind { TypeCorrection, UnknownType, Latin1, HashColumn, Unterminated, Count };

class Reader {
public:
    Reader(const QString& path, const IndicatorListOptions& options, stix::StixVisitor& visitor, const core::CancelToken& cancel,
           core::ProgressReporter* progress)
        : m_path(path), m_options(options), m_visitor(visitor), m_cancel(cancel), m_progress(progress),
          m_emitter(options.source, options.tlp, visitor) {}

    core::Result<IndicatorListInfo> run();

private:
    core::Status row(std::span<const std::string> fields, std::int64_t line);
    std::optional<IndicatorValue> valueOf(std::span<const std::string> fields, std::int64_t line, std::string_view& name);
    std::optional<IndicatorValue> hashColumnsValue(std::span<const std::string> fields, std::int64_t line);
    core::Status produce(const IndicatorValue& value, std::string_view name, std::span<const std::string> fields,
                         std::int64_t line);
    std::string_view text(std::string_view cell, std::string& scratch, std::int64_t line);
    void reject(const QString& message, std::int64_t line, std::string_view value);
    void rowNote(NoteKind kind, IssueSeverity severity, const QString& message, std::int64_t line, std::string_view value);
    void planNotes();
    QString columnLabel(int column) const;

    const QString& m_path;
    const IndicatorListOptions& m_options;
    stix::StixVisitor& m_visitor;
    const core::CancelToken& m_cancel;
    core::ProgressReporter* m_progress;
    IndicatorEmitter m_emitter;
    ListLayout m_plan;
    IndicatorListInfo m_info;
    SeenIds m_seen;
    std::array<int, static_cast<std::size_t>(NoteKind::Count)> m_notes{};
    std::array<std::int64_t, static_cast<std::size_t>(NoteKind::Count)> m_suppressed{};
    std::vector<std::string> m_unknownTypes;
    std::string m_refanged, m_description, m_descriptionPart, m_tagScratch, m_name;
    std::vector<std::string> m_tags;
};

QString Reader::columnLabel(int column) const {
    const auto i = static_cast<std::size_t>(column);
    if (m_plan.hasHeader && i < m_plan.names.size() && !m_plan.names[i].empty())
        return QCoreApplication::translate("IndicatorListReader", "column %1 (\"%2\")")
            .arg(column + 1)
            .arg(shown(m_plan.names[i]));
    return QCoreApplication::translate("IndicatorListReader", "column %1").arg(column + 1);
}

void Reader::reject(const QString& message, std::int64_t line, std::string_view value) {
    ++m_info.rejected;
    m_visitor.rejected(Issue{IssueSeverity::Error, message, where(line), shown(value)});
}

void Reader::rowNote(NoteKind kind, IssueSeverity severity, const QString& message, std::int64_t line, std::string_view value) {
    const auto k = static_cast<std::size_t>(kind);
    if (m_notes[k] >= kMaxNotesPerKind) {
        ++m_suppressed[k];
        return;
    }
    ++m_notes[k];
    m_visitor.note(Issue{severity, message, where(line), shown(value)});
}

void Reader::planNotes() {
    const ListLayout& p = m_plan;
    if (p.hasHeader)
        m_visitor.note(
            Issue{IssueSeverity::Info,
                  QCoreApplication::translate("IndicatorListReader", "Read as %1 with a header row; indicators from %2.")
                      .arg(delimiterName(p.delimiter), columnLabel(p.valueColumn)),
                  {},
                  {}});
    else
        m_visitor.note(
            Issue{IssueSeverity::Info,
                  QCoreApplication::translate("IndicatorListReader", "Read as %1 without a header row; indicators from %2.")
                      .arg(delimiterName(p.delimiter), columnLabel(p.valueColumn)),
                  {},
                  {}});
    if (p.typeColumn >= 0 && !m_options.forcedType)
        m_visitor.note(Issue{IssueSeverity::Info,
                             QCoreApplication::translate(
                                 "IndicatorListReader",
                                 "Types from %1; where a type contradicts its value, the type the value itself shows is used.")
                                 .arg(columnLabel(p.typeColumn)),
                             {},
                             {}});
    if (p.hashColumns.size() > 1) {
        QStringList cols;
        for (const auto& h : p.hashColumns)
            cols << columnLabel(h.first);
        m_visitor.note(Issue{
            IssueSeverity::Info,
            QCoreApplication::translate("IndicatorListReader",
                                        "The hash columns %1 are read as the hashes of one file per row: one indicator each.")
                .arg(cols.join(QStringLiteral(", "))),
            {},
            {}});
    }
    for (const int col : p.otherIndicatorColumns)
        m_visitor.note(
            Issue{IssueSeverity::Warning,
                  QCoreApplication::translate(
                      "IndicatorListReader",
                      "%1 also holds indicator-like values but is not imported: one indicator is read per row, from %2. "
                      "To import it, save that column as a list of its own.")
                      .arg(columnLabel(col), columnLabel(p.valueColumn)),
                  {},
                  {}});
}

// A cell as UTF-8: verbatim when valid, else read as Latin-1 (ISO 8859-1) with one note.
std::string_view Reader::text(std::string_view cell, std::string& scratch, std::int64_t line) {
    if (isValidUtf8(cell))
        return cell;
    rowNote(NoteKind::Latin1, IssueSeverity::Warning,
            QCoreApplication::translate(
                "IndicatorListReader",
                "Text that is not valid UTF-8 was read as Latin-1 (ISO 8859-1); save the list as UTF-8 to avoid this."),
            line, {});
    const QByteArray utf8 = QString::fromLatin1(cell.data(), static_cast<qsizetype>(cell.size())).toUtf8();
    scratch.assign(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    return scratch;
}

std::optional<IndicatorValue> Reader::hashColumnsValue(std::span<const std::string> fields, std::int64_t line) {
    IndicatorValue combined;
    std::string_view firstCell;
    for (const auto& [col, hint] : m_plan.hashColumns) {
        const std::string_view cell = cellAt(fields, col);
        if (cell.empty())
            continue;
        if (firstCell.empty())
            firstCell = cell;
        const std::string refanged = refang(cell);
        auto v = valueForHint(hint, refanged);
        if (!v)
            v = inferValue(refanged);
        if (!v || !isHashValue(*v)) {
            rowNote(NoteKind::HashColumn, IssueSeverity::Warning,
                    QCoreApplication::translate("IndicatorListReader",
                                                "\"%1\" in %2 is not a file hash; left out of this row's indicator.")
                        .arg(shown(cell), columnLabel(col)),
                    line, cell);
            continue;
        }
        if (!mergeHashes(combined, *v))
            rowNote(NoteKind::HashColumn, IssueSeverity::Warning,
                    QCoreApplication::translate("IndicatorListReader",
                                                "%1 holds a second hash of one algorithm (\"%2\"); the first one is kept.")
                        .arg(columnLabel(col), shown(cell)),
                    line, cell);
    }
    if (combined.keys.empty()) {
        if (firstCell.empty())
            reject(QCoreApplication::translate("IndicatorListReader", "The row has no value in its hash columns."), line, {});
        else
            reject(
                QCoreApplication::translate("IndicatorListReader", "\"%1\" is not a file hash (MD5, SHA-1, SHA-256 or SHA-512).")
                    .arg(shown(firstCell)),
                line, firstCell);
        return std::nullopt;
    }
    return combined;
}

QString notRecognised(std::string_view value) {
    const bool hexOnly = std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
    if (hexOnly && value.size() >= 16)
        return QCoreApplication::translate(
                   "IndicatorListReader",
                   "\"%1\" looks like a hash but has %2 hex digits; MD5, SHA-1, SHA-256 and SHA-512 have 32, 40, 64 and 128.")
            .arg(shown(value))
            .arg(value.size());
    if (std::any_of(value.begin(), value.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }))
        return QCoreApplication::translate("IndicatorListReader", "\"%1\" is not an indicator: it contains blanks (free text?).")
            .arg(shown(value));
    return QCoreApplication::translate(
               "IndicatorListReader",
               "\"%1\" is not recognised as an IP address or network, domain, URL, e-mail address or file hash.")
        .arg(shown(value));
}

std::optional<IndicatorValue> Reader::valueOf(std::span<const std::string> fields, std::int64_t line, std::string_view& name) {
    const std::string_view raw = cellAt(fields, m_plan.valueColumn);
    name = raw;
    if (raw.empty()) {
        reject(QCoreApplication::translate("IndicatorListReader", "The row has no value in %1.")
                   .arg(columnLabel(m_plan.valueColumn)),
               line, {});
        return std::nullopt;
    }
    if (raw.size() > kMaxValueBytes) {
        reject(
            QCoreApplication::translate("IndicatorListReader", "The value is %1 bytes long: not one indicator.").arg(raw.size()),
            line, raw);
        return std::nullopt;
    }
    if (!isValidUtf8(raw)) {
        reject(QCoreApplication::translate("IndicatorListReader", "The value is not valid UTF-8 text."), line, {});
        return std::nullopt;
    }
    m_refanged = refang(raw);
    name = m_refanged;

    if (m_options.forcedType) {
        auto v = valueForHint(TypeHint{TypeHint::Kind::Exact, *m_options.forcedType, -1}, m_refanged);
        if (!v)
            reject(QCoreApplication::translate("IndicatorListReader", "\"%1\" is not a valid %2, the type this import requires.")
                       .arg(shown(raw), typeName(*m_options.forcedType)),
                   line, raw);
        return v;
    }

    std::optional<TypeHint> hint;
    std::string_view hintWord;
    if (const std::string_view word = cellAt(fields, m_plan.typeColumn); !word.empty()) {
        hint = typeHintForWord(word);
        hintWord = word;
        if (!hint && m_unknownTypes.size() < 20 &&
            std::find(m_unknownTypes.begin(), m_unknownTypes.end(), word) == m_unknownTypes.end()) {
            m_unknownTypes.emplace_back(word);
            rowNote(NoteKind::UnknownType, IssueSeverity::Info,
                    QCoreApplication::translate("IndicatorListReader",
                                                "Unknown type \"%1\": values of this type are recognised by their form.")
                        .arg(shown(word)),
                    line, word);
        }
    } else if (m_plan.valueHint) {
        hint = m_plan.valueHint;
        hintWord = m_plan.names[static_cast<std::size_t>(m_plan.valueColumn)];
    }
    if (!hint) {
        auto v = inferValue(m_refanged);
        if (!v)
            reject(notRecognised(m_refanged), line, raw);
        return v;
    }
    if (hint->kind == TypeHint::Kind::NotIndicator) {
        reject(QCoreApplication::translate("IndicatorListReader", "\"%1\" is context, not an indicator (type \"%2\").")
                   .arg(shown(raw), shown(hintWord)),
               line, raw);
        return std::nullopt;
    }
    if (hint->kind == TypeHint::Kind::Unsupported) {
        reject(QCoreApplication::translate(
                   "IndicatorListReader",
                   "Type \"%1\" cannot be matched: only IP addresses and networks, domains, URLs, e-mail addresses, file "
                   "hashes (MD5, SHA-1, SHA-256, SHA-512), registry keys, mutexes and user agents can.")
                   .arg(shown(hintWord)),
               line, raw);
        return std::nullopt;
    }
    if (auto v = valueForHint(*hint, m_refanged))
        return v;
    auto inferred = inferValue(m_refanged);
    if (!inferred) {
        reject(QCoreApplication::translate("IndicatorListReader",
                                           "\"%1\" is not a valid value of type \"%2\", nor any other indicator.")
                   .arg(shown(raw), shown(hintWord)),
               line, raw);
        return std::nullopt;
    }
    ++m_info.typeCorrections;
    rowNote(
        NoteKind::TypeCorrection, IssueSeverity::Warning,
        QCoreApplication::translate("IndicatorListReader",
                                    "The type says \"%1\", but \"%2\" is not of that type; imported as %3.")
            .arg(shown(hintWord), shown(raw),
                 QString::fromLatin1(valueKindName(*inferred).data(), static_cast<qsizetype>(valueKindName(*inferred).size()))),
        line, raw);
    return inferred;
}

core::Status Reader::row(std::span<const std::string> fields, std::int64_t line) {
    std::optional<IndicatorValue> value;
    std::string_view name;
    if (m_plan.hashColumns.size() > 1 && !m_options.forcedType) {
        value = hashColumnsValue(fields, line);
        if (value) {
            m_name.clear();
            for (const core::ObservableKey& k : value->keys) {
                if (!m_name.empty())
                    m_name += ", ";
                m_name += k.value;
            }
            name = m_name;
        }
    } else {
        value = valueOf(fields, line, name);
        if (value && value->keys.size() > 1) {
            // One cell with several hashes: name them canonically, in algorithm order.
            m_name.clear();
            for (const core::ObservableKey& k : value->keys) {
                if (!m_name.empty())
                    m_name += ", ";
                m_name += k.value;
            }
            name = m_name;
        }
    }
    if (!value)
        return {};
    for (const std::string& piece : value->skipped)
        rowNote(NoteKind::HashColumn, IssueSeverity::Warning,
                QCoreApplication::translate(
                    "IndicatorListReader",
                    "\"%1\" is not a complete hash (%2 hex digits); the indicator uses the other hashes of the row.")
                    .arg(shown(piece))
                    .arg(piece.size()),
                line, piece);
    return produce(*value, name, fields, line);
}

core::Status Reader::produce(const IndicatorValue& value, std::string_view name, std::span<const std::string> fields,
                             std::int64_t line) {
    const QUuid uuid = m_emitter.uuidFor(value);
    if (!m_seen.insert(uuid)) {
        ++m_info.duplicates;
        return {};
    }
    IndicatorStixBuilder::Details d;
    d.name = name;
    m_description.clear();
    for (const int col : m_plan.descriptionColumns) {
        const std::string_view part = text(cellAt(fields, col), m_descriptionPart, line);
        if (part.empty())
            continue;
        if (!m_description.empty())
            m_description += '\n';
        m_description.append(part);
    }
    d.description = m_description;
    m_tags.clear();
    if (const std::string_view tags = text(cellAt(fields, m_plan.tagsColumn), m_tagScratch, line); !tags.empty()) {
        std::size_t i = 0;
        while (i <= tags.size()) {
            std::size_t j = tags.find_first_of(",;|", i);
            if (j == std::string_view::npos)
                j = tags.size();
            const std::string_view tag = trimBlanks(tags.substr(i, j - i));
            if (!tag.empty() && std::find(m_tags.begin(), m_tags.end(), tag) == m_tags.end())
                m_tags.emplace_back(tag);
            i = j + 1;
        }
    }
    for (const std::string& t : m_tags)
        d.labels.push_back(t);
    d.firstSeen = parseListDate(cellAt(fields, m_plan.firstSeenColumn));
    d.lastSeen = parseListDate(cellAt(fields, m_plan.lastSeenColumn));
    d.confidence = parseConfidence(cellAt(fields, m_plan.confidenceColumn));
    if (!d.confidence && m_options.confidence && *m_options.confidence >= 0 && *m_options.confidence <= 100)
        d.confidence = m_options.confidence;

    if (auto s = m_emitter.send(value, uuid, d, shown(name), where(line), m_info.generatorRejections,
                                [&](const QString& message) { reject(message, line, name); });
        !s)
        return s;
    ++m_info.values;
    return {};
}

core::Result<IndicatorListInfo> Reader::run() {
    auto opened = openByteSource(m_path);
    if (!opened)
        return opened.error();
    ByteSource& src = *opened.value();

    std::string head(kListHeadBytes, '\0');
    std::size_t got = 0;
    bool complete = false;
    while (got < kListHeadBytes) {
        auto n = src.read(head.data() + got, kListHeadBytes - got);
        if (!n)
            return n.error();
        if (n.value() == 0) {
            complete = true;
            break;
        }
        got += n.value();
    }
    head.resize(got);

    if (auto problem = checkListText(head, complete))
        return core::Error::make(
            core::ErrorCode::Parse, problem->message,
            QCoreApplication::translate("IndicatorListReader", "line %1, byte %2").arg(problem->line).arg(problem->offset));

    m_plan = sniffList(head, complete).layout;
    if (m_plan.mispFeedHashes)
        return core::Error::make(
            core::ErrorCode::Parse,
            QCoreApplication::translate("IndicatorListReader",
                                        "This is the hashes.csv of a MISP feed: its MD5s are lookup hashes of attribute "
                                        "values, not file hashes. Import the feed folder instead."),
            QCoreApplication::translate("IndicatorListReader", "line %1, byte %2").arg(1).arg(0));
    m_info.delimiter = m_plan.delimiter;
    m_info.hasHeader = m_plan.hasHeader;
    for (const std::string& n : m_plan.names)
        m_info.columns << qs(n);
    m_info.valueColumn = m_plan.valueColumn;
    m_info.typeColumn = m_options.forcedType ? -1 : m_plan.typeColumn;
    if (got > 0)
        planNotes();

    CsvRecordReader records(&src, std::move(head), m_plan.delimiter);
    bool first = true;
    for (;;) {
        if (m_cancel.isCancelled())
            return core::Error::make(core::ErrorCode::Cancelled,
                                     QCoreApplication::translate("IndicatorListReader", "Import cancelled."));
        auto more = records.next();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        if (first && m_plan.hasHeader) {
            first = false;
            continue;
        }
        first = false;
        ++m_info.rows;
        const std::int64_t line = records.recordLine();
        if (records.unterminatedQuote())
            rowNote(NoteKind::Unterminated, IssueSeverity::Warning,
                    QCoreApplication::translate(
                        "IndicatorListReader",
                        "A quoted field opened on this line is never closed: the rest of the file was read as part of it."),
                    line, {});
        if (auto s = row(records.fields(), line); !s)
            return s.error();
        if (m_progress && (m_info.rows & 1023) == 0)
            m_progress->report({src.rawPosition(), src.rawSize(), {}});
    }
    m_info.lines = records.linesRead();
    if (m_progress)
        m_progress->report({src.rawPosition(), src.rawSize(), {}}, true);

    const int duplicates = core::pluralCount(m_info.duplicates);
    if (m_info.duplicates > 0)
        m_visitor.note(Issue{IssueSeverity::Info,
                             QCoreApplication::translate(
                                 "IndicatorListReader",
                                 "%n duplicate value(s) merged: each distinct value becomes one indicator.", "", duplicates),
                             {},
                             {}});
    for (std::size_t k = 0; k < m_suppressed.size(); ++k)
        if (m_suppressed[k] > 0) {
            const int left = core::pluralCount(m_suppressed[k]);
            m_visitor.note(Issue{
                IssueSeverity::Info,
                QCoreApplication::translate("IndicatorListReader", "%n more note(s) of the same kind were left out.", "", left),
                {},
                {}});
        }
    if (m_info.rows == 0)
        m_visitor.note(Issue{
            IssueSeverity::Warning, QCoreApplication::translate("IndicatorListReader", "The list holds no values."), {}, {}});
    return m_info;
}

// The first non-blank byte (after a UTF-8 BOM) is '{' or '[': a JSON document, maybe a JSON feed.
bool startsLikeJson(std::string_view head) {
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    const std::size_t at = head.find_first_not_of(" \t\r\n");
    return at != std::string_view::npos && (head[at] == '{' || head[at] == '[');
}

// A JSON indicator feed (read by readJsonIndicatorList) rather than a text list? Sniffs the first
// 64 KiB of the (gunzipped) file; a file that cannot be opened is left to the list reader's error.
core::Result<bool> isJsonIndicatorList(const QString& path) {
    auto opened = openByteSource(path);
    if (!opened)
        return opened.error();
    std::string head(kListHeadBytes, '\0');
    std::size_t got = 0;
    while (got < kListHeadBytes) {
        auto n = opened.value()->read(head.data() + got, kListHeadBytes - got);
        if (!n)
            return n.error();
        if (n.value() == 0)
            break;
        got += n.value();
    }
    head.resize(got);
    return startsLikeJson(head) && looksLikeJsonIndicatorList(head);
}

} // namespace

core::Result<IndicatorListInfo> readIndicatorList(const QString& path, const IndicatorListOptions& options,
                                                  stix::StixVisitor& visitor, const core::CancelToken& cancel,
                                                  core::ProgressReporter* progress) {
    if (auto json = isJsonIndicatorList(path); !json)
        return json.error();
    else if (json.value())
        return readJsonIndicatorList(path, options, visitor, cancel, progress);
    Reader reader(path, options, visitor, cancel, progress);
    return reader.run();
}

bool looksLikeIndicatorList(std::string_view head) {
    head = head.substr(0, kListHeadBytes);
    const bool complete = head.size() < kListHeadBytes;
    if (head.empty())
        return false;
    if (startsLikeJson(head) && looksLikeJsonIndicatorList(head))
        return true;
    if (checkListText(head, complete))
        return false;
    const std::string_view body = head.substr(0, 3) == "\xEF\xBB\xBF" ? head.substr(3) : head;
    if (body.substr(0, 10) == "#separator" || body.substr(0, 7) == "%YAML ")
        return false; // Zeek logs (their '#' lines read as comments) and YAML documents
    if (head.find("|---") != std::string_view::npos || head.find("| ---") != std::string_view::npos)
        return false; // a Markdown table (commit hashes and URLs in documentation are no list)
    const SniffedList sniffed = sniffList(head, complete);
    const ListLayout& plan = sniffed.layout;
    if (plan.mispFeedHashes)
        return false;
    std::size_t rows = 0, values = 0;
    for (std::size_t r = plan.hasHeader ? 1 : 0; r < sniffed.records.size(); ++r) {
        const auto& fields = sniffed.records[r];
        ++rows;
        const std::string_view cell = cellAt(fields, plan.valueColumn);
        if (cell.empty())
            continue;
        const std::string refanged = refang(cell);
        bool ok = inferValue(refanged).has_value();
        if (!ok && plan.valueHint)
            ok = valueForHint(*plan.valueHint, refanged).has_value();
        if (!ok)
            if (auto hint = typeHintForWord(cellAt(fields, plan.typeColumn)))
                ok = hint->kind == TypeHint::Kind::NotIndicator || valueForHint(*hint, refanged).has_value();
        if (ok)
            ++values;
    }
    return values > 0 && values * 2 >= rows;
}

std::optional<core::ObservableKey> inferIndicator(std::string_view value) {
    auto v = inferValue(refang(value), false);
    if (!v || v->keys.size() != 1)
        return std::nullopt;
    return std::move(v->keys.front());
}

} // namespace lagebild::ingest::csv

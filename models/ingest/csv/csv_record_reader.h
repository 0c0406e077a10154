#pragma once

#include "models/core/result.h"
#include "models/ingest/byte_source.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ingest::csv {

/// Splits text into records as RFC 4180 describes them, streaming: fields separated by one
/// delimiter character ('\0' = one field per line), fields in double quotes may hold the
/// delimiter, doubled quotes and line breaks. Lenient where real files are sloppy: LF, CRLF and
/// lone CR all end a line, blanks around fields and around quoted fields are dropped, a quote in
/// the middle of an unquoted field is an ordinary character, text after a closing quote is
/// appended. A UTF-8 byte order mark at the start and an Excel "sep=X" first line are skipped;
/// blank lines, lines of empty fields and comment lines (first non-blank characters '#' or "//"
/// where a record starts, never inside quotes) are not records.
///
/// Memory: one chunk plus the current record; a record longer than kMaxRecordBytes is an error
/// (it nearly always means a quote that is never closed). Not thread-safe; one owner.
class CsvRecordReader {
public:
    static constexpr std::size_t kChunkBytes = 64 * 1024;
    static constexpr std::size_t kMaxRecordBytes = 1024 * 1024;

    /// Reads `prefix` (bytes already taken from the start of the input, e.g. for sniffing) and
    /// then the rest of `source`; with a null source the prefix is the whole input.
    CsvRecordReader(ByteSource* source, std::string prefix, char delimiter);

    /// Advances to the next record: true when there is one, false at the end of the input.
    /// Errors (detail "line L, byte B"): a NUL byte (the input is not text), a record over
    /// kMaxRecordBytes (Parse); a read error of the source.
    core::Result<bool> next();

    /// Fields of the current record, blanks trimmed; valid until the next call of next().
    std::span<const std::string> fields() const { return {m_fields.data(), m_count}; }
    /// 1-based line on which the current record starts.
    std::int64_t recordLine() const { return m_recordLine; }
    /// Lines read so far (physical lines, including blank and comment lines).
    std::int64_t linesRead() const { return m_lineNo; }
    /// The current record reached the end of the input inside a quoted field.
    bool unterminatedQuote() const { return m_unterminated; }

private:
    enum class FieldState { Start, Unquoted, Quoted, QuoteSeen };

    core::Result<bool> nextLine(std::string_view& line, std::int64_t& offset);
    core::Status refill();
    void beginField();
    bool parseLine(std::string_view line);
    void finishRecord();
    core::Error error(const QString& message, std::int64_t line, std::int64_t offset) const;

    ByteSource* m_source;
    char m_delimiter;
    std::string m_buf;
    std::size_t m_pos = 0;   // start of the unread part of m_buf
    std::size_t m_scan = 0;  // where the search for the next line end continues
    std::int64_t m_base = 0; // input offset of m_buf[0]
    bool m_eof = false;
    std::int64_t m_lineNo = 0;

    std::vector<std::string> m_fields;
    std::size_t m_count = 0;
    FieldState m_state = FieldState::Start;
    std::int64_t m_recordLine = 0;
    std::size_t m_recordBytes = 0;
    bool m_unterminated = false;
};

} // namespace lagebild::ingest::csv

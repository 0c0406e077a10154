#include "models/ingest/csv/csv_record_reader.h"

#include "models/ingest/csv/indicator_inference.h"

#include <QCoreApplication>

#include <algorithm>

namespace lagebild::ingest::csv {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool isSepLine(std::string_view line) { return line.size() == 5 && line.substr(0, 4) == "sep="; }

} // namespace

CsvRecordReader::CsvRecordReader(ByteSource* source, std::string prefix, char delimiter)
    : m_source(source), m_delimiter(delimiter), m_buf(std::move(prefix)), m_eof(source == nullptr) {
    if (std::string_view(m_buf).substr(0, kBom.size()) == kBom)
        m_pos = m_scan = kBom.size();
}

core::Error CsvRecordReader::error(const QString& message, std::int64_t line, std::int64_t offset) const {
    return core::Error::make(core::ErrorCode::Parse, message,
                             QCoreApplication::translate("IndicatorListReader", "line %1, byte %2").arg(line).arg(offset));
}

core::Status CsvRecordReader::refill() {
    if (m_eof)
        return {};
    if (m_pos > 0) {
        m_buf.erase(0, m_pos);
        m_base += static_cast<std::int64_t>(m_pos);
        m_scan -= m_pos;
        m_pos = 0;
    }
    const std::size_t old = m_buf.size();
    m_buf.resize(old + kChunkBytes);
    auto got = m_source->read(m_buf.data() + old, kChunkBytes);
    if (!got) {
        m_buf.resize(old);
        return got.error();
    }
    m_buf.resize(old + got.value());
    if (got.value() == 0)
        m_eof = true;
    return {};
}

core::Result<bool> CsvRecordReader::nextLine(std::string_view& line, std::int64_t& offset) {
    for (;;) {
        const char* data = m_buf.data();
        const std::size_t n = m_buf.size();
        std::size_t i = m_scan;
        while (i < n) {
            const auto c = static_cast<unsigned char>(data[i]);
            if (c <= '\r' && (c == '\n' || c == '\r' || c == 0))
                break;
            ++i;
        }
        if (i < n) {
            const char c = data[i];
            if (c == '\0')
                return error(
                    QCoreApplication::translate("IndicatorListReader",
                                                "The file contains a NUL byte: it is binary, not a text list of indicators."),
                    m_lineNo + 1, m_base + static_cast<std::int64_t>(i));
            if (c == '\r' && i + 1 == n && !m_eof) {
                m_scan = i; // a CR at the end of the buffer: look at the next byte before deciding
                if (auto s = refill(); !s)
                    return s.error();
                continue;
            }
            line = std::string_view(data + m_pos, i - m_pos);
            offset = m_base + static_cast<std::int64_t>(m_pos);
            std::size_t next = i + 1;
            if (c == '\r' && next < n && data[next] == '\n')
                ++next;
            m_pos = m_scan = next;
            ++m_lineNo;
            return true;
        }
        m_scan = n;
        if (m_eof) {
            if (m_pos < n) {
                line = std::string_view(data + m_pos, n - m_pos);
                offset = m_base + static_cast<std::int64_t>(m_pos);
                m_pos = m_scan = n;
                ++m_lineNo;
                return true;
            }
            return false;
        }
        if (n - m_pos > kMaxRecordBytes)
            return error(QCoreApplication::translate("IndicatorListReader",
                                                     "A line is longer than %1 MB: this is not a list of indicators.")
                             .arg(kMaxRecordBytes >> 20),
                         m_lineNo + 1, m_base + static_cast<std::int64_t>(m_pos));
        if (auto s = refill(); !s)
            return s.error();
    }
}

void CsvRecordReader::beginField() {
    if (m_count == m_fields.size())
        m_fields.emplace_back();
    m_fields[m_count].clear();
    ++m_count;
    m_state = FieldState::Start;
}

bool CsvRecordReader::parseLine(std::string_view line) {
    const char delim = m_delimiter;
    std::string* field = &m_fields[m_count - 1];
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        switch (m_state) {
        case FieldState::Start:
            if (c == delim) {
                beginField();
                field = &m_fields[m_count - 1];
            } else if (c == '"') {
                m_state = FieldState::Quoted;
            } else if (c == ' ' || c == '\t') {
                // leading blanks: dropped (the field is trimmed anyway)
            } else {
                field->push_back(c);
                m_state = FieldState::Unquoted;
            }
            break;
        case FieldState::Unquoted: {
            // Copy the run up to the next delimiter in one go: most fields are unquoted.
            const std::size_t end = delim == '\0' ? line.size() : std::min(line.find(delim, i), line.size());
            field->append(line.substr(i, end - i));
            i = end;
            if (i < line.size()) {
                beginField();
                field = &m_fields[m_count - 1];
            }
            break;
        }
        case FieldState::Quoted: {
            const std::size_t quote = std::min(line.find('"', i), line.size());
            field->append(line.substr(i, quote - i));
            i = quote;
            if (i < line.size())
                m_state = FieldState::QuoteSeen;
            break;
        }
        case FieldState::QuoteSeen:
            if (c == '"') {
                field->push_back('"');
                m_state = FieldState::Quoted;
            } else if (c == delim) {
                beginField();
                field = &m_fields[m_count - 1];
            } else if (c != ' ' && c != '\t') {
                field->push_back(c); // "abc"def: lenient, keep the text
                m_state = FieldState::Unquoted;
            }
            break;
        }
    }
    if (m_state == FieldState::Quoted) {
        field->push_back('\n'); // the line break belongs to the quoted field
        return false;
    }
    return true;
}

void CsvRecordReader::finishRecord() {
    for (std::size_t k = 0; k < m_count; ++k) {
        std::string& f = m_fields[k];
        const std::string_view t = trimBlanks(f);
        if (t.size() != f.size()) {
            const std::size_t start = static_cast<std::size_t>(t.data() - f.data());
            const std::size_t length = t.size();
            f.erase(0, start);
            f.resize(length);
        }
    }
}

core::Result<bool> CsvRecordReader::next() {
    m_count = 0;
    m_unterminated = false;
    bool inRecord = false;
    for (;;) {
        std::string_view line;
        std::int64_t offset = 0;
        auto got = nextLine(line, offset);
        if (!got)
            return got.error();
        if (!got.value()) {
            if (!inRecord)
                return false;
            m_unterminated = true;
            finishRecord();
            return true;
        }
        if (!inRecord) {
            const std::string_view t = trimBlanks(line);
            if (t.empty() || t.front() == '#' || t.substr(0, 2) == "//" || (m_lineNo == 1 && isSepLine(t)))
                continue;
            inRecord = true;
            m_recordLine = m_lineNo;
            m_recordBytes = 0;
            m_count = 0;
            beginField();
        }
        m_recordBytes += line.size() + 1;
        if (m_recordBytes > kMaxRecordBytes)
            return error(QCoreApplication::translate(
                             "IndicatorListReader",
                             "A record starting on line %1 is longer than %2 MB: probably a quote that is never closed.")
                             .arg(m_recordLine)
                             .arg(kMaxRecordBytes >> 20),
                         m_recordLine, offset);
        if (!parseLine(line))
            continue;
        finishRecord();
        const bool allEmpty = std::all_of(m_fields.begin(), m_fields.begin() + static_cast<std::ptrdiff_t>(m_count),
                                          [](const std::string& f) { return f.empty(); });
        if (allEmpty) {
            inRecord = false;
            continue;
        }
        return true;
    }
}

} // namespace lagebild::ingest::csv

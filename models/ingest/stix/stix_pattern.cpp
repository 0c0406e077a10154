#include "models/ingest/stix/stix_pattern.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

// Grammar: OASIS STIX 2.1 §9 and its ANTLR grammar (oasis-open/cti-stix2-json-schemas,
// pattern_grammar/STIXPattern.g4). Keywords are upper case ("true"/"false" lower case); "=="
// and "<>" are accepted spellings of "=" and "!="; whitespace includes the Unicode spaces listed
// in the grammar; /* */ and // comments are skipped like whitespace.

namespace lagebild::ingest::stix {

namespace {

using core::ObservableKey;
using core::ObservableType;

enum class Tok : std::uint8_t {
    End,
    LBrack,
    RBrack,
    LParen,
    RParen,
    Comma,
    Colon,
    Dot,
    Asterisk,
    Eq,
    Neq,
    Lt,
    Le,
    Gt,
    Ge,
    Identifier,
    String,
    IntPos,
    IntNeg,
    FloatPos,
    FloatNeg,
    Hex,
    Binary,
    Bool,
    Timestamp,
    And,
    Or,
    Not,
    FollowedBy,
    Like,
    Matches,
    IsSuperset,
    IsSubset,
    Exists,
    Last,
    In,
    Start,
    Stop,
    Seconds,
    Within,
    Repeats,
    Times,
    Other, // '+', '-', '^', '/': lexemes of the grammar that no rule accepts on their own
};

struct Token {
    Tok kind = Tok::End;
    std::size_t offset = 0;
    std::string_view text;  // the whole lexeme, quotes and prefixes included
    bool hasHyphen = false; // Identifier: IdentifierWithHyphen rather than IdentifierWithoutHyphen
    bool hasEscape = false; // String: contains \' or \\.
};

struct Keyword {
    std::string_view text;
    Tok kind;
};

constexpr std::array<Keyword, 19> kKeywords{{
    {"AND", Tok::And},
    {"OR", Tok::Or},
    {"NOT", Tok::Not},
    {"FOLLOWEDBY", Tok::FollowedBy},
    {"LIKE", Tok::Like},
    {"MATCHES", Tok::Matches},
    {"ISSUPERSET", Tok::IsSuperset},
    {"ISSUBSET", Tok::IsSubset},
    {"EXISTS", Tok::Exists},
    {"LAST", Tok::Last},
    {"IN", Tok::In},
    {"START", Tok::Start},
    {"STOP", Tok::Stop},
    {"SECONDS", Tok::Seconds},
    {"WITHIN", Tok::Within},
    {"REPEATS", Tok::Repeats},
    {"TIMES", Tok::Times},
    {"true", Tok::Bool},
    {"false", Tok::Bool},
}};

constexpr std::size_t kSnippetLength = 40;
constexpr std::size_t kLinearDedupeLimit = 32;
constexpr std::size_t kNoKey = std::numeric_limits<std::size_t>::max();

constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }

constexpr bool isIdentifierStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

constexpr bool isIdentifierChar(char c) { return isIdentifierStart(c) || isDigit(c) || c == '-'; }

constexpr bool isHexDigit(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

constexpr bool isBase64Char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '+' || c == '/';
}

constexpr bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// Length of the Unicode whitespace character (UTF-8) at `i` that the grammar's WS rule lists, or 0.
std::size_t unicodeSpaceLength(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) -> unsigned { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0U; };
    const unsigned b0 = byte(0);
    const unsigned b1 = byte(1);
    if (b0 == 0xC2 && (b1 == 0x85 || b1 == 0xA0))
        return 2; // U+0085, U+00A0
    const unsigned b2 = byte(2);
    if (b0 == 0xE1 && b1 == 0x9A && b2 == 0x80)
        return 3; // U+1680
    if (b0 == 0xE2 && b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF))
        return 3; // U+2000..U+200A, U+2028, U+2029, U+202F
    if (b0 == 0xE2 && b1 == 0x81 && b2 == 0x9F)
        return 3; // U+205F
    if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80)
        return 3; // U+3000
    return 0;
}

// Byte length of the UTF-8 sequence a lead byte announces (1 for ASCII and stray bytes).
std::size_t utf8SequenceLength(char lead) {
    const auto b = static_cast<unsigned char>(lead);
    if (b >= 0xF0 && b <= 0xF4)
        return 4;
    if (b >= 0xE0)
        return b <= 0xEF ? 3 : 1;
    if (b >= 0xC2)
        return 2;
    return 1;
}

// At most kSnippetLength bytes of `text`, cut on a UTF-8 boundary, for error messages.
std::string snippet(std::string_view text) {
    if (text.size() <= kSnippetLength)
        return std::string(text);
    std::size_t cut = kSnippetLength;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U)
        --cut;
    std::string out(text.substr(0, cut));
    out += "...";
    return out;
}

std::string atOffset(std::string_view what, std::size_t offset) {
    std::string out(what);
    out += " at offset ";
    out += std::to_string(offset);
    return out;
}

int twoDigits(std::string_view s, std::size_t i) { return (s[i] - '0') * 10 + (s[i + 1] - '0'); }

// TimestampLiteral body: YYYY-MM-DDTHH:MM:SS[.fraction]Z with the grammar's range checks.
bool isValidTimestamp(std::string_view s) {
    if (s.size() < 20)
        return false;
    for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U, 11U, 12U, 14U, 15U, 17U, 18U})
        if (!isDigit(s[i]))
            return false;
    if (s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        return false;
    const int month = twoDigits(s, 5);
    const int day = twoDigits(s, 8);
    const int hour = twoDigits(s, 11);
    const int minute = twoDigits(s, 14);
    const int second = twoDigits(s, 17);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return false;
    std::size_t i = 19;
    if (s[i] == '.') {
        const std::size_t start = ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
    }
    return i + 1 == s.size() && s[i] == 'Z';
}

bool isValidHex(std::string_view s) {
    if (s.size() % 2 != 0)
        return false;
    for (const char c : s)
        if (!isHexDigit(c))
            return false;
    return true;
}

// BinaryLiteral body: whole base64 quads, the last one optionally padded with one or two '='.
bool isValidBase64(std::string_view s) {
    if (s.empty() || s.size() % 4 != 0)
        return false;
    std::size_t padding = 0;
    while (padding < 2 && s[s.size() - 1 - padding] == '=')
        ++padding;
    for (std::size_t i = 0; i + padding < s.size(); ++i)
        if (!isBase64Char(s[i]))
            return false;
    return true;
}

std::string_view operatorName(Tok kind) {
    switch (kind) {
    case Tok::Eq: return "=";
    case Tok::Neq: return "!=";
    case Tok::Lt: return "<";
    case Tok::Le: return "<=";
    case Tok::Gt: return ">";
    case Tok::Ge: return ">=";
    case Tok::In: return "IN";
    case Tok::Like: return "LIKE";
    case Tok::Matches: return "MATCHES";
    case Tok::IsSubset: return "ISSUBSET";
    case Tok::IsSuperset: return "ISSUPERSET";
    default: return "?";
    }
}

// Index of a hash type in HashConjunction::slots, or -1.
int hashSlot(ObservableType type) {
    switch (type) {
    case ObservableType::Md5: return 0;
    case ObservableType::Sha1: return 1;
    case ObservableType::Sha256: return 2;
    case ObservableType::Sha512: return 3;
    default: return -1;
    }
}

/// On-demand tokenizer over the pattern text; tokens are views into it.
class Lexer {
public:
    explicit Lexer(std::string_view source) : m_src(source) {}

    /// Reads the next token; false on a lexical error (see error()).
    bool next(Token& token) {
        if (!skipTrivia())
            return false;
        token = Token{};
        token.offset = m_pos;
        if (m_pos >= m_src.size()) {
            token.kind = Tok::End;
            return true;
        }
        const char c = m_src[m_pos];
        const char d = peek(1);
        switch (c) {
        case '[': return single(token, Tok::LBrack);
        case ']': return single(token, Tok::RBrack);
        case '(': return single(token, Tok::LParen);
        case ')': return single(token, Tok::RParen);
        case ',': return single(token, Tok::Comma);
        case ':': return single(token, Tok::Colon);
        case '*': return single(token, Tok::Asterisk);
        case '^':
        case '/': return single(token, Tok::Other);
        case '=': return emit(token, Tok::Eq, d == '=' ? 2 : 1);
        case '!':
            if (d == '=')
                return emit(token, Tok::Neq, 2);
            break;
        case '<':
            if (d == '=' || d == '>')
                return emit(token, d == '=' ? Tok::Le : Tok::Neq, 2);
            return single(token, Tok::Lt);
        case '>': return emit(token, d == '=' ? Tok::Ge : Tok::Gt, d == '=' ? 2 : 1);
        case '\'': return lexString(token);
        case '.':
            if (isDigit(d))
                return lexNumber(token);
            return single(token, Tok::Dot);
        case '+':
        case '-':
            if (isDigit(d) || (d == '.' && isDigit(peek(2))))
                return lexNumber(token);
            return single(token, Tok::Other);
        default: break;
        }
        if (isDigit(c))
            return lexNumber(token);
        if (isIdentifierStart(c)) {
            if ((c == 'h' || c == 'b' || c == 't') && d == '\'')
                return lexPrefixedLiteral(token);
            return lexIdentifier(token);
        }
        const std::size_t length = std::min(utf8SequenceLength(c), m_src.size() - m_pos);
        return fail("unexpected character '" + std::string(m_src.substr(m_pos, length)) + "'", m_pos);
    }

    const std::string& error() const { return m_error; }

private:
    char peek(std::size_t ahead) const { return m_pos + ahead < m_src.size() ? m_src[m_pos + ahead] : '\0'; }

    bool fail(std::string_view what, std::size_t offset) {
        m_error = atOffset(what, offset);
        return false;
    }

    bool emit(Token& token, Tok kind, std::size_t length) {
        token.kind = kind;
        token.text = m_src.substr(m_pos, length);
        m_pos += length;
        return true;
    }

    bool single(Token& token, Tok kind) { return emit(token, kind, 1); }

    bool skipTrivia() {
        while (m_pos < m_src.size()) {
            const char c = m_src[m_pos];
            if (isAsciiSpace(c)) {
                ++m_pos;
            } else if (c == '/' && peek(1) == '*') {
                const std::size_t close = m_src.find("*/", m_pos + 2);
                if (close == std::string_view::npos)
                    return fail("unterminated comment", m_pos);
                m_pos = close + 2;
            } else if (c == '/' && peek(1) == '/') {
                const std::size_t eol = m_src.find_first_of("\r\n", m_pos + 2);
                m_pos = eol == std::string_view::npos ? m_src.size() : eol;
            } else if (const std::size_t length = unicodeSpaceLength(m_src, m_pos); length > 0) {
                m_pos += length;
            } else {
                break;
            }
        }
        return true;
    }

    bool lexString(Token& token) {
        const std::size_t start = m_pos;
        std::size_t i = start + 1;
        while (true) {
            const std::size_t j = m_src.find_first_of("'\\", i);
            if (j == std::string_view::npos)
                return fail("unterminated string", start);
            if (m_src[j] == '\'') {
                i = j + 1;
                break;
            }
            if (j + 1 >= m_src.size())
                return fail("unterminated string", start);
            const char escaped = m_src[j + 1];
            if (escaped != '\'' && escaped != '\\') {
                const std::size_t length = std::min(utf8SequenceLength(escaped), m_src.size() - j - 1);
                std::string what = "invalid escape '\\";
                const auto byte = static_cast<unsigned char>(escaped);
                if (byte < 0x20 || byte == 0x7f) {
                    static constexpr char kHex[] = "0123456789abcdef";
                    what += 'x';
                    what += kHex[byte >> 4];
                    what += kHex[byte & 0xfU];
                } else {
                    what += m_src.substr(j + 1, length);
                }
                what += '\'';
                return fail(what, j);
            }
            token.hasEscape = true;
            i = j + 2;
        }
        token.kind = Tok::String;
        token.text = m_src.substr(start, i - start);
        m_pos = i;
        return true;
    }

    // IntPosLiteral, IntNegLiteral, FloatPosLiteral, FloatNegLiteral.
    bool lexNumber(Token& token) {
        const std::size_t start = m_pos;
        std::size_t i = start;
        const bool negative = m_src[i] == '-';
        if (m_src[i] == '+' || m_src[i] == '-')
            ++i;
        const std::size_t digitsStart = i;
        while (i < m_src.size() && isDigit(m_src[i]))
            ++i;
        if (i + 1 < m_src.size() && m_src[i] == '.' && isDigit(m_src[i + 1])) {
            i += 2;
            while (i < m_src.size() && isDigit(m_src[i]))
                ++i;
            token.kind = negative ? Tok::FloatNeg : Tok::FloatPos;
        } else {
            if (i - digitsStart > 1 && m_src[digitsStart] == '0')
                return fail("unexpected token '" + snippet(m_src.substr(start, i - start)) + "'", start);
            token.kind = negative ? Tok::IntNeg : Tok::IntPos;
        }
        token.text = m_src.substr(start, i - start);
        m_pos = i;
        return true;
    }

    // HexLiteral h'..', BinaryLiteral b'..', TimestampLiteral t'..'.
    bool lexPrefixedLiteral(Token& token) {
        const std::size_t start = m_pos;
        const char prefix = m_src[start];
        const std::size_t close = m_src.find('\'', start + 2);
        if (close == std::string_view::npos)
            return fail("unterminated string", start + 1);
        const std::string_view body = m_src.substr(start + 2, close - start - 2);
        switch (prefix) {
        case 'h':
            if (!isValidHex(body))
                return fail("invalid hex literal", start);
            token.kind = Tok::Hex;
            break;
        case 'b':
            if (!isValidBase64(body))
                return fail("invalid binary literal", start);
            token.kind = Tok::Binary;
            break;
        default:
            if (!isValidTimestamp(body))
                return fail("invalid timestamp literal", start);
            token.kind = Tok::Timestamp;
            break;
        }
        token.text = m_src.substr(start, close + 1 - start);
        m_pos = close + 1;
        return true;
    }

    bool lexIdentifier(Token& token) {
        const std::size_t start = m_pos;
        std::size_t i = start + 1;
        bool hyphen = false;
        while (i < m_src.size() && isIdentifierChar(m_src[i])) {
            hyphen = hyphen || m_src[i] == '-';
            ++i;
        }
        token.text = m_src.substr(start, i - start);
        token.kind = Tok::Identifier;
        token.hasHyphen = hyphen;
        m_pos = i;
        if (!hyphen) {
            for (const Keyword& keyword : kKeywords) {
                if (keyword.text == token.text) {
                    token.kind = keyword.kind;
                    break;
                }
            }
        }
        return true;
    }

    std::string_view m_src;
    std::size_t m_pos = 0;
    std::string m_error;
};

/// What a comparison expression contributes to an enclosing AND: whether it is nothing but
/// equality tests on file hashes (at most one key per algorithm) and which key each one found.
struct HashConjunction {
    bool hashOnly = false;
    std::array<std::size_t, 4> slots{kNoKey, kNoKey, kNoKey, kNoKey};
};

/// Recursive-descent parser that analyses while it parses (no syntax tree).
class PatternParser {
public:
    PatternParser(std::string_view source, PatternAnalysis& out) : m_lexer(source), m_out(out) {}

    /// Parses the whole pattern; false on a syntax error (reason in m_out.reason).
    bool run() {
        if (!advance() || !parseObservationSequence())
            return false;
        if (m_tok.kind != Tok::End)
            return failUnexpected();
        return true;
    }

    bool matchable() const { return m_matchable; }

private:
    bool advance() {
        if (!m_lexer.next(m_tok))
            return fail(m_lexer.error());
        return true;
    }

    bool fail(std::string reason) {
        m_out.reason = std::move(reason);
        return false;
    }

    bool failUnexpected() {
        if (m_tok.kind == Tok::End)
            return fail(atOffset("unexpected end of pattern", m_tok.offset));
        return fail(atOffset("unexpected token '" + snippet(m_tok.text) + "'", m_tok.offset));
    }

    bool expect(Tok kind) {
        if (m_tok.kind != kind)
            return failUnexpected();
        return advance();
    }

    bool enter() {
        if (++m_depth > kMaxPatternNesting)
            return fail("nesting too deep");
        return true;
    }

    void leave() { --m_depth; }

    void notMatchable(std::string_view reason) {
        if (!m_matchable)
            return;
        m_matchable = false;
        m_out.reason = reason;
    }

    void notMatchable(std::string_view prefix, std::string_view detail) {
        if (!m_matchable)
            return;
        m_matchable = false;
        m_out.reason.reserve(prefix.size() + detail.size());
        m_out.reason = prefix;
        m_out.reason += detail;
    }

    std::string pathText() const {
        std::string text(m_objectType);
        text += ':';
        text += m_propertyPath;
        return text;
    }

    // observationExpressions: observationExpressionOr (FOLLOWEDBY observationExpressionOr)*
    bool parseObservationSequence() {
        if (!parseObservationOr())
            return false;
        while (m_tok.kind == Tok::FollowedBy) {
            notMatchable("FOLLOWEDBY");
            if (!advance() || !parseObservationOr())
                return false;
        }
        return true;
    }

    // observationExpressionOr: observationExpressionAnd (OR observationExpressionAnd)*
    bool parseObservationOr() {
        if (!parseObservationAnd())
            return false;
        while (m_tok.kind == Tok::Or) {
            if (!advance() || !parseObservationAnd())
                return false;
        }
        return true;
    }

    // observationExpressionAnd: observationExpression (AND observationExpression)*
    bool parseObservationAnd() {
        if (!parseObservation())
            return false;
        while (m_tok.kind == Tok::And) {
            notMatchable("AND across observation expressions");
            if (!advance() || !parseObservation())
                return false;
        }
        return true;
    }

    // observationExpression: '[' comparisonExpression ']' | '(' observationExpressions ')',
    // either followed by any number of qualifiers.
    bool parseObservation() {
        if (m_tok.kind == Tok::LBrack) {
            HashConjunction ignored;
            if (!enter() || !advance() || !parseComparisonOr(ignored) || !expect(Tok::RBrack))
                return false;
            leave();
        } else if (m_tok.kind == Tok::LParen) {
            if (!enter() || !advance() || !parseObservationSequence() || !expect(Tok::RParen))
                return false;
            leave();
        } else {
            return failUnexpected();
        }
        return parseQualifiers();
    }

    // startStopQualifier | withinQualifier | repeatedQualifier, repeated.
    bool parseQualifiers() {
        while (true) {
            switch (m_tok.kind) {
            case Tok::Start:
                notMatchable("qualifier START/STOP");
                if (!advance() || !expect(Tok::Timestamp) || !expect(Tok::Stop) || !expect(Tok::Timestamp))
                    return false;
                break;
            case Tok::Within:
                notMatchable("qualifier WITHIN");
                if (!advance())
                    return false;
                if (m_tok.kind != Tok::IntPos && m_tok.kind != Tok::FloatPos)
                    return failUnexpected();
                if (!advance() || !expect(Tok::Seconds))
                    return false;
                break;
            case Tok::Repeats:
                notMatchable("qualifier REPEATS");
                if (!advance() || !expect(Tok::IntPos) || !expect(Tok::Times))
                    return false;
                break;
            default: return true;
            }
        }
    }

    // comparisonExpression: comparisonExpressionAnd (OR comparisonExpressionAnd)*
    bool parseComparisonOr(HashConjunction& info) {
        if (!parseComparisonAnd(info))
            return false;
        while (m_tok.kind == Tok::Or) {
            info.hashOnly = false;
            HashConjunction other;
            if (!advance() || !parseComparisonAnd(other))
                return false;
        }
        return true;
    }

    // comparisonExpressionAnd: propTest (AND propTest)*
    bool parseComparisonAnd(HashConjunction& info) {
        if (!parsePropertyTest(info))
            return false;
        while (m_tok.kind == Tok::And) {
            HashConjunction other;
            if (!advance() || !parsePropertyTest(other))
                return false;
            if (!info.hashOnly || !other.hashOnly) {
                notMatchable("AND across observables");
                info.hashOnly = false;
                continue;
            }
            for (std::size_t slot = 0; slot < info.slots.size(); ++slot) {
                if (other.slots[slot] == kNoKey)
                    continue;
                if (info.slots[slot] != kNoKey && info.slots[slot] != other.slots[slot]) {
                    notMatchable("AND of conflicting hashes");
                    info.hashOnly = false;
                    break;
                }
                info.slots[slot] = other.slots[slot];
            }
        }
        return true;
    }

    // objectPath: objectType ':' firstPathComponent objectPathComponent*
    bool parseObjectPath() {
        if (m_tok.kind != Tok::Identifier)
            return failUnexpected();
        m_objectType = m_tok.text;
        if (!advance() || !expect(Tok::Colon))
            return false;
        if (!((m_tok.kind == Tok::Identifier && !m_tok.hasHyphen) || m_tok.kind == Tok::String))
            return failUnexpected();
        m_propertyPath.assign(m_tok.text);
        if (!advance())
            return false;
        while (true) {
            if (m_tok.kind == Tok::Dot) {
                if (!advance())
                    return false;
                if (!((m_tok.kind == Tok::Identifier && !m_tok.hasHyphen) || m_tok.kind == Tok::String))
                    return failUnexpected();
                m_propertyPath += '.';
                m_propertyPath += m_tok.text;
                if (!advance())
                    return false;
            } else if (m_tok.kind == Tok::LBrack) {
                if (!advance())
                    return false;
                if (m_tok.kind != Tok::IntPos && m_tok.kind != Tok::IntNeg && m_tok.kind != Tok::Asterisk)
                    return failUnexpected();
                m_propertyPath += '[';
                m_propertyPath += m_tok.text;
                m_propertyPath += ']';
                if (!advance() || !expect(Tok::RBrack))
                    return false;
            } else {
                return true;
            }
        }
    }

    std::string_view stringValue(const Token& token) {
        const std::string_view inner = token.text.substr(1, token.text.size() - 2);
        if (!token.hasEscape)
            return inner;
        m_value.clear();
        for (std::size_t i = 0; i < inner.size(); ++i) {
            if (inner[i] == '\\')
                ++i; // the lexer guarantees \' or \\ here
            m_value += inner[i];
        }
        return m_value;
    }

    std::size_t addKey(ObservableKey&& key) {
        auto& keys = m_out.observables;
        if (m_index.empty() && keys.size() < kLinearDedupeLimit) {
            for (std::size_t i = 0; i < keys.size(); ++i)
                if (keys[i] == key)
                    return i;
            keys.push_back(std::move(key));
            return keys.size() - 1;
        }
        const auto indexKey = [](const ObservableKey& k) {
            std::string s(1, static_cast<char>(static_cast<int>(k.type) + 'A'));
            s += k.value;
            return s;
        };
        if (m_index.empty())
            for (std::size_t i = 0; i < keys.size(); ++i)
                m_index.emplace(indexKey(keys[i]), i);
        const auto [it, inserted] = m_index.try_emplace(indexKey(key), keys.size());
        if (!inserted)
            return it->second;
        keys.push_back(std::move(key));
        return keys.size() - 1;
    }

    // Records the key a literal yields on a supported path; kNoKey when it yields none.
    std::size_t collect(const Token& literal, ObservableType type) {
        if (literal.kind != Tok::String) {
            if (m_matchable)
                notMatchable("non-string value for ", pathText());
            return kNoKey;
        }
        const std::string_view value = stringValue(literal);
        auto key = core::normaliseObservable(type, value);
        if (!key) {
            if (m_matchable) {
                std::string detail(core::observableTypeName(type));
                detail += " value '";
                detail += snippet(value);
                detail += '\'';
                notMatchable("invalid ", detail);
            }
            return kNoKey;
        }
        return addKey(std::move(*key));
    }

    static bool isOrderableLiteral(Tok kind) {
        switch (kind) {
        case Tok::IntPos:
        case Tok::IntNeg:
        case Tok::FloatPos:
        case Tok::FloatNeg:
        case Tok::String:
        case Tok::Binary:
        case Tok::Hex:
        case Tok::Timestamp: return true;
        default: return false;
        }
    }

    // propTest: objectPath NOT? operator literal | '(' comparisonExpression ')' | EXISTS objectPath
    bool parsePropertyTest(HashConjunction& info) {
        info = HashConjunction{};
        if (m_tok.kind == Tok::LParen) {
            if (!enter() || !advance() || !parseComparisonOr(info) || !expect(Tok::RParen))
                return false;
            leave();
            return true;
        }
        if (m_tok.kind == Tok::Exists) {
            notMatchable("operator EXISTS");
            return advance() && parseObjectPath();
        }
        if (!parseObjectPath())
            return false;
        bool negated = false;
        if (m_tok.kind == Tok::Not) {
            negated = true;
            if (!advance())
                return false;
        }
        const Tok op = m_tok.kind;
        switch (op) {
        case Tok::Eq:
        case Tok::Neq:
        case Tok::Lt:
        case Tok::Le:
        case Tok::Gt:
        case Tok::Ge:
        case Tok::In:
        case Tok::Like:
        case Tok::Matches:
        case Tok::IsSubset:
        case Tok::IsSuperset: break;
        default: return failUnexpected();
        }
        if (!advance())
            return false;

        const auto type = core::observableTypeForStixPath(m_objectType, m_propertyPath);
        const bool ipPath = type && (*type == ObservableType::Ipv4 || *type == ObservableType::Ipv6);
        const bool collects = type && (op == Tok::Eq || op == Tok::Neq || op == Tok::In || (op == Tok::IsSubset && ipPath));
        if (op != Tok::Eq && op != Tok::In && op != Tok::IsSubset)
            notMatchable("operator ", operatorName(op));
        else if (negated)
            notMatchable("operator NOT");
        else if (!type && m_matchable)
            notMatchable("unsupported path ", pathText());
        else if (op == Tok::IsSubset && !ipPath && m_matchable)
            notMatchable("operator ISSUBSET on ", pathText());

        switch (op) {
        case Tok::Eq:
        case Tok::Neq: {
            if (!isOrderableLiteral(m_tok.kind) && m_tok.kind != Tok::Bool)
                return failUnexpected();
            const std::size_t key = collects ? collect(m_tok, *type) : kNoKey;
            if (op == Tok::Eq && !negated && key != kNoKey) {
                if (const int slot = hashSlot(*type); slot >= 0) {
                    info.hashOnly = true;
                    info.slots[static_cast<std::size_t>(slot)] = key;
                }
            }
            return advance();
        }
        case Tok::Lt:
        case Tok::Le:
        case Tok::Gt:
        case Tok::Ge:
            if (!isOrderableLiteral(m_tok.kind))
                return failUnexpected();
            return advance();
        case Tok::In: return parseSet(collects ? type : std::nullopt);
        default:
            if (m_tok.kind != Tok::String)
                return failUnexpected();
            if (collects)
                collect(m_tok, *type);
            return advance();
        }
    }

    // setLiteral: '(' ')' | '(' primitiveLiteral (',' primitiveLiteral)* ')'
    bool parseSet(std::optional<ObservableType> type) {
        if (!expect(Tok::LParen))
            return false;
        if (m_tok.kind == Tok::RParen) {
            if (type)
                notMatchable("empty IN set");
            return advance();
        }
        while (true) {
            if (!isOrderableLiteral(m_tok.kind) && m_tok.kind != Tok::Bool)
                return failUnexpected();
            if (type)
                collect(m_tok, *type);
            if (!advance())
                return false;
            if (m_tok.kind == Tok::RParen)
                return advance();
            if (!expect(Tok::Comma))
                return false;
        }
    }

    Lexer m_lexer;
    PatternAnalysis& m_out;
    Token m_tok;
    int m_depth = 0;
    bool m_matchable = true;
    std::string_view m_objectType;
    std::string m_propertyPath;
    std::string m_value;
    std::unordered_map<std::string, std::size_t> m_index;
};

} // namespace

PatternAnalysis analysePattern(std::string_view pattern) {
    PatternAnalysis result;
    try {
        if (pattern.size() > kMaxPatternLength) {
            result.reason = "pattern too long";
            return result;
        }
        PatternParser parser(pattern, result);
        if (!parser.run()) {
            result.observables.clear();
            return result;
        }
        result.valid = true;
        result.matchable = parser.matchable();
        if (result.matchable)
            result.reason.clear();
    } catch (...) {
        result.valid = false;
        result.matchable = false;
        result.observables.clear();
        try {
            result.reason = "internal error";
        } catch (...) {
        }
    }
    return result;
}

} // namespace lagebild::ingest::stix

#include <doctest/doctest.h>

#include "models/ingest/stix/stix_pattern.h"

#include <string>
#include <string_view>
#include <vector>

using lagebild::core::ObservableKey;
using lagebild::core::ObservableType;
using lagebild::ingest::stix::analysePattern;
using lagebild::ingest::stix::kMaxPatternLength;
using lagebild::ingest::stix::kMaxPatternNesting;
using lagebild::ingest::stix::PatternAnalysis;

namespace {

std::vector<ObservableKey> keys(std::initializer_list<ObservableKey> list) { return {list}; }

void checkMatchable(std::string_view pattern, const std::vector<ObservableKey>& expected) {
    INFO("pattern: " << pattern);
    const PatternAnalysis a = analysePattern(pattern);
    CHECK(a.valid);
    CHECK(a.matchable);
    CHECK(a.reason == "");
    CHECK(a.observables == expected);
}

void checkNotMatchable(std::string_view pattern, std::string_view reason) {
    INFO("pattern: " << pattern);
    const PatternAnalysis a = analysePattern(pattern);
    CHECK(a.valid);
    CHECK_FALSE(a.matchable);
    CHECK(a.reason == reason);
}

void checkInvalid(std::string_view pattern, std::string_view reason) {
    INFO("pattern: " << pattern);
    const PatternAnalysis a = analysePattern(pattern);
    CHECK_FALSE(a.valid);
    CHECK_FALSE(a.matchable);
    CHECK(a.reason == reason);
    CHECK(a.observables.empty());
}

constexpr std::string_view kMd5 = "d41d8cd98f00b204e9800998ecf8427e";
constexpr std::string_view kSha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
constexpr std::string_view kSha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
constexpr std::string_view kSha512 = "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                                     "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e";

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

} // namespace

TEST_CASE("a quoted SHA-256 hash comparison yields one matchable key") {
    checkMatchable("[file:hashes.'SHA-256' = '" + upper(kSha256) + "']", keys({{ObservableType::Sha256, std::string(kSha256)}}));
}

TEST_CASE("every supported object path yields a key of its observable type") {
    struct Case {
        std::string pattern;
        ObservableType type;
        std::string value;
    };
    const std::string md5(kMd5), sha1(kSha1), sha256(kSha256), sha512(kSha512);
    const std::vector<Case> cases{
        {"[ipv4-addr:value = '198.51.100.7']", ObservableType::Ipv4, "198.51.100.7"},
        {"[ipv4-addr:value = '198.51.100.7/24']", ObservableType::Ipv4Net, "198.51.100.0/24"},
        {"[ipv6-addr:value = '2001:DB8::7']", ObservableType::Ipv6, "2001:db8::7"},
        {"[ipv6-addr:value = '2001:db8::/32']", ObservableType::Ipv6Net, "2001:db8::/32"},
        {"[domain-name:value = 'Evil.Example.']", ObservableType::Domain, "evil.example"},
        {"[url:value = 'HTTP://Evil.Example/Pay?A=B']", ObservableType::Url, "http://evil.example/Pay?A=B"},
        {"[email-addr:value = 'Boss@Evil.Example']", ObservableType::Email, "boss@evil.example"},
        {"[file:hashes.MD5 = '" + md5 + "']", ObservableType::Md5, md5},
        {"[file:hashes.'MD5' = '" + md5 + "']", ObservableType::Md5, md5},
        {"[file:hashes.md5 = '" + upper(md5) + "']", ObservableType::Md5, md5},
        {"[file:hashes.'SHA-1' = '" + sha1 + "']", ObservableType::Sha1, sha1},
        {"[file:hashes.SHA1 = '" + sha1 + "']", ObservableType::Sha1, sha1},
        {"[file:hashes.sha1 = '" + sha1 + "']", ObservableType::Sha1, sha1},
        {"[file:hashes.'SHA-256' = '" + sha256 + "']", ObservableType::Sha256, sha256},
        {"[file:hashes.SHA256 = '" + sha256 + "']", ObservableType::Sha256, sha256},
        {"[file:hashes.'sha-256' = '" + sha256 + "']", ObservableType::Sha256, sha256},
        {"[file:hashes.'SHA-512' = '" + sha512 + "']", ObservableType::Sha512, sha512},
        {"[file:hashes.SHA512 = '" + sha512 + "']", ObservableType::Sha512, sha512},
        {"[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = 'EvilBot/1.0']", ObservableType::UserAgent,
         "EvilBot/1.0"},
        {"[mutex:name = 'Global\\\\EvilMutex']", ObservableType::Mutex, "Global\\EvilMutex"},
        {"[windows-registry-key:key = 'HKLM\\\\Software\\\\Evil']", ObservableType::RegistryKey,
         "hkey_local_machine\\software\\evil"},
    };
    for (const Case& c : cases)
        checkMatchable(c.pattern, keys({{c.type, c.value}}));
}

TEST_CASE("a quoted first path component is equivalent to an identifier") {
    checkMatchable("[ipv4-addr:'value' = '10.0.0.1']", keys({{ObservableType::Ipv4, "10.0.0.1"}}));
}

TEST_CASE("an unquoted hyphenated property name is a syntax error") {
    checkInvalid("[file:hashes.SHA-256 = 'abc']", "unexpected token 'SHA-256' at offset 13");
}

TEST_CASE("comparisons on unsupported paths are valid but not matchable and name the path") {
    checkNotMatchable("[network-traffic:dst_port = 443]", "unsupported path network-traffic:dst_port");
    checkNotMatchable("[file:name = 'evil.exe']", "unsupported path file:name");
    checkNotMatchable("[file:hashes.'SHA3-256' = 'abc']", "unsupported path file:hashes.'SHA3-256'");
    checkNotMatchable("[x-custom:value = 'a']", "unsupported path x-custom:value");
    checkNotMatchable("[domain-name:resolves_to_refs[*].value = '10.0.0.1']",
                      "unsupported path domain-name:resolves_to_refs[*].value");
    checkNotMatchable("[ipv4-addr:value[0] = '10.0.0.1']", "unsupported path ipv4-addr:value[0]");
}

TEST_CASE("an IN set yields one key per distinct member") {
    checkMatchable("[ipv4-addr:value IN ('10.0.0.1', '10.0.0.2', '10.0.0.1')]",
                   keys({{ObservableType::Ipv4, "10.0.0.1"}, {ObservableType::Ipv4, "10.0.0.2"}}));
    checkMatchable("[domain-name:value IN('A.example','b.example')]",
                   keys({{ObservableType::Domain, "a.example"}, {ObservableType::Domain, "b.example"}}));
}

TEST_CASE("an IN set with a non-string or invalid member is not matchable") {
    checkNotMatchable("[ipv4-addr:value IN ('10.0.0.1', 7)]", "non-string value for ipv4-addr:value");
    const PatternAnalysis a = analysePattern("[ipv4-addr:value IN ('10.0.0.1', '10.0.0.300')]");
    CHECK(a.valid);
    CHECK_FALSE(a.matchable);
    CHECK(a.reason == "invalid ipv4-addr value '10.0.0.300'");
    CHECK(a.observables == keys({{ObservableType::Ipv4, "10.0.0.1"}}));
}

TEST_CASE("an empty IN set is valid but not matchable") {
    checkNotMatchable("[ipv4-addr:value IN ()]", "empty IN set");
    const PatternAnalysis a = analysePattern("[file:size IN ()]");
    CHECK(a.valid);
    CHECK(a.reason == "unsupported path file:size");
}

TEST_CASE("ISSUBSET with a CIDR yields a masked network key") {
    checkMatchable("[ipv4-addr:value ISSUBSET '10.1.2.3/8']", keys({{ObservableType::Ipv4Net, "10.0.0.0/8"}}));
    checkMatchable("[ipv4-addr:value ISSUBSET '192.0.2.9/32']", keys({{ObservableType::Ipv4, "192.0.2.9"}}));
    checkMatchable("[ipv6-addr:value ISSUBSET '2001:DB8:1:2::5/48']", keys({{ObservableType::Ipv6Net, "2001:db8:1::/48"}}));
    checkMatchable("[ipv6-addr:value ISSUBSET '2001:db8::5/128']", keys({{ObservableType::Ipv6, "2001:db8::5"}}));
}

TEST_CASE("ISSUBSET on a non-address path and ISSUPERSET are not matchable") {
    checkNotMatchable("[domain-name:value ISSUBSET 'example.com']", "operator ISSUBSET on domain-name:value");
    checkNotMatchable("[ipv4-addr:value ISSUPERSET '10.0.0.0/8']", "operator ISSUPERSET");
    checkNotMatchable("[ipv4-addr:value NOT ISSUBSET '10.0.0.0/8']", "operator NOT");
    checkNotMatchable("[ipv4-addr:value ISSUBSET '10.0.0.0/33']", "invalid ipv4-addr value '10.0.0.0/33'");
}

TEST_CASE("escaped quotes and backslashes inside values are decoded") {
    checkMatchable(R"([mutex:name = 'it\'s'])", keys({{ObservableType::Mutex, "it's"}}));
    checkMatchable(R"([mutex:name = '\\'])", keys({{ObservableType::Mutex, "\\"}}));
    checkMatchable(R"([mutex:name = '\\\''])", keys({{ObservableType::Mutex, "\\'"}}));
    checkMatchable(R"([mutex:name = '\'\''])", keys({{ObservableType::Mutex, "''"}}));
    checkMatchable(R"([windows-registry-key:key = 'HKCU\\Software\\Run\\it\'s'])",
                   keys({{ObservableType::RegistryKey, "hkey_current_user\\software\\run\\it's"}}));
}

TEST_CASE("values containing pattern syntax stay one opaque string") {
    checkMatchable(R"([mutex:name = 'a AND b'])", keys({{ObservableType::Mutex, "a AND b"}}));
    checkMatchable(R"([mutex:name = '] OR [ipv4-addr:value = \'10.0.0.1\''])",
                   keys({{ObservableType::Mutex, "] OR [ipv4-addr:value = '10.0.0.1'"}}));
    checkMatchable(R"([network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = 'x) FOLLOWEDBY ([y'])",
                   keys({{ObservableType::UserAgent, "x) FOLLOWEDBY ([y"}}));
    checkMatchable(R"([url:value = 'http://evil.example/a]b?q=\'1\'&r=/*c*/'])",
                   keys({{ObservableType::Url, "http://evil.example/a]b?q='1'&r=/*c*/"}}));
}

TEST_CASE("unicode values pass through with only ASCII case folded") {
    checkMatchable("[domain-name:value = 'B\xC3\x9C"
                   "CHER.Example']",
                   keys({{ObservableType::Domain, "b\xC3\x9C"
                                                  "cher.example"}}));
    checkMatchable("[network-traffic:extensions.'http-request-ext'.request_header.'user-agent' = "
                   "'Mozilla/5.0 (\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E)']",
                   keys({{ObservableType::UserAgent, "Mozilla/5.0 (\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E)"}}));
    checkMatchable("[mutex:name = '\xF0\x9F\x94\x92 Lock']", keys({{ObservableType::Mutex, "\xF0\x9F\x94\x92 Lock"}}));
}

TEST_CASE("non-ASCII characters outside strings are syntax errors") {
    checkInvalid("[mutex:name = 'a'] \xC3\xA4", "unexpected character '\xC3\xA4' at offset 19");
}

TEST_CASE("whitespace, unicode spaces and comments between tokens are insignificant") {
    const auto expected = keys({{ObservableType::Ipv4, "192.0.2.1"}});
    for (const std::string_view pattern : {
             "[ipv4-addr:value='192.0.2.1']",
             "[ ipv4-addr:value = '192.0.2.1' ]",
             "  [\tipv4-addr : value\n=\r\n'192.0.2.1'\v]\f ",
             "[ipv4-addr:value\xC2\xA0=\xE3\x80\x80'192.0.2.1'\xE2\x80\xA8]",
             "/* lead */ [ipv4-addr:value /* mid */ = '192.0.2.1'] // trailing",
             "[ipv4-addr:value == '192.0.2.1']",
         })
        checkMatchable(pattern, expected);
}

TEST_CASE("OR across observation expressions stays matchable") {
    checkMatchable("[ipv4-addr:value = '192.0.2.1'] OR [domain-name:value = 'evil.example']",
                   keys({{ObservableType::Ipv4, "192.0.2.1"}, {ObservableType::Domain, "evil.example"}}));
    checkMatchable(
        "([ipv4-addr:value = '192.0.2.1'] OR ([mutex:name = 'm'] OR [url:value = 'http://x.example/']))",
        keys({{ObservableType::Ipv4, "192.0.2.1"}, {ObservableType::Mutex, "m"}, {ObservableType::Url, "http://x.example/"}}));
}

TEST_CASE("OR of different observables inside one observation stays matchable") {
    checkMatchable("[domain-name:value = 'evil.example' OR (ipv4-addr:value = '192.0.2.1' OR "
                   "ipv6-addr:value = '2001:db8::1')]",
                   keys({{ObservableType::Domain, "evil.example"},
                         {ObservableType::Ipv4, "192.0.2.1"},
                         {ObservableType::Ipv6, "2001:db8::1"}}));
}

TEST_CASE("FOLLOWEDBY is valid but not matchable and still lists its keys") {
    const PatternAnalysis a = analysePattern("[ipv4-addr:value = '192.0.2.1'] FOLLOWEDBY [domain-name:value = 'evil.example']");
    CHECK(a.valid);
    CHECK_FALSE(a.matchable);
    CHECK(a.reason == "FOLLOWEDBY");
    CHECK(a.observables == keys({{ObservableType::Ipv4, "192.0.2.1"}, {ObservableType::Domain, "evil.example"}}));
}

TEST_CASE("qualifiers are valid but not matchable") {
    checkNotMatchable("[ipv4-addr:value = '192.0.2.1'] WITHIN 300 SECONDS", "qualifier WITHIN");
    checkNotMatchable("[ipv4-addr:value = '192.0.2.1'] WITHIN 2.5 SECONDS", "qualifier WITHIN");
    checkNotMatchable("[ipv4-addr:value = '192.0.2.1'] REPEATS 5 TIMES", "qualifier REPEATS");
    checkNotMatchable("[ipv4-addr:value = '192.0.2.1'] START t'2016-06-01T01:30:00Z' STOP t'2016-06-01T02:20:00.123Z'",
                      "qualifier START/STOP");
    checkNotMatchable("([ipv4-addr:value = '192.0.2.1'] REPEATS 2 TIMES) WITHIN 5 SECONDS WITHIN 6 SECONDS", "qualifier REPEATS");
    const PatternAnalysis a = analysePattern("[ipv4-addr:value = '192.0.2.1'] REPEATS 5 TIMES");
    CHECK(a.observables == keys({{ObservableType::Ipv4, "192.0.2.1"}}));
}

TEST_CASE("malformed qualifiers are syntax errors") {
    checkInvalid("[ipv4-addr:value = '192.0.2.1'] WITHIN -5 SECONDS", "unexpected token '-5' at offset 39");
    checkInvalid("[ipv4-addr:value = '192.0.2.1'] WITHIN 5 HOURS", "unexpected token 'HOURS' at offset 41");
    checkInvalid("[ipv4-addr:value = '192.0.2.1'] REPEATS 1.5 TIMES", "unexpected token '1.5' at offset 40");
    checkInvalid("[ipv4-addr:value = '192.0.2.1'] START '2016-06-01T01:30:00Z' STOP '2016-06-01T02:20:00Z'",
                 "unexpected token ''2016-06-01T01:30:00Z'' at offset 38");
    checkInvalid("[ipv4-addr:value = '192.0.2.1'] within 2 seconds", "unexpected token 'within' at offset 32");
}

TEST_CASE("AND between observation expressions is not matchable") {
    checkNotMatchable("[ipv4-addr:value = '192.0.2.1'] AND [domain-name:value = 'evil.example']",
                      "AND across observation expressions");
    checkNotMatchable("[mutex:name = 'a'] OR [mutex:name = 'b'] AND [mutex:name = 'c']", "AND across observation expressions");
}

TEST_CASE("LIKE and MATCHES are valid but not matchable") {
    checkNotMatchable("[domain-name:value LIKE '%.evil.example']", "operator LIKE");
    checkNotMatchable("[url:value MATCHES '^https?://evil\\\\.example/']", "operator MATCHES");
    checkNotMatchable("[file:name LIKE 'x%']", "operator LIKE");
    const PatternAnalysis a = analysePattern("[domain-name:value LIKE '%.evil.example']");
    CHECK(a.observables.empty());
}

TEST_CASE("NOT is valid but not matchable") {
    checkNotMatchable("[ipv4-addr:value NOT = '192.0.2.1']", "operator NOT");
    checkNotMatchable("[ipv4-addr:value NOT IN ('192.0.2.1')]", "operator NOT");
    checkNotMatchable("[domain-name:value NOT LIKE 'a%']", "operator LIKE");
    checkNotMatchable("[ipv4-addr:value = '192.0.2.2' OR ipv4-addr:value NOT = '192.0.2.1']", "operator NOT");
}

TEST_CASE("NOT in front of a comparison is a syntax error") {
    checkInvalid("[NOT ipv4-addr:value = '192.0.2.1']", "unexpected token 'NOT' at offset 1");
    checkInvalid("NOT [ipv4-addr:value = '192.0.2.1']", "unexpected token 'NOT' at offset 0");
    checkInvalid("[NOT EXISTS file:name]", "unexpected token 'NOT' at offset 1");
}

TEST_CASE("other comparison operators are valid but not matchable") {
    checkNotMatchable("[ipv4-addr:value != '192.0.2.1']", "operator !=");
    checkNotMatchable("[ipv4-addr:value <> '192.0.2.1']", "operator !=");
    checkNotMatchable("[file:size > 1024]", "operator >");
    checkNotMatchable("[file:size <= 1024]", "operator <=");
    checkNotMatchable("[EXISTS windows-registry-key:values]", "operator EXISTS");
}

TEST_CASE("an AND of hashes of different algorithms is matchable and emits every hash") {
    const std::string md5(kMd5), sha1(kSha1), sha256(kSha256);
    checkMatchable("[file:hashes.MD5 = '" + md5 + "' AND file:hashes.'SHA-256' = '" + sha256 + "']",
                   keys({{ObservableType::Md5, md5}, {ObservableType::Sha256, sha256}}));
    checkMatchable("[(file:hashes.MD5 = '" + md5 + "' AND file:hashes.SHA1 = '" + sha1 + "') AND file:hashes.SHA256 = '" +
                       sha256 + "']",
                   keys({{ObservableType::Md5, md5}, {ObservableType::Sha1, sha1}, {ObservableType::Sha256, sha256}}));
    checkMatchable("[file:hashes.MD5 = '" + md5 + "' AND file:hashes.md5 = '" + upper(md5) + "']",
                   keys({{ObservableType::Md5, md5}}));
}

TEST_CASE("an AND of two different hashes of one algorithm is not matchable") {
    const std::string other = "0123456789abcdef0123456789abcdef";
    checkNotMatchable("[file:hashes.MD5 = '" + std::string(kMd5) + "' AND file:hashes.MD5 = '" + other + "']",
                      "AND of conflicting hashes");
}

TEST_CASE("an AND across different observables is valid but not matchable yet lists the keys") {
    const PatternAnalysis a = analysePattern("[ipv4-addr:value = '192.0.2.1' AND domain-name:value = 'evil.example']");
    CHECK(a.valid);
    CHECK_FALSE(a.matchable);
    CHECK(a.reason == "AND across observables");
    CHECK(a.observables == keys({{ObservableType::Ipv4, "192.0.2.1"}, {ObservableType::Domain, "evil.example"}}));

    const std::string md5(kMd5), sha1(kSha1);
    checkNotMatchable("[file:hashes.MD5 IN ('" + md5 + "') AND file:hashes.SHA1 = '" + sha1 + "']", "AND across observables");
    checkNotMatchable("[(file:hashes.MD5 = '" + md5 + "' OR file:hashes.MD5 = '" + md5 + "') AND file:hashes.SHA1 = '" + sha1 +
                          "']",
                      "AND across observables");
    checkNotMatchable("[file:hashes.MD5 = '" + md5 + "' AND file:name = 'a.exe']", "unsupported path file:name");
}

TEST_CASE("values that do not normalise make the pattern not matchable") {
    checkNotMatchable("[ipv4-addr:value = '999.1.1.1']", "invalid ipv4-addr value '999.1.1.1'");
    checkNotMatchable("[ipv4-addr:value = '010.1.1.1']", "invalid ipv4-addr value '010.1.1.1'");
    checkNotMatchable("[file:hashes.MD5 = 'abc']", "invalid file:md5 value 'abc'");
    checkNotMatchable("[file:hashes.SHA256 = '" + std::string(kMd5) + "']",
                      "invalid file:sha256 value '" + std::string(kMd5) + "'");
    checkNotMatchable("[domain-name:value = '']", "invalid domain-name value ''");
    const PatternAnalysis a = analysePattern("[ipv4-addr:value = '999.1.1.1']");
    CHECK(a.observables.empty());
}

TEST_CASE("long invalid values are shortened in the reason") {
    const std::string value(200, 'z');
    const PatternAnalysis a = analysePattern("[file:hashes.MD5 = '" + value + "']");
    CHECK(a.valid);
    CHECK(a.reason == "invalid file:md5 value '" + std::string(40, 'z') + "...'");
}

TEST_CASE("non-string literals on supported paths are not matchable") {
    checkNotMatchable("[ipv4-addr:value = 3232235777]", "non-string value for ipv4-addr:value");
    checkNotMatchable("[domain-name:value = true]", "non-string value for domain-name:value");
    checkNotMatchable("[file:hashes.MD5 = h'd41d8cd98f00b204e9800998ecf8427e']", "non-string value for file:hashes.MD5");
}

TEST_CASE("every literal kind of the grammar is accepted") {
    for (const std::string_view pattern : {
             "[x:a = 0]",
             "[x:a = -12]",
             "[x:a = +12]",
             "[x:a = 1.5]",
             "[x:a = -.5]",
             "[x:a = +0.25]",
             "[x:a = true]",
             "[x:a != false]",
             "[x:a = t'2016-02-29T23:59:60Z']",
             "[x:a > t'2016-06-01T01:30:00.123456Z']",
             "[x:a = h'']",
             "[x:a = h'00FFab']",
             "[x:a = b'dGhpcyBpcyBhIHRlc3Q=']",
             "[x:a = b'YQ==']",
             "[x:a = b'YWJj']",
             "[x:a IN (1, -2, 3.5, 'four', true, h'05', b'AAAA', t'2020-01-01T00:00:00Z')]",
             "[x:a[-1].'b c'.d[*] = 'q']",
             "[x_custom-type:first_part.x = 'q']",
         }) {
        INFO("pattern: " << pattern);
        const PatternAnalysis a = analysePattern(pattern);
        CHECK(a.valid);
        CHECK_FALSE(a.matchable);
    }
}

TEST_CASE("malformed literals are syntax errors") {
    checkInvalid("[x:a = t'2457-73-22T32:81:84.1Z']", "invalid timestamp literal at offset 7");
    checkInvalid("[x:a = t'2016-06-01 01:30:00Z']", "invalid timestamp literal at offset 7");
    checkInvalid("[x:a = t'2016-06-01T01:30:00']", "invalid timestamp literal at offset 7");
    checkInvalid("[x:a = b'====']", "invalid binary literal at offset 7");
    checkInvalid("[x:a = b'abc']", "invalid binary literal at offset 7");
    checkInvalid("[x:a = h'abc']", "invalid hex literal at offset 7");
    checkInvalid("[x:a = h'zz']", "invalid hex literal at offset 7");
    checkInvalid("[x:a = 007]", "unexpected token '007' at offset 7");
    checkInvalid("[x:a = h'00]", "unterminated string at offset 8");
    checkInvalid("[x:a > true]", "unexpected token 'true' at offset 7");
    checkInvalid("[x:a LIKE 5]", "unexpected token '5' at offset 10");
}

TEST_CASE("escapes other than quote and backslash are syntax errors") {
    checkInvalid(R"([mutex:name = 'a\nb'])", R"(invalid escape '\n' at offset 16)");
    checkInvalid(R"([mutex:name = 'a\tb'])", R"(invalid escape '\t' at offset 16)");
    checkInvalid(R"([mutex:name = '\x41'])", R"(invalid escape '\x' at offset 15)");
    checkInvalid(R"([mutex:name = 'say \"hi\"'])", R"(invalid escape '\"' at offset 19)");
    checkInvalid(R"([mutex:name = '\u00e4'])", R"(invalid escape '\u' at offset 15)");
}

TEST_CASE("syntax errors report what went wrong and the byte offset") {
    checkInvalid("", "unexpected end of pattern at offset 0");
    checkInvalid("   \n\t", "unexpected end of pattern at offset 5");
    checkInvalid("[mutex:name = 'abc", "unterminated string at offset 14");
    checkInvalid(R"([mutex:name = 'abc\'])", "unterminated string at offset 14");
    checkInvalid("[mutex:name = 'abc'", "unexpected end of pattern at offset 19");
    checkInvalid("[mutex:name = 'abc' OR]", "unexpected token ']' at offset 22");
    checkInvalid("[mutex:name =? 'abc']", "unexpected character '?' at offset 13");
    checkInvalid("[mutex:name = 'abc'] ]", "unexpected token ']' at offset 21");
    checkInvalid("[mutex:name = 'abc'] [mutex:name = 'b']", "unexpected token '[' at offset 21");
    checkInvalid("file:size = 1280", "unexpected token 'file' at offset 0");
    checkInvalid("[file:size = ]", "unexpected token ']' at offset 13");
    checkInvalid("[file.size = 1280]", "unexpected token '.' at offset 5");
    checkInvalid("[file:hashes.MD5 = cead3f77f6cda6ec00f57d76c9a6879f]",
                 "unexpected token 'cead3f77f6cda6ec00f57d76c9a6879f' at offset 19");
    checkInvalid("[file:name MATCHES /.*\\.dll/]", "unexpected token '/' at offset 19");
    checkInvalid("[mutex:name = 'a' and mutex:name = 'b']", "unexpected token 'and' at offset 18");
    checkInvalid("[mutex:name = 'a'] or [mutex:name = 'b']", "unexpected token 'or' at offset 19");
    checkInvalid("[]", "unexpected token ']' at offset 1");
    checkInvalid("()", "unexpected token ')' at offset 1");
    checkInvalid("[mutex:name IN ('a',)]", "unexpected token ')' at offset 20");
    checkInvalid("[mutex:name IN 'a']", "unexpected token ''a'' at offset 15");
    checkInvalid("[mutex:name = 'a'] /* open", "unterminated comment at offset 19");
    checkInvalid("[x:a[1.5] = 'q']", "unexpected token '1.5' at offset 5");
}

TEST_CASE("a syntax error discards observables and any earlier not-matchable reason") {
    checkInvalid("[ipv4-addr:value = '192.0.2.1'] FOLLOWEDBY [ipv4-addr:value = '192.0.2.2'",
                 "unexpected end of pattern at offset 73");
}

TEST_CASE("a depth bomb is rejected without deep recursion") {
    checkInvalid(std::string(10000, '('), "nesting too deep");
    checkInvalid(std::string(10000, '['), "unexpected token '[' at offset 1"); // '[' does not nest
    checkInvalid("[" + std::string(10000, '(') + "mutex:name = 'a'", "nesting too deep");
}

TEST_CASE("nesting up to the limit is accepted") {
    const int parens = kMaxPatternNesting - 1; // the brackets of the observation count as one level
    const std::string inside = std::string(static_cast<std::size_t>(parens), '(') + "[mutex:name = 'm']" +
                               std::string(static_cast<std::size_t>(parens), ')');
    checkMatchable(inside, keys({{ObservableType::Mutex, "m"}}));
    checkInvalid("(" + inside + ")", "nesting too deep");
    const std::string comparison = "[" + std::string(static_cast<std::size_t>(parens), '(') + "mutex:name = 'm'" +
                                   std::string(static_cast<std::size_t>(parens), ')') + "]";
    checkMatchable(comparison, keys({{ObservableType::Mutex, "m"}}));
}

TEST_CASE("patterns over the length limit are rejected") {
    std::string pattern = "[mutex:name = '";
    pattern += std::string(kMaxPatternLength - pattern.size() - 2, 'x');
    pattern += "']";
    REQUIRE(pattern.size() == kMaxPatternLength);
    const PatternAnalysis atLimit = analysePattern(pattern);
    CHECK(atLimit.valid);
    CHECK(atLimit.matchable);
    REQUIRE(atLimit.observables.size() == 1);
    CHECK(atLimit.observables[0].value.size() == kMaxPatternLength - 17);

    pattern.insert(1, " ");
    checkInvalid(pattern, "pattern too long");
}

TEST_CASE("large patterns de-duplicate keys and keep first-seen order") {
    std::string pattern;
    std::vector<ObservableKey> expected;
    for (int i = 0; i < 5000; ++i) {
        const std::string ip = "10." + std::to_string(i / 256) + "." + std::to_string(i % 256) + ".1";
        if (!pattern.empty())
            pattern += " OR ";
        pattern += "[ipv4-addr:value = '" + ip + "' OR ipv4-addr:value IN ('" + ip + "', '" + ip + "/32')]";
        expected.push_back({ObservableType::Ipv4, ip});
    }
    pattern += " OR [ipv4-addr:value = '10.0.0.1']";
    const PatternAnalysis a = analysePattern(pattern);
    CHECK(a.valid);
    CHECK(a.matchable);
    CHECK(a.observables.size() == expected.size());
    CHECK(a.observables == expected);
}

TEST_CASE("keys that differ only in spelling are de-duplicated") {
    checkMatchable("[domain-name:value = 'Evil.Example' OR domain-name:value = 'evil.example.'] OR "
                   "[domain-name:value IN ('EVIL.EXAMPLE', 'other.example')]",
                   keys({{ObservableType::Domain, "evil.example"}, {ObservableType::Domain, "other.example"}}));
}

TEST_CASE("hostile inputs are rejected without crashing") {
    const std::vector<std::string> inputs{
        "'",
        "[",
        "]",
        "[[[[",
        "]]]]",
        "((((]]]]",
        std::string("\0", 1),
        "[mutex:name = 'a'] FOLLOWEDBY",
        "[mutex:name = 'a'] WITHIN",
        "[mutex:name = 'a'] START t'2016-06-01T01:30:00Z'",
        "[mutex:",
        "[mutex:name",
        "[mutex:name =",
        "[mutex:name IN (",
        "[mutex:name IN ('a'",
        "[x:a[",
        "[x:a[*",
        "\\",
        "t'",
        "[x:a = t'",
        "\xFF\xFE\xFD",
        "\xE2\x80",
        "//",
        "/*",
    };
    for (const std::string& input : inputs) {
        INFO("input: " << input);
        const PatternAnalysis a = analysePattern(input);
        CHECK_FALSE(a.valid);
        CHECK_FALSE(a.reason.empty());
        CHECK(a.observables.empty());
    }
    // An embedded NUL inside a string literal is just data.
    const PatternAnalysis nul = analysePattern(std::string_view("[mutex:name = 'a\0b']", 20));
    CHECK(nul.valid);
    CHECK(nul.observables == keys({{ObservableType::Mutex, std::string("a\0b", 3)}}));
}

// Verbatim "pattern" values from /work/shared/testdata/stix (JSON-decoded).
TEST_CASE("real-world patterns from the shared STIX test data are analysed correctly") {
    // oasis-doc-examples/malware-indicator-for-file-hash.json
    checkMatchable("[file:hashes.'SHA-256' = 'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c']",
                   keys({{ObservableType::Sha256, "ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c"}}));
    // oasis-doc-examples/indicator-for-malicious-url.json
    checkMatchable("[url:value = 'http://x4z9arb.cn/4712/']", keys({{ObservableType::Url, "http://x4z9arb.cn/4712/"}}));
    // validator-examples-v21
    checkMatchable("[ ipv4-addr:value = '10.0.0.0' ]", keys({{ObservableType::Ipv4, "10.0.0.0"}}));
    // oasis-examples/threat-reports/poisonivy.json
    checkMatchable("[domain-name:value = 'nkr.iphone.qpoe.com' OR ipv4-addr:value = '180.210.206.96' OR "
                   "ipv4-addr:value = '101.78.151.179']",
                   keys({{ObservableType::Domain, "nkr.iphone.qpoe.com"},
                         {ObservableType::Ipv4, "180.210.206.96"},
                         {ObservableType::Ipv4, "101.78.151.179"}}));
    // poisonivy.json: a domain value with a blank in it cannot be matched.
    {
        const PatternAnalysis a =
            analysePattern("[domain-name:value = 'domain autuo.xicp.net' OR ipv4-addr:value = '60.10.1.115']");
        CHECK(a.valid);
        CHECK_FALSE(a.matchable);
        CHECK(a.reason == "invalid domain-name value 'domain autuo.xicp.net'");
        CHECK(a.observables == keys({{ObservableType::Ipv4, "60.10.1.115"}}));
    }
    // misp-stix-conversions/test_attributes_collection_stix21.json
    {
        const PatternAnalysis a =
            analysePattern("[domain-name:value = 'circl.lu' AND domain-name:resolves_to_refs[*].value = '149.13.33.14']");
        CHECK(a.valid);
        CHECK_FALSE(a.matchable);
        CHECK(a.reason == "unsupported path domain-name:resolves_to_refs[*].value");
        CHECK(a.observables == keys({{ObservableType::Domain, "circl.lu"}}));
    }
    checkNotMatchable("[file:name = 'test_file_name']", "unsupported path file:name");
    // oasis-examples/malicious-email-indicator-with-attachment.json
    checkNotMatchable(R"([email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\.exe$'])",
                      "operator MATCHES");
    checkNotMatchable("[email-message:subject MATCHES '^[IMPORTANT] Please Review Before']", "operator MATCHES");
}

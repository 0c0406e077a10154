#include <doctest/doctest.h>

#include "models/core/observable.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#if __has_include(<arpa/inet.h>)
#include <arpa/inet.h>
#define LAGEBILD_HAVE_INET_NTOP 1
#endif

using lagebild::core::normaliseObservable;
using lagebild::core::ObservableKey;
using lagebild::core::ObservableKeyHash;
using lagebild::core::ObservableType;
using lagebild::core::observableTypeForStixPath;
using lagebild::core::observableTypeFromName;
using lagebild::core::observableTypeName;

namespace {

void checkNormalises(ObservableType type, std::string_view raw, ObservableType expectedType, std::string_view expectedValue) {
    INFO("raw: '" << raw << "'");
    const auto key = normaliseObservable(type, raw);
    REQUIRE(key.has_value());
    CHECK(key->type == expectedType);
    CHECK(key->value == expectedValue);
}

void checkNormalises(ObservableType type, std::string_view raw, std::string_view expectedValue) {
    checkNormalises(type, raw, type, expectedValue);
}

void checkRejected(ObservableType type, std::string_view raw) {
    INFO("raw: '" << raw << "'");
    CHECK_FALSE(normaliseObservable(type, raw).has_value());
}

} // namespace

TEST_CASE("every observable type name round-trips and is stable") {
    const std::vector<std::pair<ObservableType, std::string_view>> names{
        {ObservableType::Ipv4, "ipv4-addr"},     {ObservableType::Ipv4Net, "ipv4-net"},
        {ObservableType::Ipv6, "ipv6-addr"},     {ObservableType::Ipv6Net, "ipv6-net"},
        {ObservableType::Domain, "domain-name"}, {ObservableType::Url, "url"},
        {ObservableType::Email, "email-addr"},   {ObservableType::Md5, "file:md5"},
        {ObservableType::Sha1, "file:sha1"},     {ObservableType::Sha256, "file:sha256"},
        {ObservableType::Sha512, "file:sha512"}, {ObservableType::UserAgent, "user-agent"},
        {ObservableType::Mutex, "mutex"},        {ObservableType::RegistryKey, "windows-registry-key"},
    };
    CHECK(names.size() == lagebild::core::kObservableTypeCount);
    for (const auto& [type, name] : names) {
        CHECK(observableTypeName(type) == name);
        CHECK(observableTypeFromName(name) == type);
    }
    CHECK_FALSE(observableTypeFromName("IPV4-ADDR").has_value());
    CHECK_FALSE(observableTypeFromName("").has_value());
    CHECK_FALSE(observableTypeFromName("file:sha3-256").has_value());
}

TEST_CASE("IPv4 addresses are canonical dotted quads") {
    checkNormalises(ObservableType::Ipv4, "192.0.2.1", "192.0.2.1");
    checkNormalises(ObservableType::Ipv4, " 192.0.2.1\t", "192.0.2.1");
    checkNormalises(ObservableType::Ipv4, "0.0.0.0", "0.0.0.0");
    checkNormalises(ObservableType::Ipv4, "255.255.255.255", "255.255.255.255");
    checkNormalises(ObservableType::Ipv4Net, "192.0.2.1", ObservableType::Ipv4, "192.0.2.1");
}

TEST_CASE("IPv4 addresses with leading zeros or bad syntax are rejected") {
    for (const std::string_view raw :
         {"010.1.1.1",  "1.2.3.04", "00.1.1.1",   "1.2.3.0000", "256.1.1.1",  "1.2.3.999",   "1.2.3",      "1.2.3.4.5",
          "1..2.3",     ".1.2.3",   "1.2.3.",     "",           "a.b.c.d",    "1.2.3.4 x",   "+1.2.3.4",   "1.2.3.-4",
          "0x7f.0.0.1", "1.2.3.4/", "1.2.3.4/33", "1.2.3.4/08", "1.2.3.4/-1", "1.2.3.4/8/8", "1.2.3.4/ 8", "::1"})
        checkRejected(ObservableType::Ipv4, raw);
}

TEST_CASE("IPv4 CIDR blocks are masked to their network address") {
    checkNormalises(ObservableType::Ipv4, "10.1.2.3/8", ObservableType::Ipv4Net, "10.0.0.0/8");
    checkNormalises(ObservableType::Ipv4Net, "10.1.2.3/8", ObservableType::Ipv4Net, "10.0.0.0/8");
    checkNormalises(ObservableType::Ipv4, "172.31.255.4/12", ObservableType::Ipv4Net, "172.16.0.0/12");
    checkNormalises(ObservableType::Ipv4, "192.168.1.255/24", ObservableType::Ipv4Net, "192.168.1.0/24");
    checkNormalises(ObservableType::Ipv4, "10.1.2.3/31", ObservableType::Ipv4Net, "10.1.2.2/31");
    checkNormalises(ObservableType::Ipv4, "203.0.113.77/0", ObservableType::Ipv4Net, "0.0.0.0/0");
    checkNormalises(ObservableType::Ipv4Net, "203.0.113.77/32", ObservableType::Ipv4, "203.0.113.77");
}

TEST_CASE("IPv6 addresses are printed in RFC 5952 form") {
    const std::vector<std::pair<std::string_view, std::string_view>> cases{
        {"2001:DB8:0:0:0:0:0:1", "2001:db8::1"},
        {"2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"},
        {"2001:db8::0001", "2001:db8::1"},
        {"::", "::"},
        {"0:0:0:0:0:0:0:0", "::"},
        {"::1", "::1"},
        {"1::", "1::"},
        {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"},
        {"2001:0:0:1:0:0:0:1", "2001:0:0:1::1"},
        {"2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"},
        {"1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"},
        {"::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8"},
        {"FE80::ABCD:EF01", "fe80::abcd:ef01"},
        {"::ffff:192.0.2.1", "::ffff:192.0.2.1"},
        {"::FFFF:C000:0201", "::ffff:192.0.2.1"},
        {"64:ff9b::192.0.2.33", "64:ff9b::c000:221"},
        {" 2001:db8::1 ", "2001:db8::1"},
    };
    for (const auto& [raw, expected] : cases)
        checkNormalises(ObservableType::Ipv6, raw, expected);
    checkNormalises(ObservableType::Ipv6Net, "2001:db8::1", ObservableType::Ipv6, "2001:db8::1");
}

TEST_CASE("malformed IPv6 addresses are rejected") {
    for (const std::string_view raw : {"",
                                       ":",
                                       "1:",
                                       ":::",
                                       "1:::2",
                                       ":1::",
                                       "1::2::3",
                                       "1:2:3:4:5:6:7",
                                       "1:2:3:4:5:6:7:8:9",
                                       "1::2:3:4:5:6:7:8",
                                       "12345::",
                                       "g::1",
                                       "fe80::1%eth0",
                                       "::1.2.3.04",
                                       "::1.2.3",
                                       "::1.2.3.4.5",
                                       "1:2:3:4:5:6:7:1.2.3.4",
                                       "::ffff:1.2.3.4:5",
                                       "1.2.3.4",
                                       "2001:db8::1/129",
                                       "2001:db8::1/",
                                       "2001:db8::/064",
                                       "[2001:db8::1]"})
        checkRejected(ObservableType::Ipv6, raw);
}

TEST_CASE("IPv6 CIDR blocks are masked to their network address") {
    checkNormalises(ObservableType::Ipv6, "2001:db8:abcd:12::1/48", ObservableType::Ipv6Net, "2001:db8:abcd::/48");
    checkNormalises(ObservableType::Ipv6, "2001:db8:1:2:3:4:5:6/64", ObservableType::Ipv6Net, "2001:db8:1:2::/64");
    checkNormalises(ObservableType::Ipv6, "2001:db8:1:2:ffff::/65", ObservableType::Ipv6Net, "2001:db8:1:2:8000::/65");
    checkNormalises(ObservableType::Ipv6, "2001:db8::1/0", ObservableType::Ipv6Net, "::/0");
    checkNormalises(ObservableType::Ipv6Net, "2001:DB8::1/128", ObservableType::Ipv6, "2001:db8::1");
}

#ifdef LAGEBILD_HAVE_INET_NTOP
TEST_CASE("IPv6 canonical form agrees with inet_pton and inet_ntop") {
    for (const char* raw :
         {"2001:DB8:0:0:0:0:0:1", "::", "::1", "1::", "2001:db8:0:0:1:0:0:1", "2001:0:0:1:0:0:0:1", "2001:db8:0:1:1:1:1:1",
          "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "fe80::abcd:ef01", "::ffff:192.0.2.1", "64:ff9b::192.0.2.33", "1:0:0:2:0:0:0:3",
          "0:0:1::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "1:2:3:4:5:6:1.2.3.4"}) {
        INFO("raw: " << raw);
        unsigned char bytes[16];
        REQUIRE(inet_pton(AF_INET6, raw, bytes) == 1);
        char text[INET6_ADDRSTRLEN];
        REQUIRE(inet_ntop(AF_INET6, bytes, text, sizeof text) != nullptr);
        const auto key = normaliseObservable(ObservableType::Ipv6, raw);
        REQUIRE(key.has_value());
        CHECK(key->value == text);
    }
    for (const char* raw : {":::", "1::2::3", "12345::", "1:2:3:4:5:6:7", "::1.2.3.04", "fe80::1%eth0"}) {
        INFO("raw: " << raw);
        unsigned char bytes[16];
        CHECK(inet_pton(AF_INET6, raw, bytes) != 1);
        CHECK_FALSE(normaliseObservable(ObservableType::Ipv6, raw).has_value());
    }
}
#endif

TEST_CASE("domains are trimmed, lowercased and lose one trailing dot") {
    checkNormalises(ObservableType::Domain, "Evil.Example.COM.", "evil.example.com");
    checkNormalises(ObservableType::Domain, "  evil.example\n", "evil.example");
    checkNormalises(ObservableType::Domain, "evil.example..", "evil.example.");
    checkNormalises(ObservableType::Domain,
                    "B\xC3\x9C"
                    "CHER.de",
                    "b\xC3\x9C"
                    "cher.de");
    checkNormalises(ObservableType::Domain, "xn--bcher-kva.DE", "xn--bcher-kva.de");
    for (const std::string_view raw : {"", " ", ".", " . ", "evil example.com", "evil\texample.com", "evil\x01.com"})
        checkRejected(ObservableType::Domain, raw);
}

TEST_CASE("URLs lowercase scheme and host but keep everything else") {
    checkNormalises(ObservableType::Url, "HTTP://Evil.Example.COM/Path/A?Q=B#Frag", "http://evil.example.com/Path/A?Q=B#Frag");
    checkNormalises(ObservableType::Url, "HTTP://EVIL.EXAMPLE", "http://evil.example");
    checkNormalises(ObservableType::Url, "https://User:Pass@Host.Example:8443/X", "https://User:Pass@host.example:8443/X");
    checkNormalises(ObservableType::Url, "hxxp://Evil.Example?A=B", "hxxp://evil.example?A=B");
    checkNormalises(ObservableType::Url, "Evil.Example/Path", "evil.example/Path");
    checkNormalises(ObservableType::Url, "Evil.Example:8080/Path", "evil.example:8080/Path");
    checkNormalises(ObservableType::Url, "http://[2001:DB8::1]/A", "http://[2001:db8::1]/A");
    checkNormalises(ObservableType::Url, "  http://x.example/A  ", "http://x.example/A");
    checkNormalises(ObservableType::Url, "HTTP://x.example/Redirect?to=HTTP://Y.EXAMPLE",
                    "http://x.example/Redirect?to=HTTP://Y.EXAMPLE");
    for (const std::string_view raw : {"", "   ", "http://evil example/", "http://x.example/a\nb"})
        checkRejected(ObservableType::Url, raw);
}

TEST_CASE("email addresses are trimmed and lowercased as a whole") {
    checkNormalises(ObservableType::Email, " John.Doe@Evil.Example ", "john.doe@evil.example");
    checkNormalises(ObservableType::Email, "\"a@b\"@Evil.Example", "\"a@b\"@evil.example");
    for (const std::string_view raw : {"", "@evil.example", "john@", "john", "jo hn@evil.example", "john@evil example"})
        checkRejected(ObservableType::Email, raw);
}

TEST_CASE("hashes must be hex digits of exactly the algorithm's length") {
    const std::string md5 = "D41D8CD98F00B204E9800998ECF8427E";
    checkNormalises(ObservableType::Md5, md5, "d41d8cd98f00b204e9800998ecf8427e");
    checkNormalises(ObservableType::Md5, " " + md5 + "\n", "d41d8cd98f00b204e9800998ecf8427e");
    checkNormalises(ObservableType::Sha1, std::string(40, 'A'), std::string(40, 'a'));
    checkNormalises(ObservableType::Sha256, std::string(64, 'f'), std::string(64, 'f'));
    checkNormalises(ObservableType::Sha512, std::string(128, '0'), std::string(128, '0'));
    checkRejected(ObservableType::Md5, md5.substr(1));
    checkRejected(ObservableType::Md5, md5 + "0");
    checkRejected(ObservableType::Md5, "g" + md5.substr(1));
    checkRejected(ObservableType::Md5, md5.substr(0, 16) + " " + md5.substr(17));
    checkRejected(ObservableType::Md5, "");
    checkRejected(ObservableType::Sha1, md5);
    checkRejected(ObservableType::Sha256, std::string(40, 'a'));
    checkRejected(ObservableType::Sha512, std::string(64, 'a'));
}

TEST_CASE("user agents and mutexes are kept verbatim") {
    checkNormalises(ObservableType::UserAgent, " Mozilla/5.0 (X11) ", " Mozilla/5.0 (X11) ");
    checkNormalises(ObservableType::Mutex, "Global\\EvilMutex", "Global\\EvilMutex");
    checkNormalises(ObservableType::Mutex, " ", " ");
    checkRejected(ObservableType::UserAgent, "");
    checkRejected(ObservableType::Mutex, "");
}

TEST_CASE("registry hive abbreviations expand to full names before lowercasing") {
    checkNormalises(ObservableType::RegistryKey, "HKLM\\Software\\Evil", "hkey_local_machine\\software\\evil");
    checkNormalises(ObservableType::RegistryKey, "hklm\\Software", "hkey_local_machine\\software");
    checkNormalises(ObservableType::RegistryKey, "HKCU\\Run", "hkey_current_user\\run");
    checkNormalises(ObservableType::RegistryKey, "HKCR\\.exe", "hkey_classes_root\\.exe");
    checkNormalises(ObservableType::RegistryKey, "HKU\\S-1-5-18", "hkey_users\\s-1-5-18");
    checkNormalises(ObservableType::RegistryKey, "HKCC\\System", "hkey_current_config\\system");
    checkNormalises(ObservableType::RegistryKey, "HKEY_LOCAL_MACHINE\\Software\\Evil", "hkey_local_machine\\software\\evil");
    checkNormalises(ObservableType::RegistryKey, "HKLM", "hkey_local_machine");
    checkNormalises(ObservableType::RegistryKey, "HKLMX\\Foo", "hklmx\\foo");
    checkRejected(ObservableType::RegistryKey, "");
}

TEST_CASE("STIX object paths map to observable types") {
    struct Case {
        std::string_view objectType;
        std::string_view path;
        std::optional<ObservableType> expected;
    };
    const std::vector<Case> cases{
        {"ipv4-addr", "value", ObservableType::Ipv4},
        {"ipv4-addr", "'value'", ObservableType::Ipv4},
        {"ipv6-addr", "value", ObservableType::Ipv6},
        {"domain-name", "value", ObservableType::Domain},
        {"url", "value", ObservableType::Url},
        {"email-addr", "value", ObservableType::Email},
        {"file", "hashes.MD5", ObservableType::Md5},
        {"file", "hashes.'MD5'", ObservableType::Md5},
        {"file", "hashes.md5", ObservableType::Md5},
        {"file", "'hashes'.'md5'", ObservableType::Md5},
        {"file", "hashes.'SHA-1'", ObservableType::Sha1},
        {"file", "hashes.SHA1", ObservableType::Sha1},
        {"file", "hashes.sha1", ObservableType::Sha1},
        {"file", "hashes.'SHA-256'", ObservableType::Sha256},
        {"file", "hashes.SHA256", ObservableType::Sha256},
        {"file", "hashes.'SHA-512'", ObservableType::Sha512},
        {"file", "hashes.SHA512", ObservableType::Sha512},
        {"network-traffic", "extensions.'http-request-ext'.request_header.'User-Agent'", ObservableType::UserAgent},
        {"network-traffic", "extensions.'http-request-ext'.request_header.'user-agent'", ObservableType::UserAgent},
        {"mutex", "name", ObservableType::Mutex},
        {"windows-registry-key", "key", ObservableType::RegistryKey},
        {"file", "hashes.'SHA3-256'", std::nullopt},
        {"file", "hashes.SSDEEP", std::nullopt},
        {"file", "hashes", std::nullopt},
        {"file", "hashes.MD5.x", std::nullopt},
        {"file", "name", std::nullopt},
        {"artifact", "hashes.MD5", std::nullopt},
        {"ipv4-addr", "value[0]", std::nullopt},
        {"ipv4-addr", "resolves_to_refs[*].value", std::nullopt},
        {"IPV4-ADDR", "value", std::nullopt},
        {"ipv4-addr", "Value", std::nullopt},
        {"ipv4-addr", "", std::nullopt},
        {"ipv4-addr", "value.", std::nullopt},
        {"ipv4-addr", "'value", std::nullopt},
        {"network-traffic", "dst_port", std::nullopt},
        {"network-traffic", "extensions.'http-request-ext'.request_header.'Host'", std::nullopt},
        {"network-traffic", "extensions.'http-request-ext'.request_value", std::nullopt},
        {"mutex", "value", std::nullopt},
        {"windows-registry-key", "values[*].name", std::nullopt},
    };
    for (const Case& c : cases) {
        INFO(c.objectType << ":" << c.path);
        CHECK(observableTypeForStixPath(c.objectType, c.path) == c.expected);
    }
}

TEST_CASE("observable keys compare and hash by type and value") {
    const ObservableKey a{ObservableType::Domain, "evil.example"};
    const ObservableKey b{ObservableType::Domain, "evil.example"};
    const ObservableKey c{ObservableType::Url, "evil.example"};
    CHECK(a == b);
    CHECK_FALSE(a == c);
    CHECK(ObservableKeyHash{}(a) == ObservableKeyHash{}(b));
    std::unordered_set<ObservableKey, ObservableKeyHash> set{a, b, c};
    CHECK(set.size() == 2);
    CHECK(set.count(ObservableKey{ObservableType::Url, "evil.example"}) == 1);
}

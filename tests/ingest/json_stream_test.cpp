#include "models/ingest/json_stream.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

using namespace lagebild;
using ingest::JsonStream;

namespace {

struct Streamed {
    test::TempDir dir;
    std::unique_ptr<ingest::ByteSource> source;
    std::unique_ptr<JsonStream> js;
    Streamed(const QByteArray& content, ingest::JsonLimits limits = {}) {
        auto s = ingest::openByteSource(dir.write(QStringLiteral("f.json"), content));
        REQUIRE(s.ok());
        source = std::move(s).value();
        js = std::make_unique<JsonStream>(*source, limits);
    }
};

QByteArray bytesOf(const JsonStream::Value& v) { return QByteArray(v.bytes.data(), static_cast<qsizetype>(v.bytes.size())); }

} // namespace

TEST_CASE("array elements are cut out with their offsets and lines") {
    Streamed s("\xEF\xBB\xBF[\n {\"a\": \"x]y\"},\n [1, {\"b\": \"\\\"}\"}],\n 42\n]");
    REQUIRE(s.js->expect('[').ok());
    auto v1 = s.js->value();
    REQUIRE(v1.ok());
    CHECK(v1.value().bytes == R"({"a": "x]y"})");
    CHECK(v1.value().line == 2);
    REQUIRE(s.js->expect(',').ok());
    auto v2 = s.js->value();
    REQUIRE(v2.ok());
    CHECK(v2.value().bytes == R"([1, {"b": "\"}"}])");
    CHECK(v2.value().line == 3);
    REQUIRE(s.js->expect(',').ok());
    auto v3 = s.js->value();
    REQUIRE(v3.ok());
    CHECK(v3.value().bytes == "42");
    REQUIRE(s.js->expect(']').ok());
    CHECK(s.js->peek().value() == '\0');
}

TEST_CASE("a value over the size cap is skipped and reported without buffering it") {
    ingest::JsonLimits limits;
    limits.maxValueBytes = 1024;
    QByteArray big = "[{\"x\":\"" + QByteArray(3 << 20, 'a') + "\"},{\"ok\":1}]";
    Streamed s(big, limits);
    REQUIRE(s.js->expect('[').ok());
    auto v = s.js->value();
    REQUIRE(v.ok());
    CHECK(v.value().status == JsonStream::ValueStatus::TooLarge);
    CHECK(v.value().size == static_cast<std::size_t>(big.size() - 11));
    CHECK(v.value().bytes.empty());
    REQUIRE(s.js->expect(',').ok());
    auto next = s.js->value();
    REQUIRE(next.ok());
    CHECK(next.value().bytes == R"({"ok":1})");
}

TEST_CASE("string length and nesting depth caps flag the value") {
    ingest::JsonLimits limits;
    limits.maxStringBytes = 8;
    limits.maxDepth = 3;
    Streamed s(R"([{"s":"0123456789abc"}, [[[[1]]]], {"fine":"short"}])", limits);
    REQUIRE(s.js->expect('[').ok());
    CHECK(s.js->value().value().status == JsonStream::ValueStatus::StringTooLong);
    REQUIRE(s.js->expect(',').ok());
    auto deep = s.js->value().value();
    CHECK(deep.status == JsonStream::ValueStatus::TooDeep);
    CHECK(deep.depth == 4);
    REQUIRE(s.js->expect(',').ok());
    CHECK(s.js->value().value().status == JsonStream::ValueStatus::Ok);
}

TEST_CASE("structural errors name line and byte") {
    Streamed s("[\n{\"a\": 1]\n]");
    REQUIRE(s.js->expect('[').ok());
    auto v = s.js->value();
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().code == core::ErrorCode::Parse);
    CHECK(v.error().detail == QStringLiteral("line 2, byte 9"));
}

TEST_CASE("an unterminated string at the end of input is an error, not a hang") {
    Streamed s("[\"abc");
    REQUIRE(s.js->expect('[').ok());
    CHECK_FALSE(s.js->value().ok());
}

TEST_CASE("JSON string escapes decode including surrogate pairs") {
    std::string out;
    REQUIRE(ingest::unescapeJsonString(R"(a\"b\\c\u00e9\ud83d\ude00\n)", out));
    CHECK(out == "a\"b\\c\xC3\xA9\xF0\x9F\x98\x80\n");
    CHECK_FALSE(ingest::unescapeJsonString(R"(\q)", out));
    CHECK_FALSE(ingest::unescapeJsonString(R"(\u12)", out));
}

TEST_CASE("string content is scanned in blocks and still stops at every quote, escape and control byte") {
    // Each special byte at every offset around the 16-byte blocks of the scan.
    for (int at = 0; at < 40; ++at) {
        const QByteArray pad(at, 'a');
        const QByteArray tail(37 - at % 7, 'b');
        {
            // An escaped quote and an escaped backslash inside the string: one value.
            Streamed s("[{\"k\": \"" + pad + "\\\"]}" + tail + "\\\\\"}, 7]");
            REQUIRE(s.js->expect('[').ok());
            auto v = s.js->value();
            REQUIRE(v.ok());
            CHECK(bytesOf(v.value()) == "{\"k\": \"" + pad + "\\\"]}" + tail + "\\\\\"}");
            REQUIRE(s.js->expect(',').ok());
            auto next = s.js->value();
            REQUIRE(next.ok());
            CHECK(next.value().bytes == "7");
        }
        {
            // A raw control character (a newline, or 0x01) inside a string is an error at its byte.
            const char control = at % 2 ? '\n' : '\x01';
            Streamed s("[{\"k\": \"" + pad + control + tail + "\"}]");
            REQUIRE(s.js->expect('[').ok());
            auto v = s.js->value();
            REQUIRE_FALSE(v.ok());
            CHECK(v.error().detail == QStringLiteral("line 1, byte %1").arg(8 + at));
        }
        {
            // A byte >= 0x80 (UTF-8) is content, not a control character.
            Streamed s("[\"" + pad + "Prüfung\"]");
            REQUIRE(s.js->expect('[').ok());
            auto v = s.js->value();
            REQUIRE(v.ok());
            CHECK(bytesOf(v.value()) == "\"" + pad + "Prüfung\"");
        }
    }
}

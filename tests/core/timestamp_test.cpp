#include "models/core/timestamp.h"

#include <doctest/doctest.h>

using namespace lagebild::core;

TEST_CASE("RFC 3339 timestamps parse to microseconds since the epoch") {
    CHECK(parseRfc3339("1970-01-01T00:00:00Z") == 0);
    CHECK(parseRfc3339("1970-01-01T00:00:01.5Z") == 1500000);
    CHECK(parseRfc3339("2016-04-06T20:03:48.000Z") == 1459973028000000LL);
    CHECK(parseRfc3339("2017-05-31T21:30:19.735010Z") == 1496266219735010LL);
    CHECK(parseRfc3339("2016-04-06T21:03:48+01:00") == parseRfc3339("2016-04-06T20:03:48Z"));
    CHECK(parseRfc3339("2024-02-29T00:00:00Z").has_value());
}

TEST_CASE("malformed timestamps are refused") {
    CHECK_FALSE(parseRfc3339("2023-02-29T00:00:00Z").has_value());
    CHECK_FALSE(parseRfc3339("2016-13-01T00:00:00Z").has_value());
    CHECK_FALSE(parseRfc3339("2016-04-06 20:03:48Z").has_value());
    CHECK_FALSE(parseRfc3339("2016-04-06T20:03:48").has_value());
    CHECK_FALSE(parseRfc3339("2016-04-06T20:03:48.Z").has_value());
    CHECK_FALSE(parseRfc3339("yesterday").has_value());
    CHECK_FALSE(parseRfc3339("").has_value());
}

TEST_CASE("STIX timestamps must be in UTC with a Z") {
    CHECK(isStixTimestamp("2016-04-06T20:03:48.000Z"));
    CHECK_FALSE(isStixTimestamp("2016-04-06T21:03:48+01:00"));
}

TEST_CASE("formatting a timestamp round-trips at millisecond precision") {
    const auto t = parseRfc3339("2021-12-31T23:59:59.123Z");
    REQUIRE(t);
    CHECK(formatStixTimestamp(*t) == "2021-12-31T23:59:59.123Z");
    CHECK(formatStixTimestamp(0) == "1970-01-01T00:00:00.000Z");
}

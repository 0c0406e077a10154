#include "models/core/timestamp.h"

#include <doctest/doctest.h>

using namespace lagebild::core;

TEST_CASE("sensor timestamps accept every zone spelling Suricata and Zeek write") {
    const auto utc = parseRfc3339("2017-01-30T15:12:36.066011Z");
    REQUIRE(utc);
    CHECK(parseSensorTimestamp("2017-01-30T16:12:36.066011+0100", 0) == utc);
    CHECK(parseSensorTimestamp("2017-01-30T16:12:36.066011+01:00", 0) == utc);
    CHECK(parseSensorTimestamp("2017-01-30T16:12:36.066011+01", 0) == utc);
    CHECK(parseSensorTimestamp("2017-01-30T15:12:36.066011Z", 0) == utc);
    CHECK(parseSensorTimestamp("2017-01-30T09:12:36.066011-0600", 0) == utc);
    CHECK(parseSensorTimestamp("2017-01-30 15:12:36.066011Z", 0) == utc);
    // Exact value, worked out by hand: 2017-01-30 is day 17196 since the epoch.
    CHECK(parseSensorTimestamp("2017-01-30T16:12:36.066011+0100", 0) ==
          (17196LL * 86400 + 15 * 3600 + 12 * 60 + 36) * 1000000 + 66011);
}

TEST_CASE("a sensor timestamp without a zone is read in the stated default zone") {
    bool hadZone = true;
    CHECK(parseSensorTimestamp("2019-01-02T03:50:11.315110", 0, &hadZone) == parseRfc3339("2019-01-02T03:50:11.315110Z"));
    CHECK_FALSE(hadZone);
    CHECK(parseSensorTimestamp("2019-01-02T04:50:11.315110", 60, &hadZone) == parseRfc3339("2019-01-02T03:50:11.315110Z"));
    CHECK_FALSE(hadZone);
    CHECK(parseSensorTimestamp("2019-01-02T04:50:11+01:00", -300, &hadZone) == parseRfc3339("2019-01-02T03:50:11Z"));
    CHECK(hadZone);
    CHECK(parseSensorTimestamp("2025-10-25 13:21:33.111", 0) == parseRfc3339("2025-10-25T13:21:33.111Z"));
}

TEST_CASE("sensor timestamps keep microseconds and truncate finer digits") {
    CHECK(parseSensorTimestamp("1970-01-01T00:00:00.1234567Z", 0) == 123456);
    CHECK(parseSensorTimestamp("1970-01-01T00:00:01Z", 0) == 1000000);
    CHECK(parseSensorTimestamp("1970-01-01T00:00:00.5", 0) == 500000);
}

TEST_CASE("malformed sensor timestamps are refused") {
    CHECK_FALSE(parseSensorTimestamp("", 0));
    CHECK_FALSE(parseSensorTimestamp("2019-01-02", 0));
    CHECK_FALSE(parseSensorTimestamp("2019-01-02T03:50", 0));
    CHECK_FALSE(parseSensorTimestamp("2019-02-30T03:50:11", 0));
    CHECK_FALSE(parseSensorTimestamp("2019-01-02T24:00:00", 0));
    CHECK_FALSE(parseSensorTimestamp("2019-01-02T03:50:11.", 0));
    CHECK_FALSE(parseSensorTimestamp("2019-01-02T03:50:11+1", 0));
    CHECK_FALSE(parseSensorTimestamp("2019-01-02T03:50:11+01:0", 0));
    CHECK_FALSE(parseSensorTimestamp("2019-01-02T03:50:11+2500", 0));
    CHECK_FALSE(parseSensorTimestamp("2019-01-02T03:50:11 UTC", 0));
    CHECK_FALSE(parseSensorTimestamp("2019-01-02T03:50:11Zjunk", 0));
    CHECK_FALSE(parseSensorTimestamp("2019-01-02x03:50:11", 0));
}

TEST_CASE("epoch seconds parse exactly to the microsecond") {
    CHECK(parseEpochSeconds("1521911720.629574") == 1521911720629574LL);
    CHECK(parseEpochSeconds("1599627030") == 1599627030000000LL);
    CHECK(parseEpochSeconds("1599627030.1") == 1599627030100000LL);
    CHECK(parseEpochSeconds("1599627030.1234569") == 1599627030123456LL);
    CHECK(parseEpochSeconds("0.000001") == 1);
    CHECK(parseEpochSeconds("-1.5") == -1500000);
    CHECK(parseEpochSeconds("4102444799.999999") == 4102444799999999LL); // a double would round this
    CHECK(parseEpochSeconds("1521911720.") == 1521911720000000LL);
}

TEST_CASE("epoch seconds refuse anything that is not plain decimal text") {
    CHECK_FALSE(parseEpochSeconds(""));
    CHECK_FALSE(parseEpochSeconds("-"));
    CHECK_FALSE(parseEpochSeconds(".5"));
    CHECK_FALSE(parseEpochSeconds("1.5e9"));
    CHECK_FALSE(parseEpochSeconds(" 15"));
    CHECK_FALSE(parseEpochSeconds("15 "));
    CHECK_FALSE(parseEpochSeconds("12345678901234567890"));
    CHECK_FALSE(parseEpochSeconds("nan"));
}

TEST_CASE("zone offsets are formatted for the assumed-zone note") {
    CHECK(formatUtcOffset(0) == "UTC");
    CHECK(formatUtcOffset(60) == "+01:00");
    CHECK(formatUtcOffset(-330) == "-05:30");
}

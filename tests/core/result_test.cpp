#include "models/core/result.h"

#include <doctest/doctest.h>

#include <string>

using namespace lagebild::core;

TEST_CASE("a Result holds either a value or an error") {
    Result<int> good = 42;
    CHECK(good.ok());
    CHECK(static_cast<bool>(good));
    CHECK(good.value() == 42);
    CHECK(good.valueOr(7) == 42);

    Result<int> bad = Error::make(ErrorCode::Parse, QStringLiteral("broken"), QStringLiteral("line 3"));
    CHECK_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::Parse);
    CHECK(bad.error().message == QStringLiteral("broken"));
    CHECK(bad.error().detail == QStringLiteral("line 3"));
    CHECK(bad.valueOr(7) == 7);
}

TEST_CASE("a Result can move out a value that cannot be copied") {
    Result<std::unique_ptr<std::string>> r = std::make_unique<std::string>("x");
    auto p = std::move(r).value();
    REQUIRE(p);
    CHECK(*p == "x");
}

TEST_CASE("a Status is ok by default and carries an error otherwise") {
    Status s;
    CHECK(s.ok());
    Status f = Error::make(ErrorCode::Cancelled, QStringLiteral("stopped"));
    CHECK_FALSE(f.ok());
    CHECK(f.error().isCancelled());
}

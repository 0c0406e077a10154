#include "models/core/cancel_token.h"
#include "models/core/progress.h"

#include <doctest/doctest.h>

#include <thread>

using namespace lagebild::core;

TEST_CASE("copies of a cancel token share one flag across threads") {
    CancelToken token;
    CancelToken copy = token;
    CHECK_FALSE(copy.isCancelled());
    std::thread t([token] { token.cancel(); });
    t.join();
    CHECK(copy.isCancelled());
    CHECK(token.isCancelled());
}

TEST_CASE("a new cancel token is independent of an earlier one") {
    CancelToken a;
    a.cancel();
    CancelToken b;
    CHECK_FALSE(b.isCancelled());
}

TEST_CASE("progress reports are throttled but forced reports always pass") {
    int calls = 0;
    ProgressReporter reporter([&](const ProgressUpdate&) { ++calls; }, std::chrono::hours(1));
    reporter.report({1, 10, {}});
    reporter.report({2, 10, {}});
    reporter.report({3, 10, {}});
    CHECK(calls == 1);
    reporter.report({10, 10, {}}, true);
    CHECK(calls == 2);
}

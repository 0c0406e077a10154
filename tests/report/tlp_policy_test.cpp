#include "models/report/tlp_policy.h"

#include <doctest/doctest.h>

using namespace lagebild;
using core::Tlp;

TEST_CASE("a briefing is marked with the most restrictive level it includes") {
    report::TlpPolicy policy(Tlp::Amber, false);
    CHECK(policy.documentLevel() == Tlp::Clear);
    policy.include(Tlp::Green);
    policy.include(Tlp::Unmarked);
    CHECK(policy.documentLevel() == Tlp::Green);
    policy.include(Tlp::Amber);
    CHECK(policy.documentLevel() == Tlp::Amber);
}

TEST_CASE("red needs explicit consent and unknown markings never pass") {
    report::TlpPolicy noRed(Tlp::Red, false);
    CHECK_FALSE(noRed.admits(Tlp::Red));
    CHECK(noRed.admits(Tlp::AmberStrict));
    CHECK_FALSE(noRed.admits(Tlp::Unknown));
    report::TlpPolicy withRed(Tlp::Red, true);
    CHECK(withRed.admits(Tlp::Red));
    CHECK_FALSE(withRed.admits(Tlp::Unknown));
    report::TlpPolicy green(Tlp::Green, true);
    CHECK_FALSE(green.admits(Tlp::Amber));
    CHECK(green.admits(Tlp::Unmarked));
}

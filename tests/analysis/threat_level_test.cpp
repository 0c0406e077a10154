#include "models/analysis/threat_level.h"

#include <doctest/doctest.h>

using namespace lagebild;
using analysis::ThreatLevel;

namespace {

analysis::ThreatAssessment assess(const analysis::ThreatInputs& in) { return analysis::assessThreat(in, std::nullopt); }

} // namespace

TEST_CASE("each documented rule sets its level, and the first that holds names the rule") {
    analysis::ThreatInputs in;
    CHECK(assess(in).level == ThreatLevel::Grey);
    CHECK(assess(in).rule.key == QStringLiteral("quiet"));

    struct Case {
        const char* rule;
        ThreatLevel level;
        void (*set)(analysis::ThreatInputs&);
    };
    const Case cases[] = {
        {"incidents-critical", ThreatLevel::Red, [](analysis::ThreatInputs& i) { i.openIncidents[0] = 2; }},
        {"incident-critical", ThreatLevel::Orange, [](analysis::ThreatInputs& i) { i.openIncidents[0] = 1; }},
        {"matched-critical-open", ThreatLevel::Orange, [](analysis::ThreatInputs& i) { i.openMatchedSeverity1 = 1; }},
        {"matched-surge", ThreatLevel::Orange,
         [](analysis::ThreatInputs& i) {
             i.matched = 100;
             i.matchedPrevious = 50;
         }},
        {"incident-open", ThreatLevel::Yellow, [](analysis::ThreatInputs& i) { i.openIncidents[2] = 1; }},
        {"matched", ThreatLevel::Yellow, [](analysis::ThreatInputs& i) { i.matched = 1; }},
        {"warnings-open", ThreatLevel::Yellow, [](analysis::ThreatInputs& i) { i.warningsOpen = 1; }},
        {"partner-high", ThreatLevel::Yellow, [](analysis::ThreatInputs& i) { i.partnerHighReports = 1; }},
    };
    for (const auto& c : cases) {
        CAPTURE(c.rule);
        analysis::ThreatInputs one;
        c.set(one);
        const auto a = assess(one);
        CHECK(a.level == c.level);
        CHECK(a.computed == c.level);
        CHECK(a.rule.key == QString::fromLatin1(c.rule));
        CHECK_FALSE(a.rule.text.text().isEmpty());
    }
}

TEST_CASE("a surge needs both: at least 100 matched alerts and at least twice the previous period") {
    analysis::ThreatInputs in;
    in.matched = 99;
    in.matchedPrevious = 10;
    CHECK(assess(in).level == ThreatLevel::Yellow);
    in.matched = 150;
    in.matchedPrevious = 76;
    CHECK(assess(in).level == ThreatLevel::Yellow);
    in.matchedPrevious = 75;
    CHECK(assess(in).level == ThreatLevel::Orange);
    in.matchedPrevious.reset(); // "all": no previous period, no trend
    CHECK(assess(in).level == ThreatLevel::Yellow);
}

TEST_CASE("every rule that holds is listed, highest first, the highest sets the level") {
    analysis::ThreatInputs in;
    in.openIncidents = {1, 0, 2, 0};
    in.matched = 5;
    in.warningsOpen = 2;
    const auto a = assess(in);
    CHECK(a.level == ThreatLevel::Orange);
    REQUIRE(a.reasons.size() == 4);
    CHECK(a.reasons[0].key == QStringLiteral("incident-critical"));
    CHECK(a.reasons[1].key == QStringLiteral("incident-open"));
    CHECK(a.reasons[1].text.text() == QStringLiteral("3 open incidents"));
    for (std::size_t i = 1; i < a.reasons.size(); ++i)
        CHECK(a.reasons[i - 1].level >= a.reasons[i].level);
}

TEST_CASE("an override replaces the level shown and keeps the computed level and its rule") {
    analysis::ThreatInputs in;
    in.matched = 3;
    analysis::ThreatOverride o;
    o.level = 4;
    o.reason = QStringLiteral("Exercise");
    const auto a = analysis::assessThreat(in, o);
    CHECK(a.level == ThreatLevel::Red);
    CHECK(a.computed == ThreatLevel::Yellow);
    CHECK(a.rule.key == QStringLiteral("matched"));
    REQUIRE(a.override);
    CHECK(a.override->reason == QStringLiteral("Exercise"));
}

TEST_CASE("the four steps have names, colour words and descriptions") {
    CHECK(analysis::threatLevelKey(ThreatLevel::Grey) == QStringLiteral("grey"));
    CHECK(analysis::threatLevelKey(ThreatLevel::Red) == QStringLiteral("red"));
    CHECK(analysis::threatLevelName(ThreatLevel::Orange) == QStringLiteral("Orange – business-critical"));
    CHECK(analysis::threatLevelDescription(ThreatLevel::Yellow).contains(QStringLiteral("increased watch")));
    CHECK_FALSE(analysis::threatLevelFromInt(0));
    CHECK_FALSE(analysis::threatLevelFromInt(5));
    CHECK(analysis::threatLevelFromInt(3) == ThreatLevel::Orange);
}

#include "models/core/tlp.h"

#include <doctest/doctest.h>

using namespace lagebild::core;

TEST_CASE("TLP levels are ordered from clear to red with unknown above red") {
    CHECK(Tlp::Unmarked < Tlp::Clear);
    CHECK(Tlp::Clear < Tlp::Green);
    CHECK(Tlp::Green < Tlp::Amber);
    CHECK(Tlp::Amber < Tlp::AmberStrict);
    CHECK(Tlp::AmberStrict < Tlp::Red);
    CHECK(Tlp::Red < Tlp::Unknown);
    CHECK(mostRestrictive(Tlp::Green, Tlp::Amber) == Tlp::Amber);
    CHECK(mostRestrictive(Tlp::Red, Tlp::Unknown) == Tlp::Unknown);
}

TEST_CASE("an unknown marking is never releasable whatever the ceiling") {
    CHECK_FALSE(tlpAllows(Tlp::Red, Tlp::Unknown));
    CHECK(tlpAllows(Tlp::Amber, Tlp::Green));
    CHECK(tlpAllows(Tlp::Amber, Tlp::Amber));
    CHECK_FALSE(tlpAllows(Tlp::Amber, Tlp::AmberStrict));
}

TEST_CASE("TLP words parse as users write them and white reads as clear") {
    CHECK(tlpFromName(QStringLiteral("white")) == Tlp::Clear);
    CHECK(tlpFromName(QStringLiteral("TLP:WHITE")) == Tlp::Clear);
    CHECK(tlpFromName(QStringLiteral("clear")) == Tlp::Clear);
    CHECK(tlpFromName(QStringLiteral("tlp:amber+strict")) == Tlp::AmberStrict);
    CHECK(tlpFromName(QStringLiteral("AMBER_STRICT")) == Tlp::AmberStrict);
    CHECK(tlpFromName(QStringLiteral(" Red ")) == Tlp::Red);
    CHECK_FALSE(tlpFromName(QStringLiteral("purple")).has_value());
    CHECK(tlpName(Tlp::AmberStrict) == QStringLiteral("amber+strict"));
    CHECK(tlpLabel(Tlp::AmberStrict) == QStringLiteral("TLP:AMBER+STRICT"));
}

TEST_CASE("all nine predefined TLP marking-definition ids are recognised") {
    struct Case {
        const char* id;
        Tlp level;
    };
    const Case cases[] = {
        {"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp::Clear},
        {"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp::Green},
        {"marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp::Amber},
        {"marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp::Red},
        {"marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", Tlp::Clear},
        {"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", Tlp::Green},
        {"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", Tlp::Amber},
        {"marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", Tlp::AmberStrict},
        {"marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", Tlp::Red},
    };
    for (const auto& c : cases) {
        CAPTURE(c.id);
        CHECK(tlpFromMarkingId(c.id) == c.level);
    }
    CHECK_FALSE(tlpFromMarkingId("marking-definition--00000000-0000-4000-8000-000000000000").has_value());
    CHECK(tlpMarkingId(Tlp::AmberStrict) == "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003");
    CHECK(tlpMarkingId(Tlp::Unknown).empty());
}

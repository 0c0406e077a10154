#include "models/core/tlp.h"

#include <array>

namespace lagebild::core {

namespace {

struct MarkingId {
    std::string_view id;
    Tlp level;
};

// TLP 1.0 ids are predefined in STIX 2.1 §7.2.1.4; TLP 2.0 ids come from the extension
// extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d (oasis-open/cti-stix-common-objects).
constexpr std::array<MarkingId, 9> kMarkingIds{{
    {"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp::Clear},       // 1.0 WHITE
    {"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp::Green},       // 1.0 GREEN
    {"marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp::Amber},       // 1.0 AMBER
    {"marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp::Red},         // 1.0 RED
    {"marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", Tlp::Clear},       // 2.0 CLEAR
    {"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", Tlp::Green},       // 2.0 GREEN
    {"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", Tlp::Amber},       // 2.0 AMBER
    {"marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", Tlp::AmberStrict}, // 2.0 AMBER+STRICT
    {"marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", Tlp::Red},         // 2.0 RED
}};

} // namespace

QString tlpName(Tlp level) {
    switch (level) {
    case Tlp::Unmarked: return {};
    case Tlp::Clear: return QStringLiteral("clear");
    case Tlp::Green: return QStringLiteral("green");
    case Tlp::Amber: return QStringLiteral("amber");
    case Tlp::AmberStrict: return QStringLiteral("amber+strict");
    case Tlp::Red: return QStringLiteral("red");
    case Tlp::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString tlpLabel(Tlp level) {
    switch (level) {
    case Tlp::Unmarked: return QStringLiteral("TLP:—");
    case Tlp::Unknown: return QStringLiteral("TLP:?");
    default: return QStringLiteral("TLP:") + tlpName(level).toUpper();
    }
}

std::optional<Tlp> tlpFromName(const QString& text) {
    QString t = text.trimmed().toLower();
    if (t.startsWith(QLatin1String("tlp:")))
        t = t.mid(4).trimmed();
    t.replace(QLatin1Char('_'), QLatin1Char('+')).replace(QLatin1Char(' '), QLatin1Char('+'));
    if (t == QLatin1String("clear") || t == QLatin1String("white"))
        return Tlp::Clear;
    if (t == QLatin1String("green"))
        return Tlp::Green;
    if (t == QLatin1String("amber"))
        return Tlp::Amber;
    if (t == QLatin1String("amber+strict"))
        return Tlp::AmberStrict;
    if (t == QLatin1String("red"))
        return Tlp::Red;
    return std::nullopt;
}

std::optional<Tlp> tlpFromMarkingId(std::string_view markingId) {
    for (const auto& m : kMarkingIds)
        if (m.id == markingId)
            return m.level;
    return std::nullopt;
}

std::string_view tlpMarkingId(Tlp level) {
    for (std::size_t i = 4; i < kMarkingIds.size(); ++i)
        if (kMarkingIds[i].level == level)
            return kMarkingIds[i].id;
    return {};
}

} // namespace lagebild::core

#pragma once

#include "models/core/tlp.h"

#include <vector>

namespace lagebild::report {

/// Decides what a briefing may contain and how it is marked (ARCHITECTURE §13): items above the
/// ceiling are left out, TLP:RED only with explicit consent, unknown markings never; the document
/// carries the most restrictive level of what it includes (high-water mark). Pure; cheap.
class TlpPolicy {
public:
    TlpPolicy(core::Tlp ceiling, bool includeRed) : m_ceiling(ceiling), m_includeRed(includeRed) {}

    /// May an item marked `level` appear? Unmarked items are treated as TLP:CLEAR only when the
    /// ceiling allows CLEAR; their origin stated no restriction.
    bool admits(core::Tlp level) const;
    /// Records an included item and raises the document marking.
    void include(core::Tlp level) { m_documentLevel = core::mostRestrictive(m_documentLevel, effective(level)); }
    /// The marking printed on every page: at least TLP:CLEAR.
    core::Tlp documentLevel() const { return m_documentLevel; }

private:
    static core::Tlp effective(core::Tlp level) { return level == core::Tlp::Unmarked ? core::Tlp::Clear : level; }

    core::Tlp m_ceiling;
    bool m_includeRed;
    core::Tlp m_documentLevel = core::Tlp::Clear;
};

} // namespace lagebild::report

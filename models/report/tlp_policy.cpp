#include "models/report/tlp_policy.h"

namespace lagebild::report {

bool TlpPolicy::admits(core::Tlp level) const {
    const core::Tlp e = effective(level);
    if (e == core::Tlp::Red && !m_includeRed)
        return false;
    return core::tlpAllows(m_ceiling, e);
}

} // namespace lagebild::report

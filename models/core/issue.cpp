#include "models/core/issue.h"

namespace lagebild::core {

QString issueSeverityName(IssueSeverity s) {
    switch (s) {
    case IssueSeverity::Info: return QStringLiteral("info");
    case IssueSeverity::Warning: return QStringLiteral("warning");
    case IssueSeverity::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

} // namespace lagebild::core

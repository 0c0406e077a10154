#pragma once

#include <QString>

#include <cstdint>

namespace lagebild::core {

enum class IssueSeverity { Info, Warning, Error };

/// A problem found while reading or syncing data, listed to the user instead of a dialog
/// (ARCHITECTURE §5): what (message), where (position: "line 12, byte 345" or a page), which object.
struct Issue {
    IssueSeverity severity = IssueSeverity::Warning;
    QString message;
    QString position;
    QString object;
};

QString issueSeverityName(IssueSeverity s);

} // namespace lagebild::core

#pragma once

#include "models/core/message.h"

#include <QString>

#include <memory>

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
    /// The message as template and arguments where the code gave one (a feed run keeps it, so
    /// it reads in the language of a later reader); `message` is its text at the time.
    std::shared_ptr<const Message> what = nullptr;
};

QString issueSeverityName(IssueSeverity s);

} // namespace lagebild::core

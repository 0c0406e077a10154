#pragma once

#include "models/core/result.h"

#include <QString>

class QLabel;

namespace lagebild::ui {

/// The one way every page shows a core::Error (ARCHITECTURE §5): the message, which says what
/// failed, where and what to do, followed by the error's detail when it has one, never dropped.
/// Plain text: messages quote feed and file content.
QString errorText(const core::Error& error);

/// Shows `error` in a label: plain text, the detail also as the tooltip.
void showError(QLabel* label, const core::Error& error);

} // namespace lagebild::ui

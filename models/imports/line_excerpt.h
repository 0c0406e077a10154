#pragma once

#include "models/core/result.h"

#include <QString>

#include <vector>

namespace lagebild::imports {

struct ExcerptLine {
    int number = 0; // 1-based
    QString text;   // at most kExcerptLineChars characters, cut with "…"
};

inline constexpr int kExcerptLineChars = 400;

/// Lines `line - context` … `line + context` of a file (gunzipped when it is gzip), for showing
/// where an import issue is. Reads forward only up to the last wanted line; lines longer than
/// kExcerptLineChars are cut. Empty when the file has fewer lines; Error when it cannot be read.
core::Result<std::vector<ExcerptLine>> lineExcerpt(const QString& path, int line, int context = 2);

/// The line number named by an issue position ("line 12, byte 345" → 12, in any language), or 0.
int issueLine(const QString& position);

} // namespace lagebild::imports

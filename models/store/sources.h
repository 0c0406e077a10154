#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <string_view>

namespace lagebild::store {

/// Row id of a data source (kind "file", "feed", "demo" or "local"; name = path or feed name),
/// created on first use. Every stored object and alert points to where it came from.
core::Result<std::int64_t> sourceId(Database& db, std::string_view kind, std::string_view name);

} // namespace lagebild::store

#pragma once

#include "models/core/version_config.h"

namespace lagebild::core {

/// The product version, from CMake's project(VERSION).
constexpr const char* kVersion = LAGEBILD_VERSION_STRING;

/// SQLite `application_id` of a Lagebild database ("LGBD").
constexpr int kApplicationId = 0x4C474244;

} // namespace lagebild::core

#pragma once

// The writer lives in models/core (the store writes audit details with it); readers keep their name.
#include "models/core/json_writer.h"

namespace lagebild::ingest {
using core::JsonWriter;
} // namespace lagebild::ingest

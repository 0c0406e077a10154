#pragma once

namespace lagebild::store {

/// One forward schema step: applied in order inside its own transaction, then `user_version`
/// is set to `version`.
struct Migration {
    int version;
    const char* name;
    const char* sql;
};

} // namespace lagebild::store

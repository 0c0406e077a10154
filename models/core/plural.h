#pragma once

#include <cstdint>
#include <limits>

namespace lagebild::core {

/// The count for a plural message (`%n` in QCoreApplication::translate), clamped to int. A
/// named function rather than a cast template at the call: lupdate's parser stops reading a
/// translate() call at a template argument and then drops the message from the .ts files.
constexpr int pluralCount(std::int64_t n) {
    return n > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : (n < 0 ? 0 : static_cast<int>(n));
}

} // namespace lagebild::core

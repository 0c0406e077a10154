#include "models/core/memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace lagebild::core {

void releaseFreedMemory() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void limitMallocArenas() {
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 2);
#endif
}

} // namespace lagebild::core

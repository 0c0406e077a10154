#pragma once

namespace lagebild::core {

/// Hands memory that was freed back to the operating system. A job thread's SQLite page cache
/// (64 MB) stays in that thread's malloc arena after its connection closes; on a big table each
/// pool thread would keep one. Call after long jobs, not per query (it walks every arena).
void releaseFreedMemory();

} // namespace lagebild::core

#pragma once

namespace lagebild::core {

/// Hands memory that was freed back to the operating system. A job thread's SQLite page cache
/// (64 MB) stays in that thread's malloc arena after its connection closes; on a big table each
/// pool thread would keep one. Call after long jobs, not per query (it walks every arena).
void releaseFreedMemory();

/// Call first in main(), before any thread starts: at most two malloc arenas. glibc gives each
/// new thread an arena of its own and never trims the top of one (malloc_trim does not either),
/// so every pool thread that once ran a big job would keep its 64 MB page cache resident; with
/// shared arenas the next job reuses that memory. Measured in tests/bench/triage_bench (10M
/// alerts, bulk change then undo): peak RSS 304 MB with one arena per thread.
void limitMallocArenas();

} // namespace lagebild::core

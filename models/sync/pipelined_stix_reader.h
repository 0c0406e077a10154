#pragma once

#include "models/ingest/stix/stix_reader.h"

namespace lagebild::sync {

/// Runs the STIX reader on a thread of its own and hands its records, in file order, to
/// `visitor` on the calling thread, so parsing (about a tenth of an import) overlaps with the
/// SQLite writes on a second core. Same contract as ingest::stix::readStix: an Error means the
/// file is unusable as a whole. A visitor error stops the reader; memory is bounded by a small
/// queue of record batches. The calling thread owns the database; the reader thread never
/// touches it.
core::Result<ingest::stix::StixFileInfo> readStixPipelined(const QString& path, const ingest::JsonLimits& limits,
                                                           ingest::stix::StixVisitor& visitor, const core::CancelToken& cancel,
                                                           core::ProgressReporter* progress = nullptr);

} // namespace lagebild::sync

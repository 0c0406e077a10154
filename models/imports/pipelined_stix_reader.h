#pragma once

#include "models/ingest/stix/stix_reader.h"

#include <functional>

namespace lagebild::imports {

/// A reader of any STIX-producing format (STIX, MISP, indicator lists), bound to its file.
using IntelReader = std::function<core::Status(ingest::stix::StixVisitor& visitor)>;

/// Runs a STIX-producing reader on a thread of its own and hands its records, in file order, to
/// `visitor` on the calling thread, so parsing (about a tenth of an import) overlaps with the
/// SQLite writes on a second core. An Error means the file is unusable as a whole (or the
/// visitor failed). A visitor error stops the reader; memory is bounded by a small queue of
/// record batches. The calling thread owns the database; the reader thread never touches it.
core::Status runPipelined(const IntelReader& read, ingest::stix::StixVisitor& visitor);

} // namespace lagebild::imports

#pragma once

#include "models/ingest/alert_visitor.h"
#include "models/sync/import_service.h"
#include "models/sync/pipelined_stix_reader.h"

#include <QString>

#include <functional>
#include <optional>

namespace lagebild::sync {

/// A reader of an alert format (EVE, Zeek, Sigma), bound to its file or folder.
using AlertReader = std::function<core::Status(ingest::AlertVisitor& visitor)>;

/// The one place that knows every input format: how to recognise it and which reader reads it.
/// Recognition looks at the name and the first 64 KiB (gunzipped); folders that form one unit
/// (a MISP feed, a Sigma match folder) are recognised as a whole.
class FormatRegistry {
public:
    static ImportFormat detect(const QString& path);
    /// A folder that is imported as one unit rather than file by file (Auto when it is not).
    static ImportFormat folderUnit(const QString& dir);
    /// Would a folder walk consider this file at all (by its name)?
    static bool isCandidateFile(const QString& name);

    static bool producesIntel(ImportFormat format);
    static bool producesAlerts(ImportFormat format);

    static IntelReader intelReader(ImportFormat format, const QString& path, const ImportOptions& options,
                                   const core::CancelToken& cancel, core::ProgressReporter* progress);
    static AlertReader alertReader(ImportFormat format, const QString& path, const ImportOptions& options,
                                   const core::CancelToken& cancel, core::ProgressReporter* progress);
};

} // namespace lagebild::sync

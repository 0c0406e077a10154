#pragma once

#include "models/imports/import_service.h"
#include "models/imports/pipelined_stix_reader.h"
#include "models/ingest/alert_visitor.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace lagebild::imports {

/// A reader of an alert format (EVE, Zeek, Sigma), bound to its file or folder.
using AlertReader = std::function<core::Status(ingest::AlertVisitor& visitor)>;

/// One input format, all in one place (ARCHITECTURE §4): its `--format` name, its title in the
/// window (QT_TRANSLATE_NOOP in context "FileFormat"), the file names a folder walk and the file
/// dialog consider, how its content is recognised, whether a folder is one unit of it, and its
/// reader (intel or alerts). A new format is its reader in models/ingest plus one entry in
/// fileFormats() and a value of ImportFormat; the CLI help, the import dialog's file filter and
/// the auto-detection are built from the list.
struct FileFormat {
    using Sniff = bool (*)(std::string_view head, const QString& path);
    using UnitFolder = bool (*)(const QString& dir);
    using MakeIntelReader = IntelReader (*)(ImportFormat format, const QString& path, const ImportOptions& options,
                                            const core::CancelToken& cancel, core::ProgressReporter* progress);
    using MakeAlertReader = AlertReader (*)(const QString& path, const ImportOptions& options, const core::CancelToken& cancel,
                                            core::ProgressReporter* progress);

    ImportFormat id;
    const char* name;
    const char* title;
    const char* patterns;  // space-separated file-name patterns ("*.json *.json.gz")
    Sniff sniff;           // the first 64 KiB (gunzipped) are of this format; null: only when named
    UnitFolder unitFolder; // a folder that is one unit of this format (a MISP feed); may be null
    MakeIntelReader intelReader;
    MakeAlertReader alertReader;
};

/// Every format, in the order auto-detection tries them (the JSON formats are told apart by their
/// keys before the text heuristics).
const std::vector<FileFormat>& fileFormats();
const FileFormat* findFileFormat(ImportFormat format);
/// "auto, stix, misp, …": the `--format` words.
QString fileFormatNames();
/// The file dialog's filter: every format's patterns together, then one entry per format.
QString fileDialogFilter();

/// Recognition and readers over fileFormats(). Recognition looks at the name and the first 64 KiB
/// (gunzipped); folders that form one unit (a MISP feed, a Sigma match folder) are recognised as a whole.
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

} // namespace lagebild::imports

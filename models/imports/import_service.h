#pragma once

#include "models/core/cancel_token.h"
#include "models/core/issue.h"
#include "models/core/observable.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/core/tlp.h"
#include "models/ingest/json_stream.h"
#include "models/store/database.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace lagebild::transfer {
struct VerifiedFile;
} // namespace lagebild::transfer

namespace lagebild::imports {

/// Input formats `lagebild import --format` names.
enum class ImportFormat { Auto, Stix, Misp, MispFeed, Csv, Eve, Zeek, Sigma, MispGalaxy, MispTaxonomy };

std::optional<ImportFormat> importFormatFromName(const QString& name);
QString importFormatName(ImportFormat format);

struct ImportOptions {
    ImportFormat format = ImportFormat::Auto;
    std::optional<core::Tlp> defaultTlp;          // for objects that carry no TLP marking
    QString sourceName;                           // empty: the file's absolute path
    std::optional<core::ObservableType> listType; // indicator lists: every value is of this type
    std::optional<int> confidence;                // indicator lists: confidence of rows without one
    int assumedOffsetMinutes = 0;                 // alerts: zone of timestamps written without one
    ingest::JsonLimits limits;
    std::size_t maxIssuesPerFile = 1000;
    /// Runs inside each file's transaction just before it commits (a feed stores its cursor here,
    /// so page and resume point commit together). An error rolls the file back.
    std::function<core::Status(store::Database&)> beforeCommit;
    /// Refuse files without a signature file beside them (`--require-signature`). A file with
    /// one is always verified, with or without this.
    bool requireSignature = false;
};

/// A file to import and how it was named: files found inside a folder whose format is not
/// recognised are skipped with a note; a file named explicitly is rejected instead.
struct ImportTarget {
    QString path;
    bool fromFolder = false;
    ImportFormat format = ImportFormat::Auto; // set for folders recognised as one unit
};

/// The account of one file: every object is added, updated, unchanged, older, rejected or skipped.
struct FileReport {
    QString path;
    QString format;
    bool alerts = false; // the counts are alerts (sensor formats), not intel objects
    std::int64_t added = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t older = 0;
    std::int64_t rejected = 0;
    std::int64_t skipped = 0;
    std::vector<core::Issue> issues;
    std::int64_t issuesDropped = 0;
    /// Set when the file was rejected as a whole (not readable as its format) or failed to store;
    /// nothing of the file is then in the database.
    std::optional<core::Error> error;

    bool rejectedWhole() const {
        return error && error->code != core::ErrorCode::Storage && error->code != core::ErrorCode::Io &&
               error->code != core::ErrorCode::Cancelled;
    }
};

/// Imports files and folders into the cache: detects the format, runs the reader, and stores what
/// it reads through the repositories, one transaction per file, so a file is stored completely
/// or not at all, also when the process is killed half-way. New or changed indicators are
/// retro-hunted against all stored alerts and new alerts are matched against intel in the same
/// transaction (analysis::Correlator), so matches commit with the data that caused them. Owns no thread: call it on the writer
/// thread (CLI: the main thread; window: an import job). Cancel stops between objects and rolls
/// back the unfinished file; files finished before stay stored.
/// Signed files (X with X.minisig beside it) are verified against the trusted keys before a byte
/// is parsed (transfer::verifyBeforeParse); the reader then reads the verified private copy, and the
/// accepted sequence number commits in the file's transaction. `.minisig` files are never data.
class ImportService {
public:
    explicit ImportService(store::Database& db) : m_db(db) {}

    /// Progress of a run over several files: the file (0-based index of count) and the progress
    /// within it. Called on the importing thread.
    using FileProgress =
        std::function<void(std::size_t index, std::size_t count, const ImportTarget& target, const core::ProgressUpdate& update)>;

    /// Expands folders (recursively, sorted, *.json and *.json.gz) and imports each file.
    std::vector<FileReport> importPaths(const QStringList& paths, const ImportOptions& options, const core::CancelToken& cancel,
                                        core::ProgressReporter* progress = nullptr);
    /// The one import loop of the command line and the window: each target in order, one
    /// transaction each, until `cancel`; `progress` (optional) hears of every file.
    std::vector<FileReport> importTargets(const std::vector<ImportTarget>& targets, const ImportOptions& options,
                                          const core::CancelToken& cancel, const FileProgress& progress = {});
    FileReport importFile(const ImportTarget& target, const ImportOptions& options, const core::CancelToken& cancel,
                          core::ProgressReporter* progress = nullptr);

    /// Files an import would read, in order: named files as given, folders expanded.
    static std::vector<ImportTarget> expandPaths(const QStringList& paths);

private:
    /// `signedFile`: the verified copy to read instead of target.path, or null for unsigned files.
    FileReport importIntel(const ImportTarget& target, ImportFormat format, const ImportOptions& options,
                           const core::CancelToken& cancel, core::ProgressReporter* progress,
                           const transfer::VerifiedFile* signedFile);
    FileReport importAlerts(const ImportTarget& target, ImportFormat format, const ImportOptions& options,
                            const core::CancelToken& cancel, core::ProgressReporter* progress,
                            const transfer::VerifiedFile* signedFile);
    /// Writes the audit entry, commits, checkpoints; on failure the report says so and counts 0.
    void commitFile(store::Transaction& tx, FileReport& report, const ImportOptions& options);

    store::Database& m_db;
};

} // namespace lagebild::imports

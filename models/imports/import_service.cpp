#include "models/imports/import_service.h"

#include "models/analysis/correlator.h"
#include "models/core/json_writer.h"
#include "models/core/timestamp.h"
#include "models/imports/format_registry.h"
#include "models/store/alert_repository.h"
#include "models/store/audit_log.h"
#include "models/store/fts_bulk_build.h"
#include "models/store/sources.h"
#include "models/store/stix_repository.h"
#include "models/store/trust_repository.h"
#include "models/transfer/signed_file.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace lagebild::imports {

namespace {

// Collects issues with a cap, so a file with a million bad rows cannot exhaust memory.
class IssueSink {
public:
    IssueSink(FileReport& report, std::size_t cap) : m_report(report), m_cap(cap) {}
    void add(const core::Issue& issue) {
        if (m_report.issues.size() < m_cap)
            m_report.issues.push_back(issue);
        else
            ++m_report.issuesDropped;
    }

private:
    FileReport& m_report;
    std::size_t m_cap;
};

// Bridges intel readers (STIX, MISP, lists) to the repository and keeps the per-file account.
class StixStoreVisitor final : public ingest::stix::StixVisitor {
public:
    StixStoreVisitor(store::StixRepository& repo, FileReport& report, std::int64_t sourceRid, const ImportOptions& options)
        : m_repo(repo), m_report(report), m_issues(report, options.maxIssuesPerFile), m_sourceRid(sourceRid),
          m_defaultTlp(options.defaultTlp.value_or(core::Tlp::Unmarked)), m_now(core::nowMicros()) {}

    core::Status object(const core::StixRecord& record) override {
        auto outcome = m_repo.upsert(record, m_sourceRid, m_now, m_defaultTlp);
        if (!outcome)
            return outcome.error();
        switch (outcome.value()) {
        case store::UpsertOutcome::Added: ++m_report.added; break;
        case store::UpsertOutcome::Updated: ++m_report.updated; break;
        case store::UpsertOutcome::Unchanged: ++m_report.unchanged; break;
        case store::UpsertOutcome::Older: ++m_report.older; break;
        }
        return {};
    }
    void rejected(const core::Issue& issue) override {
        ++m_report.rejected;
        m_issues.add(issue);
    }
    void note(const core::Issue& issue) override { m_issues.add(issue); }

private:
    store::StixRepository& m_repo;
    FileReport& m_report;
    IssueSink m_issues;
    std::int64_t m_sourceRid;
    core::Tlp m_defaultTlp;
    std::int64_t m_now;
};

// Bridges alert readers (EVE, Zeek, Sigma) to the alert repository.
class AlertStoreVisitor final : public ingest::AlertVisitor {
public:
    AlertStoreVisitor(store::AlertRepository& repo, FileReport& report, std::int64_t sourceRid, const ImportOptions& options)
        : m_repo(repo), m_report(report), m_issues(report, options.maxIssuesPerFile), m_sourceRid(sourceRid) {}

    core::Status alert(const core::AlertRecord& record) override {
        auto outcome = m_repo.insert(record, m_sourceRid);
        if (!outcome)
            return outcome.error();
        ++(outcome.value() == store::AlertOutcome::Added ? m_report.added : m_report.unchanged);
        return {};
    }
    void skipped(const core::Issue&) override { ++m_report.skipped; }
    void rejected(const core::Issue& issue) override {
        ++m_report.rejected;
        m_issues.add(issue);
    }
    void note(const core::Issue& issue) override { m_issues.add(issue); }

private:
    store::AlertRepository& m_repo;
    FileReport& m_report;
    IssueSink m_issues;
    std::int64_t m_sourceRid;
};

// Restores WAL when a bulk load switched the connection to a rollback journal.
class JournalGuard {
public:
    JournalGuard(store::Database& db, bool bulk) : m_db(db), m_switched(bulk && db.setJournalWal(false)) {}
    ~JournalGuard() {
        if (m_switched)
            m_db.setJournalWal(true);
    }
    JournalGuard(const JournalGuard&) = delete;
    JournalGuard& operator=(const JournalGuard&) = delete;

private:
    store::Database& m_db;
    bool m_switched;
};

void failReport(FileReport& report, core::Error error, bool fromFolder = false) {
    if (fromFolder && error.code == core::ErrorCode::WrongFormat) {
        // Found by a folder walk and not what its first bytes suggested: skipped, not rejected.
        report.format = QStringLiteral("unknown");
        report.issues.clear();
        report.issues.push_back({core::IssueSeverity::Info,
                                 QCoreApplication::translate("ImportService", "Skipped: %1").arg(error.message),
                                 error.detail,
                                 {}});
        report.added = report.updated = report.unchanged = report.older = report.rejected = report.skipped = 0;
        return;
    }
    if (error.code == core::ErrorCode::Parse && !error.detail.isEmpty())
        error.message = QCoreApplication::translate("ImportService", "%1 (%2): %3").arg(report.path, error.detail, error.message);
    report.error = std::move(error);
    report.added = report.updated = report.unchanged = report.older = 0;
}

QString sourceNameFor(const QString& path, const ImportOptions& options) {
    return options.sourceName.isEmpty() ? QFileInfo(path).absoluteFilePath() : options.sourceName;
}

// What both kinds of import start with: the report of `target` in `format`.
FileReport startReport(const ImportTarget& target, ImportFormat format) {
    FileReport report;
    report.path = target.path;
    report.format = importFormatName(format);
    report.alerts = FormatRegistry::producesAlerts(format);
    return report;
}

// The file a reader reads: the verified copy of a signed file, else the target itself.
const QString& readPath(const ImportTarget& target, const transfer::VerifiedFile* signedFile) {
    return signedFile ? signedFile->dataPath : target.path;
}

FileReport unsupported(FileReport report) {
    report.error = core::Error::make(
        core::ErrorCode::Usage,
        QCoreApplication::translate("ImportService", "%1: the format \"%2\" is not supported by this version of Lagebild.")
            .arg(report.path, report.format));
    return report;
}

// A file in which nothing at all was usable is not readable as its format: rejected whole.
core::Error nothingUsable(const FileReport& report) {
    return core::Error::make(
        core::ErrorCode::Schema,
        QCoreApplication::translate("ImportService", "%1: no valid record in the file; first problem: %2 (%3)")
            .arg(report.path, report.issues.empty() ? QString() : report.issues.front().message,
                 report.issues.empty() ? QString() : report.issues.front().position));
}

// Starts a file: checks the transaction began, prepares the repository and resolves the source.
// Returns the source row id, or puts the error in the report.
template <typename Repository>
std::optional<std::int64_t> beginFile(store::Database& db, const store::Transaction& tx, Repository& repo,
                                      const ImportOptions& options, FileReport& report) {
    core::Status ready = tx.beginStatus();
    if (ready)
        ready = repo.prepare();
    if (!ready) {
        failReport(report, ready.error());
        return std::nullopt;
    }
    const QString name = sourceNameFor(report.path, options);
    auto rid = store::sourceId(db, options.sourceName.isEmpty() ? "file" : "feed", name.toStdString());
    if (!rid) {
        failReport(report, rid.error());
        return std::nullopt;
    }
    return rid.value();
}

// Records a signed file's sequence number and who signed it, in the file's transaction: the
// number commits with the data or not at all. The upsert refuses a number another import
// accepted since the check (it re-reads under the write lock).
core::Status recordSignature(store::Database& db, const transfer::VerifiedFile& verified) {
    auto recorded = store::TrustRepository(db).recordSequence(verified.keyId, verified.producer, verified.seq, core::nowMicros());
    if (!recorded)
        return recorded.error();
    if (!recorded.value())
        return core::Error::make(
            core::ErrorCode::Signature,
            QCoreApplication::translate("ImportService",
                                        "%1: sequence %2 from producer \"%3\" was accepted by another import meanwhile; "
                                        "nothing imported.")
                .arg(verified.originalPath)
                .arg(verified.seq)
                .arg(verified.producer));
    std::string detail;
    core::JsonWriter w(detail);
    w.beginObject().member("target", verified.originalPath.toStdString()).member("key", verified.keyId.toStdString());
    w.member("keyName", verified.keyName.toStdString()).member("producer", verified.producer.toStdString());
    w.key("seq").value(verified.seq).endObject();
    return store::AuditLog(db).append(store::currentActor(), "verify", detail, core::nowMicros());
}

// A signed file's account: messages name the user's file, not the private copy that was read;
// accepted files say who signed them and whether sequence numbers went missing.
void noteSignature(FileReport& report, const transfer::VerifiedFile& verified) {
    auto restore = [&](QString& text) { text.replace(verified.dataPath, verified.originalPath); };
    report.path = verified.originalPath;
    for (auto& issue : report.issues) {
        restore(issue.message);
        restore(issue.position);
    }
    if (report.error) {
        restore(report.error->message);
        restore(report.error->detail);
        return;
    }
    report.issues.insert(report.issues.begin(), verified.acceptedNote());
    if (auto gap = verified.gapWarning())
        report.issues.insert(report.issues.begin() + 1, *gap);
}

} // namespace

std::vector<ImportTarget> ImportService::expandPaths(const QStringList& paths) {
    std::vector<ImportTarget> files;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (!info.isDir()) {
            files.push_back({p, false});
            continue;
        }
        if (const auto unit = FormatRegistry::folderUnit(p); unit != ImportFormat::Auto) {
            files.push_back({p, false, unit});
            continue;
        }
        // Folders inside that form one unit (a MISP feed, a Sigma match) are taken whole.
        QStringList units, found;
        QDirIterator dirs(p, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (dirs.hasNext()) {
            const QString d = dirs.next();
            if (FormatRegistry::folderUnit(d) != ImportFormat::Auto)
                units << d;
        }
        units.sort();
        auto inUnit = [&](const QString& f) {
            for (const QString& u : units)
                if (f.startsWith(u + QLatin1Char('/')))
                    return true;
            return false;
        };
        QDirIterator it(p, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (FormatRegistry::isCandidateFile(f) && !inUnit(f))
                found << f;
        }
        found.sort();
        for (const QString& u : units)
            files.push_back({u, true, FormatRegistry::folderUnit(u)});
        for (const QString& f : found)
            files.push_back({f, true});
    }
    return files;
}

std::vector<FileReport> ImportService::importPaths(const QStringList& paths, const ImportOptions& options,
                                                   const core::CancelToken& cancel, core::ProgressReporter* progress) {
    FileProgress forward;
    if (progress)
        forward = [progress](std::size_t, std::size_t, const ImportTarget&, const core::ProgressUpdate& u) {
            progress->report(u);
        };
    return importTargets(expandPaths(paths), options, cancel, forward);
}

std::vector<FileReport> ImportService::importTargets(const std::vector<ImportTarget>& targets, const ImportOptions& options,
                                                     const core::CancelToken& cancel, const FileProgress& progress) {
    std::vector<FileReport> reports;
    for (std::size_t i = 0; i < targets.size() && !cancel.isCancelled(); ++i) {
        const ImportTarget& target = targets[i];
        core::ProgressReporter reporter([&](const core::ProgressUpdate& u) { progress(i, targets.size(), target, u); });
        reports.push_back(importFile(target, options, cancel, progress ? &reporter : nullptr));
    }
    return reports;
}

FileReport ImportService::importFile(const ImportTarget& target, const ImportOptions& options, const core::CancelToken& cancel,
                                     core::ProgressReporter* progress) {
    const QString& path = target.path;
    FileReport report;
    report.path = path;
    const QFileInfo info(path);
    if (!info.exists() || !info.isReadable()) {
        report.error = core::Error::make(
            core::ErrorCode::Io,
            QCoreApplication::translate("ImportService", "Cannot read %1: the file does not exist or is not readable.")
                .arg(path));
        return report;
    }
    if (!info.isDir() && transfer::isSignatureFile(path)) {
        report.format = QStringLiteral("minisig");
        report.issues.push_back(
            {core::IssueSeverity::Info,
             QCoreApplication::translate("ImportService",
                                         "A signature file, not data: checked with the file it signs, not imported."),
             {},
             {}});
        return report;
    }
    // Verify first, parse second (ARCHITECTURE §14): from here on only the verified copy is read.
    std::optional<transfer::VerifiedFile> verified;
    if (!info.isDir() && transfer::hasSignature(path)) {
        auto v = transfer::verifyBeforeParse(m_db, path);
        if (!v) {
            report.error = v.error();
            return report;
        }
        verified = std::move(v.value());
    } else if (options.requireSignature) {
        report.error = core::Error::make(
            core::ErrorCode::Signature,
            QCoreApplication::translate("ImportService", "%1: no signature file %2 beside it, and --require-signature refuses "
                                                         "unsigned files; nothing imported.")
                .arg(path, transfer::signaturePathFor(QFileInfo(path).fileName())));
        return report;
    }
    const QString readPath = verified ? verified->dataPath : path;
    ImportFormat format = options.format;
    if (format == ImportFormat::Auto)
        format = target.format != ImportFormat::Auto ? target.format : FormatRegistry::detect(readPath);
    report.format = importFormatName(format);
    if (format == ImportFormat::Auto && target.fromFolder) {
        report.format = QStringLiteral("unknown");
        report.issues.push_back({core::IssueSeverity::Info,
                                 QCoreApplication::translate("ImportService", "Format not recognised; the file was skipped."),
                                 {},
                                 {}});
        return report;
    }
    if (format == ImportFormat::Auto) {
        report.error = core::Error::make(
            core::ErrorCode::Parse,
            QCoreApplication::translate("ImportService", "%1: the format could not be recognised; name it with --format.")
                .arg(path));
        return report;
    }
    if (FormatRegistry::producesIntel(format) || FormatRegistry::producesAlerts(format)) {
        const transfer::VerifiedFile* signedFile = verified ? &*verified : nullptr;
        ImportOptions fileOptions = options;
        if (signedFile)
            fileOptions.beforeCommit = [outer = options.beforeCommit, signedFile](store::Database& db) -> core::Status {
                if (outer)
                    if (auto s = outer(db); !s)
                        return s;
                return recordSignature(db, *signedFile);
            };
        report = FormatRegistry::producesIntel(format) ? importIntel(target, format, fileOptions, cancel, progress, signedFile)
                                                       : importAlerts(target, format, fileOptions, cancel, progress, signedFile);
        if (verified)
            noteSignature(report, *verified);
        return report;
    }
    return unsupported(std::move(report));
}

FileReport ImportService::importIntel(const ImportTarget& target, ImportFormat format, const ImportOptions& options,
                                      const core::CancelToken& cancel, core::ProgressReporter* progress,
                                      const transfer::VerifiedFile* signedFile) {
    FileReport report = startReport(target, format);
    const IntelReader reader = FormatRegistry::intelReader(format, readPath(target, signedFile), options, cancel, progress);
    if (!reader)
        return unsupported(std::move(report));
    // 128 MB: the indexes a STIX load keeps live fit (id, type: 90 MB for a million objects),
    // and the peak of a 1M-object load drops from 478 to 346 MB at the same speed.
    m_db.setBulkCache(true, 128);
    // First load into an empty cache: write pages once through a rollback journal instead of WAL
    // plus checkpoint, and build the random-order indexes once at the end (together about 2x,
    // measured in the issue note). The journal switch needs the only open connection; otherwise
    // WAL stays and the import still works.
    const auto isEmpty = [this] {
        auto existing = m_db.queryInt("SELECT EXISTS (SELECT 1 FROM stix_object)");
        return existing && existing.value() == 0;
    };
    JournalGuard journal(m_db, isEmpty());
    store::Transaction tx(m_db);
    store::StixRepository repo(m_db);
    const auto sourceRid = beginFile(m_db, tx, repo, options, report);
    if (!sourceRid)
        return report;
    // Decided again under the write lock: another import may have stored objects while this
    // one waited for it, and a bulk load assumes that no id exists and the index is empty.
    const bool bulk = isEmpty();
    if (!bulk) {
        // A scratch index left by a bulk load that was killed: no other import can be using it
        // while this one holds the write lock.
        QFile::remove(store::FtsBulkBuild::scratchPathFor(m_db.path()));
    }
    // The full-text index of a bulk load is built on the second core (store::FtsBulkBuild).
    std::unique_ptr<store::FtsBulkBuild> fts;
    if (bulk) {
        core::Status s = repo.beginBulkLoad();
        if (s) {
            auto started = store::FtsBulkBuild::start(m_db, "intel_fts");
            if (started)
                fts = std::move(started.value());
            else
                s = started.error();
        }
        if (!s) {
            failReport(report, s.error());
            return report;
        }
        repo.useFtsBuild(fts.get());
    }
    StixStoreVisitor visitor(repo, report, *sourceRid, options);
    core::Status result = runPipelined(reader, visitor);
    if (result && bulk)
        result = repo.finishBulkLoad();
    if (result && fts)
        result = fts->finishInto(m_db);
    repo.useFtsBuild(nullptr);
    if (result && report.rejected > 0 && report.added + report.updated + report.unchanged + report.older == 0)
        result = nothingUsable(report);
    if (result) {
        // Retro-hunt: every stored alert is re-matched against the indicators this file changed.
        analysis::Correlator correlator(m_db);
        const auto now = core::nowMicros();
        auto hunted = correlator.retroHunt(repo.changedIndicators(), now);
        if (hunted && hunted.value() > 0)
            report.issues.push_back(
                {core::IssueSeverity::Info,
                 QCoreApplication::translate("ImportService", "%n alert match(es) with the new or changed indicators.", "",
                                             int(hunted.value())),
                 {},
                 {}});
        auto pruned = hunted ? correlator.pruneInactive(now) : core::Result<std::int64_t>(hunted.error());
        if (!pruned)
            result = pruned.error();
    }
    if (!result) {
        tx.rollback();
        failReport(report, result.error(), target.fromFolder);
        return report;
    }
    commitFile(tx, report, options);
    return report;
}

FileReport ImportService::importAlerts(const ImportTarget& target, ImportFormat format, const ImportOptions& options,
                                       const core::CancelToken& cancel, core::ProgressReporter* progress,
                                       const transfer::VerifiedFile* signedFile) {
    FileReport report = startReport(target, format);
    const AlertReader reader = FormatRegistry::alertReader(format, readPath(target, signedFile), options, cancel, progress);
    if (!reader)
        return unsupported(std::move(report));
    m_db.setBulkCache(true);
    store::Transaction tx(m_db);
    store::AlertRepository repo(m_db);
    const auto sourceRid = beginFile(m_db, tx, repo, options, report);
    if (!sourceRid)
        return report;
    AlertStoreVisitor visitor(repo, report, *sourceRid, options);
    core::Status result = reader(visitor);
    if (result && report.rejected > 0 && report.added + report.unchanged + report.skipped == 0)
        result = nothingUsable(report);
    if (result && repo.firstAdded())
        result = repo.recordZones();
    if (result && repo.firstAdded()) {
        auto matched = analysis::Correlator(m_db).matchNewAlerts(*repo.firstAdded(), core::nowMicros());
        if (!matched)
            result = matched.error();
        else if (matched.value() > 0)
            report.issues.push_back(
                {core::IssueSeverity::Info,
                 QCoreApplication::translate("ImportService", "%n match(es) of the new alerts with intelligence.", "",
                                             int(matched.value())),
                 {},
                 {}});
    }
    if (!result) {
        tx.rollback();
        failReport(report, result.error(), target.fromFolder);
        return report;
    }
    commitFile(tx, report, options);
    return report;
}

void ImportService::commitFile(store::Transaction& tx, FileReport& report, const ImportOptions& options) {
    const QString sourceName = sourceNameFor(report.path, options);
    if (options.beforeCommit) {
        if (auto s = options.beforeCommit(m_db); !s) {
            tx.rollback();
            failReport(report, s.error());
            return;
        }
    }
    std::string detail;
    core::JsonWriter w(detail);
    w.beginObject().member("target", sourceName.toStdString()).member("format", report.format.toStdString());
    w.key("added").value(report.added).key("updated").value(report.updated).key("unchanged").value(report.unchanged);
    w.key("older").value(report.older).key("rejected").value(report.rejected).key("skipped").value(report.skipped);
    w.endObject();
    if (auto s = store::AuditLog(m_db).append(store::currentActor(), "import", detail, core::nowMicros()); !s) {
        tx.rollback();
        failReport(report, s.error());
        return;
    }
    if (auto s = tx.commit(); !s) {
        failReport(report, s.error());
        return;
    }
    // After a large file the WAL is as big as what it wrote (ARCHITECTURE §10.5): fold it back. Small
    // files leave it to SQLite's auto-checkpoint; a checkpoint per file costs an fsync each.
    if (report.added + report.updated > 50000)
        m_db.checkpoint();
}

} // namespace lagebild::imports

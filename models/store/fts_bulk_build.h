#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

struct sqlite3;

namespace lagebild::store {

/// Builds a full-text (FTS5) table's index for a bulk load on a second core.
///
/// A bulk load into an empty cache spends a third of its time tokenising text into the index
/// (8 s of 25 s for a million objects). Here the index is built by a thread of its own in a
/// scratch database beside the cache (`<db>-ftsbuild`, an FTS5 table created from the cache's
/// own schema SQL, so its configuration is identical), while the writer thread stores the
/// objects. finishInto() then copies the scratch table's shadow tables (the index segments,
/// document sizes and configuration) into the cache's empty table, inside the writer's open
/// transaction: the index commits with the objects or not at all, and a killed import leaves
/// only a stale scratch file, which the next bulk load removes.
///
/// Contract: the target table is empty when the build starts, and nothing else writes it on
/// this connection until finishInto() returned (the connection must not have read the table's
/// structure either: FTS5 caches it per connection). Rows arrive as add()/remove() commands
/// in the writer's order; remove() gives back the exact text a row was added with
/// (contentless tables need it). Memory is bounded by a few batches in flight.
class FtsBulkBuild {
public:
    /// Creates the scratch file and starts the builder thread. `table`: the FTS5 table in `db`.
    static core::Result<std::unique_ptr<FtsBulkBuild>> start(Database& db, const std::string& table);
    ~FtsBulkBuild();
    FtsBulkBuild(const FtsBulkBuild&) = delete;
    FtsBulkBuild& operator=(const FtsBulkBuild&) = delete;

    /// Queues a row (one text per column, in the table's column order).
    void add(std::int64_t rowid, std::initializer_list<std::string_view> columns);
    /// Queues the removal of a row added earlier with exactly these texts.
    void remove(std::int64_t rowid, std::initializer_list<std::string_view> columns);

    /// Waits for the builder and copies the built index into the (empty) table of `db`, on the
    /// writer thread inside its transaction. The scratch file is removed either way.
    core::Status finishInto(Database& db);

    /// Path of the scratch database for a cache at `dbPath`.
    static QString scratchPathFor(const QString& dbPath);

private:
    struct Command {
        std::int64_t rowid = 0;
        bool remove = false;
        std::vector<std::string> columns;
    };
    // Commands are reused (the builder hands consumed batches back), so the writer assigns into
    // strings that keep their capacity instead of allocating what another thread frees.
    struct Batch {
        std::vector<Command> commands;
        std::size_t used = 0;
    };

    FtsBulkBuild(QString scratchPath, std::string table, std::vector<std::string> columns);
    void queue(std::int64_t rowid, bool remove, std::initializer_list<std::string_view> columns);
    void flushBatch();
    void run();
    core::Status build();
    void stop();
    void removeScratch();

    QString m_scratchPath;
    std::string m_table;
    std::vector<std::string> m_columns;
    sqlite3* m_scratch = nullptr;

    Batch m_pending; // writer side, not yet handed over
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    std::vector<Batch> m_free;
    bool m_closing = false;
    core::Status m_status; // builder's outcome, read after join
    std::thread m_thread;
};

} // namespace lagebild::store

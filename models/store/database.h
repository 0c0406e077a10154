#pragma once

#include "models/core/result.h"
#include "models/store/statement.h"

#include <QString>

#include <memory>
#include <string_view>

struct sqlite3;

namespace lagebild::store {

/// One SQLite connection to a Lagebild database file (RAII). open() creates a missing file,
/// refuses files that are not Lagebild databases or were written by a newer schema, applies the
/// pending forward migrations and sets the per-connection pragmas Debian's defaults get wrong
/// (WAL, synchronous=NORMAL, foreign_keys, a larger cache; ARCHITECTURE §10.4).
/// Thread affinity: a connection is used by one thread at a time and never shared (ARCHITECTURE §6.6);
/// interrupt() is the one call that is safe from another thread.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    static core::Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    core::Status exec(std::string_view sql);
    core::Result<Statement> prepare(std::string_view sql);
    /// Runs a query returning one integer (or `fallback` when there is no row).
    core::Result<std::int64_t> queryInt(std::string_view sql, std::int64_t fallback = 0);

    int schemaVersion();
    std::int64_t lastInsertRowId() const;
    /// Rows the last INSERT, UPDATE or DELETE on this connection changed (triggers not counted).
    std::int64_t changes() const;
    static int latestSchemaVersion();

    /// Grows the page cache for bulk work (256 MB measured 2-2.5x faster, ARCHITECTURE §10.4), or
    /// sets it back to 64 MB.
    void setBulkCache(bool on, int mebibytes = 256);
    /// Switches between WAL (normal) and a rollback journal (bulk loads into an empty cache).
    /// Returns true when the connection is now in the requested mode; fails harmlessly while
    /// other connections are open. Both modes keep a killed transaction atomic.
    bool setJournalWal(bool wal);
    /// Aborts the statement running on this connection (any thread).
    void interrupt();
    /// Truncates the WAL after a large import (ARCHITECTURE §10.5).
    void checkpoint();

    QString lastErrorMessage() const;

private:
    Database(QString path, sqlite3* db) : m_path(std::move(path)), m_db(db) {}
    core::Status configure(Mode mode);
    core::Status migrate();

    QString m_path;
    sqlite3* m_db = nullptr;
};

/// For a statement that changes millions of rows: its statement journal (the before-image of
/// every page it touches, 300 MB for a 1M-alert update) goes to an unlinked temp file, the OS
/// page cache, instead of the heap. Create before the transaction (it cannot switch inside one).
class TempStoreOnDisk {
public:
    explicit TempStoreOnDisk(Database& db);
    ~TempStoreOnDisk();
    TempStoreOnDisk(const TempStoreOnDisk&) = delete;
    TempStoreOnDisk& operator=(const TempStoreOnDisk&) = delete;

private:
    Database& m_db;
    bool m_switched = false;
};

/// RAII write transaction (BEGIN IMMEDIATE, or a savepoint inside an open transaction): rolls
/// back unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const core::Status& beginStatus() const { return m_begin; }
    core::Status commit();
    void rollback();

private:
    Database& m_db;
    core::Status m_begin;
    bool m_active = false;
    bool m_nested = false;
};

/// RAII read transaction (BEGIN DEFERRED): several queries see one state of the database (WAL:
/// writers go on meanwhile). Does nothing inside an open transaction. Ends at destruction.
class ReadTransaction {
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace lagebild::store

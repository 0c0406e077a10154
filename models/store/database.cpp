#include "models/store/database.h"

#include "models/core/version.h"
#include "models/store/migrations_gen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

#include <chrono>
#include <mutex>
#include <thread>

namespace lagebild::store {

namespace {

core::Error storageError(sqlite3* db, const QString& what) {
    return core::Error::make(core::ErrorCode::Storage, what, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString());
}

} // namespace

namespace {

// Process-wide SQLite settings, before the library initialises. Memory statistics off: with
// them every sqlite3_malloc/free takes one global mutex, and the writer and a second thread
// (the full-text builder of a bulk load, readers) fought over it in 60,000 futex calls per
// 200,000 objects. Nothing here uses sqlite3_memory_used or a soft heap limit. Returns
// SQLITE_MISUSE harmlessly if something initialised SQLite first.
void configureSqliteOnce() {
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

} // namespace

core::Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode) {
    configureSqliteOnce();
    if (mode == Mode::ReadWrite) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return core::Error::make(core::ErrorCode::Io,
                                     QCoreApplication::translate("Database", "Cannot create the folder %1 for the database.")
                                         .arg(info.absolutePath()));
    }
    sqlite3* raw = nullptr;
    const int flags =
        (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(path, raw));
    if (rc != SQLITE_OK)
        return storageError(raw, QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                                     .arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    if (auto s = db->configure(mode); !s)
        return s.error();
    if (mode == Mode::ReadWrite) {
        if (auto s = db->migrate(); !s)
            return s.error();
    }
    return db;
}

Database::~Database() {
    if (m_db)
        sqlite3_close_v2(m_db);
}

core::Status Database::configure(Mode mode) {
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    // Defensive settings for files of unknown origin (sqlite.org/security.html, ARCHITECTURE §10.9).
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    // Read the header first: a file that is not a database fails here with a clear message. The
    // application id and the tables are read in one statement, so in one snapshot: read apart, a
    // connection creating the same new file could commit in between (no id yet, tables already)
    // and the file would look foreign.
    auto foreign =
        queryInt("SELECT (SELECT application_id FROM pragma_application_id) != " + std::to_string(core::kApplicationId) +
                 " AND (SELECT count(*) FROM sqlite_schema) > 0");
    if (!foreign)
        return core::Error::make(core::ErrorCode::Storage,
                                 QCoreApplication::translate("Database", "%1 is not a SQLite database or is damaged: %2")
                                     .arg(m_path, foreign.error().message));
    if (foreign.value() != 0)
        return core::Error::make(core::ErrorCode::Schema,
                                 QCoreApplication::translate("Database",
                                                             "%1 is not a Lagebild database (unknown application id). "
                                                             "Choose another file with --db.")
                                     .arg(m_path));
    if (schemaVersion() > latestSchemaVersion())
        return core::Error::make(core::ErrorCode::Schema,
                                 QCoreApplication::translate("Database", "%1 was written by a newer Lagebild (schema %2, this "
                                                                         "version knows %3). Update Lagebild to open it.")
                                     .arg(m_path)
                                     .arg(schemaVersion())
                                     .arg(latestSchemaVersion()));
    if (mode == Mode::ReadWrite) {
        // A new file gets 16 KB pages: a STIX object row is about 1 KB of JSON, and a bulk load
        // of a million objects wrote 350,000 4 KB pages, one pwrite each (28.5 s instead of
        // 33.2 s). Existing files keep their page size (only VACUUM could change it).
        if (queryInt("PRAGMA page_count").valueOr(1) == 0)
            if (auto s = exec("PRAGMA page_size=16384"); !s)
                return s;
        // Connections that create the same new file at once: the switch to WAL needs the file
        // to itself for a moment and answers "locked" without waiting; try again for up to 5 s.
        for (int attempt = 0;; ++attempt) {
            auto s = exec("PRAGMA journal_mode=WAL");
            if (s)
                break;
            if (attempt >= 250 || (sqlite3_errcode(m_db) & 0xff) != SQLITE_BUSY)
                return s;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    // temp_store=MEMORY: every alert insert opens small ephemeral tables (the CHECK ... IN lists);
    // on temp files each one set up and freed a pager cache, and the heap shrank and grew per row
    // (43,000 brk calls and 2.7x the time for a 50,000-alert demo). Bulk changes switch to temp
    // files for their statement journal (TempStoreOnDisk).
    return exec("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; "
                "PRAGMA temp_store=MEMORY; PRAGMA cell_size_check=ON");
}

int Database::latestSchemaVersion() {
    int v = 0;
    for (const auto& m : kMigrations)
        v = std::max(v, m.version);
    return v;
}

int Database::schemaVersion() { return static_cast<int>(queryInt("PRAGMA user_version").valueOr(0)); }

core::Status Database::migrate() {
    for (const auto& m : kMigrations) {
        if (m.version <= schemaVersion())
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return tx.beginStatus();
        // Another connection may have migrated while this one waited for the write lock (two
        // jobs opening a new file at once): decide again under the lock.
        if (m.version <= schemaVersion())
            continue;
        if (auto s = exec(m.sql); !s)
            return core::Error::make(core::ErrorCode::Schema,
                                     QCoreApplication::translate("Database", "Migration %1 failed on %2: %3")
                                         .arg(QString::fromUtf8(m.name), m_path, s.error().detail));
        if (auto s = exec("PRAGMA application_id=" + std::to_string(core::kApplicationId) +
                          "; PRAGMA user_version=" + std::to_string(m.version));
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return {};
}

core::Status Database::exec(std::string_view sql) {
    char* msg = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &msg);
    if (rc == SQLITE_OK)
        return {};
    QString detail = msg ? QString::fromUtf8(msg) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(msg);
    const auto code = (rc & 0xff) == SQLITE_INTERRUPT ? core::ErrorCode::Cancelled : core::ErrorCode::Storage;
    return core::Error::make(code, QCoreApplication::translate("Database", "Database error in %1: %2").arg(m_path, detail),
                             detail);
}

core::Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return storageError(m_db, QCoreApplication::translate("Database", "Cannot prepare a query on %1: %2")
                                      .arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
    return Statement(m_db, stmt);
}

core::Result<std::int64_t> Database::queryInt(std::string_view sql, std::int64_t fallback) {
    auto st = prepare(sql);
    if (!st)
        return st.error();
    auto row = st.value().step();
    if (!row)
        return row.error();
    return row.value() ? st.value().columnInt64(0) : fallback;
}

TempStoreOnDisk::TempStoreOnDisk(Database& db) : m_db(db) {
    // The setting cannot change inside a transaction; then the caller's choice stands.
    m_switched = sqlite3_get_autocommit(m_db.handle()) != 0 && m_db.exec("PRAGMA temp_store=FILE").ok();
}

TempStoreOnDisk::~TempStoreOnDisk() {
    if (m_switched)
        (void)m_db.exec("PRAGMA temp_store=MEMORY");
}

void Database::setBulkCache(bool on, int mebibytes) {
    (void)exec("PRAGMA cache_size=-" + std::to_string(on ? mebibytes * 1024 : 65536));
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

std::int64_t Database::changes() const { return sqlite3_changes64(m_db); }

bool Database::setJournalWal(bool wal) {
    auto st = prepare(wal ? "PRAGMA journal_mode=WAL" : "PRAGMA journal_mode=DELETE");
    if (!st)
        return false;
    auto row = st.value().step();
    return row && row.value() && st.value().columnText(0) == (wal ? "wal" : "delete");
}

void Database::interrupt() { sqlite3_interrupt(m_db); }

void Database::checkpoint() { (void)exec("PRAGMA wal_checkpoint(TRUNCATE)"); }

QString Database::lastErrorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

Transaction::Transaction(Database& db) : m_db(db) {
    // Inside a caller's transaction (the demo load writes through the workflow) a savepoint
    // nests: its commit releases into the outer transaction, its rollback undoes only its part.
    m_nested = sqlite3_get_autocommit(m_db.handle()) == 0;
    m_begin = m_db.exec(m_nested ? "SAVEPOINT lagebild_nested" : "BEGIN IMMEDIATE");
    m_active = m_begin.ok();
}

Transaction::~Transaction() { rollback(); }

ReadTransaction::ReadTransaction(Database& db) : m_db(db) {
    if (sqlite3_get_autocommit(m_db.handle()) != 0)
        m_active = m_db.exec("BEGIN DEFERRED").ok();
}

ReadTransaction::~ReadTransaction() {
    if (m_active)
        (void)m_db.exec("ROLLBACK");
}

core::Status Transaction::commit() {
    if (!m_active)
        return core::Error::make(core::ErrorCode::Internal, QStringLiteral("commit without an active transaction"));
    auto s = m_db.exec(m_nested ? "RELEASE lagebild_nested" : "COMMIT");
    if (s)
        m_active = false;
    return s;
}

void Transaction::rollback() {
    if (m_active) {
        (void)m_db.exec(m_nested ? "ROLLBACK TO lagebild_nested; RELEASE lagebild_nested" : "ROLLBACK");
        m_active = false;
    }
}

} // namespace lagebild::store

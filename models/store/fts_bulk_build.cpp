#include "models/store/fts_bulk_build.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace lagebild::store {

namespace {

constexpr std::size_t kBatchRows = 1024;
constexpr std::size_t kBatchesInFlight = 16; // bounds memory: about 16k rows of text

core::Error buildError(const QString& detail) {
    return core::Error::make(core::ErrorCode::Storage,
                             QCoreApplication::translate("FtsBulkBuild", "Building the full-text index failed."), detail);
}

core::Error buildError(sqlite3* db) { return buildError(db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString()); }

std::string sqlName(std::string_view name) {
    std::string out = "\"";
    for (const char c : name) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + '"';
}

core::Status execRaw(sqlite3* db, const std::string& sql) {
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return buildError(db);
    return {};
}

// A prepared statement on a raw connection: the scratch file is no Lagebild database, so it is
// not opened through Database (which would migrate it).
core::Result<Statement> prepareRaw(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return buildError(db);
    return Statement(db, stmt);
}

// INSERT INTO t (rowid, c1..cn) VALUES (?1..), or the FTS5 'delete' command of a row.
std::string rowCommand(const std::string& table, const std::vector<std::string>& columns, bool remove) {
    const std::string t = sqlName(table);
    std::string names = remove ? t + ", rowid" : "rowid";
    std::string values = remove ? "'delete', ?1" : "?1";
    for (std::size_t c = 0; c < columns.size(); ++c) {
        names += ", " + sqlName(columns[c]);
        values += ", ?" + std::to_string(c + 2);
    }
    return "INSERT INTO " + t + " (" + names + ") VALUES (" + values + ")";
}

} // namespace

QString FtsBulkBuild::scratchPathFor(const QString& dbPath) { return dbPath + QStringLiteral("-ftsbuild"); }

FtsBulkBuild::FtsBulkBuild(QString scratchPath, std::string table, std::vector<std::string> columns)
    : m_scratchPath(std::move(scratchPath)), m_table(std::move(table)), m_columns(std::move(columns)) {}

core::Result<std::unique_ptr<FtsBulkBuild>> FtsBulkBuild::start(Database& db, const std::string& table) {
    auto schema = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    if (!schema)
        return schema.error();
    schema.value().bind(1, std::string_view(table));
    auto found = schema.value().step();
    if (!found)
        return found.error();
    if (!found.value())
        return buildError(
            QCoreApplication::translate("FtsBulkBuild", "The table %1 does not exist.").arg(QString::fromStdString(table)));
    const std::string createSql(schema.value().columnText(0));
    schema.value().reset();
    std::vector<std::string> columns;
    auto info = db.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    if (!info)
        return info.error();
    info.value().bind(1, std::string_view(table));
    if (auto s = info.value().forEachRow([&](const Statement& row) { columns.emplace_back(row.columnText(0)); }); !s)
        return s.error();

    std::unique_ptr<FtsBulkBuild> build(new FtsBulkBuild(scratchPathFor(db.path()), table, std::move(columns)));
    build->removeScratch(); // left by an import that was killed
    const int rc = sqlite3_open_v2(build->m_scratchPath.toUtf8().constData(), &build->m_scratch,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return buildError(build->m_scratch);
    // Nothing here needs to survive a crash: the cache's own transaction decides what is kept.
    if (auto s = execRaw(build->m_scratch, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; "
                                           "PRAGMA cache_size=-32768; " +
                                               createSql);
        !s)
        return s.error();
    // Build settings of the scratch table only (its _config is not copied): a 16 MB in-memory
    // term buffer and no incremental merging until 64 segments pile up on a level. A million
    // objects index in 5.3 s instead of 9.0 s; a query then reads a few dozen segments (14 ms
    // for a term in 200,000 rows), and the cache's own automerge tidies them on later writes.
    const std::string t = sqlName(build->m_table);
    for (const char* option : {"('hashsize', 16777216)", "('automerge', 0)", "('crisismerge', 64)"})
        if (auto s = execRaw(build->m_scratch, "INSERT INTO " + t + " (" + t + ", rank) VALUES " + option); !s)
            return s.error();
    build->m_thread = std::thread([b = build.get()] { b->run(); });
    return build;
}

FtsBulkBuild::~FtsBulkBuild() {
    stop();
    if (m_scratch)
        sqlite3_close_v2(m_scratch);
    removeScratch();
}

void FtsBulkBuild::removeScratch() {
    QFile::remove(m_scratchPath);
    QFile::remove(m_scratchPath + QStringLiteral("-journal"));
}

void FtsBulkBuild::add(std::int64_t rowid, std::initializer_list<std::string_view> columns) { queue(rowid, false, columns); }

void FtsBulkBuild::remove(std::int64_t rowid, std::initializer_list<std::string_view> columns) { queue(rowid, true, columns); }

void FtsBulkBuild::queue(std::int64_t rowid, bool remove, std::initializer_list<std::string_view> columns) {
    if (m_pending.used == m_pending.commands.size())
        m_pending.commands.emplace_back();
    Command& command = m_pending.commands[m_pending.used++];
    command.rowid = rowid;
    command.remove = remove;
    command.columns.resize(columns.size());
    std::size_t c = 0;
    for (const auto text : columns)
        command.columns[c++].assign(text);
    if (m_pending.used >= kBatchRows)
        flushBatch();
}

void FtsBulkBuild::flushBatch() {
    if (m_pending.used == 0)
        return;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_batches.size() < kBatchesInFlight; });
    m_batches.push_back(std::move(m_pending));
    m_pending = {};
    if (!m_free.empty()) {
        m_pending = std::move(m_free.back());
        m_free.pop_back();
        m_pending.used = 0;
    }
    m_changed.notify_all();
}

void FtsBulkBuild::run() { m_status = build(); }

core::Status FtsBulkBuild::build() {
    core::Status status = execRaw(m_scratch, "BEGIN");
    const int columns = static_cast<int>(m_columns.size());
    auto insert = prepareRaw(m_scratch, rowCommand(m_table, m_columns, false));
    auto remove = prepareRaw(m_scratch, rowCommand(m_table, m_columns, true));
    if (status && !insert)
        status = insert.error();
    if (status && !remove)
        status = remove.error();
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_batches.empty() || m_closing; });
            if (m_batches.empty())
                break;
            batch = std::move(m_batches.front());
            m_batches.pop_front();
            m_changed.notify_all();
        }
        // After a failure the batches are still taken (the writer must never wait on a full
        // queue), just not applied; finishInto() reports the first error.
        for (std::size_t i = 0; i < batch.used && status; ++i) {
            const Command& command = batch.commands[i];
            Statement& st = command.remove ? remove.value() : insert.value();
            st.bind(1, command.rowid);
            for (int c = 0; c < columns; ++c)
                st.bindStatic(c + 2, c < static_cast<int>(command.columns.size()) ? std::string_view(command.columns[c])
                                                                                  : std::string_view());
            status = st.run();
        }
        std::lock_guard lock(m_mutex);
        if (m_free.size() < 4)
            m_free.push_back(std::move(batch));
    }
    if (insert)
        insert.value() = Statement();
    if (remove)
        remove.value() = Statement();
    if (status)
        status = execRaw(m_scratch, "COMMIT");
    return status;
}

void FtsBulkBuild::stop() {
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        m_changed.notify_all();
    }
    m_thread.join();
}

core::Status FtsBulkBuild::finishInto(Database& db) {
    flushBatch();
    stop();
    core::Status status = m_status;
    // The shadow tables that hold the index: segments (_data), their term index (_idx) and the
    // document sizes (_docsize). _config stays the cache's own (same FTS5 version, its settings).
    std::vector<std::string> shadows;
    if (status) {
        auto list = prepareRaw(m_scratch, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('" + m_table +
                                              "_data', '" + m_table + "_idx', '" + m_table + "_docsize')");
        if (!list)
            status = list.error();
        else
            status = list.value().forEachRow([&](const Statement& row) { shadows.emplace_back(row.columnText(0)); });
    }
    // The target must still be empty: the copy replaces its index wholesale.
    if (status) {
        auto rows = db.queryInt("SELECT count(*) FROM main." + sqlName(m_table + "_docsize"));
        if (!rows)
            status = rows.error();
        else if (rows.value() != 0)
            status = buildError(
                QCoreApplication::translate("FtsBulkBuild", "The full-text index is no longer empty; nothing was replaced."));
    }
    // Shadow tables are read-only under SQLITE_DBCONFIG_DEFENSIVE; lifted for the copy alone.
    int defensive = 0;
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    for (const auto& shadow : shadows) {
        if (!status)
            break;
        status = db.exec("DELETE FROM main." + sqlName(shadow));
        if (!status)
            break;
        sqlite3_stmt* from = nullptr;
        if (sqlite3_prepare_v2(m_scratch, ("SELECT * FROM " + sqlName(shadow)).c_str(), -1, &from, nullptr) != SQLITE_OK) {
            status = buildError(m_scratch);
            break;
        }
        const int n = sqlite3_column_count(from);
        std::string sql = "INSERT INTO main." + sqlName(shadow) + " VALUES (";
        for (int c = 0; c < n; ++c)
            sql += c ? ", ?" : "?";
        sql += ")";
        sqlite3_stmt* to = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &to, nullptr) != SQLITE_OK)
            status = buildError(db.handle());
        int read = SQLITE_DONE;
        while (status && (read = sqlite3_step(from)) == SQLITE_ROW) {
            for (int c = 0; c < n; ++c)
                sqlite3_bind_value(to, c + 1, sqlite3_column_value(from, c));
            if (sqlite3_step(to) != SQLITE_DONE)
                status = buildError(db.handle());
            sqlite3_reset(to);
        }
        if (status && read != SQLITE_DONE)
            status = buildError(m_scratch);
        sqlite3_finalize(to);
        sqlite3_finalize(from);
    }
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, defensive, nullptr);
    sqlite3_close_v2(m_scratch);
    m_scratch = nullptr;
    removeScratch();
    return status;
}

} // namespace lagebild::store

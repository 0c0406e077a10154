#pragma once

#include "models/core/result.h"

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace lagebild::store {

/// RAII prepared statement over the SQLite C API. Move-only; belongs to the thread that owns its
/// connection. Bind indexes are 1-based, column indexes 0-based (SQLite's convention). Text is
/// bound with SQLITE_TRANSIENT unless bindStatic() is used for storage that outlives step().
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement& bind(int index, std::string_view text);
    Statement& bindStatic(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, std::string_view bytes);

    /// Steps once: true when a row is available, false when done; Error on failure.
    core::Result<bool> step();
    /// Steps to completion, ignoring rows; then resets.
    core::Status run();
    /// Steps through every row, calling `row` for each, then resets. Stops at the first error.
    template <typename RowFn>
    core::Status forEachRow(RowFn&& row) {
        for (;;) {
            auto more = step();
            if (!more) {
                reset();
                return more.error();
            }
            if (!more.value())
                break;
            row(static_cast<const Statement&>(*this));
        }
        reset();
        return {};
    }
    void reset();

    std::int64_t columnInt64(int col) const;
    bool columnIsNull(int col) const;
    std::string_view columnText(int col) const;
    std::string_view columnBlob(int col) const;
    QString columnQString(int col) const;
    int columnCount() const;
    const char* columnName(int col) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace lagebild::store

#pragma once

#include <QString>

#include <chrono>
#include <cstdint>
#include <functional>

namespace lagebild::core {

/// One progress report: work done of total (total 0 = unknown) plus a short phase text.
struct ProgressUpdate {
    std::int64_t done = 0;
    std::int64_t total = 0;
    QString phase;
};

/// Throttled progress sink: forwards at most one update per interval (default 100 ms, about ten
/// a second, ARCHITECTURE §6.4) to a callback. Called from the worker thread; the callback decides how
/// to cross to the GUI (queued signal). Not thread-safe itself: one owner thread.
class ProgressReporter {
public:
    using Callback = std::function<void(const ProgressUpdate&)>;

    explicit ProgressReporter(Callback cb = {}, std::chrono::milliseconds interval = std::chrono::milliseconds(100))
        : m_callback(std::move(cb)), m_interval(interval) {}

    /// Reports unless the last report is younger than the interval; `force` always reports.
    void report(const ProgressUpdate& update, bool force = false) {
        if (!m_callback)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (!force && m_reported && now - m_last < m_interval)
            return;
        m_reported = true;
        m_last = now;
        m_callback(update);
    }

private:
    Callback m_callback;
    std::chrono::milliseconds m_interval;
    std::chrono::steady_clock::time_point m_last{};
    bool m_reported = false;
};

} // namespace lagebild::core

#pragma once

#include <atomic>
#include <memory>

namespace lagebild::core {

/// Shared cancellation flag for a long job. Copies share one flag; any thread may cancel, the
/// worker polls isCancelled() between rows and pages (ARCHITECTURE §6). Lock-free and cheap to poll.
class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}

    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace lagebild::core

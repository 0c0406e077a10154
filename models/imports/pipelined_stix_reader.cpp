#include "models/imports/pipelined_stix_reader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace lagebild::imports {

namespace {

// One reader callback, owning its data (the reader's JSON buffer moves on after the callback).
struct Event {
    enum class Kind { Object, Rejected, Note };
    Kind kind = Kind::Object;
    core::StixRecord record;
    std::string json;
    core::Issue issue;
};

// Events are reused: the writer hands each consumed batch back and the reader assigns into its
// strings and vectors, whose capacity is kept. Without this every record was allocated by the
// reader thread and freed by the writer thread, and both fought over the malloc arena locks
// (a fifth of the writer's time at 1M objects).
struct Batch {
    std::vector<Event> events;
    std::size_t used = 0;
};

constexpr std::size_t kBatchSize = 256;
constexpr std::size_t kMaxQueuedBatches = 16; // bounds memory: about 4,000 objects in flight

class Channel {
public:
    // Producer side; false when the consumer gave up.
    bool push(Batch&& batch) {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_queue.size() < kMaxQueuedBatches || m_abort; });
        if (m_abort)
            return false;
        m_queue.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    // Producer side: a consumed batch to fill again, or an empty one.
    Batch reuse() {
        std::lock_guard lock(m_mutex);
        if (m_free.empty())
            return {};
        Batch b = std::move(m_free.back());
        m_free.pop_back();
        b.used = 0;
        return b;
    }
    void close() {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_one();
    }
    // Consumer side; nullopt when closed and drained.
    std::optional<Batch> pop() {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_queue.empty() || m_closed; });
        if (m_queue.empty())
            return std::nullopt;
        Batch b = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return b;
    }
    // Consumer side: hands a consumed batch back.
    void recycle(Batch&& batch) {
        std::lock_guard lock(m_mutex);
        if (m_free.size() < kMaxQueuedBatches + 2)
            m_free.push_back(std::move(batch));
    }
    void abort() {
        std::lock_guard lock(m_mutex);
        m_abort = true;
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_free;
    bool m_closed = false;
    bool m_abort = false;
};

class Producer final : public ingest::stix::StixVisitor {
public:
    explicit Producer(Channel& channel) : m_channel(channel) { m_batch.events.reserve(kBatchSize); }

    core::Status object(const core::StixRecord& record) override {
        Event& e = next(Event::Kind::Object);
        e.record = record;
        e.json.assign(record.json);
        return flushIfFull();
    }
    void rejected(const core::Issue& issue) override {
        next(Event::Kind::Rejected).issue = issue;
        (void)flushIfFull();
    }
    void note(const core::Issue& issue) override {
        next(Event::Kind::Note).issue = issue;
        (void)flushIfFull();
    }
    bool flush() {
        if (m_batch.used == 0)
            return true;
        const bool ok = m_channel.push(std::move(m_batch));
        m_batch = m_channel.reuse();
        m_batch.events.reserve(kBatchSize);
        return ok;
    }

private:
    Event& next(Event::Kind kind) {
        if (m_batch.used == m_batch.events.size())
            m_batch.events.emplace_back();
        Event& e = m_batch.events[m_batch.used++];
        e.kind = kind;
        return e;
    }
    core::Status flushIfFull() {
        if (m_batch.used < kBatchSize || flush())
            return {};
        return core::Error::make(core::ErrorCode::Cancelled, QStringLiteral("the writer stopped"));
    }

    Channel& m_channel;
    Batch m_batch;
};

} // namespace

core::Status runPipelined(const IntelReader& read, ingest::stix::StixVisitor& visitor) {
    Channel channel;
    core::Status readResult;
    std::thread reader([&] {
        Producer producer(channel);
        readResult = read(producer);
        if (readResult)
            producer.flush();
        channel.close();
    });

    std::optional<core::Error> writeError;
    while (auto batch = channel.pop()) {
        if (writeError)
            continue; // drain until the reader notices the abort
        for (std::size_t i = 0; i < batch->used && !writeError; ++i) {
            Event& e = batch->events[i];
            if (e.kind == Event::Kind::Object) {
                e.record.json = e.json;
                if (auto s = visitor.object(e.record); !s) {
                    writeError = s.error();
                    channel.abort();
                    break;
                }
            } else if (e.kind == Event::Kind::Rejected) {
                visitor.rejected(e.issue);
            } else {
                visitor.note(e.issue);
            }
        }
        channel.recycle(std::move(*batch));
    }
    reader.join();
    if (writeError)
        return *writeError;
    return readResult;
}

} // namespace lagebild::imports

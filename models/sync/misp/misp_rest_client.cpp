#include "models/sync/misp/misp_rest_client.h"

#include "models/core/json_writer.h"
#include "models/sync/net/control_json.h"

#include <QCoreApplication>

#include <algorithm>

namespace lagebild::sync::misp {
namespace {

using core::Error;
using core::ErrorCode;
using net::ControlJson;

void writeList(core::JsonWriter& w, std::string_view key, const std::vector<std::string>& list) {
    w.key(key).beginArray();
    for (const auto& s : list)
        w.value(s);
    w.endArray();
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

bool isMispUuid(std::string_view text) {
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!std::isxdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

core::Status checkRunLimits(const core::FeedConfig& config, const NetLimits& limits, int pages, std::int64_t bytes) {
    if (pages >= limits.maxPagesPerRun)
        return Error::make(
            ErrorCode::Http,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "Feed %1: stopped after %2 pages, the limit per run. The pages so "
                                                          "far are stored; the next run continues from there."))
                .arg(config.name)
                .arg(limits.maxPagesPerRun));
    if (bytes >= limits.maxBytesPerRun)
        return Error::make(
            ErrorCode::Http,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "Feed %1: stopped after %2 MB, the limit per run. The pages so far "
                                                          "are stored; the next run continues from there."))
                .arg(config.name)
                .arg(QString::number(static_cast<double>(bytes) / 1e6, 'f', 1)));
    return {};
}

core::Result<MispCursor> MispCursor::parse(const QString& text) {
    MispCursor cursor;
    if (text.trimmed().isEmpty())
        return cursor;
    ControlJson json;
    if (!json.parse(text.toStdString()) || !json.root().is_object() || ControlJson::integer(json.root(), "v").value_or(0) != 1)
        return Error::make(
            ErrorCode::Usage,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "The stored MISP resume point of this feed is unreadable. Reset the "
                                                          "feed's cursor to sync from the beginning.")));
    cursor.ts = ControlJson::integer(json.root(), "ts").value_or(0);
    cursor.seen = net::ControlJson::strings(json.root(), "seen");
    cursor.page = static_cast<int>(std::max<std::int64_t>(1, ControlJson::integer(json.root(), "page").value_or(1)));
    cursor.max = ControlJson::integer(json.root(), "max").value_or(0);
    cursor.maxSeen = net::ControlJson::strings(json.root(), "max_seen");
    cursor.count = ControlJson::integer(json.root(), "count").value_or(-1);
    cursor.missing = net::ControlJson::strings(json.root(), "missing");
    return cursor;
}

QString MispCursor::serialize() const {
    std::string out;
    core::JsonWriter w(out);
    w.beginObject().key("v").value(1).key("ts").value(ts);
    writeList(w, "seen", seen);
    w.key("page").value(page).key("max").value(max);
    writeList(w, "max_seen", maxSeen);
    if (count >= 0)
        w.key("count").value(count);
    if (!missing.empty())
        writeList(w, "missing", missing);
    w.endObject();
    return QString::fromStdString(out);
}

MispRestClient::MispRestClient(const core::FeedConfig& config, net::HttpOptions options)
    : m_config(config), m_http(std::move(options)) {}

core::Result<FeedPage> MispRestClient::fetch(const QString& cursorText, const core::CancelToken& cancel) {
    if (cancel.isCancelled())
        return Error::make(
            ErrorCode::Cancelled,
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: cancelled.")).arg(m_config.name));
    const NetLimits& limits = m_http.options().limits;
    if (auto s = checkRunLimits(m_config, limits, m_pages, m_bytes); !s)
        return s.error();
    auto parsed = MispCursor::parse(cursorText);
    if (!parsed)
        return parsed.error();
    const MispCursor cursor = parsed.value();

    std::string base = m_config.url.trimmed().toStdString();
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    net::HttpRequest request;
    request.method = "POST";
    request.url = base + "/events/restSearch";
    request.headers = {{"Accept", "application/json"}, {"Content-Type", "application/json"}};
    request.accept = {"application/json"};
    request.readOnly = true; // a search: safe to repeat after a 5xx or a cut connection
    core::JsonWriter body(request.body);
    body.beginObject().member("returnFormat", "json").key("page").value(cursor.page).key("limit").value(limits.pageSize);
    if (cursor.ts > 0)
        body.key("timestamp").value(cursor.ts);
    body.endObject();
    auto response = m_http.send(request, cancel);
    if (!response)
        return response.error();
    ++m_pages;
    m_bytes += static_cast<std::int64_t>(response.value().body.size());

    ControlJson json;
    simdjson::dom::array list;
    const bool ok = json.parse(response.value().body) && (json.root()["response"].get_array().get(list) == simdjson::SUCCESS ||
                                                          json.root().get_array().get(list) == simdjson::SUCCESS);
    if (!ok)
        return Error::make(
            ErrorCode::Parse,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient",
                                            "Feed %1: the restSearch answer of %2 (page %3) is not a MISP event list (truncated "
                                            "or not JSON). Nothing of this page was stored."))
                .arg(m_config.name)
                .arg(net::Url::parse(request.url)->redacted())
                .arg(cursor.page));
    // X-Result-Count (MISP sends it) counts the whole query. When it changes between pages, events
    // were added or deleted meanwhile and page/limit paging has shifted: an event could slip from
    // the next page into one already read. Start the query again; what was stored comes again as
    // unchanged.
    std::int64_t count = -1;
    if (const std::string header = response.value().header("X-Result-Count"); !header.empty())
        count = std::strtoll(header.c_str(), nullptr, 10);
    if (cursor.page > 1 && count >= 0 && cursor.count >= 0 && count != cursor.count) {
        if (++m_restarts > limits.maxRetries)
            return Error::make(
                ErrorCode::Http,
                core::Message("FeedClient",
                              QT_TRANSLATE_NOOP("FeedClient",
                                                "Feed %1: the events on the server kept changing while they were paged (%2 "
                                                "restarts); the pages before were stored, the next run tries again."))
                    .arg(m_config.name)
                    .arg(m_restarts));
        FeedPage restart;
        restart.format = QStringLiteral("misp");
        restart.more = true;
        MispCursor again = cursor;
        again.page = 1;
        again.count = -1;
        restart.nextCursor = again.serialize();
        restart.label =
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "restSearch page %1: %2 events instead of %3 on the server, "
                                                          "the query starts again"))
                .arg(cursor.page)
                .arg(count)
                .arg(cursor.count);
        return restart;
    }
    MispCursor next = cursor;
    if (cursor.page == 1)
        next.count = count;
    std::size_t events = 0;
    std::size_t old = 0;
    for (auto item : list) {
        ++events;
        simdjson::dom::element event = item;
        simdjson::dom::element inner;
        if (item["Event"].get(inner) == simdjson::SUCCESS)
            event = inner;
        const std::int64_t ts = ControlJson::integer(event, "timestamp").value_or(0);
        const std::string uuid = ControlJson::string(event, "uuid").value_or("");
        if (ts < cursor.ts || (ts == cursor.ts && contains(cursor.seen, uuid)))
            ++old;
        if (ts > next.max) {
            next.max = ts;
            next.maxSeen.clear();
        }
        if (ts == next.max && !uuid.empty() && !contains(next.maxSeen, uuid))
            next.maxSeen.push_back(uuid);
    }
    FeedPage page;
    page.format = QStringLiteral("misp");
    page.more = limits.pageSize > 0 && events >= static_cast<std::size_t>(limits.pageSize);
    if (page.more) {
        next.page = cursor.page + 1;
    } else {
        // The query is exhausted: the next run asks for everything at or after the newest event.
        if (next.max > cursor.ts) {
            next.ts = next.max;
            next.seen = next.maxSeen;
        } else if (next.max == cursor.ts) {
            for (const auto& uuid : next.maxSeen) {
                if (!contains(next.seen, uuid))
                    next.seen.push_back(uuid);
            }
        }
        next.page = 1;
        next.max = 0;
        next.maxSeen.clear();
        next.count = -1;
    }
    if (events > old)
        page.body = std::move(response.value().body);
    page.nextCursor = next.serialize();
    page.label = core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "restSearch page %1 (events since %2, %3 events)"))
                     .arg(cursor.page)
                     .arg(cursor.ts)
                     .arg(static_cast<qlonglong>(page.body.empty() ? 0 : events));
    return page;
}

} // namespace lagebild::sync::misp

#include "models/sync/misp/misp_feed_client.h"

#include "models/sync/net/control_json.h"

#include <QCoreApplication>

#include <algorithm>

namespace lagebild::sync::misp {
namespace {

using core::Error;
using core::ErrorCode;
using net::ControlJson;

// Static hosting serves feed files as JSON, text or bytes; HTML is refused by the HTTP client.
const std::vector<std::string> kFeedTypes = {"application/json", "text/plain", "application/octet-stream"};

std::string lowerUuid(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

MispFeedClient::MispFeedClient(const core::FeedConfig& config, net::HttpOptions options)
    : m_config(config), m_http(std::move(options)) {
    m_base = m_config.url.trimmed().toStdString();
    if (m_base.size() >= 14 && m_base.compare(m_base.size() - 14, 14, "/manifest.json") == 0)
        m_base.resize(m_base.size() - 14);
    while (!m_base.empty() && m_base.back() == '/')
        m_base.pop_back();
}

core::Status MispFeedClient::loadManifest(const core::CancelToken& cancel) {
    if (m_manifest)
        return {};
    net::HttpRequest request;
    request.url = m_base + "/manifest.json";
    request.headers = {{"Accept", "application/json"}};
    request.accept = kFeedTypes;
    auto response = m_http.send(request, cancel);
    if (!response)
        return response.error();
    m_bytes += static_cast<std::int64_t>(response.value().body.size());
    ControlJson json;
    simdjson::dom::object manifest;
    if (!json.parse(response.value().body) || json.root().get_object().get(manifest) != simdjson::SUCCESS)
        return Error::make(
            ErrorCode::Parse,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "Feed %1: %2 is not a MISP feed manifest (a JSON object of event "
                                                          "uuids); truncated or not JSON. Check the feed URL."))
                .arg(m_config.name)
                .arg(net::Url::parse(request.url)->redacted()));
    std::vector<Entry> entries;
    for (auto field : manifest) {
        if (!isMispUuid(field.key))
            continue;
        entries.push_back(Entry{ControlJson::integer(field.value, "timestamp").value_or(0), lowerUuid(field.key)});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.ts != b.ts ? a.ts < b.ts : a.uuid < b.uuid; });
    m_manifest = std::move(entries);
    return {};
}

core::Result<FeedPage> MispFeedClient::fetch(const QString& cursorText, const core::CancelToken& cancel) {
    if (cancel.isCancelled())
        return Error::make(
            ErrorCode::Cancelled,
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: cancelled.")).arg(m_config.name));
    if (auto s = checkRunLimits(m_config, m_http.options().limits, m_pages, m_bytes); !s)
        return s.error();
    auto parsed = MispCursor::parse(cursorText);
    if (!parsed)
        return parsed.error();
    MispCursor cursor = parsed.value();
    if (auto s = loadManifest(cancel); !s)
        return s.error();

    const auto listed = [&](const std::string& uuid) {
        return std::any_of(m_manifest->begin(), m_manifest->end(), [&](const Entry& e) { return e.uuid == uuid; });
    };
    // Events that were listed but not served in an earlier run come first, while still listed.
    std::erase_if(cursor.missing, [&](const std::string& uuid) { return !listed(uuid); });
    const auto isNew = [&](const Entry& e) {
        return e.ts > cursor.ts ||
               (e.ts == cursor.ts && std::find(cursor.seen.begin(), cursor.seen.end(), e.uuid) == cursor.seen.end());
    };
    const auto pending = [&](const Entry& e) {
        if (m_notServed.contains(e.uuid))
            return false;
        return isNew(e) || std::find(cursor.missing.begin(), cursor.missing.end(), e.uuid) != cursor.missing.end();
    };
    const auto it = std::find_if(m_manifest->begin(), m_manifest->end(), pending);
    FeedPage page;
    page.format = QStringLiteral("misp");
    if (it == m_manifest->end()) {
        ++m_pages;
        page.nextCursor = cursor.serialize();
        page.label = core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "manifest: no events after %1")).arg(cursor.ts);
        return page;
    }
    net::HttpRequest request;
    request.url = m_base + "/" + it->uuid + ".json";
    request.headers = {{"Accept", "application/json"}};
    request.accept = kFeedTypes;
    auto response = m_http.send(request, cancel);
    const core::Message label =
        core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "event %1")).arg(QString::fromStdString(it->uuid));
    const bool gone = !response && (response.error().httpStatus == 404 || response.error().httpStatus == 410);
    if (!response && !gone)
        return response.error();
    ++m_pages;
    const bool wasMissing = std::find(cursor.missing.begin(), cursor.missing.end(), it->uuid) != cursor.missing.end();
    if (gone) {
        // Listed but not served (being written, or deleted after the manifest): the other events
        // go on, the run reports it and fails at its end, and later runs ask for it again.
        m_notServed.insert(it->uuid);
        if (!wasMissing)
            cursor.missing.push_back(it->uuid);
        const core::Message notServed =
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "event %1 is listed in the manifest but the server "
                                                                        "answered HTTP %2"))
                .arg(QString::fromStdString(it->uuid))
                .arg(response.error().httpStatus);
        page.issues.push_back({core::IssueSeverity::Error, notServed.text(), label.text(), QString::fromStdString(it->uuid),
                               std::make_shared<const core::Message>(notServed)});
    } else {
        m_bytes += static_cast<std::int64_t>(response.value().body.size());
        std::erase(cursor.missing, it->uuid);
        page.body = std::move(response.value().body);
    }
    if (isNew(*it)) {
        if (it->ts != cursor.ts) {
            cursor.ts = it->ts;
            cursor.seen.clear();
        }
        cursor.seen.push_back(it->uuid);
    }
    page.more = std::find_if(m_manifest->begin(), m_manifest->end(), pending) != m_manifest->end();
    page.nextCursor = cursor.serialize();
    page.label = label;
    return page;
}

} // namespace lagebild::sync::misp

#include "models/sync/url_feed_client.h"

#include "models/core/json_writer.h"
#include "models/sync/net/control_json.h"

#include <QCoreApplication>

namespace lagebild::sync {
namespace {

using core::Error;
using core::ErrorCode;

const std::vector<std::string> kStixTypes = {"application/json", "application/stix+json", "application/taxii+json", "text/plain",
                                             "application/octet-stream"};
const std::vector<std::string> kCsvTypes = {"text/csv", "text/plain", "application/csv", "application/octet-stream",
                                            "application/vnd.ms-excel"};

} // namespace

UrlFeedClient::UrlFeedClient(const core::FeedConfig& config, net::HttpOptions options)
    : m_config(config), m_http(std::move(options)) {}

core::Result<FeedPage> UrlFeedClient::fetch(const QString& cursorText, const core::CancelToken& cancel) {
    std::string etag;
    std::string lastModified;
    if (!cursorText.trimmed().isEmpty()) {
        net::ControlJson json;
        if (!json.parse(cursorText.toStdString()) || !json.root().is_object())
            return Error::make(
                ErrorCode::Usage,
                core::Message("FeedClient",
                              QT_TRANSLATE_NOOP("FeedClient", "The stored resume point of feed %1 is unreadable. Reset the "
                                                              "feed's cursor to fetch the file again."))
                    .arg(m_config.name));
        etag = net::ControlJson::string(json.root(), "etag").value_or("");
        lastModified = net::ControlJson::string(json.root(), "last_modified").value_or("");
    }
    const bool csv = m_config.kind == QLatin1String("csv-url");
    net::HttpRequest request;
    request.url = m_config.url.trimmed().toStdString();
    request.headers = {{"Accept", csv ? "text/csv, text/plain;q=0.5" : "application/stix+json, application/json;q=0.9"}};
    request.accept = csv ? kCsvTypes : kStixTypes;
    // Header values from our own cursor; a CR or LF would split the request, so such values are dropped.
    const auto safe = [](const std::string& v) { return v.find_first_of("\r\n") == std::string::npos; };
    if (!etag.empty() && safe(etag))
        request.headers.emplace_back("If-None-Match", etag);
    if (!lastModified.empty() && safe(lastModified))
        request.headers.emplace_back("If-Modified-Since", lastModified);
    auto response = m_http.send(request, cancel);
    if (!response)
        return response.error();
    FeedPage page;
    page.format = csv ? QStringLiteral("csv") : QStringLiteral("stix");
    page.more = false;
    if (response.value().status == 304) {
        page.nextCursor = cursorText;
        page.label = core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "%1 (unchanged since the last run)"))
                         .arg(net::Url::parse(request.url)->redacted());
        return page;
    }
    std::string cursor;
    core::JsonWriter w(cursor);
    w.beginObject().key("v").value(1);
    w.member("etag", response.value().header("ETag")).member("last_modified", response.value().header("Last-Modified"));
    w.endObject();
    page.nextCursor = QString::fromStdString(cursor);
    page.body = std::move(response.value().body);
    page.label = core::Message::plain(net::Url::parse(request.url)->redacted());
    return page;
}

} // namespace lagebild::sync

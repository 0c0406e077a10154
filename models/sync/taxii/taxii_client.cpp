#include "models/sync/taxii/taxii_client.h"

#include "models/sync/net/control_json.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <thread>

namespace lagebild::sync::taxii {
namespace {

using core::Error;
using core::ErrorCode;
using net::ControlJson;

const std::vector<std::string> kAccept = {"application/taxii+json"};

Error malformed(const net::HttpClient& http, const std::string& url, const core::Message& what) {
    const auto parsed = net::Url::parse(url);
    return Error::make(
        ErrorCode::Parse,
        core::Message("FeedClient",
                      QT_TRANSLATE_NOOP("FeedClient",
                                        "Feed %1: the TAXII answer of %2 is not usable: %3. The server does not follow TAXII "
                                        "2.1 here; check the URL (discovery or API root)."))
            .arg(http.options().feedName)
            .arg(parsed ? parsed->redacted() : QString())
            .arg(what));
}

std::string withSlash(std::string url) {
    const auto q = url.find('?');
    if (q == std::string::npos && (url.empty() || url.back() != '/'))
        url.push_back('/');
    return url;
}

// The TAXII `version` media type parameter must be 2.1 when present (TAXII 2.1 §1.6.8).
bool versionOk(const net::HttpResponse& response) {
    std::string type = response.header("Content-Type");
    for (auto& c : type)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto v = type.find("version=");
    if (v == std::string::npos)
        return true;
    const std::string value = type.substr(v + 8, 3);
    return value == "2.1";
}

StatusResource parseStatus(simdjson::dom::element root) {
    StatusResource s;
    s.id = ControlJson::string(root, "id").value_or("");
    s.status = ControlJson::string(root, "status").value_or("");
    s.totalCount = ControlJson::integer(root, "total_count").value_or(0);
    s.successCount = ControlJson::integer(root, "success_count").value_or(0);
    s.failureCount = ControlJson::integer(root, "failure_count").value_or(0);
    s.pendingCount = ControlJson::integer(root, "pending_count").value_or(0);
    simdjson::dom::array failures;
    if (root["failures"].get_array().get(failures) == simdjson::SUCCESS) {
        for (auto f : failures)
            s.failures.push_back(ControlJson::string(f, "id").value_or("?") + ": " +
                                 ControlJson::string(f, "message").value_or(""));
    }
    return s;
}

} // namespace

TaxiiClient::TaxiiClient(net::HttpClient& http) : m_http(http), m_envelope(std::make_unique<ControlJson>()) {}

TaxiiClient::~TaxiiClient() = default;

core::Result<net::HttpResponse> TaxiiClient::get(const std::string& url, const core::CancelToken& cancel, bool repeatable) {
    net::HttpRequest request;
    request.url = url;
    request.repeatable = repeatable;
    request.headers.emplace_back("Accept", kTaxiiMediaType);
    request.accept = kAccept;
    auto response = m_http.send(request, cancel);
    if (response && !versionOk(response.value()))
        return malformed(m_http, url,
                         core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "it is declared as another TAXII version")));
    return response;
}

std::string TaxiiClient::pagedUrl(const std::string& base, const PageQuery& query) const {
    std::string url = base;
    if (!query.addedAfter.empty())
        net::addQuery(url, "added_after", query.addedAfter);
    if (query.limit > 0)
        net::addQuery(url, "limit", std::to_string(query.limit));
    for (const auto& [field, value] : query.match)
        net::addQuery(url, "match[" + field + "]", value);
    if (!query.next.empty())
        net::addQuery(url, "next", query.next);
    return url;
}

core::Result<ApiRootInfo> TaxiiClient::apiRoot(const std::string& apiRootUrl, const core::CancelToken& cancel) {
    const std::string url = withSlash(apiRootUrl);
    auto response = get(url, cancel);
    if (!response)
        return response.error();
    ControlJson json;
    if (!json.parse(response.value().body) || !json.root().is_object())
        return malformed(
            m_http, url,
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the API root information is not a JSON object")));
    ApiRootInfo info;
    info.url = url;
    info.title = ControlJson::string(json.root(), "title").value_or("");
    info.versions = net::ControlJson::strings(json.root(), "versions");
    info.maxContentLength = ControlJson::integer(json.root(), "max_content_length").value_or(0);
    if (!info.versions.empty() && std::find_if(info.versions.begin(), info.versions.end(), [](const std::string& v) {
                                      return v.find("taxii+json") != std::string::npos &&
                                             v.find("version=2.1") != std::string::npos;
                                  }) == info.versions.end())
        return malformed(m_http, url,
                         core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the API root does not offer TAXII 2.1")));
    return info;
}

core::Result<ApiRootInfo> TaxiiClient::resolveApiRoot(const std::string& url, const core::CancelToken& cancel) {
    const std::string first = withSlash(url);
    auto response = get(first, cancel);
    if (!response)
        return response.error();
    ControlJson json;
    if (!json.parse(response.value().body) || !json.root().is_object())
        return malformed(m_http, first,
                         core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the answer is not a JSON object")));
    simdjson::dom::array roots;
    if (json.root()["api_roots"].get_array().get(roots) != simdjson::SUCCESS) {
        // Not a discovery document: the URL is an API root.
        ApiRootInfo info;
        info.url = first;
        info.title = ControlJson::string(json.root(), "title").value_or("");
        info.versions = net::ControlJson::strings(json.root(), "versions");
        info.maxContentLength = ControlJson::integer(json.root(), "max_content_length").value_or(0);
        if (info.versions.empty() && info.title.empty())
            return malformed(
                m_http, first,
                core::Message("FeedClient",
                              QT_TRANSLATE_NOOP("FeedClient", "it is neither a discovery document nor API root information")));
        return info;
    }
    std::string chosen = ControlJson::string(json.root(), "default").value_or("");
    const std::vector<std::string> all = net::ControlJson::strings(json.root(), "api_roots");
    if (chosen.empty()) {
        if (all.size() != 1)
            return Error::make(
                ErrorCode::Usage,
                core::Message("FeedClient",
                              QT_TRANSLATE_NOOP(
                                  "FeedClient",
                                  "Feed %1: the discovery document lists %2 API roots and no default. Configure one of them as "
                                  "the feed URL."))
                    .arg(m_http.options().feedName)
                    .arg(static_cast<qlonglong>(all.size())));
        chosen = all.front();
    }
    const auto base = net::Url::parse(first);
    auto resolved = base ? net::resolveUrl(*base, chosen) : std::nullopt;
    if (!resolved)
        return malformed(m_http, first,
                         core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "its API root URL is invalid")));
    const net::Url& configured = m_http.options().origin;
    if (resolved->origin() != configured.origin() && resolved->isLoopback() && configured.isLoopback() &&
        resolved->scheme == configured.scheme && resolved->port == configured.port)
        resolved->host = configured.host; // "localhost" in the document, 127.0.0.1 configured: the same machine
    if (resolved->origin() != configured.origin()) {
        Error error =
            Error::make(ErrorCode::Usage,
                        core::Message("FeedClient",
                                      QT_TRANSLATE_NOOP("FeedClient",
                                                        "Feed %1: the discovery document points to an API root on another server "
                                                        "(%2). Credentials are only sent to the configured server; to trust that "
                                                        "server, make %2 the feed's URL (the Feeds page offers it)."))
                            .arg(m_http.options().feedName)
                            .arg(resolved->redacted()));
        error.approvableUrl = QString::fromStdString(resolved->str());
        return error;
    }
    return apiRoot(resolved->str(), cancel);
}

core::Result<std::vector<Collection>> TaxiiClient::collections(const std::string& apiRootUrl, const core::CancelToken& cancel) {
    const std::string url = withSlash(apiRootUrl) + "collections/";
    auto response = get(url, cancel);
    if (!response)
        return response.error();
    ControlJson json;
    if (!json.parse(response.value().body) || !json.root().is_object())
        return malformed(
            m_http, url,
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the collections answer is not a JSON object")));
    std::vector<Collection> out;
    simdjson::dom::array list;
    if (json.root()["collections"].get_array().get(list) != simdjson::SUCCESS)
        return out; // TAXII 2.1 §5.1: an API root without collections may omit the member
    for (auto item : list) {
        Collection c;
        c.id = ControlJson::string(item, "id").value_or("");
        c.title = ControlJson::string(item, "title").value_or("");
        c.description = ControlJson::string(item, "description").value_or("");
        c.canRead = ControlJson::boolean(item, "can_read").value_or(false);
        c.canWrite = ControlJson::boolean(item, "can_write").value_or(false);
        c.mediaTypes = net::ControlJson::strings(item, "media_types");
        if (!c.id.empty())
            out.push_back(std::move(c));
    }
    return out;
}

core::Result<Collection> TaxiiClient::findCollection(const std::string& apiRootUrl, const std::string& idOrTitle,
                                                     const core::CancelToken& cancel) {
    auto all = collections(apiRootUrl, cancel);
    if (!all)
        return all.error();
    const QString wanted = QString::fromStdString(idOrTitle).trimmed();
    std::vector<const Collection*> matches;
    for (const auto& c : all.value()) {
        if (QString::fromStdString(c.id) == wanted)
            matches = {&c};
    }
    if (matches.empty()) {
        for (const auto& c : all.value()) {
            if (QString::fromStdString(c.title).compare(wanted, Qt::CaseInsensitive) == 0)
                matches.push_back(&c);
        }
    }
    QStringList titles;
    for (const auto& c : all.value())
        titles << QStringLiteral("%1 (%2)").arg(QString::fromStdString(c.title), QString::fromStdString(c.id));
    if (matches.size() != 1)
        return Error::make(
            ErrorCode::Usage,
            (matches.empty()
                 ? core::Message(
                       "FeedClient",
                       QT_TRANSLATE_NOOP("FeedClient", "Feed %1: the API root has no collection \"%2\". Available: %3."))
                 : core::Message("FeedClient",
                                 QT_TRANSLATE_NOOP("FeedClient", "Feed %1: several collections are titled \"%2\"; configure the "
                                                                 "collection by its id. Available: %3.")))
                .arg(m_http.options().feedName)
                .arg(wanted)
                .arg(titles.isEmpty() ? core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "none"))
                                      : core::Message::plain(titles.join(QStringLiteral(", ")))));
    if (!matches.front()->canRead)
        return Error::make(
            ErrorCode::Auth,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "Feed %1: the collection \"%2\" may not be read with these "
                                                          "credentials (can_read is false)."))
                .arg(m_http.options().feedName)
                .arg(wanted));
    return *matches.front();
}

core::Result<EnvelopePage> TaxiiClient::objects(const std::string& apiRootUrl, const std::string& collectionId,
                                                const PageQuery& query, const core::CancelToken& cancel) {
    const std::string url = pagedUrl(withSlash(apiRootUrl) + "collections/" + collectionId + "/objects/", query);
    auto response = get(url, cancel, query.next.empty());
    if (!response)
        return response.error();
    EnvelopePage page;
    page.url = url;
    page.dateAddedFirst = response.value().header("X-TAXII-Date-Added-First");
    page.dateAddedLast = response.value().header("X-TAXII-Date-Added-Last");
    page.body = std::move(response.value().body);
    if (page.body.find_first_not_of(" \t\r\n") == std::string::npos)
        return malformed(
            m_http, url,
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the envelope is empty (expected at least {})")));
    ControlJson& json = *m_envelope;
    if (!json.parse(page.body) || !json.root().is_object())
        return malformed(
            m_http, url,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "the envelope is not a JSON object (truncated or not JSON)")));
    page.more = ControlJson::boolean(json.root(), "more").value_or(false);
    page.next = ControlJson::string(json.root(), "next").value_or("");
    simdjson::dom::array list;
    if (json.root()["objects"].get_array().get(list) == simdjson::SUCCESS) {
        page.objectCount = list.size();
        page.objectVersions.reserve(page.objectCount);
        for (auto item : list) {
            std::string key = ControlJson::string(item, "id").value_or("");
            key += '|';
            key += ControlJson::string(item, "modified").value_or(ControlJson::string(item, "created").value_or(""));
            page.objectVersions.push_back(std::move(key));
        }
    } else if (json.root()["objects"].error() != simdjson::NO_SUCH_FIELD)
        return malformed(m_http, url, core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "\"objects\" is not a list")));
    return page;
}

core::Result<ManifestPage> TaxiiClient::manifest(const std::string& apiRootUrl, const std::string& collectionId,
                                                 const PageQuery& query, const core::CancelToken& cancel) {
    const std::string url = pagedUrl(withSlash(apiRootUrl) + "collections/" + collectionId + "/manifest/", query);
    auto response = get(url, cancel);
    if (!response)
        return response.error();
    ControlJson json;
    if (!json.parse(response.value().body) || !json.root().is_object())
        return malformed(m_http, url,
                         core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the manifest is not a JSON object")));
    ManifestPage page;
    page.more = ControlJson::boolean(json.root(), "more").value_or(false);
    page.next = ControlJson::string(json.root(), "next").value_or("");
    page.dateAddedFirst = response.value().header("X-TAXII-Date-Added-First");
    page.dateAddedLast = response.value().header("X-TAXII-Date-Added-Last");
    simdjson::dom::array list;
    if (json.root()["objects"].get_array().get(list) == simdjson::SUCCESS) {
        for (auto item : list) {
            ManifestRecord r;
            r.id = ControlJson::string(item, "id").value_or("");
            r.dateAdded = ControlJson::string(item, "date_added").value_or("");
            r.version = ControlJson::string(item, "version").value_or("");
            r.mediaType = ControlJson::string(item, "media_type").value_or("");
            page.objects.push_back(std::move(r));
        }
    }
    return page;
}

core::Result<VersionsPage> TaxiiClient::versions(const std::string& apiRootUrl, const std::string& collectionId,
                                                 const std::string& objectId, const PageQuery& query,
                                                 const core::CancelToken& cancel) {
    const std::string url = pagedUrl(withSlash(apiRootUrl) + "collections/" + collectionId + "/objects/" +
                                         net::encodeQueryValue(objectId) + "/versions/",
                                     query);
    auto response = get(url, cancel);
    if (!response)
        return response.error();
    ControlJson json;
    if (!json.parse(response.value().body) || !json.root().is_object())
        return malformed(
            m_http, url,
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the versions answer is not a JSON object")));
    VersionsPage page;
    page.more = ControlJson::boolean(json.root(), "more").value_or(false);
    page.next = ControlJson::string(json.root(), "next").value_or("");
    page.versions = net::ControlJson::strings(json.root(), "versions");
    return page;
}

core::Result<StatusResource> TaxiiClient::addObjects(const std::string& apiRootUrl, const std::string& collectionId,
                                                     const std::string& envelope, const core::CancelToken& cancel) {
    net::HttpRequest request;
    request.method = "POST";
    request.url = withSlash(apiRootUrl) + "collections/" + collectionId + "/objects/";
    request.headers = {{"Accept", kTaxiiMediaType}, {"Content-Type", kTaxiiMediaType}};
    request.body = envelope;
    request.accept = kAccept;
    auto response = m_http.send(request, cancel);
    if (!response)
        return response.error();
    ControlJson json;
    if (!json.parse(response.value().body) || !json.root().is_object())
        return malformed(
            m_http, request.url,
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the status resource is not a JSON object")));
    StatusResource s = parseStatus(json.root());
    if (s.id.empty() || s.status.empty())
        return malformed(m_http, request.url,
                         core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the status resource has no id or status")));
    return s;
}

core::Result<StatusResource> TaxiiClient::status(const std::string& apiRootUrl, const std::string& statusId,
                                                 const core::CancelToken& cancel) {
    const std::string url = withSlash(apiRootUrl) + "status/" + net::encodeQueryValue(statusId) + "/";
    auto response = get(url, cancel);
    if (!response)
        return response.error();
    ControlJson json;
    if (!json.parse(response.value().body) || !json.root().is_object())
        return malformed(
            m_http, url,
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the status resource is not a JSON object")));
    StatusResource s = parseStatus(json.root());
    if (s.status.empty())
        return malformed(m_http, url,
                         core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the status resource has no status")));
    return s;
}

core::Result<StatusResource> TaxiiClient::waitForCompletion(const std::string& apiRootUrl, const StatusResource& initial,
                                                            int intervalMs, int maxPolls, const core::CancelToken& cancel) {
    StatusResource current = initial;
    for (int poll = 0; current.status != "complete"; ++poll) {
        if (poll >= maxPolls)
            return Error::make(
                ErrorCode::Timeout,
                core::Message("FeedClient",
                              QT_TRANSLATE_NOOP("FeedClient",
                                                "Feed %1: the server had not finished adding the objects after %2 status "
                                                "checks (%3 of %4 pending). Check the status %5 later."))
                    .arg(m_http.options().feedName)
                    .arg(maxPolls)
                    .arg(current.pendingCount)
                    .arg(current.totalCount)
                    .arg(QString::fromStdString(current.id)));
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(intervalMs);
        while (std::chrono::steady_clock::now() < until) {
            if (cancel.isCancelled())
                return Error::make(ErrorCode::Cancelled,
                                   core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: cancelled."))
                                       .arg(m_http.options().feedName));
            std::this_thread::sleep_for(std::chrono::milliseconds(std::min(intervalMs, 20)));
        }
        auto next = status(apiRootUrl, initial.id, cancel);
        if (!next)
            return next.error();
        current = std::move(next.value());
    }
    return current;
}

} // namespace lagebild::sync::taxii

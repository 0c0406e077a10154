#include "tests/support/fake_feed_server.h"

#include "models/core/timestamp.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include <openssl/ssl.h>

#include <QFile>
#include <QProcess>

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace lagebild::test {
namespace {

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

constexpr std::int64_t kBaseMicros = 1'767'225'600'000'000; // 2026-01-01T00:00:00Z
constexpr const char* kTaxiiType = "application/taxii+json;version=2.1";

struct StoredObject {
    std::int64_t added = 0; // micros
    std::string dateAdded;
    std::string id;
    std::string type;
    std::string version;
    std::string specVersion; // "2.1", or "2.0" when absent
    std::string json;
};

struct StoredCollection {
    std::string id;
    std::string title;
    bool canRead = true;
    bool canWrite = true;
    std::vector<StoredObject> objects; // sorted by `added`, stable
};

struct StoredEvent {
    std::string uuid;
    std::int64_t timestamp = 0;
    std::string json;   // {"Event":{...}}
    bool served = true; // false: listed in the feed manifest, the file answers 404
};

struct Token {
    std::string queryKey;
    std::size_t offset = 0;
    std::chrono::steady_clock::time_point issued;
};

struct StoredFile {
    std::string body;
    std::string contentType;
    std::string etag;
    std::string lastModified;
};

struct Status {
    std::string id;
    int total = 0;
    int pollsLeft = 0;
};

std::string jsonString(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

bool readWholeFile(const QString& path, std::string& out) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    out = f.readAll().toStdString();
    return true;
}

} // namespace

struct FakeFeedServer::Impl {
    explicit Impl(std::optional<Tls> t) : tls(std::move(t)) {}

    std::optional<Tls> tls;
    Poco::ThreadPool pool{2, 32};
    std::unique_ptr<Poco::Net::HTTPServer> server;
    std::uint16_t port = 0;
    std::atomic_bool stopping{false};

    mutable std::mutex mutex;
    std::map<std::string, StoredCollection> collections;
    std::vector<std::string> collectionOrder;
    std::int64_t nextAdded = kBaseMicros;
    std::string discoveryDefault;
    TaxiiPaging paging = TaxiiPaging::NextToken;
    int maxPageSize = 1000;
    int statusPendingPolls = 1;
    std::map<std::string, Token> tokens; // next -> where the query continues
    int tokenCounter = 0;
    int tokenLifetimeMs = 0;
    std::function<void(int)> dataHook;
    int dataRequests = 0;
    std::map<std::string, Status> statuses;
    std::vector<StoredEvent> events;
    std::string mispKey;
    std::map<std::string, StoredFile> files;
    std::string authorization;
    FaultSpec fault;
    int faultHits = 0;
    int faultSkipped = 0;
    int dataPages = 0;
    std::vector<RecordedRequest> recorded;

    std::string base() const { return std::string(tls ? "https" : "http") + "://127.0.0.1:" + std::to_string(port); }

    std::string nextDateAdded(std::int64_t& micros) {
        micros = nextAdded;
        nextAdded += 1000;
        return core::formatStixTimestamp(micros);
    }

    void insertObject(StoredCollection& c, StoredObject o) {
        const auto pos = std::upper_bound(c.objects.begin(), c.objects.end(), o.added,
                                          [](std::int64_t a, const StoredObject& b) { return a < b.added; });
        c.objects.insert(pos, std::move(o));
    }

    void addObjectLocked(const std::string& collection, const std::string& json, const std::string& dateAdded) {
        StoredObject o;
        o.json = json;
        simdjson::dom::parser parser;
        simdjson::dom::element e;
        if (parser.parse(json).get(e) == simdjson::SUCCESS) {
            std::string_view s;
            if (e["id"].get_string().get(s) == simdjson::SUCCESS)
                o.id = s;
            if (e["type"].get_string().get(s) == simdjson::SUCCESS)
                o.type = s;
            if (e["modified"].get_string().get(s) == simdjson::SUCCESS)
                o.version = s;
            else if (e["created"].get_string().get(s) == simdjson::SUCCESS)
                o.version = s;
            o.specVersion = e["spec_version"].get_string().get(s) == simdjson::SUCCESS ? std::string(s) : "2.0";
        }
        if (dateAdded.empty()) {
            o.dateAdded = nextDateAdded(o.added);
        } else {
            o.dateAdded = dateAdded;
            o.added = core::parseRfc3339(dateAdded).value_or(0);
        }
        insertObject(collections[collection], std::move(o));
    }

    // --- request handling ---------------------------------------------------------------------------

    void sendBody(HTTPServerResponse& resp, int status, const std::string& type, const std::string& body) {
        resp.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(status));
        if (!type.empty())
            resp.setContentType(type);
        resp.setContentLength(static_cast<std::streamsize>(body.size()));
        resp.setKeepAlive(false);
        resp.sendBuffer(body.data(), body.size());
    }

    void handle(HTTPServerRequest& req, HTTPServerResponse& resp) {
        RecordedRequest record;
        record.method = req.getMethod();
        record.target = req.getURI();
        record.host = req.get("Host", "");
        record.authorization = req.get("Authorization", "");
        record.accept = req.get("Accept", "");
        if (record.method != "CONNECT")
            Poco::StreamCopier::copyToString(req.stream(), record.body);
        std::string target = record.target;
        {
            std::lock_guard lock(mutex);
            recorded.push_back(record);
        }
        if (record.method == "CONNECT") {
            tunnel(req, resp, target);
            return;
        }
        // Same-origin redirect target: served like the original.
        bool redirected = false;
        if (target.rfind("/redirected/", 0) == 0) {
            target = target.substr(11);
            redirected = true;
        }
        Poco::URI uri(target);
        const std::string path = uri.getPath();
        std::map<std::string, std::string> query;
        for (const auto& [k, v] : uri.getQueryParameters())
            query[k] = v;

        FaultSpec active;
        bool faulted = false;
        {
            std::lock_guard lock(mutex);
            if (!redirected && fault.fault != Fault::None && path.rfind(fault.pathPrefix, 0) == 0 &&
                uri.getRawQuery().find(fault.queryContains) != std::string::npos &&
                (fault.times < 0 || faultHits < fault.times)) {
                if (faultSkipped < fault.skip) {
                    ++faultSkipped;
                } else {
                    active = fault;
                    faulted = true;
                }
            }
        }
        if (faulted && active.fault != Fault::FailAfterPage && active.fault != Fault::RepeatedNext &&
            active.fault != Fault::NonAdvancing && active.fault != Fault::InclusiveAddedAfter) {
            {
                std::lock_guard lock(mutex);
                ++faultHits;
            }
            if (applyResponseFault(active, req, resp, target))
                return;
        }
        std::string required;
        {
            std::lock_guard lock(mutex);
            required = authorization;
        }
        if (!required.empty() && record.authorization != required) {
            sendBody(resp, 401, "application/json", R"({"title":"unauthorized"})");
            return;
        }
        if (faulted && active.fault == Fault::FailAfterPage && isDataRequest(path)) {
            std::lock_guard lock(mutex);
            if (dataPages >= active.afterPages) {
                sendBody(resp, 500, "application/json", R"({"title":"internal error"})");
                return;
            }
            ++dataPages;
        }
        const Fault pagingFault = faulted ? active.fault : Fault::None;
        route(req, resp, path, query, record.body, pagingFault);
    }

    // An HTTP proxy's CONNECT, to loopback targets only: answers 200 on the raw socket and then
    // copies bytes both ways until one side closes (tests of https:// through a proxy).
    void tunnel(HTTPServerRequest& req, HTTPServerResponse& resp, const std::string& target) {
        const auto colon = target.rfind(':');
        if (colon == std::string::npos || target.substr(0, colon) != "127.0.0.1") {
            sendBody(resp, 403, "text/plain", "CONNECT only to 127.0.0.1");
            return;
        }
        Poco::Net::StreamSocket upstream;
        try {
            upstream.connect(Poco::Net::SocketAddress(target), Poco::Timespan(2, 0));
        } catch (const Poco::Exception&) {
            sendBody(resp, 502, "text/plain", "upstream unreachable");
            return;
        }
        Poco::Net::StreamSocket& client = static_cast<Poco::Net::HTTPServerRequestImpl&>(req).socket();
        const std::string ok = "HTTP/1.1 200 Connection established\r\n\r\n";
        client.sendBytes(ok.data(), static_cast<int>(ok.size()));
        char buffer[16 * 1024];
        bool open = true;
        while (open && !stopping) {
            open = false;
            for (auto [from, to] : {std::pair{&client, &upstream}, std::pair{&upstream, &client}}) {
                if (!from->poll(Poco::Timespan(0, 20'000), Poco::Net::Socket::SELECT_READ)) {
                    open = true;
                    continue;
                }
                const int n = from->receiveBytes(buffer, sizeof buffer);
                if (n <= 0)
                    break;
                to->sendBytes(buffer, n);
                open = true;
            }
        }
        upstream.close();
    }

    bool isDataRequest(const std::string& path) const {
        return (path.find("/objects/") != std::string::npos && path.rfind("/api1/collections/", 0) == 0) ||
               path == "/misp/events/restSearch" || (path.rfind("/misp-feed/", 0) == 0 && path != "/misp-feed/manifest.json");
    }

    // Answers with the fault; false when the fault only modifies a normal answer.
    bool applyResponseFault(const FaultSpec& f, HTTPServerRequest& req, HTTPServerResponse& resp, const std::string& target) {
        switch (f.fault) {
        case Fault::Unauthorized: sendBody(resp, 401, "application/json", R"({"title":"unauthorized"})"); return true;
        case Fault::Forbidden: sendBody(resp, 403, "application/json", R"({"title":"forbidden"})"); return true;
        case Fault::NotFound: sendBody(resp, 404, "application/json", R"({"title":"not found"})"); return true;
        case Fault::NotAcceptable: sendBody(resp, 406, "application/json", R"({"title":"not acceptable"})"); return true;
        case Fault::ServerError: sendBody(resp, 500, "text/html", "<html><body>Internal error</body></html>"); return true;
        case Fault::TooManyRequests:
        case Fault::Unavailable:
            resp.set("Retry-After", f.retryAfter.empty() ? std::to_string(f.retryAfterSeconds) : f.retryAfter);
            sendBody(resp, f.fault == Fault::TooManyRequests ? 429 : 503, "text/plain", "slow down");
            return true;
        case Fault::HtmlErrorPage:
            sendBody(resp, 200, "text/html; charset=utf-8",
                     "<!DOCTYPE html><html><head><title>Login</title></head><body>Please log in</body></html>");
            return true;
        case Fault::RedirectOtherHost:
            resp.set("Location", "http://localhost:" + std::to_string(port) + target);
            sendBody(resp, 302, "text/plain", "moved");
            return true;
        case Fault::RedirectSameOrigin:
            resp.set("Location", "/redirected" + target);
            sendBody(resp, 302, "text/plain", "moved");
            return true;
        case Fault::DropAnswer: {
            CapturedResponse served;
            answerTarget(req.getMethod(), target, served);
            // Served, and lost on the way back: the client sees the connection close with no answer.
            static_cast<Poco::Net::HTTPServerRequestImpl&>(req).socket().shutdown();
            return true;
        }
        case Fault::SlowFirstByte: {
            for (int waited = 0; waited < f.delayMs && !stopping; waited += 10)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            return false; // then answered normally
        }
        case Fault::WrongContentType:
        case Fault::TruncatedBody:
        case Fault::SlowTrickle: {
            // Build the normal answer, then damage its delivery.
            CapturedResponse normal;
            answerTarget(req.getMethod(), target, normal);
            resp.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(normal.status));
            for (const auto& [k, v] : normal.headers)
                resp.set(k, v);
            resp.setKeepAlive(false);
            if (f.fault == Fault::WrongContentType) {
                resp.setContentType("image/png");
                resp.setContentLength(static_cast<std::streamsize>(normal.body.size()));
                resp.sendBuffer(normal.body.data(), normal.body.size());
                return true;
            }
            resp.setContentType(normal.type);
            resp.setContentLength(static_cast<std::streamsize>(normal.body.size()));
            std::ostream& out = resp.send();
            if (f.fault == Fault::TruncatedBody) {
                out.write(normal.body.data(), static_cast<std::streamsize>(normal.body.size() / 2));
                out.flush();
                // Closing the socket here makes the cut visible right away.
                resp.setKeepAlive(false);
                return true;
            }
            for (const char c : normal.body) {
                if (stopping || !out)
                    break;
                out.put(c);
                out.flush();
                for (int waited = 0; waited < f.trickleIntervalMs && !stopping; waited += 10)
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            return true;
        }
        default: return false;
        }
    }

    struct CapturedResponse {
        int status = 200;
        std::string type;
        std::string body;
        std::vector<std::pair<std::string, std::string>> headers;
    };

    // The normal answer to a request without a body, for faults that damage its delivery.
    void answerTarget(const std::string& method, const std::string& target, CapturedResponse& out) {
        Poco::URI uri(target);
        std::map<std::string, std::string> query;
        for (const auto& [k, v] : uri.getQueryParameters())
            query[k] = v;
        std::string body;
        answer(method, uri.getPath(), query, body, Fault::None, out);
    }

    void route(HTTPServerRequest& req, HTTPServerResponse& resp, const std::string& path,
               const std::map<std::string, std::string>& query, const std::string& body, Fault pagingFault) {
        CapturedResponse out;
        if (path.rfind("/api1/", 0) == 0 || path == "/taxii2/") {
            const std::string accept = req.get("Accept", "");
            if (accept.find("application/taxii+json") == std::string::npos) {
                sendBody(resp, 406, "application/json", R"({"title":"Accept must be application/taxii+json"})");
                return;
            }
        }
        if (path.rfind("/misp/", 0) == 0) {
            std::string key;
            {
                std::lock_guard lock(mutex);
                key = mispKey;
            }
            if (!key.empty() && req.get("Authorization", "") != key) {
                sendBody(resp, 403, "application/json", R"({"name":"Authentication failed."})");
                return;
            }
        }
        {
            std::lock_guard lock(mutex);
            const auto file = files.find(path);
            if (file != files.end() &&
                ((!file->second.etag.empty() && req.get("If-None-Match", "") == file->second.etag) ||
                 (!file->second.lastModified.empty() && req.get("If-Modified-Since", "") == file->second.lastModified))) {
                resp.setStatusAndReason(HTTPResponse::HTTP_NOT_MODIFIED);
                resp.setContentLength(0);
                resp.setKeepAlive(false);
                resp.send();
                return;
            }
        }
        std::string mutableBody = body;
        answer(req.getMethod(), path, query, mutableBody, pagingFault, out);
        if (isDataRequest(path)) {
            std::function<void(int)> hook;
            int n = 0;
            {
                std::lock_guard lock(mutex);
                hook = dataHook;
                n = ++dataRequests;
            }
            if (hook)
                hook(n);
        }
        resp.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(out.status));
        for (const auto& [k, v] : out.headers)
            resp.set(k, v);
        if (out.status == 304) {
            resp.setKeepAlive(false);
            resp.send();
            return;
        }
        sendBody(resp, out.status, out.type, out.body);
    }

    void answer(const std::string& method, const std::string& path, const std::map<std::string, std::string>& query,
                std::string& requestBody, Fault pagingFault, CapturedResponse& out) {
        std::lock_guard lock(mutex);
        auto param = [&](const std::string& k) {
            const auto it = query.find(k);
            return it == query.end() ? std::string() : it->second;
        };
        auto json = [&](int status, std::string type, std::string body) {
            out.status = status;
            out.type = std::move(type);
            out.body = std::move(body);
        };
        if (path == "/taxii2/") {
            const std::string def = discoveryDefault.empty() ? base() + "/api1/" : discoveryDefault;
            json(200, kTaxiiType,
                 R"({"title":"Fake TAXII","default":)" + jsonString(def) + R"(,"api_roots":[)" + jsonString(def) + "]}");
            return;
        }
        if (path == "/api1/") {
            json(200, kTaxiiType,
                 R"({"title":"api1","versions":["application/taxii+json;version=2.1"],"max_content_length":104857600})");
            return;
        }
        if (path == "/api1/collections/") {
            std::string list;
            for (const auto& id : collectionOrder) {
                const auto& c = collections[id];
                list += (list.empty() ? "" : ",") + collectionJson(c);
            }
            json(200, kTaxiiType, R"({"collections":[)" + list + "]}");
            return;
        }
        if (path.rfind("/api1/status/", 0) == 0) {
            const std::string id = path.substr(13, path.size() - 14);
            auto it = statuses.find(id);
            if (it == statuses.end()) {
                json(404, kTaxiiType, R"({"title":"no such status"})");
                return;
            }
            Status& s = it->second;
            const bool pending = s.pollsLeft-- > 0;
            json(200, kTaxiiType, statusJson(s, pending));
            return;
        }
        if (path.rfind("/api1/collections/", 0) == 0) {
            std::string rest = path.substr(18);
            const auto slash = rest.find('/');
            const std::string id = rest.substr(0, slash);
            rest = slash == std::string::npos ? std::string() : rest.substr(slash);
            auto it = collections.find(id);
            if (it == collections.end()) {
                json(404, kTaxiiType, R"({"title":"no such collection"})");
                return;
            }
            StoredCollection& c = it->second;
            if (rest == "/" || rest.empty()) {
                json(200, kTaxiiType, collectionJson(c));
            } else if (rest == "/objects/" && method == "POST") {
                addObjects(c, requestBody, out);
            } else if (rest == "/objects/") {
                objectsPage(c, param("added_after"), param("limit"), param("next"), param("match[type]"), param("match[id]"),
                            param("match[spec_version]"), pagingFault, false, out);
            } else if (rest == "/manifest/") {
                objectsPage(c, param("added_after"), param("limit"), param("next"), param("match[type]"), param("match[id]"),
                            param("match[spec_version]"), pagingFault, true, out);
            } else if (rest.rfind("/objects/", 0) == 0 && rest.size() > 19 &&
                       rest.compare(rest.size() - 10, 10, "/versions/") == 0) {
                const std::string objectId = rest.substr(9, rest.size() - 19);
                std::string list;
                for (const auto& o : c.objects) {
                    if (o.id == objectId)
                        list += (list.empty() ? "" : ",") + jsonString(o.version);
                }
                if (list.empty())
                    json(404, kTaxiiType, R"({"title":"no such object"})");
                else
                    json(200, kTaxiiType, R"({"more":false,"versions":[)" + list + "]}");
            } else {
                json(404, kTaxiiType, R"({"title":"not found"})");
            }
            return;
        }
        if (path == "/misp/events/restSearch" && method == "POST") {
            restSearch(requestBody, out);
            return;
        }
        if (path == "/misp-feed/manifest.json") {
            std::string m = "{";
            for (const auto& e : events) {
                m += (m.size() > 1 ? "," : "") + jsonString(e.uuid) + R"(:{"timestamp":")" + std::to_string(e.timestamp) +
                     R"(","info":"event"})";
            }
            json(200, "application/json", m + "}");
            return;
        }
        if (path.rfind("/misp-feed/", 0) == 0 && path.size() > 16) {
            const std::string uuid = path.substr(11, path.size() - 16);
            for (const auto& e : events) {
                if (e.uuid == uuid && e.served) {
                    json(200, "application/json", e.json);
                    return;
                }
            }
            json(404, "application/json", R"({"message":"not found"})");
            return;
        }
        if (auto it = files.find(path); it != files.end()) {
            const StoredFile& f = it->second;
            if (!f.etag.empty())
                out.headers.emplace_back("ETag", f.etag);
            if (!f.lastModified.empty())
                out.headers.emplace_back("Last-Modified", f.lastModified);
            json(200, f.contentType, f.body);
            return;
        }
        json(404, "text/plain", "not found");
    }

    static std::string collectionJson(const StoredCollection& c) {
        return R"({"id":)" + jsonString(c.id) + R"(,"title":)" + jsonString(c.title) + R"(,"can_read":)" +
               (c.canRead ? "true" : "false") + R"(,"can_write":)" + (c.canWrite ? "true" : "false") +
               R"(,"media_types":["application/stix+json;version=2.1"]})";
    }

    static std::string statusJson(const Status& s, bool pending) {
        return R"({"id":)" + jsonString(s.id) + R"(,"status":")" + (pending ? "pending" : "complete") + R"(","total_count":)" +
               std::to_string(s.total) + R"(,"success_count":)" + std::to_string(pending ? 0 : s.total) +
               R"(,"failure_count":0,"pending_count":)" + std::to_string(pending ? s.total : 0) + "}";
    }

    void addObjects(StoredCollection& c, const std::string& body, CapturedResponse& out) {
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        simdjson::dom::array list;
        if (parser.parse(body).get(root) != simdjson::SUCCESS || root["objects"].get_array().get(list) != simdjson::SUCCESS) {
            out.status = 400;
            out.type = kTaxiiType;
            out.body = R"({"title":"the body is not an envelope"})";
            return;
        }
        int count = 0;
        std::int64_t postedAt = 0;
        const std::string postDateAdded = nextDateAdded(postedAt); // one date_added per POST, as servers do
        for (auto o : list) {
            StoredObject stored;
            stored.json = simdjson::minify(o);
            std::string_view s;
            if (o["id"].get_string().get(s) == simdjson::SUCCESS)
                stored.id = s;
            if (o["type"].get_string().get(s) == simdjson::SUCCESS)
                stored.type = s;
            if (o["modified"].get_string().get(s) == simdjson::SUCCESS)
                stored.version = s;
            stored.specVersion = o["spec_version"].get_string().get(s) == simdjson::SUCCESS ? std::string(s) : "2.0";
            stored.dateAdded = postDateAdded;
            stored.added = postedAt;
            insertObject(c, std::move(stored));
            ++count;
        }
        Status s{"status-" + std::to_string(statuses.size() + 1), count, statusPendingPolls};
        statuses[s.id] = s;
        out.status = 202;
        out.type = kTaxiiType;
        out.body = statusJson(s, statusPendingPolls > 0);
    }

    void objectsPage(const StoredCollection& c, const std::string& addedAfter, const std::string& limitText,
                     const std::string& next, const std::string& matchType, const std::string& matchId,
                     const std::string& matchSpec, Fault fault, bool manifest, CapturedResponse& out) {
        // Objects are kept ordered by date_added: the page starts at a binary-searched position (or
        // where the `next` token left off) and takes up to `limit` matching objects, so a page
        // costs O(limit) even with 100,000 objects in the collection (benchmarks).
        const bool inclusive = fault == Fault::InclusiveAddedAfter;
        std::string queryKey = addedAfter + "|" + matchType + "|" + matchId + "|" + matchSpec;
        // TAXII 2.1 §3.4.2: without match[spec_version] only the newest spec version is served.
        const bool with20 = ("," + matchSpec + ",").find(",2.0,") != std::string::npos;
        const bool with21 = matchSpec.empty() || ("," + matchSpec + ",").find(",2.1,") != std::string::npos;
        std::size_t position = 0;
        if (!addedAfter.empty() && fault != Fault::NonAdvancing) {
            const auto t = core::parseRfc3339(addedAfter);
            if (!t) {
                out.status = 400;
                out.type = kTaxiiType;
                out.body = R"({"title":"bad added_after"})";
                return;
            }
            const auto byAdded = [](const StoredObject& o, std::int64_t v) { return o.added < v; };
            const auto first = inclusive ? std::lower_bound(c.objects.begin(), c.objects.end(), *t, byAdded)
                                         : std::upper_bound(c.objects.begin(), c.objects.end(), *t,
                                                            [](std::int64_t v, const StoredObject& o) { return v < o.added; });
            position = static_cast<std::size_t>(first - c.objects.begin());
        }
        if (!next.empty()) {
            auto it = tokens.find(next);
            const bool expired =
                it != tokens.end() &&
                (tokenLifetimeMs < 0 || (tokenLifetimeMs > 0 && std::chrono::steady_clock::now() - it->second.issued >
                                                                    std::chrono::milliseconds(tokenLifetimeMs)));
            if (it == tokens.end() || it->second.queryKey != queryKey || expired) {
                out.status = 400;
                out.type = kTaxiiType;
                out.body =
                    R"({"title":"The server did not understand the request or filter parameters: 'next' not valid","http_status":"400"})";
                return;
            }
            position = it->second.offset;
        }
        int limit = maxPageSize;
        if (!limitText.empty())
            limit = std::clamp(std::atoi(limitText.c_str()), 1, maxPageSize);
        std::vector<const StoredObject*> selected;
        std::size_t resume = c.objects.size(); // index after the last object of this page
        bool more = false;
        for (std::size_t i = position; i < c.objects.size(); ++i) {
            const StoredObject& o = c.objects[i];
            if ((!matchType.empty() && o.type != matchType) || (!matchId.empty() && o.id != matchId) ||
                (o.specVersion == "2.1" ? !with21 : !with20))
                continue;
            if (selected.size() == static_cast<std::size_t>(limit)) {
                more = true;
                break;
            }
            selected.push_back(&o);
            resume = i + 1;
        }
        if (fault == Fault::NonAdvancing || fault == Fault::RepeatedNext)
            more = true;
        std::string items;
        for (const StoredObject* o : selected) {
            items += items.empty() ? "" : ",";
            if (manifest)
                items += R"({"id":)" + jsonString(o->id) + R"(,"date_added":)" + jsonString(o->dateAdded) + R"(,"version":)" +
                         jsonString(o->version) + R"(,"media_type":"application/stix+json;version=2.1"})";
            else
                items += o->json;
        }
        std::string env = std::string(R"({"more":)") + (more ? "true" : "false");
        const auto now = std::chrono::steady_clock::now();
        if (more && fault == Fault::RepeatedNext) {
            tokens["repeat"] = {queryKey, resume, now};
            env += R"(,"next":"repeat")";
        } else if (more && paging == TaxiiPaging::SharedToken && fault != Fault::NonAdvancing) {
            // One token per query: the same string on every page; the position moves on with each
            // request, and the issue time stays that of the query.
            std::string token = next;
            if (token.empty() || tokens.find(token) == tokens.end()) {
                token = "shared-" + std::to_string(++tokenCounter);
                tokens[token] = {queryKey, resume, now};
            }
            tokens[token].offset = resume;
            env += R"(,"next":)" + jsonString(token);
        } else if (more && paging == TaxiiPaging::NextToken && fault != Fault::NonAdvancing) {
            const std::string token = "t" + std::to_string(++tokenCounter);
            tokens[token] = {queryKey, resume, now};
            env += R"(,"next":)" + jsonString(token);
        }
        if (!more && !next.empty() && paging == TaxiiPaging::SharedToken)
            tokens.erase(next);
        if (!selected.empty())
            env += R"(,"objects":[)" + items + "]";
        env += "}";
        out.status = 200;
        out.type = kTaxiiType;
        out.body = env;
        if (!selected.empty()) {
            out.headers.emplace_back("X-TAXII-Date-Added-First", selected.front()->dateAdded);
            out.headers.emplace_back("X-TAXII-Date-Added-Last", selected.back()->dateAdded);
        }
    }

    void restSearch(const std::string& body, CapturedResponse& out) {
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        out.type = "application/json";
        if (parser.parse(body).get(root) != simdjson::SUCCESS) {
            out.status = 400;
            out.body = R"({"message":"bad request"})";
            return;
        }
        std::int64_t page = 1;
        std::int64_t limit = 0;
        std::int64_t since = 0;
        if (root["page"].get_int64().get(page) != simdjson::SUCCESS)
            page = 1;
        if (root["limit"].get_int64().get(limit) != simdjson::SUCCESS)
            limit = 0;
        if (root["timestamp"].get_int64().get(since) != simdjson::SUCCESS)
            since = 0;
        std::vector<const StoredEvent*> selected;
        for (const auto& e : events) {
            if (e.timestamp >= since)
                selected.push_back(&e);
        }
        std::size_t begin = 0;
        std::size_t end = selected.size();
        if (limit > 0) {
            begin = std::min(selected.size(), static_cast<std::size_t>((std::max<std::int64_t>(page, 1) - 1) * limit));
            end = std::min(selected.size(), begin + static_cast<std::size_t>(limit));
        }
        std::string list;
        for (std::size_t i = begin; i < end; ++i)
            list += (i == begin ? "" : ",") + selected[i]->json;
        out.status = 200;
        out.body = R"({"response":[)" + list + "]}";
        out.headers.emplace_back("X-Result-Count", std::to_string(selected.size()));
    }

    class Handler : public Poco::Net::HTTPRequestHandler {
    public:
        explicit Handler(Impl& impl) : m_impl(impl) {}
        void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
            try {
                m_impl.handle(request, response);
            } catch (const std::exception&) {
                // The client went away (trickle, cut connection): nothing to do.
            }
        }

    private:
        Impl& m_impl;
    };

    class Factory : public Poco::Net::HTTPRequestHandlerFactory {
    public:
        explicit Factory(Impl& impl) : m_impl(impl) {}
        Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override { return new Handler(m_impl); }

    private:
        Impl& m_impl;
    };
};

namespace {
int acceptAnyVerified(int preverifyOk, X509_STORE_CTX*) { return preverifyOk; }
} // namespace

FakeFeedServer::FakeFeedServer() : m_impl(std::make_unique<Impl>(std::nullopt)) {}

FakeFeedServer::FakeFeedServer(Tls tls) : m_impl(std::make_unique<Impl>(std::move(tls))) {}

FakeFeedServer::~FakeFeedServer() { stop(); }

bool FakeFeedServer::start() {
    try {
        Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
        params->setKeepAlive(false);
        params->setMaxThreads(16);
        params->setMaxQueued(64);
        const Poco::Net::SocketAddress address("127.0.0.1", 0);
        if (m_impl->tls) {
            Poco::Net::initializeSSL();
            Poco::Net::Context::Params p;
            p.certificateFile = m_impl->tls->certFile;
            p.privateKeyFile = m_impl->tls->keyFile;
            p.caLocation = m_impl->tls->clientCaFile;
            p.verificationMode =
                m_impl->tls->clientCaFile.empty() ? Poco::Net::Context::VERIFY_NONE : Poco::Net::Context::VERIFY_STRICT;
            Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, p);
            // Poco would otherwise match the client certificate against a (non-existent) peer host name.
            context->enableExtendedCertificateVerification(false);
            if (!m_impl->tls->clientCaFile.empty())
                SSL_CTX_set_verify(context->sslContext(), SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, &acceptAnyVerified);
            Poco::Net::SecureServerSocket socket(address, 64, context);
            m_impl->port = socket.address().port();
            m_impl->server = std::make_unique<Poco::Net::HTTPServer>(new Impl::Factory(*m_impl), m_impl->pool, socket, params);
        } else {
            Poco::Net::ServerSocket socket(address, 64);
            m_impl->port = socket.address().port();
            m_impl->server = std::make_unique<Poco::Net::HTTPServer>(new Impl::Factory(*m_impl), m_impl->pool, socket, params);
        }
        m_impl->server->start();
        return true;
    } catch (const Poco::Exception& e) {
        std::cerr << "FakeFeedServer: " << e.displayText() << '\n';
        return false;
    }
}

void FakeFeedServer::stop() {
    if (!m_impl->server)
        return;
    m_impl->stopping = true;
    m_impl->server->stopAll(true);
    m_impl->pool.joinAll();
    m_impl->server.reset();
}

std::uint16_t FakeFeedServer::port() const { return m_impl->port; }

QString FakeFeedServer::url(const std::string& path) const { return QString::fromStdString(m_impl->base() + path); }

void FakeFeedServer::addCollection(const std::string& id, const std::string& title, bool canRead, bool canWrite) {
    std::lock_guard lock(m_impl->mutex);
    auto& c = m_impl->collections[id];
    c.id = id;
    c.title = title;
    c.canRead = canRead;
    c.canWrite = canWrite;
    if (std::find(m_impl->collectionOrder.begin(), m_impl->collectionOrder.end(), id) == m_impl->collectionOrder.end())
        m_impl->collectionOrder.push_back(id);
}

void FakeFeedServer::addObject(const std::string& collection, const std::string& json, const std::string& dateAdded) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->addObjectLocked(collection, json, dateAdded);
}

int FakeFeedServer::loadStixBundle(const std::string& collection, const QString& path) {
    std::string text;
    if (!readWholeFile(path, text))
        return 0;
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    simdjson::dom::array list;
    if (parser.parse(text).get(root) != simdjson::SUCCESS || root["objects"].get_array().get(list) != simdjson::SUCCESS)
        return 0;
    std::lock_guard lock(m_impl->mutex);
    int count = 0;
    for (auto o : list) {
        m_impl->addObjectLocked(collection, simdjson::minify(o), {});
        ++count;
    }
    return count;
}

namespace {
StoredObject generatedIndicator(std::int64_t added, const std::string& dateAdded) {
    static std::atomic_int serial{0};
    const int n = ++serial;
    char id[64];
    std::snprintf(id, sizeof id, "indicator--00000000-0000-4000-8000-%012x", n);
    StoredObject o;
    o.added = added;
    o.dateAdded = dateAdded;
    o.id = id;
    o.type = "indicator";
    o.specVersion = "2.1";
    o.version = o.dateAdded;
    o.json = R"({"type":"indicator","spec_version":"2.1","id":")" + o.id + R"(","created":")" + o.dateAdded +
             R"(","modified":")" + o.dateAdded + R"(","name":"Generated indicator )" + std::to_string(n) +
             R"(","indicator_types":["malicious-activity"],"pattern":"[ipv4-addr:value = '10.)" +
             std::to_string((n >> 16) & 255) + "." + std::to_string((n >> 8) & 255) + "." + std::to_string(n & 255) +
             R"(']","pattern_type":"stix","valid_from":")" + o.dateAdded + R"("})";
    return o;
}
} // namespace

void FakeFeedServer::generateIndicators(const std::string& collection, int count) {
    std::lock_guard lock(m_impl->mutex);
    auto& c = m_impl->collections[collection];
    c.objects.reserve(c.objects.size() + static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        std::int64_t added = 0;
        const std::string dateAdded = m_impl->nextDateAdded(added);
        m_impl->insertObject(c, generatedIndicator(added, dateAdded));
    }
}

std::string FakeFeedServer::generateIndicatorBatch(const std::string& collection, int count) {
    std::lock_guard lock(m_impl->mutex);
    auto& c = m_impl->collections[collection];
    std::int64_t added = 0;
    const std::string dateAdded = m_impl->nextDateAdded(added);
    for (int i = 0; i < count; ++i)
        m_impl->insertObject(c, generatedIndicator(added, dateAdded));
    return dateAdded;
}

void FakeFeedServer::setNextTokenLifetimeMs(int ms) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->tokenLifetimeMs = ms;
}

void FakeFeedServer::expireNextTokens() {
    std::lock_guard lock(m_impl->mutex);
    m_impl->tokens.clear();
}

void FakeFeedServer::setMispEventServed(const std::string& uuid, bool served) {
    std::lock_guard lock(m_impl->mutex);
    for (auto& e : m_impl->events)
        if (e.uuid == uuid)
            e.served = served;
}

void FakeFeedServer::removeMispEvent(const std::string& uuid) {
    std::lock_guard lock(m_impl->mutex);
    std::erase_if(m_impl->events, [&](const StoredEvent& e) { return e.uuid == uuid; });
}

void FakeFeedServer::onDataRequest(std::function<void(int)> hook) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->dataHook = std::move(hook);
}

void FakeFeedServer::setDiscoveryDefault(const std::string& url) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->discoveryDefault = url;
}

void FakeFeedServer::setTaxiiPaging(TaxiiPaging paging) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->paging = paging;
}

void FakeFeedServer::setMaxPageSize(int limit) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->maxPageSize = limit;
}

void FakeFeedServer::setStatusPendingPolls(int polls) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->statusPendingPolls = polls;
}

int FakeFeedServer::loadMispEvents(const QString& path) {
    std::string text;
    if (!readWholeFile(path, text))
        return 0;
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(text).get(root) != simdjson::SUCCESS)
        return 0;
    std::vector<simdjson::dom::element> items;
    simdjson::dom::array list;
    if (root["response"].get_array().get(list) == simdjson::SUCCESS || root.get_array().get(list) == simdjson::SUCCESS) {
        for (auto e : list)
            items.push_back(e);
    } else {
        items.push_back(root);
    }
    std::lock_guard lock(m_impl->mutex);
    int count = 0;
    for (auto item : items) {
        simdjson::dom::element event;
        if (item["Event"].get(event) != simdjson::SUCCESS)
            event = item;
        StoredEvent stored;
        std::string_view s;
        if (event["uuid"].get_string().get(s) != simdjson::SUCCESS)
            continue;
        stored.uuid = s;
        if (event["timestamp"].get_string().get(s) == simdjson::SUCCESS)
            stored.timestamp = std::atoll(std::string(s).c_str());
        else if (event["timestamp"].get_int64().get(stored.timestamp) != simdjson::SUCCESS)
            stored.timestamp = 0;
        stored.json = R"({"Event":)" + simdjson::minify(event) + "}";
        m_impl->events.push_back(std::move(stored));
        ++count;
    }
    return count;
}

void FakeFeedServer::addMispEvent(const std::string& uuid, std::int64_t timestamp, const std::string& info) {
    std::lock_guard lock(m_impl->mutex);
    StoredEvent e;
    e.uuid = uuid;
    e.timestamp = timestamp;
    const std::string ts = std::to_string(timestamp);
    e.json = R"({"Event":{"uuid":)" + jsonString(uuid) + R"(,"info":)" + jsonString(info) +
             R"(,"date":"2026-01-01","timestamp":")" + ts + R"(","analysis":"2","threat_level_id":"3",)" +
             R"("Orgc":{"name":"Fake org","uuid":"5f4e2a0c-1111-4222-8333-444455556666"},"Attribute":[)" + R"({"uuid":")" +
             uuid.substr(0, 24) + R"(aaaaaaaaaaaa","type":"ip-dst","category":"Network activity",)" +
             R"("to_ids":true,"value":"198.51.100.)" + std::to_string(timestamp % 250) + R"(","timestamp":")" + ts + R"("}]}})";
    m_impl->events.push_back(std::move(e));
}

void FakeFeedServer::setMispKey(const std::string& key) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->mispKey = key;
}

void FakeFeedServer::setFile(const std::string& path, const std::string& body, const std::string& contentType,
                             const std::string& etag, const std::string& lastModified) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->files[path] = StoredFile{body, contentType, etag, lastModified};
}

void FakeFeedServer::requireAuthorization(const std::string& value) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->authorization = value;
}

void FakeFeedServer::setFault(const FaultSpec& fault) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->fault = fault;
    m_impl->faultHits = 0;
    m_impl->faultSkipped = 0;
    m_impl->dataPages = 0;
}

void FakeFeedServer::clearFault() { setFault(FaultSpec{}); }

std::vector<RecordedRequest> FakeFeedServer::requests() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->recorded;
}

int FakeFeedServer::requestCount(const std::string& pathPrefix) const {
    std::lock_guard lock(m_impl->mutex);
    return static_cast<int>(std::count_if(m_impl->recorded.begin(), m_impl->recorded.end(),
                                          [&](const RecordedRequest& r) { return r.target.rfind(pathPrefix, 0) == 0; }));
}

void FakeFeedServer::clearRequests() {
    std::lock_guard lock(m_impl->mutex);
    m_impl->recorded.clear();
}

std::size_t FakeFeedServer::objectCount(const std::string& collection) const {
    std::lock_guard lock(m_impl->mutex);
    const auto it = m_impl->collections.find(collection);
    return it == m_impl->collections.end() ? 0 : it->second.objects.size();
}

// --- certificates ---------------------------------------------------------------------------------

namespace {

bool run(const QString& dir, const QStringList& args) {
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::cerr << "openssl " << args.join(QLatin1Char(' ')).toStdString() << " failed:\n" << p.readAll().toStdString() << '\n';
        return false;
    }
    return true;
}

bool writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

} // namespace

bool TestPki::create(const QString& directory) {
    dir = directory.toStdString();
    const QString d = directory;
    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    auto makeCa = [&](const QString& name, const QString& cn) {
        return run(d, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                          QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                      name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("3650"),
                                      QStringLiteral("-subj"), QStringLiteral("/CN=") + cn});
    };
    if (!makeCa(QStringLiteral("ca"), QStringLiteral("Lagebild Test CA")) ||
        !makeCa(QStringLiteral("other-ca"), QStringLiteral("Untrusted Test CA")))
        return false;
    if (!writeText(d + QStringLiteral("/ca.cnf"), "[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\nnew_certs_dir=.\n"
                                                  "serial=serial\ndefault_md=sha256\npolicy=p\nunique_subject=no\n"
                                                  "[p]\ncommonName=supplied\n") ||
        !writeText(d + QStringLiteral("/index.txt"), "") || !writeText(d + QStringLiteral("/serial"), "1000\n") ||
        !writeText(d + QStringLiteral("/localhost.ext"),
                   "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n") ||
        !writeText(d + QStringLiteral("/wronghost.ext"),
                   "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:feeds.example.org\n") ||
        !writeText(d + QStringLiteral("/client.ext"), "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n"))
        return false;
    // One leaf: key + CSR, then signed by `ca` with `ext` and the validity given.
    auto leaf = [&](const QString& name, const QString& ca, const QString& ext, const QStringList& validity) {
        if (!run(d, QStringList{QStringLiteral("req")} + ec +
                        QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                    name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name}))
            return false;
        return run(d, QStringList{QStringLiteral("ca"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                                  QStringLiteral("-batch"), QStringLiteral("-notext"), QStringLiteral("-cert"),
                                  ca + QStringLiteral(".pem"), QStringLiteral("-keyfile"), ca + QStringLiteral(".key"),
                                  QStringLiteral("-in"), name + QStringLiteral(".csr"), QStringLiteral("-out"),
                                  name + QStringLiteral(".pem"), QStringLiteral("-extfile"), ext} +
                          validity);
    };
    const QStringList valid = {QStringLiteral("-days"), QStringLiteral("30")};
    const QStringList expired = {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                                 QStringLiteral("20200201000000Z")};
    if (!leaf(QStringLiteral("good"), QStringLiteral("ca"), QStringLiteral("localhost.ext"), valid) ||
        !leaf(QStringLiteral("expired"), QStringLiteral("ca"), QStringLiteral("localhost.ext"), expired) ||
        !leaf(QStringLiteral("wronghost"), QStringLiteral("ca"), QStringLiteral("wronghost.ext"), valid) ||
        !leaf(QStringLiteral("untrusted"), QStringLiteral("other-ca"), QStringLiteral("localhost.ext"), valid) ||
        !leaf(QStringLiteral("client"), QStringLiteral("ca"), QStringLiteral("client.ext"), valid))
        return false;
    const auto p = [&](const char* name) { return dir + "/" + name; };
    caCert = p("ca.pem");
    caKey = p("ca.key");
    goodCert = p("good.pem");
    goodKey = p("good.key");
    expiredCert = p("expired.pem");
    expiredKey = p("expired.key");
    wrongHostCert = p("wronghost.pem");
    wrongHostKey = p("wronghost.key");
    otherCaCert = p("other-ca.pem");
    untrustedCert = p("untrusted.pem");
    untrustedKey = p("untrusted.key");
    clientCert = p("client.pem");
    clientKey = p("client.key");
    return true;
}

} // namespace lagebild::test

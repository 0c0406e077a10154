#include "models/sync/taxii/taxii_feed_client.h"

#include "models/core/json_writer.h"
#include "models/core/timestamp.h"
#include "models/sync/net/control_json.h"
#include "models/sync/net/feed_http.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace lagebild::sync::taxii {
namespace {

using core::Error;
using core::ErrorCode;

// One microsecond before a TAXII timestamp, written with microseconds: `added_after` is exclusive,
// so asking for "after just before T" includes the objects added at T (TaxiiCursor).
std::string justBefore(const std::string& timestamp) {
    const auto micros = core::parseRfc3339(timestamp);
    if (!micros)
        return timestamp;
    const std::int64_t t = *micros - 1;
    const std::int64_t seconds = t >= 0 ? t / 1'000'000 : (t - 999'999) / 1'000'000;
    const std::int64_t fraction = t - seconds * 1'000'000;
    const QDateTime when = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString() + "." +
           QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0')).toStdString() + "Z";
}

QString shortToken(const std::string& token) {
    const QString t = QString::fromStdString(token);
    return t.size() > 24 ? t.left(24) + QChar(0x2026) : t;
}

} // namespace

core::Result<TaxiiCursor> TaxiiCursor::parse(const QString& text) {
    TaxiiCursor cursor;
    if (text.trimmed().isEmpty())
        return cursor;
    net::ControlJson json;
    const auto version =
        json.parse(text.toStdString()) && json.root().is_object() ? net::ControlJson::integer(json.root(), "v").value_or(0) : 0;
    if (version == 2) {
        cursor.from = net::ControlJson::string(json.root(), "from").value_or("");
        cursor.at = net::ControlJson::strings(json.root(), "at");
        return cursor;
    }
    if (version == 1) {
        // {"added_after","next","last"}: `last` is the newest committed Date-Added-Last; objects
        // added at that instant may be missing (issue 12), so it becomes the inclusive resume point.
        cursor.from = net::ControlJson::string(json.root(), "last").value_or("");
        if (cursor.from.empty())
            cursor.from = net::ControlJson::string(json.root(), "added_after").value_or("");
        return cursor;
    }
    return Error::make(
        ErrorCode::Usage,
        core::Message("FeedClient",
                      QT_TRANSLATE_NOOP("FeedClient", "The stored TAXII resume point of this feed is unreadable. Reset "
                                                      "the feed's cursor to sync from the beginning.")));
}

QString TaxiiCursor::serialize() const {
    std::string out;
    core::JsonWriter w(out);
    w.beginObject().key("v").value(2).member("from", from);
    if (!at.empty()) {
        w.key("at").beginArray();
        for (const auto& version : at)
            w.value(version);
        w.endArray();
    }
    w.endObject();
    return QString::fromStdString(out);
}

TaxiiFeedClient::TaxiiFeedClient(const core::FeedConfig& config, net::HttpOptions options)
    : m_config(config), m_http(std::move(options)), m_taxii(m_http) {}

core::Status TaxiiFeedClient::resolve(const core::CancelToken& cancel) {
    if (!m_collectionId.empty())
        return {};
    auto root = m_taxii.resolveApiRoot(m_config.url.trimmed().toStdString(), cancel);
    if (!root)
        return root.error();
    auto collection = m_taxii.findCollection(root.value().url, m_config.collection.toStdString(), cancel);
    if (!collection)
        return collection.error();
    m_apiRoot = root.value().url;
    m_collectionId = collection.value().id;
    m_collectionTitle = QString::fromStdString(collection.value().title);
    return {};
}

core::Error TaxiiFeedClient::guardError(const core::Message& what, const std::string& url) const {
    const auto parsed = net::Url::parse(url);
    return Error::make(
        ErrorCode::Http,
        core::Message("FeedClient",
                      QT_TRANSLATE_NOOP("FeedClient",
                                        "Feed %1: server paging did not progress at %2: %3. The pages before were stored; "
                                        "the run ends here instead of looping and the next run resumes after the last "
                                        "stored page. Report it to the feed's operator."))
            .arg(m_config.name)
            .arg(parsed ? parsed->redacted() : QString())
            .arg(what));
}

core::Error TaxiiFeedClient::limitError() const {
    const NetLimits& limits = m_http.options().limits;
    if (m_pages >= limits.maxPagesPerRun)
        return Error::make(
            ErrorCode::Http,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "Feed %1: stopped after %2 pages, the limit per run. The pages so "
                                                          "far are stored; the next run continues from there."))
                .arg(m_config.name)
                .arg(limits.maxPagesPerRun));
    return Error::make(
        ErrorCode::Http,
        core::Message("FeedClient",
                      QT_TRANSLATE_NOOP("FeedClient", "Feed %1: stopped after %2 MB, the limit per run. The pages so far "
                                                      "are stored; the next run continues from there."))
            .arg(m_config.name)
            .arg(QString::number(static_cast<double>(m_bytes) / 1e6, 'f', 1)));
}

core::Result<EnvelopePage> TaxiiFeedClient::request(const TaxiiCursor& cursor, const core::CancelToken& cancel) {
    const NetLimits& limits = m_http.options().limits;
    for (;;) {
        if (!m_query.active) {
            m_query = Query{};
            m_query.active = true;
            m_query.addedAfter = cursor.from.empty() ? std::string() : justBefore(cursor.from);
        }
        PageQuery query;
        query.addedAfter = m_query.addedAfter;
        query.next = m_query.next;
        query.limit = limits.pageSize;
        if (m_askSpecVersions)
            query.match.emplace_back("spec_version", "2.0,2.1");
        auto result = m_taxii.objects(m_apiRoot, m_collectionId, query, cancel);
        if (result)
            return result;
        const Error& error = result.error();
        const bool transient = error.code == ErrorCode::Http || error.code == ErrorCode::Network ||
                               error.code == ErrorCode::Timeout || error.code == ErrorCode::Parse;
        if (!transient)
            return error;
        if (query.next.empty()) {
            // The first request of a query was repeated by the HTTP client already. A server that
            // refuses match[spec_version] in the very first request is asked once more without it.
            if (m_askSpecVersions && m_pages == 0 && error.code == ErrorCode::Http) {
                m_askSpecVersions = false;
                m_query.active = false;
                continue;
            }
            return error;
        }
        // A `next` request is never repeated (the server may have moved on by a page, or the
        // token expired): the query starts again at the resume point of the last stored page.
        if (++m_restartsWithoutNew > limits.maxRetries)
            return Error::make(
                error.code,
                core::Message("FeedClient",
                              QT_TRANSLATE_NOOP("FeedClient",
                                                "Feed %1: the server's paging failed %2 times in a row without bringing "
                                                "anything new; the pages before were stored and the next run resumes after "
                                                "them. Last failure: %3"))
                    .arg(m_config.name)
                    .arg(m_restartsWithoutNew)
                    .arg(error.storable()));
        ++m_restarts;
        m_query.active = false;
    }
}

core::Result<FeedPage> TaxiiFeedClient::fetch(const QString& cursorText, const core::CancelToken& cancel) {
    if (cancel.isCancelled())
        return Error::make(
            ErrorCode::Cancelled,
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: cancelled.")).arg(m_config.name));
    const NetLimits& limits = m_http.options().limits;
    if (m_pages >= limits.maxPagesPerRun || m_bytes >= limits.maxBytesPerRun)
        return limitError();
    auto parsedCursor = TaxiiCursor::parse(cursorText);
    if (!parsedCursor)
        return parsedCursor.error();
    const TaxiiCursor cursor = parsedCursor.value();
    if (auto s = resolve(cancel); !s)
        return s.error();

    auto result = request(cursor, cancel);
    if (!result)
        return result.error();
    EnvelopePage page = std::move(result.value());
    ++m_pages;
    m_bytes += static_cast<std::int64_t>(page.body.size());
    const core::Message where =
        !m_query.next.empty()
            ? core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "next=%1")).arg(shortToken(m_query.next))
            : (!m_query.addedAfter.empty() ? core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "added after %1"))
                                                 .arg(QString::fromStdString(m_query.addedAfter))
                                           : core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "from the beginning")));

    // Progress is judged by object versions, never by tokens: the same token on every page is
    // legal, and a repeated page brings nothing not seen before in this query.
    std::size_t fresh = 0;
    for (const auto& version : page.objectVersions) {
        const std::size_t key = std::hash<std::string>{}(version);
        fresh += m_query.seen.insert(key).second ? 1 : 0;
        if (m_runSeen.insert(key).second)
            m_restartsWithoutNew = 0;
    }
    if (fresh > 0)
        m_query.pagesWithoutNew = 0;
    else if (page.more && ++m_query.pagesWithoutNew >= 2)
        return guardError(
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient",
                                            "two pages in a row announced more data but brought no object not already "
                                            "received in this query")),
            page.url);

    // Every object added before this page's Date-Added-Last is stored once this page is.
    TaxiiCursor next = cursor;
    std::unordered_set<std::string> at(cursor.at.begin(), cursor.at.end());
    const bool storedAlready = page.objectCount > 0 && std::all_of(page.objectVersions.begin(), page.objectVersions.end(),
                                                                   [&](const std::string& v) { return at.contains(v); });
    if (!page.dateAddedLast.empty()) {
        const int order = next.from.empty() ? 1 : net::compareTimestamps(page.dateAddedLast, next.from);
        if (order > 0) {
            next.from = page.dateAddedLast;
            next.at.clear();
            at.clear();
        }
        if (order >= 0 && !storedAlready) {
            for (const auto& version : page.objectVersions)
                if (at.insert(version).second)
                    next.at.push_back(version);
            if (next.at.size() > TaxiiCursor::kMaxAt)
                next.at.clear(); // too many to carry: they are imported again next time, as unchanged
        }
    }
    if (!page.more) {
        m_query.active = false;
    } else if (!page.next.empty()) {
        m_query.next = page.next;
    } else if (!page.dateAddedLast.empty()) {
        m_query.addedAfter = justBefore(page.dateAddedLast);
        m_query.next.clear();
    } else {
        return guardError(
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "the server announces more data but sends neither \"next\" nor "
                                                          "X-TAXII-Date-Added-Last")),
            page.url);
    }

    FeedPage out;
    out.format = QStringLiteral("stix");
    out.more = page.more;
    out.nextCursor = next.serialize();
    if (page.objectCount > 0 && !storedAlready) // a page seen before in this run is imported again: harmless
        out.body = std::move(page.body);
    out.label = core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "page %1 of collection \"%2\" (%3, %4 objects)"))
                    .arg(m_pages)
                    .arg(m_collectionTitle.isEmpty() ? QString::fromStdString(m_collectionId) : m_collectionTitle)
                    .arg(where)
                    .arg(static_cast<qlonglong>(out.body.empty() ? 0 : page.objectCount));
    return out;
}

} // namespace lagebild::sync::taxii

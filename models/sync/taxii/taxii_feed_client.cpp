#include "models/sync/taxii/taxii_feed_client.h"

#include "models/core/json_writer.h"
#include "models/core/timestamp.h"
#include "models/sync/net/control_json.h"
#include "models/sync/net/feed_http.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>

namespace lagebild::sync::taxii {
namespace {

using core::Error;
using core::ErrorCode;

// One microsecond before a TAXII timestamp, written with microseconds. Paging by added_after alone
// asks for "after just before Date-Added-Last", so objects sharing the last page's date_added but
// cut off by `limit` come on the next page instead of being skipped (they repeat; upserts absorb it).
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
    if (!json.parse(text.toStdString()) || !json.root().is_object() ||
        net::ControlJson::integer(json.root(), "v").value_or(0) != 1)
        return Error::make(ErrorCode::Usage, QCoreApplication::translate(
                                                 "FeedClient", "The stored TAXII resume point of this feed is unreadable. Reset "
                                                               "the feed's cursor to sync from the beginning."));
    cursor.addedAfter = net::ControlJson::string(json.root(), "added_after").value_or("");
    cursor.next = net::ControlJson::string(json.root(), "next").value_or("");
    cursor.last = net::ControlJson::string(json.root(), "last").value_or("");
    return cursor;
}

QString TaxiiCursor::serialize() const {
    std::string out;
    core::JsonWriter w(out);
    w.beginObject().key("v").value(1).member("added_after", addedAfter).member("next", next).member("last", last);
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

core::Error TaxiiFeedClient::guardError(const QString& what, const std::string& url) const {
    const auto parsed = net::Url::parse(url);
    return Error::make(ErrorCode::Http,
                       QCoreApplication::translate(
                           "FeedClient", "Feed %1: paging stopped at %2: %3. The pages before were stored; the server's paging "
                                         "is broken, so the run ends here instead of looping. Report it to the feed's operator.")
                           .arg(m_config.name, parsed ? parsed->redacted() : QString(), what));
}

core::Result<FeedPage> TaxiiFeedClient::fetch(const QString& cursorText, const core::CancelToken& cancel) {
    if (cancel.isCancelled())
        return Error::make(ErrorCode::Cancelled,
                           QCoreApplication::translate("FeedClient", "Feed %1: cancelled.").arg(m_config.name));
    const NetLimits& limits = m_http.options().limits;
    if (m_pages >= limits.maxPagesPerRun)
        return Error::make(ErrorCode::Http, QCoreApplication::translate(
                                                "FeedClient", "Feed %1: stopped after %2 pages, the limit per run. The pages so "
                                                              "far are stored; the next run continues from there.")
                                                .arg(m_config.name)
                                                .arg(limits.maxPagesPerRun));
    if (m_bytes >= limits.maxBytesPerRun)
        return Error::make(ErrorCode::Http, QCoreApplication::translate(
                                                "FeedClient", "Feed %1: stopped after %2 MB, the limit per run. The pages so far "
                                                              "are stored; the next run continues from there.")
                                                .arg(m_config.name)
                                                .arg(static_cast<double>(m_bytes) / 1e6, 0, 'f', 1));
    auto parsedCursor = TaxiiCursor::parse(cursorText);
    if (!parsedCursor)
        return parsedCursor.error();
    TaxiiCursor cursor = parsedCursor.value();
    if (auto s = resolve(cancel); !s)
        return s.error();

    PageQuery query;
    query.addedAfter = cursor.addedAfter;
    query.next = cursor.next;
    query.limit = limits.pageSize;
    auto result = m_taxii.objects(m_apiRoot, m_collectionId, query, cancel);
    if (!result && !cursor.next.empty() && m_pages == 0 &&
        (result.error().code == ErrorCode::Http || result.error().code == ErrorCode::Parse)) {
        // A `next` token from an earlier run may have expired on the server: resume by time instead.
        // Objects of the interrupted query added after `last` come again; upserts make that harmless.
        cursor.addedAfter = cursor.last.empty() ? cursor.addedAfter : cursor.last;
        cursor.next.clear();
        query.addedAfter = cursor.addedAfter;
        query.next.clear();
        result = m_taxii.objects(m_apiRoot, m_collectionId, query, cancel);
    }
    if (!result)
        return result.error();
    EnvelopePage page = std::move(result.value());
    ++m_pages;
    m_bytes += static_cast<std::int64_t>(page.body.size());

    // Paging guards (ANCHORS §3.1, OpenCTI connectors#1683, #7604).
    if (page.more) {
        if (!page.next.empty()) {
            if (!m_seenNext.insert(page.next).second)
                return guardError(QCoreApplication::translate("FeedClient", "the server sent the same \"next\" token twice"),
                                  page.url);
            const std::string hash =
                QCryptographicHash::hash(QByteArray::fromRawData(page.body.data(), static_cast<int>(page.body.size())),
                                         QCryptographicHash::Sha256)
                    .toStdString();
            if (hash == m_previousBodyHash)
                return guardError(QCoreApplication::translate("FeedClient", "the server sent the same page again"), page.url);
            m_previousBodyHash = hash;
            if (!page.dateAddedLast.empty() && !m_previousLast.empty() &&
                net::compareTimestamps(page.dateAddedLast, m_previousLast) < 0)
                return guardError(QCoreApplication::translate("FeedClient", "X-TAXII-Date-Added-Last went back in time"),
                                  page.url);
        } else if (page.dateAddedLast.empty()) {
            return guardError(QCoreApplication::translate("FeedClient",
                                                          "the server announces more data but sends neither \"next\" nor "
                                                          "X-TAXII-Date-Added-Last"),
                              page.url);
        } else if (!cursor.last.empty() && net::compareTimestamps(page.dateAddedLast, cursor.last) <= 0) {
            // Paging by added_after: each page must end later than the one before, or the next
            // request would return the same objects again (OpenCTI connectors#7604).
            return guardError(QCoreApplication::translate("FeedClient", "X-TAXII-Date-Added-Last (%1) does not advance")
                                  .arg(QString::fromStdString(page.dateAddedLast)),
                              page.url);
        }
    }
    if (!page.dateAddedLast.empty())
        m_previousLast = page.dateAddedLast;

    TaxiiCursor next;
    next.last = cursor.last;
    if (!page.dateAddedLast.empty() && (next.last.empty() || net::compareTimestamps(page.dateAddedLast, next.last) > 0))
        next.last = page.dateAddedLast;
    if (page.more && !page.next.empty()) {
        next.addedAfter = query.addedAfter;
        next.next = page.next;
    } else if (page.more) {
        next.addedAfter = justBefore(page.dateAddedLast);
    } else {
        next.addedAfter = next.last.empty() ? query.addedAfter : next.last;
    }

    // Nothing new: an empty envelope, or (inclusive added_after) only objects at or before the
    // boundary, which the previous run committed.
    const bool onlyOld = !page.more && !query.addedAfter.empty() && !page.dateAddedLast.empty() &&
                         net::compareTimestamps(page.dateAddedLast, query.addedAfter) <= 0;
    FeedPage out;
    out.format = QStringLiteral("stix");
    out.more = page.more;
    out.nextCursor = next.serialize();
    if (page.objectCount > 0 && !onlyOld)
        out.body = std::move(page.body);
    QString position;
    if (!query.next.empty())
        position = QCoreApplication::translate("FeedClient", "next=%1").arg(shortToken(query.next));
    else if (!query.addedAfter.empty())
        position = QCoreApplication::translate("FeedClient", "added after %1").arg(QString::fromStdString(query.addedAfter));
    else
        position = QCoreApplication::translate("FeedClient", "from the beginning");
    out.label = QCoreApplication::translate("FeedClient", "page %1 of collection \"%2\" (%3, %4 objects)")
                    .arg(m_pages)
                    .arg(m_collectionTitle.isEmpty() ? QString::fromStdString(m_collectionId) : m_collectionTitle, position)
                    .arg(static_cast<qlonglong>(out.body.empty() ? 0 : page.objectCount));
    return out;
}

} // namespace lagebild::sync::taxii

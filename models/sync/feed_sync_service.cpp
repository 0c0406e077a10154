#include "models/sync/feed_sync_service.h"

#include "models/core/timestamp.h"
#include "models/core/tlp.h"
#include "models/imports/import_service.h"
#include "models/store/feed_repository.h"
#include "models/sync/net/url.h"
#include "models/sync/secret_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace lagebild::sync {

namespace {

core::Error usage(const QString& message) { return core::Error::make(core::ErrorCode::Usage, message); }

} // namespace

core::Status validateFeedConfig(const core::FeedConfig& c) {
    if (c.name.trimmed().isEmpty())
        return usage(QCoreApplication::translate("Sync", "A feed needs a name."));
    const FeedKind* kind = findFeedKind(c.kind);
    if (!kind)
        return usage(QCoreApplication::translate("Sync", "Feed \"%1\": unknown kind \"%2\"; use one of %3.")
                         .arg(c.name, c.kind, feedKindNames()));
    if (auto url = net::checkFeedUrl(c.url); !url)
        return usage(QCoreApplication::translate("Sync", "Feed \"%1\": %2").arg(c.name, url.error().message));
    if (!c.tlp.isEmpty() && !core::tlpFromName(c.tlp))
        return usage(QCoreApplication::translate(
                         "Sync", "Feed \"%1\": \"%2\" is not a TLP level; use clear, green, amber, amber+strict or red.")
                         .arg(c.name, c.tlp));
    if (kind->needsCollection && c.collection.trimmed().isEmpty())
        return usage(
            QCoreApplication::translate("Sync", "Feed \"%1\": a TAXII feed needs --collection (the collection's id or title).")
                .arg(c.name));
    const bool keychain = c.secretInKeychain();
    if (core::authNeedsSecret(c.auth) && c.secretEnv.isEmpty() && !keychain)
        return usage(QCoreApplication::translate(
                         "Sync", "Feed \"%1\": this authentication needs a secret: --secret-stdin keeps it in the OS keychain, "
                                 "--secret-env VAR names the environment variable that holds it.")
                         .arg(c.name));
    if (keychain && !c.secretEnv.isEmpty())
        return usage(QCoreApplication::translate(
                         "Sync", "Feed \"%1\": the secret is either in the OS keychain or in an environment variable, not both.")
                         .arg(c.name));
    if (keychain && !core::authNeedsSecret(c.auth))
        return usage(
            QCoreApplication::translate(
                "Sync",
                "Feed \"%1\": this authentication uses no secret; choose basic, bearer or apikey to keep one in the keychain.")
                .arg(c.name));
    if (c.auth == core::FeedAuth::ClientCert && (c.clientCert.isEmpty() || c.clientKey.isEmpty()))
        return usage(QCoreApplication::translate(
                         "Sync", "Feed \"%1\": client-certificate authentication needs a certificate and a key file.")
                         .arg(c.name));
    if (c.timeoutSeconds < 0 || c.timeoutSeconds > core::kMaxFeedTimeoutSeconds)
        return usage(QCoreApplication::translate("Sync", "Feed \"%1\": the time limit must be between 1 and %2 seconds.")
                         .arg(c.name)
                         .arg(core::kMaxFeedTimeoutSeconds));
    if (c.confidence < -1 || c.confidence > 100)
        return usage(QCoreApplication::translate("Sync", "Feed \"%1\": confidence must be between 0 and 100.").arg(c.name));
    return {};
}

namespace {

// A message names its feed once: the HTTP client's messages start with "Feed NAME: …" already.
core::Message namedForFeed(const QString& feed, const core::Error& error) {
    if (error.message.contains(feed))
        return error.storable();
    return core::Message("Sync", QT_TRANSLATE_NOOP("Sync", "%1: %2")).arg(feed).arg(error.storable());
}

} // namespace

FeedSyncReport FeedSyncService::run(const core::FeedConfig& feed, const core::CancelToken& cancel,
                                    core::ProgressReporter* progress) {
    FeedSyncReport report;
    report.feed = feed.name;
    report.started = core::nowMicros();
    // The run's error is kept as template and arguments too (FeedRun::errorMessage), so the
    // Feeds page shows it in the language of whoever looks, not of the run.
    const auto finish = [&](const core::Message& error) {
        report.error = error.text();
        report.errorMessage = error.toJson();
        report.ok = error.isEmpty();
        report.finished = core::nowMicros();
        store::Transaction tx(m_db);
        store::FeedRepository repo(m_db, store::currentActor());
        if (auto s = repo.recordRun(feed.rid, report); s)
            (void)tx.commit();
        return report;
    };

    auto secret = readFeedSecret(feed, m_secrets);
    if (!secret)
        return finish(secret.error().storable());
    if (secret.value().value.empty() && core::authNeedsSecret(feed.auth) && !feed.secretEnv.isEmpty())
        return finish(core::Message("Sync", QT_TRANSLATE_NOOP("Sync", "%1: the environment variable %2 that should hold the "
                                                                      "secret is not set."))
                          .arg(feed.name)
                          .arg(feed.secretEnv));
    NetLimits limits = m_limits;
    if (feed.timeoutSeconds > 0)
        limits.requestDeadlineMs = feed.timeoutSeconds * 1000;
    if (progress && !limits.onWaiting)
        limits.onWaiting = [&](std::int64_t waitedMs, std::int64_t limitMs) {
            progress->report(
                {report.pages, 0,
                 QCoreApplication::translate("Sync", "%1: the server is still working on page %2 (%3 s of at most %4 s)")
                     .arg(feed.name)
                     .arg(report.pages + 1)
                     .arg(waitedMs / 1000)
                     .arg(limitMs / 1000)});
        };
    auto client = m_factory(feed, secret.value(), limits);
    if (!client) // the clients' messages name the feed already
        return finish(client.error().storable());

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return finish(core::Message("Sync", QT_TRANSLATE_NOOP("Sync", "%1: no temporary folder for the downloaded pages (%2)."))
                          .arg(feed.name)
                          .arg(scratch.errorString()));
    imports::ImportService importer(m_db);
    QString cursor = feed.cursor;
    std::vector<core::Message> incomplete; // what the feed lists but did not serve: the run fails at its end
    for (;;) {
        if (cancel.isCancelled())
            return finish(
                core::Message("Sync", QT_TRANSLATE_N_NOOP("Sync", "%1: cancelled after %n page(s); the next sync resumes there."),
                              int(report.pages))
                    .arg(feed.name));
        auto page = client.value()->fetch(cursor, cancel);
        if (!page) {
            report.approvableUrl = page.error().approvableUrl;
            return finish(page.error().storable());
        }
        const FeedPage& p = page.value();
        for (const core::Issue& issue : p.issues) {
            report.issues.push_back(issue);
            if (issue.severity == core::IssueSeverity::Error)
                incomplete.push_back(issue.what ? *issue.what : core::Message::plain(issue.message));
        }
        const auto storeCursor = [&](store::Database& db) {
            return store::FeedRepository(db, store::currentActor()).setCursor(feed.rid, p.nextCursor);
        };
        if (p.hasData()) {
            const QString path =
                scratch.filePath(QStringLiteral("page-%1.%2")
                                     .arg(report.pages + 1)
                                     .arg(p.format == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("json")));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(p.body.data(), static_cast<qint64>(p.body.size())) != static_cast<qint64>(p.body.size()))
                return finish(core::Message("Sync", QT_TRANSLATE_NOOP("Sync", "%1: cannot write the downloaded page to %2."))
                                  .arg(feed.name)
                                  .arg(path));
            file.close();
            imports::ImportOptions options;
            options.format = imports::importFormatFromName(p.format).value_or(imports::ImportFormat::Auto);
            options.defaultTlp = core::tlpFromName(feed.tlp);
            options.sourceName = QStringLiteral("feed:") + feed.name;
            if (feed.confidence >= 0)
                options.confidence = feed.confidence;
            options.beforeCommit = storeCursor;
            imports::FileReport r = importer.importFile({path, false, options.format}, options, cancel);
            QFile::remove(path);
            for (core::Issue issue : r.issues) {
                issue.message.replace(path, p.label.text());
                issue.position =
                    issue.position.isEmpty() ? p.label.text() : p.label.text() + QStringLiteral(", ") + issue.position;
                report.issues.push_back(std::move(issue));
            }
            if (r.error) {
                QString message = r.error->message;
                message.replace(path, p.label.text());
                return finish(core::Message("Sync", QT_TRANSLATE_NOOP("Sync", "%1: %2 was not stored: %3"))
                                  .arg(feed.name)
                                  .arg(p.label)
                                  .arg(core::Message::plain(message)));
            }
            report.added += r.added;
            report.updated += r.updated;
            report.unchanged += r.unchanged + r.older;
            report.rejected += r.rejected;
        } else {
            store::Transaction tx(m_db);
            if (auto s = storeCursor(m_db); !s)
                return finish(namedForFeed(feed.name, s.error()));
            if (auto s = tx.commit(); !s)
                return finish(namedForFeed(feed.name, s.error()));
        }
        ++report.pages;
        cursor = p.nextCursor;
        if (progress)
            progress->report(
                {report.pages, 0, QCoreApplication::translate("Sync", "%1: %n page(s)", "", int(report.pages)).arg(feed.name)});
        if (!p.more)
            break;
    }
    if (!incomplete.empty()) {
        core::Message items = incomplete.front();
        for (std::size_t k = 1; k < incomplete.size(); ++k)
            items = core::Message("Sync", QT_TRANSLATE_NOOP("Sync", "%1; %2")).arg(items).arg(incomplete[k]);
        return finish(core::Message("Sync",
                                    QT_TRANSLATE_N_NOOP("Sync", "%1: %n item(s) the feed lists could not be fetched; everything "
                                                                "else was stored and the next sync tries them again: %2"),
                                    int(incomplete.size()))
                          .arg(feed.name)
                          .arg(items));
    }
    return finish({});
}

} // namespace lagebild::sync

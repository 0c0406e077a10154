#include "models/core/message.h"
#include "models/core/result.h"

#include <doctest/doctest.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using lagebild::core::Message;

TEST_CASE("a message fills its arguments in one pass, nests messages, and survives its JSON form") {
    Message inner("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "the connection was refused"));
    Message outer("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: %2 failed: %3. Check the network, the proxy and "
                                                                "that the server is running."));
    // An argument's own "%20" (an URL) is never taken for a placeholder.
    outer.arg(QStringLiteral("cert")).arg(QStringLiteral("https://x.example/a%20b/")).arg(inner);
    const QString english = QStringLiteral("Feed cert: https://x.example/a%20b/ failed: the connection was refused. Check the "
                                           "network, the proxy and that the server is running.");
    CHECK(outer.text() == english);
    const Message back = Message::fromJson(outer.toJson());
    CHECK(back.text() == english);
    CHECK(back.toJson() == outer.toJson());

    Message counted("Sync", QT_TRANSLATE_N_NOOP("Sync", "%1: cancelled after %n page(s); the next sync resumes there."), 1);
    counted.arg(QStringLiteral("cert"));
    CHECK(counted.text() == QStringLiteral("cert: cancelled after 1 page; the next sync resumes there."));
    CHECK(Message::fromJson(counted.toJson()).text() == counted.text());

    CHECK(Message::plain(QStringLiteral("100% sure %1")).text() == QStringLiteral("100% sure %1"));
    CHECK(Message::fromJson(QStringLiteral("not json")).isEmpty());
    CHECK(Message::fromJson(QString()).isEmpty());
    Message numbers("x", "%L1 of %2");
    numbers.arg(qint64{12345}).arg(qint64{7});
    CHECK(numbers.text() == QLocale().toString(12345) + QStringLiteral(" of 7"));

    // The same stored message reads in the language installed when it is read.
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(LAGEBILD_QM_DIR "/lagebild_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QString deutsch = back.text();
    QCoreApplication::removeTranslator(&german);
    CHECK(deutsch != english);
    CHECK(deutsch.contains(QStringLiteral("https://x.example/a%20b/")));
    CHECK(deutsch.startsWith(QStringLiteral("Feed cert")));
    CHECK(back.text() == english);

    // An error made from a message keeps it; one made from text keeps the text.
    const auto e = lagebild::core::Error::make(lagebild::core::ErrorCode::Network, outer);
    CHECK(e.message == english);
    CHECK(e.storable().toJson() == outer.toJson());
    CHECK(lagebild::core::Error::make(lagebild::core::ErrorCode::Io, QStringLiteral("disk full")).storable().text() ==
          QStringLiteral("disk full"));
}

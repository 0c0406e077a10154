#include "models/store/trust_repository.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

using namespace lagebild;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<store::Database> db;
    Fixture() {
        auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
};

} // namespace

TEST_CASE("sequence numbers only move up, per key and producer") {
    Fixture f;
    store::TrustRepository trust(*f.db);
    const QString key = QStringLiteral("0123456789ABCDEF");
    CHECK_FALSE(trust.lastSequence(key, QStringLiteral("a")).value().has_value());
    CHECK(trust.recordSequence(key, QStringLiteral("a"), 3, 1).value());
    CHECK_FALSE(trust.recordSequence(key, QStringLiteral("a"), 3, 2).value());
    CHECK_FALSE(trust.recordSequence(key, QStringLiteral("a"), 2, 2).value());
    CHECK(*trust.lastSequence(key, QStringLiteral("a")).value() == 3);
    CHECK(trust.recordSequence(key, QStringLiteral("b"), 1, 2).value());
    CHECK(trust.recordSequence(QStringLiteral("FEDCBA9876543210"), QStringLiteral("a"), 1, 2).value());
    CHECK(trust.recordSequence(key, QStringLiteral("a"), 10, 3).value());
    const auto seqs = trust.sequences(key).value();
    REQUIRE(seqs.size() == 2);
    CHECK(seqs[0] == std::pair(QStringLiteral("a"), std::int64_t(10)));
    CHECK(seqs[1] == std::pair(QStringLiteral("b"), std::int64_t(1)));
}

TEST_CASE("trusted keys are unique by name and key id, and removing one keeps its sequence numbers") {
    Fixture f;
    store::TrustRepository trust(*f.db);
    const store::TrustedKey a{QStringLiteral("alpha"), QStringLiteral("00000000000000AA"), QStringLiteral("RWQ..."), {}, 5};
    REQUIRE(trust.addKey(a).ok());
    auto sameName = a;
    sameName.keyId = QStringLiteral("00000000000000BB");
    CHECK(trust.addKey(sameName).error().code == core::ErrorCode::Usage);
    auto sameKey = a;
    sameKey.name = QStringLiteral("other");
    CHECK(trust.addKey(sameKey).error().code == core::ErrorCode::Usage);
    REQUIRE(trust.keyById(a.keyId).value().has_value());
    CHECK(trust.keyById(a.keyId).value()->name == QStringLiteral("alpha"));
    REQUIRE(trust.recordSequence(a.keyId, QStringLiteral("p"), 7, 1).value());
    CHECK(trust.removeKey(QStringLiteral("alpha")).value());
    CHECK_FALSE(trust.removeKey(QStringLiteral("alpha")).value());
    CHECK(trust.keys().value().empty());
    CHECK(*trust.lastSequence(a.keyId, QStringLiteral("p")).value() == 7);
}

TEST_CASE("outgoing sequence numbers count up per producer and survive reopening") {
    Fixture f;
    {
        store::TrustRepository trust(*f.db);
        CHECK(trust.nextOutgoingSequence(QStringLiteral("me")).value() == 1);
        CHECK(trust.nextOutgoingSequence(QStringLiteral("me")).value() == 2);
        CHECK(trust.nextOutgoingSequence(QStringLiteral("other")).value() == 1);
    }
    f.db.reset();
    auto reopened = store::Database::open(f.dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(reopened.ok());
    CHECK(store::TrustRepository(*reopened.value()).nextOutgoingSequence(QStringLiteral("me")).value() == 3);
}

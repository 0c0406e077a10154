#include "models/store/trust_repository.h"

#include <QCoreApplication>

namespace lagebild::store {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TrustRepository)
};

TrustedKey keyFromRow(const Statement& st) {
    return TrustedKey{st.columnQString(0), st.columnQString(1), st.columnQString(2), st.columnQString(3), st.columnInt64(4)};
}

constexpr const char* kKeyColumns = "SELECT name, key_id, public_key, comment, added FROM trusted_key ";

} // namespace

core::Status TrustRepository::addKey(const TrustedKey& key) {
    auto clash = m_db.prepare("SELECT name FROM trusted_key WHERE name = ?1 OR key_id = ?2");
    if (!clash)
        return clash.error();
    clash.value().bind(1, key.name.toStdString()).bind(2, key.keyId.toStdString());
    auto row = clash.value().step();
    if (!row)
        return row.error();
    if (row.value()) {
        const QString existing = clash.value().columnQString(0);
        return core::Error::make(core::ErrorCode::Usage,
                                 existing == key.name
                                     ? Tr::tr("A producer named \"%1\" is already trusted; remove it first.").arg(key.name)
                                     : Tr::tr("The key %1 is already trusted as \"%2\".").arg(key.keyId, existing));
    }
    auto insert = m_db.prepare("INSERT INTO trusted_key (name, key_id, public_key, comment, added) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, key.name.toStdString())
        .bind(2, key.keyId.toStdString())
        .bind(3, key.publicKey.toStdString())
        .bind(4, key.comment.toStdString())
        .bind(5, key.added);
    return insert.value().run();
}

core::Result<bool> TrustRepository::removeKey(const QString& name) {
    auto del = m_db.prepare("DELETE FROM trusted_key WHERE name = ?1");
    if (!del)
        return del.error();
    del.value().bind(1, name.toStdString());
    if (auto s = del.value().run(); !s)
        return s.error();
    return m_db.queryInt("SELECT changes()").valueOr(0) > 0;
}

core::Result<std::vector<TrustedKey>> TrustRepository::keys() {
    auto st = m_db.prepare(std::string(kKeyColumns) + "ORDER BY name");
    if (!st)
        return st.error();
    std::vector<TrustedKey> list;
    for (;;) {
        auto row = st.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        list.push_back(keyFromRow(st.value()));
    }
    return list;
}

core::Result<std::optional<TrustedKey>> TrustRepository::keyById(const QString& keyId) {
    auto st = m_db.prepare(std::string(kKeyColumns) + "WHERE key_id = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, keyId.toStdString());
    auto row = st.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<TrustedKey>();
    return std::optional<TrustedKey>(keyFromRow(st.value()));
}

core::Result<std::optional<std::int64_t>> TrustRepository::lastSequence(const QString& keyId, const QString& producer) {
    auto st = m_db.prepare("SELECT last_seq FROM producer_sequence WHERE key_id = ?1 AND producer = ?2");
    if (!st)
        return st.error();
    st.value().bind(1, keyId.toStdString()).bind(2, producer.toStdString());
    auto row = st.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(st.value().columnInt64(0));
}

core::Result<std::vector<std::pair<QString, std::int64_t>>> TrustRepository::sequences(const QString& keyId) {
    auto st = m_db.prepare("SELECT producer, last_seq FROM producer_sequence WHERE key_id = ?1 ORDER BY producer");
    if (!st)
        return st.error();
    st.value().bind(1, keyId.toStdString());
    std::vector<std::pair<QString, std::int64_t>> list;
    for (;;) {
        auto row = st.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        list.emplace_back(st.value().columnQString(0), st.value().columnInt64(1));
    }
    return list;
}

core::Result<bool> TrustRepository::recordSequence(const QString& keyId, const QString& producer, std::int64_t seq,
                                                   std::int64_t nowMicros) {
    // One statement decides and writes, so two imports of the same bundle cannot both pass
    // (the second sees the first's number once it holds the write lock).
    auto st = m_db.prepare("INSERT INTO producer_sequence (key_id, producer, last_seq, last_time) VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT (key_id, producer) DO UPDATE SET last_seq = excluded.last_seq, "
                           "last_time = excluded.last_time WHERE excluded.last_seq > producer_sequence.last_seq");
    if (!st)
        return st.error();
    st.value().bind(1, keyId.toStdString()).bind(2, producer.toStdString()).bind(3, seq).bind(4, nowMicros);
    if (auto s = st.value().run(); !s)
        return s.error();
    return m_db.queryInt("SELECT changes()").valueOr(0) > 0;
}

core::Result<std::int64_t> TrustRepository::nextOutgoingSequence(const QString& producer) {
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto st = m_db.prepare("INSERT INTO outgoing_sequence (producer, last_seq) VALUES (?1, 1) "
                           "ON CONFLICT (producer) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq");
    if (!st)
        return st.error();
    st.value().bind(1, producer.toStdString());
    auto row = st.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return core::Error::make(core::ErrorCode::Storage, Tr::tr("Could not reserve a bundle sequence number."));
    const std::int64_t seq = st.value().columnInt64(0);
    st.value().reset();
    if (auto s = tx.commit(); !s)
        return s.error();
    return seq;
}

} // namespace lagebild::store

#include "models/store/trust_repository.h"

#include <QCoreApplication>

namespace lagebild::store {

namespace {

TrustedKey keyFromRow(const Statement& st) {
    return TrustedKey{st.columnQString(0), st.columnQString(1), st.columnQString(2), st.columnQString(3), st.columnInt64(4)};
}

// Every row of a bound statement, mapped.
template <typename T, typename Map>
core::Result<std::vector<T>> allRows(Statement& st, Map map) {
    std::vector<T> rows;
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            return rows;
        rows.push_back(map(st));
    }
}

// The first row of a bound statement, mapped, or nullopt.
template <typename T, typename Map>
core::Result<std::optional<T>> firstRow(Statement& st, Map map) {
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<T>();
    return std::optional<T>(map(st));
}

constexpr const char* kKeyColumns = "SELECT name, key_id, public_key, comment, added FROM trusted_key ";

} // namespace

core::Status TrustRepository::addKey(const TrustedKey& key) {
    auto clash = m_db.prepare("SELECT name FROM trusted_key WHERE name = ?1 OR key_id = ?2");
    if (!clash)
        return clash.error();
    clash.value().bind(1, key.name.toStdString()).bind(2, key.keyId.toStdString());
    auto existing = firstRow<QString>(clash.value(), [](const Statement& row) { return row.columnQString(0); });
    if (!existing)
        return existing.error();
    if (existing.value())
        return core::Error::make(
            core::ErrorCode::Usage,
            *existing.value() == key.name
                ? QCoreApplication::translate("TrustRepository", "A producer named \"%1\" is already trusted; remove it first.")
                      .arg(key.name)
                : QCoreApplication::translate("TrustRepository", "The key %1 is already trusted as \"%2\".")
                      .arg(key.keyId, *existing.value()));
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
    return allRows<TrustedKey>(st.value(), keyFromRow);
}

core::Result<std::optional<TrustedKey>> TrustRepository::keyById(const QString& keyId) {
    auto st = m_db.prepare(std::string(kKeyColumns) + "WHERE key_id = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, keyId.toStdString());
    return firstRow<TrustedKey>(st.value(), keyFromRow);
}

core::Result<std::optional<std::int64_t>> TrustRepository::lastSequence(const QString& keyId, const QString& producer) {
    auto st = m_db.prepare("SELECT last_seq FROM producer_sequence WHERE key_id = ?1 AND producer = ?2");
    if (!st)
        return st.error();
    st.value().bind(1, keyId.toStdString()).bind(2, producer.toStdString());
    return firstRow<std::int64_t>(st.value(), [](const Statement& row) { return row.columnInt64(0); });
}

core::Result<std::vector<std::pair<QString, std::int64_t>>> TrustRepository::sequences(const QString& keyId) {
    auto st = m_db.prepare("SELECT producer, last_seq FROM producer_sequence WHERE key_id = ?1 ORDER BY producer");
    if (!st)
        return st.error();
    st.value().bind(1, keyId.toStdString());
    return allRows<std::pair<QString, std::int64_t>>(
        st.value(), [](const Statement& row) { return std::pair(row.columnQString(0), row.columnInt64(1)); });
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
        return core::Error::make(core::ErrorCode::Storage,
                                 QCoreApplication::translate("TrustRepository", "Could not reserve a bundle sequence number."));
    const std::int64_t seq = st.value().columnInt64(0);
    st.value().reset();
    if (auto s = tx.commit(); !s)
        return s.error();
    return seq;
}

} // namespace lagebild::store

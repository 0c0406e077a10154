#include "models/store/snapshot_repository.h"

#include "models/core/json_writer.h"
#include "models/store/audit_log.h"

#include <charconv>

namespace lagebild::store {

namespace {

constexpr const char* kColumns = "rid, created, created_by, label, level, figures, object_count, length(objects)";

core::Error noSnapshot(std::int64_t rid) {
    return core::Error::make(
        core::ErrorCode::Usage,
        core::Message("SnapshotRepository", QT_TRANSLATE_NOOP("SnapshotRepository", "There is no snapshot %1.")).arg(rid));
}

Snapshot readRow(const Statement& s) {
    Snapshot out;
    out.rid = s.columnInt64(0);
    out.created = s.columnInt64(1);
    out.createdBy = s.columnQString(2);
    out.label = s.columnQString(3);
    out.level = static_cast<int>(s.columnInt64(4));
    const auto figures = s.columnText(5);
    out.figures = QByteArray(figures.data(), static_cast<qsizetype>(figures.size()));
    out.objectCount = s.columnInt64(6);
    out.storedBytes = s.columnInt64(7);
    return out;
}

} // namespace

core::Result<std::vector<ObjectVersion>> SnapshotRepository::currentObjects() {
    auto st = m_db.prepare("SELECT id, coalesce(modified, -1) FROM stix_object ORDER BY id");
    if (!st)
        return st.error();
    std::vector<ObjectVersion> out;
    auto s = st.value().forEachRow([&](const Statement& r) { out.push_back({std::string(r.columnText(0)), r.columnInt64(1)}); });
    if (!s)
        return s.error();
    return out;
}

QByteArray SnapshotRepository::encode(const std::vector<ObjectVersion>& objects) {
    QByteArray text;
    text.reserve(static_cast<qsizetype>(objects.size() * 64));
    for (const auto& o : objects) {
        text.append(o.id.data(), static_cast<qsizetype>(o.id.size()));
        text.append('\t');
        text.append(QByteArray::number(static_cast<qlonglong>(o.modified)));
        text.append('\n');
    }
    return qCompress(text, 9);
}

std::vector<ObjectVersion> SnapshotRepository::decode(const QByteArray& blob) {
    const QByteArray text = qUncompress(blob);
    std::vector<ObjectVersion> out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const qsizetype tab = text.indexOf('\t', pos);
        if (tab > pos && tab < end) {
            ObjectVersion v;
            v.id.assign(text.constData() + pos, static_cast<std::size_t>(tab - pos));
            std::from_chars(text.constData() + tab + 1, text.constData() + end, v.modified);
            out.push_back(std::move(v));
        }
        pos = end + 1;
    }
    return out;
}

core::Result<Snapshot> SnapshotRepository::create(const QByteArray& figures, int level, const QString& label,
                                                  const QString& actor, std::int64_t now) {
    auto objects = currentObjects();
    if (!objects)
        return objects.error();
    const QByteArray blob = encode(objects.value());
    auto st = m_db.prepare("INSERT INTO snapshot (created, created_by, label, level, figures, objects, object_count) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!st)
        return st.error();
    auto& s = st.value();
    s.bind(1, now).bind(2, actor.toStdString()).bind(3, label.toStdString()).bind(4, level);
    s.bind(5, std::string_view(figures.constData(), static_cast<std::size_t>(figures.size())));
    s.bindBlob(6, std::string_view(blob.constData(), static_cast<std::size_t>(blob.size())));
    s.bind(7, static_cast<std::int64_t>(objects.value().size()));
    if (auto r = s.run(); !r)
        return r.error();
    const std::int64_t rid = m_db.lastInsertRowId();
    std::string detail;
    core::JsonWriter w(detail);
    w.beginObject().key("snapshot").value(rid).key("objects").value(static_cast<std::int64_t>(objects.value().size()));
    w.key("level").value(level).endObject();
    if (auto a = AuditLog(m_db).append(actor, "snapshot.create", detail, now); !a)
        return a.error();
    return get(rid);
}

core::Result<std::vector<Snapshot>> SnapshotRepository::list() {
    auto st = m_db.prepare(std::string("SELECT ") + kColumns + " FROM snapshot ORDER BY created DESC, rid DESC");
    if (!st)
        return st.error();
    std::vector<Snapshot> out;
    if (auto s = st.value().forEachRow([&](const Statement& r) { out.push_back(readRow(r)); }); !s)
        return s.error();
    return out;
}

core::Result<Snapshot> SnapshotRepository::get(std::int64_t rid) {
    auto st = m_db.prepare(std::string("SELECT ") + kColumns + " FROM snapshot WHERE rid = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, rid);
    auto more = st.value().step();
    if (!more)
        return more.error();
    if (!more.value())
        return noSnapshot(rid);
    return readRow(st.value());
}

core::Result<std::optional<Snapshot>> SnapshotRepository::latest() {
    auto rid = m_db.queryInt("SELECT rid FROM snapshot ORDER BY created DESC, rid DESC LIMIT 1", 0);
    if (!rid)
        return rid.error();
    if (rid.value() == 0)
        return std::optional<Snapshot>{};
    auto s = get(rid.value());
    if (!s)
        return s.error();
    return std::optional<Snapshot>(std::move(s).value());
}

core::Result<std::vector<ObjectVersion>> SnapshotRepository::objects(std::int64_t rid) {
    auto st = m_db.prepare("SELECT objects FROM snapshot WHERE rid = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, rid);
    auto more = st.value().step();
    if (!more)
        return more.error();
    if (!more.value())
        return noSnapshot(rid);
    const auto bytes = st.value().columnBlob(0);
    return decode(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
}

} // namespace lagebild::store

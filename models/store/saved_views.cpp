#include "models/store/saved_views.h"

namespace lagebild::store {

core::Result<std::vector<SavedView>> SavedViews::list() {
    auto st = m_db.prepare("SELECT name, spec FROM saved_view ORDER BY name");
    if (!st)
        return st.error();
    std::vector<SavedView> out;
    if (auto done = st.value().forEachRow([&out](const Statement& r) {
            const auto spec = r.columnText(1);
            out.push_back({r.columnQString(0), QByteArray(spec.data(), static_cast<qsizetype>(spec.size()))});
        });
        !done)
        return done.error();
    return out;
}

core::Status SavedViews::save(const SavedView& view, std::int64_t now) {
    auto st = m_db.prepare("INSERT INTO saved_view (name, spec, created) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT (name) DO UPDATE SET spec = excluded.spec");
    if (!st)
        return st.error();
    st.value().bind(1, view.name.toStdString()).bind(2, view.spec.toStdString()).bind(3, now);
    return st.value().run();
}

core::Status SavedViews::remove(const QString& name) {
    auto st = m_db.prepare("DELETE FROM saved_view WHERE name = ?1");
    if (!st)
        return st.error();
    st.value().bind(1, name.toStdString());
    return st.value().run();
}

} // namespace lagebild::store

#include "app/cli/cli_support.h"

#include <QCoreApplication>

namespace lagebild::app::cli {

std::unique_ptr<store::Database> openDatabase(Context& context) {
    auto db = store::Database::open(context.dbPath);
    if (!db) {
        const auto& e = db.error();
        fail(context, kExitFailure,
             e.detail.isEmpty() || e.message.contains(e.detail) ? e.message
                                                                : e.message + QStringLiteral(" (") + e.detail + QLatin1Char(')'));
        return nullptr;
    }
    return std::move(db.value());
}

void printJson(Context& context, const QJsonObject& object) {
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    context.out.flush();
}

QJsonObject feedRunJson(const store::FeedRun& r) {
    return QJsonObject{{QStringLiteral("ok"), r.ok},
                       {QStringLiteral("pages"), static_cast<qint64>(r.pages)},
                       {QStringLiteral("added"), static_cast<qint64>(r.added)},
                       {QStringLiteral("updated"), static_cast<qint64>(r.updated)},
                       {QStringLiteral("unchanged"), static_cast<qint64>(r.unchanged)},
                       {QStringLiteral("rejected"), static_cast<qint64>(r.rejected)},
                       {QStringLiteral("error"), r.ok ? QJsonValue() : QJsonValue(r.errorText())}};
}

int fail(Context& context, int code, const QString& message) {
    context.err << "lagebild: " << message << '\n';
    context.err.flush();
    return code;
}

} // namespace lagebild::app::cli

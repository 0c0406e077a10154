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

int fail(Context& context, int code, const QString& message) {
    context.err << "lagebild: " << message << '\n';
    context.err.flush();
    return code;
}

} // namespace lagebild::app::cli

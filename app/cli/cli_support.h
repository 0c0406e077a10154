#pragma once

#include "app/cli/command.h"
#include "models/core/result.h"
#include "models/store/database.h"
#include "models/store/feed_repository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace lagebild::app::cli {

/// Opens (creating if missing) the context's database; on failure prints one line naming the
/// file and the reason and returns nullptr.
std::unique_ptr<store::Database> openDatabase(Context& context);

/// Prints one JSON document on stdout (the --json convention).
void printJson(Context& context, const QJsonObject& object);

/// A feed run's outcome as `sync --json` and `feeds show --json` print it: ok, pages, added,
/// updated, unchanged, rejected, error (null when ok).
QJsonObject feedRunJson(const store::FeedRun& run);

/// Prints "lagebild: <message>" on stderr and returns `code`.
int fail(Context& context, int code, const QString& message);

} // namespace lagebild::app::cli

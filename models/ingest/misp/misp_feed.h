#pragma once

// Internal to the MISP reader: a MISP feed folder (manifest.json, <uuid>.json, hashes.csv).

#include "models/core/cancel_token.h"
#include "models/core/progress.h"
#include "models/ingest/misp/misp_support.h"

#include <QString>

#include <functional>

namespace lagebild::ingest::misp::detail {

/// Reads one event file of the feed; an Error with code Parse, Schema or Io means the file is
/// broken (reported, the feed goes on), any other code aborts the feed.
using EventFileReader = std::function<core::Status(const QString& path)>;

/// Reads a feed folder: validates every manifest key as a UUID before a path is built (file names
/// come from the folder listing, never from the manifest), reports listed events whose file is
/// missing and event files the manifest does not list (those are not imported: the manifest is the
/// feed's index), counts hashes.csv rows in either column order, and reads each listed event in
/// manifest order, polling `cancel` between events. An Error means the manifest itself is unreadable.
core::Status readFeedFolder(const QString& folder, Emitter& emitter, const EventFileReader& readEventFile,
                            const core::CancelToken& cancel, core::ProgressReporter* progress);

} // namespace lagebild::ingest::misp::detail

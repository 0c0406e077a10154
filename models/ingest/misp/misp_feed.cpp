#include "models/ingest/misp/misp_feed.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <map>
#include <unordered_map>
#include <unordered_set>

namespace lagebild::ingest::misp::detail {

namespace {

constexpr std::string_view kManifest = "manifest.json";

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '"' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '"' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool isMd5(std::string_view s) {
    return s.size() == 32 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

// hashes.csv: one "event_uuid,md5" or "md5,event_uuid" row per attribute value, depending on the
// producer; the column order is recognised per row from the values themselves.
void readHashes(const QString& folder, Emitter& emitter, const std::unordered_set<std::string>& listed) {
    const QString path = QDir(folder).filePath(QStringLiteral("hashes.csv"));
    if (!QFileInfo(path).isFile())
        return;
    auto bytes = loadFile(path);
    if (!bytes) {
        emitter.note(core::IssueSeverity::Warning, bytes.error().message, QString());
        return;
    }
    emitter.setFile(QStringLiteral("hashes.csv"));
    const std::string_view content(bytes.value().data(), bytes.value().size() - simdjson::SIMDJSON_PADDING);
    std::int64_t malformed = 0, unknown = 0, lineNo = 0, firstBad = 0;
    std::size_t pos = 0;
    while (pos < content.size()) {
        auto end = content.find('\n', pos);
        if (end == std::string_view::npos)
            end = content.size();
        const std::string_view line = trim(content.substr(pos, end - pos));
        pos = end + 1;
        ++lineNo;
        if (line.empty())
            continue;
        const auto comma = line.find(',');
        const std::string_view a = comma == std::string_view::npos ? line : trim(line.substr(0, comma));
        const std::string_view b = comma == std::string_view::npos ? std::string_view{} : trim(line.substr(comma + 1));
        std::string_view uuid;
        if (isUuid(a) && isMd5(b))
            uuid = a;
        else if (isMd5(a) && isUuid(b))
            uuid = b;
        if (uuid.empty()) {
            if (lineNo > 1 || isUuid(a) || isUuid(b) || isMd5(a) || isMd5(b)) { // a first line without values is a header
                ++malformed;
                firstBad = firstBad ? firstBad : lineNo;
            }
            continue;
        }
        ++emitter.info().hashEntries;
        if (!listed.count(toLower(uuid)))
            ++unknown;
    }
    if (malformed > 0)
        emitter.note(core::IssueSeverity::Warning,
                     QCoreApplication::translate(
                         "MispReader", "%n row(s) of hashes.csv are not \"event uuid, MD5\" in either order and were ignored.",
                         "", int(malformed)),
                     QCoreApplication::translate("MispReader", "line %1").arg(firstBad));
    if (unknown > 0)
        emitter.note(core::IssueSeverity::Info,
                     QCoreApplication::translate(
                         "MispReader", "%n row(s) of hashes.csv name events that manifest.json does not list.", "", int(unknown)),
                     QString());
}

} // namespace

core::Status readFeedFolder(const QString& folder, Emitter& emitter, const EventFileReader& readEventFile,
                            const core::CancelToken& cancel, core::ProgressReporter* progress) {
    auto& info = emitter.info();
    info.kind = MispInput::Feed;
    const QDir dir(folder);
    const QString manifestPath = dir.filePath(qs(kManifest));
    emitter.setFile(qs(kManifest));
    auto bytes = loadFile(manifestPath);
    if (!bytes)
        return bytes.error();
    const std::size_t size = bytes.value().size() - simdjson::SIMDJSON_PADDING;
    dom::parser parser;
    dom::element root;
    if (auto err = parser.parse(bytes.value().data(), size, false).get(root); err != simdjson::SUCCESS)
        return jsonParseError(manifestPath, std::string_view(bytes.value().data(), size), err);
    dom::object manifest;
    if (root.get_object().get(manifest) != simdjson::SUCCESS)
        return core::Error::make(
            core::ErrorCode::Schema,
            QCoreApplication::translate("MispReader",
                                        "manifest.json in %1 is not a JSON object of event uuids; this is not a MISP feed.")
                .arg(QDir::toNativeSeparators(folder)));

    // File names come from the folder listing; a manifest key only ever selects one of them.
    std::unordered_map<std::string, QString> filesByUuid;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::NoSymLinks)) {
        const QByteArray base = name.left(name.size() - 5).toUtf8();
        if (isUuid(std::string_view(base.constData(), static_cast<std::size_t>(base.size()))))
            filesByUuid.emplace(toLower(std::string_view(base.constData(), static_cast<std::size_t>(base.size()))), name);
    }

    struct Entry {
        std::string uuid;
        QString file;
    };
    std::vector<Entry> entries;
    std::unordered_set<std::string> listed;
    for (auto [key, value] : manifest) {
        ++info.manifestEntries;
        if (!isUuid(key)) {
            ++info.invalidManifestKeys;
            emitter.reject(QCoreApplication::translate(
                               "MispReader",
                               "The manifest entry \"%1\" is not an event uuid; it was skipped and no file was opened "
                               "for it. The feed may have been tampered with.")
                               .arg(qs(utf8Prefix(key, 80))),
                           QString());
            continue;
        }
        const std::string uuid = toLower(key);
        if (!listed.insert(uuid).second)
            continue;
        const auto file = filesByUuid.find(uuid);
        if (file == filesByUuid.end()) {
            ++info.missingEventFiles;
            emitter.reject(QCoreApplication::translate(
                               "MispReader",
                               "Event %1 is listed in manifest.json but its file %1.json is missing; the copy of the feed "
                               "may be incomplete.")
                               .arg(qs(uuid)),
                           QString(), qs(uuid));
            continue;
        }
        entries.push_back({uuid, file->second});
    }
    std::map<QString, std::string> unlisted; // sorted for a stable order of notes
    for (const auto& [uuid, name] : filesByUuid)
        if (!listed.count(uuid))
            unlisted.emplace(name, uuid);
    for (const auto& [name, uuid] : unlisted) {
        ++info.unlistedEventFiles;
        emitter.setFile(name);
        emitter.note(core::IssueSeverity::Warning,
                     QCoreApplication::translate("MispReader",
                                                 "%1 is in the feed folder but not listed in manifest.json; it was not imported.")
                         .arg(name),
                     QString(), qs(uuid));
    }
    readHashes(folder, emitter, listed);

    const auto total = static_cast<std::int64_t>(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (cancel.isCancelled())
            return core::Error::make(core::ErrorCode::Cancelled, QCoreApplication::translate("MispReader", "Import cancelled."));
        if (progress)
            progress->report({static_cast<std::int64_t>(i), total, QCoreApplication::translate("MispReader", "Feed events")});
        const auto before = info.eventUuids.size();
        const QString path = dir.filePath(entries[i].file);
        emitter.setFile(entries[i].file);
        auto st = readEventFile(path);
        if (!st) {
            const auto code = st.error().code;
            if (code != core::ErrorCode::Parse && code != core::ErrorCode::Schema && code != core::ErrorCode::Io)
                return st;
            ++info.missingEventFiles;
            emitter.reject(st.error().message, st.error().detail, qs(entries[i].uuid));
            continue;
        }
        const auto first = info.eventUuids.begin() + static_cast<std::ptrdiff_t>(before);
        if (std::find(first, info.eventUuids.end(), entries[i].uuid) == info.eventUuids.end())
            emitter.note(
                core::IssueSeverity::Warning,
                QCoreApplication::translate("MispReader", "%1 does not hold the event %2 that manifest.json announces for it.")
                    .arg(entries[i].file, qs(entries[i].uuid)),
                QString(), qs(entries[i].uuid));
    }
    if (progress)
        progress->report({total, total, QCoreApplication::translate("MispReader", "Feed events")}, true);
    return {};
}

} // namespace lagebild::ingest::misp::detail

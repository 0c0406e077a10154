#include "models/ingest/misp/misp_reader.h"

#include "models/ingest/misp/misp_event.h"
#include "models/ingest/misp/misp_feed.h"
#include "models/ingest/misp/misp_reference.h"
#include "models/ingest/misp/misp_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace lagebild::ingest::misp {

namespace {

using namespace detail;

// A JSON key in the head of a file: "key" followed by ':' (so string contents do not count).
bool hasKey(std::string_view head, std::string_view key) {
    std::size_t pos = 0;
    while ((pos = head.find(key, pos)) != std::string_view::npos) {
        const std::size_t end = pos + key.size();
        if (pos > 0 && head[pos - 1] == '"' && (pos < 2 || head[pos - 2] != '\\') && end < head.size() && head[end] == '"') {
            std::size_t j = end + 1;
            while (j < head.size() && (head[j] == ' ' || head[j] == '\t' || head[j] == '\r' || head[j] == '\n'))
                ++j;
            if (j < head.size() && head[j] == ':')
                return true;
        }
        pos = end;
    }
    return false;
}

bool isBareEvent(dom::object o) {
    for (const char* key : {"info", "Orgc", "threat_level_id", "analysis", "date", "published", "EventReport"})
        if (o[key].error() == simdjson::SUCCESS)
            return true;
    return string(o, "uuid") && (array(o, "Attribute") || array(o, "Object"));
}

std::vector<dom::element> asList(dom::object o, std::string_view key) {
    std::vector<dom::element> out;
    dom::element e;
    if (o[key].get(e) != simdjson::SUCCESS || e.is_null())
        return out;
    dom::array a;
    if (e.get_array().get(a) == simdjson::SUCCESS) {
        for (auto item : a)
            out.push_back(item);
    } else {
        out.push_back(e); // {"Attribute": {...}}: one attribute
    }
    return out;
}

core::Error notMisp(const QString& file, const QString& what) {
    return core::Error::make(
        core::ErrorCode::WrongFormat,
        QCoreApplication::translate("MispReader",
                                    "%1 is not MISP data: %2 Expected a MISP event export, a feed folder, a misp-galaxy "
                                    "cluster file or a misp-taxonomies machinetag.json.")
            .arg(file, what));
}

class Reader {
public:
    Reader(Emitter& emitter, const core::CancelToken& cancel, core::ProgressReporter* progress)
        : m_emitter(emitter), m_events(emitter, cancel), m_cancel(cancel), m_progress(progress) {}

    core::Status readFile(const QString& path, MispInput kind);

private:
    core::Status readEvents(dom::element root);
    core::Status eventOrCollection(dom::element item, const QString& position, bool& handled);
    core::Status cancelled() const {
        return core::Error::make(core::ErrorCode::Cancelled, QCoreApplication::translate("MispReader", "Import cancelled."));
    }

    Emitter& m_emitter;
    EventConverter m_events;
    const core::CancelToken& m_cancel;
    core::ProgressReporter* m_progress;
};

core::Status Reader::readFile(const QString& path, MispInput kind) {
    const QString file = QFileInfo(path).fileName();
    m_emitter.setFile(file);
    auto bytes = loadFile(path);
    if (!bytes)
        return bytes.error();
    std::string_view content(bytes.value().data(), bytes.value().size() - simdjson::SIMDJSON_PADDING);
    std::size_t skip = content.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; // a UTF-8 byte order mark
    dom::parser parser;
    dom::element root;
    if (auto err = parser.parse(content.data() + skip, content.size() - skip, false).get(root); err != simdjson::SUCCESS)
        return jsonParseError(path, content, err);

    dom::object obj;
    const bool isObject = root.get_object().get(obj) == simdjson::SUCCESS;
    const bool eventish =
        isObject && (obj["Event"].error() == simdjson::SUCCESS || obj["response"].error() == simdjson::SUCCESS ||
                     obj["Attribute"].error() == simdjson::SUCCESS || isBareEvent(obj));
    if (kind == MispInput::Taxonomy || (kind == MispInput::Auto && isObject && !eventish && isTaxonomyDocument(obj))) {
        if (!isObject || !isTaxonomyDocument(obj))
            return notMisp(file, QCoreApplication::translate(
                                     "MispReader", "it has no \"namespace\" and \"predicates\", so it is not a taxonomy."));
        return readTaxonomyDocument(m_emitter, obj);
    }
    if (kind == MispInput::Galaxy || (kind == MispInput::Auto && isObject && !eventish && isGalaxyDocument(obj))) {
        if (!isObject || !isGalaxyDocument(obj))
            return notMisp(file, QCoreApplication::translate("MispReader", "it has no galaxy clusters, so it is not a galaxy."));
        return readGalaxyDocument(m_emitter, obj, m_cancel, m_progress);
    }
    m_emitter.info().kind = MispInput::Event;
    return readEvents(root);
}

// One element of a "response" list or of a top-level array: {"Event": ...}, a bare event, or an
// attribute/object collection.
core::Status Reader::eventOrCollection(dom::element item, const QString& position, bool& handled) {
    handled = true;
    dom::object o;
    if (item.get_object().get(o) != simdjson::SUCCESS) {
        handled = false;
        return {};
    }
    if (const auto event = object(o, "Event"))
        return m_events.convertEvent(*event, jsonPath(position, QStringLiteral("Event")));
    if (isBareEvent(o))
        return m_events.convertEvent(o, position);
    if (o["Attribute"].error() == simdjson::SUCCESS || o["Object"].error() == simdjson::SUCCESS)
        return m_events.convertCollection(asList(o, "Attribute"), asList(o, "Object"), position);
    if (string(o, "type") && o["value"].error() == simdjson::SUCCESS) // a lone attribute
        return m_events.convertCollection({item}, {}, position);
    handled = false;
    return {};
}

core::Status Reader::readEvents(dom::element root) {
    std::vector<dom::element> items;
    QString prefix;
    dom::object obj;
    dom::array list;
    if (root.get_object().get(obj) == simdjson::SUCCESS) {
        dom::element response;
        if (obj["response"].get(response) != simdjson::SUCCESS) {
            bool handled = false;
            if (auto s = eventOrCollection(root, QString(), handled); !s || handled)
                return s;
            return notMisp(
                m_emitter.file(),
                QCoreApplication::translate(
                    "MispReader", "the JSON object has neither an \"Event\", a \"response\" nor event or attribute fields."));
        }
        prefix = QStringLiteral("response");
        if (response.get_array().get(list) != simdjson::SUCCESS) {
            bool handled = false;
            if (auto s = eventOrCollection(response, prefix, handled); !s || handled)
                return s;
            return notMisp(m_emitter.file(),
                           QCoreApplication::translate("MispReader", "its \"response\" holds neither events nor attributes."));
        }
    } else if (root.get_array().get(list) == simdjson::SUCCESS) {
    } else {
        return notMisp(m_emitter.file(),
                       QCoreApplication::translate("MispReader", "the document is neither a JSON object nor an array."));
    }
    for (auto item : list)
        items.push_back(item);
    const auto total = static_cast<std::int64_t>(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (m_cancel.isCancelled())
            return cancelled();
        const QString position = prefix + QStringLiteral("[%1]").arg(i);
        bool handled = false;
        if (auto s = eventOrCollection(items[i], position, handled); !s)
            return s;
        if (!handled)
            m_emitter.reject(QCoreApplication::translate(
                                 "MispReader", "This element is neither a MISP event nor an attribute and was left out."),
                             position);
        if (m_progress)
            m_progress->report(
                {static_cast<std::int64_t>(i + 1), total, QCoreApplication::translate("MispReader", "MISP events")});
    }
    return {};
}

} // namespace

std::optional<MispInput> sniffMisp(std::string_view head, const QString& path) {
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    while (!head.empty() && (head.front() == ' ' || head.front() == '\t' || head.front() == '\r' || head.front() == '\n'))
        head.remove_prefix(1);
    if (head.empty() || (head.front() != '{' && head.front() != '['))
        return std::nullopt;
    if (hasKey(head, "predicates") && hasKey(head, "namespace"))
        return MispInput::Taxonomy;
    if (QFileInfo(path).fileName().compare(QLatin1String("machinetag.json"), Qt::CaseInsensitive) == 0 && head.front() == '{')
        return MispInput::Taxonomy;
    // Capitalised keys are MISP's own; STIX never uses them.
    for (std::string_view key : {"Event", "Attribute", "Orgc", "ShadowAttribute", "EventReport", "response"})
        if (hasKey(head, key))
            return MispInput::Event;
    if (hasKey(head, "GalaxyCluster"))
        return MispInput::Galaxy;
    if (hasKey(head, "values") && hasKey(head, "uuid") && (hasKey(head, "authors") || hasKey(head, "category")))
        return MispInput::Galaxy;
    if (hasKey(head, "icon") && hasKey(head, "namespace") && hasKey(head, "type") && hasKey(head, "uuid"))
        return MispInput::Galaxy;
    if (hasKey(head, "Object") || hasKey(head, "threat_level_id") || (hasKey(head, "info") && hasKey(head, "analysis")))
        return MispInput::Event;
    return std::nullopt;
}

bool isMispFeedFolder(const QString& path) {
    const QFileInfo fi(path);
    return fi.isDir() && QFileInfo(QDir(path).filePath(QStringLiteral("manifest.json"))).isFile();
}

core::Result<MispFileInfo> readMisp(const QString& path, MispInput kind, stix::StixVisitor& visitor,
                                    const core::CancelToken& cancel, core::ProgressReporter* progress) {
    MispFileInfo info;
    Emitter emitter(visitor, info);
    Reader reader(emitter, cancel, progress);
    const bool folder = QFileInfo(path).isDir();
    core::Status st;
    if (kind == MispInput::Feed || folder) {
        if (!isMispFeedFolder(path))
            return core::Error::make(
                core::ErrorCode::Io,
                QCoreApplication::translate("MispReader", "%1 is not a MISP feed folder: it has no manifest.json.")
                    .arg(QDir::toNativeSeparators(path)));
        st = readFeedFolder(
            path, emitter, [&reader](const QString& file) { return reader.readFile(file, MispInput::Event); }, cancel, progress);
        info.kind = MispInput::Feed;
    } else {
        st = reader.readFile(path, kind);
    }
    if (!st)
        return st.error();
    return info;
}

} // namespace lagebild::ingest::misp

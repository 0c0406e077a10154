#include "models/ingest/stix/stix_reader.h"

#include "models/ingest/stix/stix_object_parser.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <array>

namespace lagebild::ingest::stix {

namespace {

using core::Issue;
using core::IssueSeverity;

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString where(std::int64_t line, std::int64_t offset) {
    return QCoreApplication::translate("StixReader", "line %1, byte %2").arg(line).arg(offset);
}

class Reader {
public:
    Reader(const QString& path, const JsonLimits& limits, StixVisitor& visitor, const core::CancelToken& cancel,
           core::ProgressReporter* progress)
        : m_path(path), m_limits(limits), m_visitor(visitor), m_cancel(cancel), m_progress(progress) {}

    core::Result<StixFileInfo> run();

private:
    core::Status readBundleOrObject(JsonStream& js, ByteSource& src);
    core::Status readArray(JsonStream& js, ByteSource& src);
    core::Status element(const JsonStream::Value& v);
    core::Status fail(const QString& message, std::int64_t line, std::int64_t offset) const;
    void reject(const QString& reason, const JsonStream::Value& v, std::string_view object = {});

    const QString& m_path;
    const JsonLimits& m_limits;
    StixVisitor& m_visitor;
    const core::CancelToken& m_cancel;
    core::ProgressReporter* m_progress;
    StixObjectParser m_objects;
    StixFileInfo m_info;
    core::StixRecord m_rec;
};

core::Status Reader::fail(const QString& message, std::int64_t line, std::int64_t offset) const {
    return core::Error::make(core::ErrorCode::Parse, message, where(line, offset));
}

void Reader::reject(const QString& reason, const JsonStream::Value& v, std::string_view object) {
    m_visitor.rejected(Issue{IssueSeverity::Error, reason, where(v.line, v.offset), qs(object)});
}

core::Result<StixFileInfo> Reader::run() {
    auto src = openByteSource(m_path);
    if (!src)
        return src.error();
    JsonStream js(*src.value(), m_limits);
    auto first = js.peek();
    if (!first)
        return first.error();
    core::Status st;
    if (first.value() == '{') {
        st = readBundleOrObject(js, *src.value());
    } else if (first.value() == '[') {
        m_info.shape = StixFileInfo::Shape::Array;
        st = readArray(js, *src.value());
    } else if (first.value() == '\0') {
        return core::Error(fail(QCoreApplication::translate("StixReader", "The file is empty."), js.line(), js.offset()).error());
    } else {
        return core::Error(
            fail(QCoreApplication::translate("StixReader", "Not JSON: the file must start with '{' or '[' but starts with '%1'.")
                     .arg(QLatin1Char(first.value())),
                 js.line(), js.offset())
                .error());
    }
    if (!st)
        return st.error();
    auto rest = js.peek();
    if (!rest)
        return rest.error();
    if (rest.value() != '\0')
        return core::Error(fail(QCoreApplication::translate("StixReader", "Unexpected data after the end of the JSON document."),
                                js.line(), js.offset())
                               .error());
    return m_info;
}

core::Status Reader::readArray(JsonStream& js, ByteSource& src) {
    if (auto s = js.expect('['); !s)
        return s;
    auto p = js.peek();
    if (!p)
        return p.error();
    if (p.value() == ']')
        return js.expect(']');
    for (;;) {
        if (m_cancel.isCancelled())
            return core::Error::make(core::ErrorCode::Cancelled, QCoreApplication::translate("StixReader", "Import cancelled."));
        auto v = js.value();
        if (!v)
            return v.error();
        if (auto s = element(v.value()); !s)
            return s;
        if (m_progress)
            m_progress->report({src.rawPosition(), src.rawSize(), {}});
        auto sep = js.peek();
        if (!sep)
            return sep.error();
        if (sep.value() == ',') {
            (void)js.expect(',');
            continue;
        }
        return js.expect(']');
    }
}

core::Status Reader::readBundleOrObject(JsonStream& js, ByteSource& src) {
    if (auto s = js.expect('{'); !s)
        return s;
    // Top-level members other than "objects" are small; they are kept to rebuild a single
    // object file verbatim (member order and bytes preserved).
    std::string members;
    std::string type;
    bool streamedObjects = false;
    // A TAXII 2.1 envelope ({"more", "next", "objects"}, no "type") is read like a bundle, so the
    // pages a feed delivers import as they are.
    bool envelopeKeysOnly = true;
    bool sawEnvelopeKey = false;
    const std::int64_t startLine = js.line();
    const std::int64_t startOffset = js.offset() - 1;
    auto p = js.peek();
    if (!p)
        return p.error();
    if (p.value() != '}') {
        for (;;) {
            const std::int64_t keyOffset = js.offset();
            auto key = js.key();
            if (!key)
                return key.error();
            auto next = js.peek();
            if (!next)
                return next.error();
            if (key.value() == "objects" && next.value() == '[' && (type.empty() || type == "bundle")) {
                streamedObjects = true;
                if (auto s = readArray(js, src); !s)
                    return s;
            } else {
                auto v = js.value();
                if (!v)
                    return v.error();
                if (v.value().status != JsonStream::ValueStatus::Ok)
                    return fail(QCoreApplication::translate("StixReader",
                                                            "The top-level member \"%1\" exceeds the size, depth or string caps.")
                                    .arg(QString::fromStdString(key.value())),
                                v.value().line, keyOffset);
                const auto bytes = v.value().bytes;
                if (key.value() == "more" || key.value() == "next")
                    sawEnvelopeKey = true;
                else
                    envelopeKeysOnly = false;
                if (key.value() == "type" || key.value() == "spec_version") {
                    std::string decoded;
                    if (bytes.size() >= 2 && bytes.front() == '"')
                        unescapeJsonString(bytes.substr(1, bytes.size() - 2), decoded);
                    if (key.value() == "type")
                        type = decoded;
                    else
                        m_info.bundleSpecVersion = QString::fromStdString(decoded);
                }
                if (!members.empty())
                    members += ',';
                members += '"';
                members += key.value(); // keys are re-escaped below only if they need it
                members += "\":";
                members.append(bytes);
            }
            auto sep = js.peek();
            if (!sep)
                return sep.error();
            if (sep.value() == ',') {
                (void)js.expect(',');
                continue;
            }
            if (auto s = js.expect('}'); !s)
                return s;
            break;
        }
    } else {
        (void)js.expect('}');
    }
    if (type.empty() && envelopeKeysOnly && (streamedObjects || sawEnvelopeKey)) {
        m_info.shape = StixFileInfo::Shape::Envelope;
        return {};
    }
    if (type == "bundle" || streamedObjects) {
        m_info.shape = StixFileInfo::Shape::Bundle;
        if (type != "bundle")
            return fail(
                QCoreApplication::translate(
                    "StixReader", "A top-level \"objects\" array was found, but the document is not a STIX bundle (type \"%1\").")
                    .arg(QString::fromStdString(type)),
                startLine, startOffset);
        if (m_info.bundleSpecVersion == QLatin1String("2.0"))
            m_visitor.note(Issue{IssueSeverity::Info,
                                 QCoreApplication::translate("StixReader", "STIX 2.0 bundle: accepted and read as STIX 2.1."),
                                 {},
                                 {}});
        return {};
    }
    if (type.empty())
        return core::Error::make(core::ErrorCode::WrongFormat,
                                 QCoreApplication::translate("StixReader", "Not STIX: the JSON object has no \"type\" property."),
                                 where(startLine, startOffset));
    m_info.shape = StixFileInfo::Shape::SingleObject;
    m_info.bundleSpecVersion.clear();
    // Rebuild the object with the padding simdjson needs.
    std::string object = "{" + members + "}";
    const std::size_t size = object.size();
    object.resize(size + simdjson::SIMDJSON_PADDING, '\0');
    JsonStream::Value v;
    v.bytes = std::string_view(object.data(), size);
    v.offset = startOffset;
    v.line = startLine;
    v.size = size;
    return element(v);
}

core::Status Reader::element(const JsonStream::Value& v) {
    ++m_info.objects;
    switch (v.status) {
    case JsonStream::ValueStatus::TooLarge:
        reject(QCoreApplication::translate("StixReader", "Object is larger than the cap of %1 MB (%2 bytes).")
                   .arg(m_limits.maxValueBytes >> 20)
                   .arg(v.size),
               v);
        return {};
    case JsonStream::ValueStatus::TooDeep:
        reject(QCoreApplication::translate("StixReader", "Object is nested %1 levels deep; the cap is %2.")
                   .arg(v.depth)
                   .arg(m_limits.maxDepth),
               v);
        return {};
    case JsonStream::ValueStatus::StringTooLong:
        reject(QCoreApplication::translate("StixReader", "Object contains a string longer than the cap of %1 KB.")
                   .arg(m_limits.maxStringBytes >> 10),
               v);
        return {};
    case JsonStream::ValueStatus::Ok: break;
    }
    const auto parsed = m_objects.parse(v.bytes, m_rec, m_info.bundleSpecVersion == QLatin1String("2.0"));
    switch (parsed.kind) {
    case StixParseResult::Kind::InvalidJson: return fail(parsed.message, v.line, v.offset);
    case StixParseResult::Kind::Rejected: reject(parsed.message, v, m_rec.id); return {};
    case StixParseResult::Kind::Accepted: break;
    }
    for (const QString& note : parsed.notes)
        m_visitor.note(Issue{IssueSeverity::Warning, note, where(v.line, v.offset), qs(m_rec.id)});
    return m_visitor.object(m_rec);
}

} // namespace

core::Result<StixFileInfo> readStix(const QString& path, const JsonLimits& limits, StixVisitor& visitor,
                                    const core::CancelToken& cancel, core::ProgressReporter* progress) {
    Reader reader(path, limits, visitor, cancel, progress);
    return reader.run();
}

bool looksLikeStix(std::string_view head) {
    return head.find("\"type\"") != std::string_view::npos &&
           (head.find("\"bundle\"") != std::string_view::npos || head.find("\"spec_version\"") != std::string_view::npos ||
            head.find("--") != std::string_view::npos);
}

} // namespace lagebild::ingest::stix

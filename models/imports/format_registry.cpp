#include "models/imports/format_registry.h"

#include "models/ingest/byte_source.h"
#include "models/ingest/csv/indicator_list_reader.h"
#include "models/ingest/eve/eve_reader.h"
#include "models/ingest/misp/misp_reader.h"
#include "models/ingest/sigma/sigma_reader.h"
#include "models/ingest/stix/stix_reader.h"
#include "models/ingest/zeek/zeek_reader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lagebild::imports {

namespace {

std::string head(const QString& path) {
    auto src = ingest::openByteSource(path);
    if (!src)
        return {};
    std::string bytes(64 * 1024, '\0');
    auto got = src.value()->read(bytes.data(), bytes.size());
    bytes.resize(got ? got.value() : 0);
    return bytes;
}

// Adapts a reader's Result<Info> to the Status the import pipeline needs.
template <typename Info>
core::Status status(const core::Result<Info>& r) {
    return r ? core::Status{} : core::Status{r.error()};
}

ingest::misp::MispInput mispInput(ImportFormat format) {
    switch (format) {
    case ImportFormat::MispFeed: return ingest::misp::MispInput::Feed;
    case ImportFormat::MispGalaxy: return ingest::misp::MispInput::Galaxy;
    case ImportFormat::MispTaxonomy: return ingest::misp::MispInput::Taxonomy;
    case ImportFormat::Misp: return ingest::misp::MispInput::Event;
    default: return ingest::misp::MispInput::Auto;
    }
}

// MISP's variants are told apart by one sniff; whatever is not a galaxy, taxonomy or feed is events.
bool isMispVariant(std::string_view head, const QString& path, ingest::misp::MispInput variant) {
    using ingest::misp::MispInput;
    const auto found = ingest::misp::sniffMisp(head, path);
    if (!found)
        return false;
    if (variant != MispInput::Event)
        return *found == variant;
    return *found != MispInput::Galaxy && *found != MispInput::Taxonomy && *found != MispInput::Feed;
}

IntelReader stixReader(ImportFormat, const QString& path, const ImportOptions& options, const core::CancelToken& cancel,
                       core::ProgressReporter* progress) {
    return [=, &cancel](ingest::stix::StixVisitor& v) {
        return status(ingest::stix::readStix(path, options.limits, v, cancel, progress));
    };
}

IntelReader mispReader(ImportFormat format, const QString& path, const ImportOptions&, const core::CancelToken& cancel,
                       core::ProgressReporter* progress) {
    return [=, &cancel](ingest::stix::StixVisitor& v) {
        return status(ingest::misp::readMisp(path, mispInput(format), v, cancel, progress));
    };
}

IntelReader listReader(ImportFormat, const QString& path, const ImportOptions& options, const core::CancelToken& cancel,
                       core::ProgressReporter* progress) {
    ingest::csv::IndicatorListOptions list;
    list.tlp = options.defaultTlp;
    list.source = options.sourceName;
    list.forcedType = options.listType;
    list.confidence = options.confidence;
    return [=, &cancel](ingest::stix::StixVisitor& v) {
        return status(ingest::csv::readIndicatorList(path, list, v, cancel, progress));
    };
}

AlertReader eveReader(const QString& path, const ImportOptions& options, const core::CancelToken& cancel,
                      core::ProgressReporter* progress) {
    const ingest::eve::EveOptions eve{options.assumedOffsetMinutes, options.limits};
    return [=, &cancel](ingest::AlertVisitor& v) { return status(ingest::eve::readEve(path, eve, v, cancel, progress)); };
}

AlertReader zeekReader(const QString& path, const ImportOptions& options, const core::CancelToken& cancel,
                       core::ProgressReporter* progress) {
    const ingest::zeek::ZeekOptions zeek{options.assumedOffsetMinutes, options.limits};
    return
        [=, &cancel](ingest::AlertVisitor& v) { return status(ingest::zeek::readZeekNotice(path, zeek, v, cancel, progress)); };
}

AlertReader sigmaReader(const QString& path, const ImportOptions& options, const core::CancelToken& cancel,
                        core::ProgressReporter* progress) {
    const ingest::sigma::SigmaOptions sigma{options.limits};
    return [=, &cancel](ingest::AlertVisitor& v) {
        return status(ingest::sigma::readSigmaMatches(path, sigma, v, cancel, progress));
    };
}

} // namespace

const std::vector<FileFormat>& fileFormats() {
    using ingest::misp::MispInput;
    static const std::vector<FileFormat> formats = {
        {ImportFormat::Stix, "stix", QT_TRANSLATE_NOOP("FileFormat", "STIX 2.x bundles and objects"), "*.json *.json.gz",
         [](std::string_view head, const QString& path) {
             return ingest::stix::looksLikeStix(head) && !ingest::misp::sniffMisp(head, path);
         },
         nullptr, &stixReader, nullptr},
        {ImportFormat::MispGalaxy, "misp-galaxy", QT_TRANSLATE_NOOP("FileFormat", "misp-galaxy clusters"), "*.json",
         [](std::string_view head, const QString& path) { return isMispVariant(head, path, MispInput::Galaxy); }, nullptr,
         &mispReader, nullptr},
        {ImportFormat::MispTaxonomy, "misp-taxonomy", QT_TRANSLATE_NOOP("FileFormat", "misp-taxonomies"), "*.json",
         [](std::string_view head, const QString& path) { return isMispVariant(head, path, MispInput::Taxonomy); }, nullptr,
         &mispReader, nullptr},
        {ImportFormat::MispFeed, "misp-feed", QT_TRANSLATE_NOOP("FileFormat", "MISP feed folders (manifest.json)"), "*.json",
         [](std::string_view head, const QString& path) { return isMispVariant(head, path, MispInput::Feed); },
         &ingest::misp::isMispFeedFolder, &mispReader, nullptr},
        {ImportFormat::Misp, "misp", QT_TRANSLATE_NOOP("FileFormat", "MISP events"), "*.json *.json.gz",
         [](std::string_view head, const QString& path) { return isMispVariant(head, path, MispInput::Event); }, nullptr,
         &mispReader, nullptr},
        {ImportFormat::Eve, "eve", QT_TRANSLATE_NOOP("FileFormat", "Suricata EVE alerts"),
         "*.json *.ndjson *.jsonl *.log *.log.gz *.gz",
         [](std::string_view head, const QString&) { return ingest::eve::looksLikeEve(head); }, nullptr, nullptr, &eveReader},
        {ImportFormat::Zeek, "zeek", QT_TRANSLATE_NOOP("FileFormat", "Zeek notice logs"), "*.log *.log.gz *.json",
         [](std::string_view head, const QString&) { return ingest::zeek::looksLikeZeekNotice(head); }, nullptr, nullptr,
         &zeekReader},
        {ImportFormat::Sigma, "sigma", QT_TRANSLATE_NOOP("FileFormat", "Sigma matches (rule folder with events)"), "*.json",
         [](std::string_view head, const QString&) { return ingest::sigma::looksLikeSigmaEvents(head); },
         &ingest::sigma::isSigmaMatchFolder, nullptr, &sigmaReader},
        {ImportFormat::Csv, "csv", QT_TRANSLATE_NOOP("FileFormat", "indicator lists (CSV, TSV, one per line)"),
         "*.csv *.csv.gz *.tsv *.txt",
         [](std::string_view head, const QString&) { return ingest::csv::looksLikeIndicatorList(head); }, nullptr, &listReader,
         nullptr},
    };
    return formats;
}

const FileFormat* findFileFormat(ImportFormat format) {
    for (const auto& f : fileFormats())
        if (f.id == format)
            return &f;
    return nullptr;
}

std::optional<ImportFormat> importFormatFromName(const QString& name) {
    if (name == QLatin1String("auto"))
        return ImportFormat::Auto;
    for (const auto& f : fileFormats())
        if (name == QLatin1String(f.name))
            return f.id;
    return std::nullopt;
}

QString importFormatName(ImportFormat format) {
    const FileFormat* f = findFileFormat(format);
    return f ? QString::fromLatin1(f->name) : QStringLiteral("auto");
}

QString fileFormatNames() {
    QStringList names{QStringLiteral("auto")};
    for (const auto& f : fileFormats())
        names << QLatin1String(f.name);
    return names.join(QStringLiteral(", "));
}

namespace {
QStringList patternsOf(const FileFormat& f) { return QString::fromLatin1(f.patterns).split(QLatin1Char(' ')); }
} // namespace

QString fileDialogFilter() {
    QStringList all;
    QStringList entries;
    for (const auto& f : fileFormats()) {
        for (const QString& p : patternsOf(f))
            if (!all.contains(p))
                all << p;
        entries << QStringLiteral("%1 (%2)").arg(QCoreApplication::translate("FileFormat", f.title), QLatin1String(f.patterns));
    }
    entries.prepend(QCoreApplication::translate("FileFormat", "Intelligence and alerts (%1)").arg(all.join(QLatin1Char(' '))));
    entries << QCoreApplication::translate("FileFormat", "All files (*)");
    return entries.join(QStringLiteral(";;"));
}

bool FormatRegistry::isCandidateFile(const QString& name) {
    const QString n = name.toLower();
    for (const auto& f : fileFormats())
        for (const QString& p : patternsOf(f))
            if (n.endsWith(p.mid(1))) // "*.json" -> ".json"
                return true;
    return false;
}

ImportFormat FormatRegistry::folderUnit(const QString& dir) {
    for (const auto& f : fileFormats())
        if (f.unitFolder && f.unitFolder(dir))
            return f.id;
    return ImportFormat::Auto;
}

ImportFormat FormatRegistry::detect(const QString& path) {
    if (QFileInfo(path).isDir())
        return folderUnit(path);
    const std::string bytes = head(path);
    for (const auto& f : fileFormats())
        if (f.sniff && f.sniff(bytes, path))
            return f.id;
    return ImportFormat::Auto;
}

bool FormatRegistry::producesIntel(ImportFormat format) {
    const FileFormat* f = findFileFormat(format);
    return f && f->intelReader;
}

bool FormatRegistry::producesAlerts(ImportFormat format) {
    const FileFormat* f = findFileFormat(format);
    return f && f->alertReader;
}

IntelReader FormatRegistry::intelReader(ImportFormat format, const QString& path, const ImportOptions& options,
                                        const core::CancelToken& cancel, core::ProgressReporter* progress) {
    const FileFormat* f = findFileFormat(format);
    return f && f->intelReader ? f->intelReader(format, path, options, cancel, progress) : IntelReader{};
}

AlertReader FormatRegistry::alertReader(ImportFormat format, const QString& path, const ImportOptions& options,
                                        const core::CancelToken& cancel, core::ProgressReporter* progress) {
    const FileFormat* f = findFileFormat(format);
    return f && f->alertReader ? f->alertReader(path, options, cancel, progress) : AlertReader{};
}

} // namespace lagebild::imports

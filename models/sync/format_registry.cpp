#include "models/sync/format_registry.h"

#include "models/ingest/byte_source.h"
#include "models/ingest/csv/indicator_list_reader.h"
#include "models/ingest/eve/eve_reader.h"
#include "models/ingest/misp/misp_reader.h"
#include "models/ingest/sigma/sigma_reader.h"
#include "models/ingest/stix/stix_reader.h"
#include "models/ingest/zeek/zeek_reader.h"

#include <QFileInfo>

namespace lagebild::sync {

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

} // namespace

bool FormatRegistry::isCandidateFile(const QString& name) {
    static const char* const kSuffixes[] = {".json", ".json.gz", ".ndjson", ".jsonl",  ".csv", ".csv.gz",
                                            ".tsv",  ".txt",     ".log",    ".log.gz", ".gz"};
    const QString n = name.toLower();
    for (const char* suffix : kSuffixes)
        if (n.endsWith(QLatin1String(suffix)))
            return true;
    return false;
}

ImportFormat FormatRegistry::folderUnit(const QString& dir) {
    if (ingest::misp::isMispFeedFolder(dir))
        return ImportFormat::MispFeed;
    if (ingest::sigma::isSigmaMatchFolder(dir))
        return ImportFormat::Sigma;
    return ImportFormat::Auto;
}

ImportFormat FormatRegistry::detect(const QString& path) {
    if (QFileInfo(path).isDir())
        return folderUnit(path);
    const std::string bytes = head(path);
    // Order matters: the JSON formats are told apart by their keys before the text heuristics.
    if (ingest::stix::looksLikeStix(bytes) && !ingest::misp::sniffMisp(bytes, path))
        return ImportFormat::Stix;
    if (const auto misp = ingest::misp::sniffMisp(bytes, path)) {
        switch (*misp) {
        case ingest::misp::MispInput::Galaxy: return ImportFormat::MispGalaxy;
        case ingest::misp::MispInput::Taxonomy: return ImportFormat::MispTaxonomy;
        case ingest::misp::MispInput::Feed: return ImportFormat::MispFeed;
        default: return ImportFormat::Misp;
        }
    }
    if (ingest::eve::looksLikeEve(bytes))
        return ImportFormat::Eve;
    if (ingest::zeek::looksLikeZeekNotice(bytes))
        return ImportFormat::Zeek;
    if (ingest::sigma::looksLikeSigmaEvents(bytes))
        return ImportFormat::Sigma;
    if (ingest::csv::looksLikeIndicatorList(bytes))
        return ImportFormat::Csv;
    return ImportFormat::Auto;
}

bool FormatRegistry::producesIntel(ImportFormat format) {
    switch (format) {
    case ImportFormat::Stix:
    case ImportFormat::Misp:
    case ImportFormat::MispFeed:
    case ImportFormat::MispGalaxy:
    case ImportFormat::MispTaxonomy:
    case ImportFormat::Csv: return true;
    default: return false;
    }
}

bool FormatRegistry::producesAlerts(ImportFormat format) {
    return format == ImportFormat::Eve || format == ImportFormat::Zeek || format == ImportFormat::Sigma;
}

IntelReader FormatRegistry::intelReader(ImportFormat format, const QString& path, const ImportOptions& options,
                                        const core::CancelToken& cancel, core::ProgressReporter* progress) {
    switch (format) {
    case ImportFormat::Stix:
        return [=, &cancel](ingest::stix::StixVisitor& v) {
            return status(ingest::stix::readStix(path, options.limits, v, cancel, progress));
        };
    case ImportFormat::Misp:
    case ImportFormat::MispFeed:
    case ImportFormat::MispGalaxy:
    case ImportFormat::MispTaxonomy:
        return [=, &cancel](ingest::stix::StixVisitor& v) {
            return status(ingest::misp::readMisp(path, mispInput(format), v, cancel, progress));
        };
    case ImportFormat::Csv: {
        ingest::csv::IndicatorListOptions list;
        list.tlp = options.defaultTlp;
        list.source = options.sourceName;
        list.forcedType = options.listType;
        list.confidence = options.confidence;
        return [=, &cancel](ingest::stix::StixVisitor& v) {
            return status(ingest::csv::readIndicatorList(path, list, v, cancel, progress));
        };
    }
    default: return {};
    }
}

AlertReader FormatRegistry::alertReader(ImportFormat format, const QString& path, const ImportOptions& options,
                                        const core::CancelToken& cancel, core::ProgressReporter* progress) {
    switch (format) {
    case ImportFormat::Eve: {
        const ingest::eve::EveOptions eve{options.assumedOffsetMinutes, options.limits};
        return [=, &cancel](ingest::AlertVisitor& v) { return status(ingest::eve::readEve(path, eve, v, cancel, progress)); };
    }
    case ImportFormat::Zeek: {
        const ingest::zeek::ZeekOptions zeek{options.assumedOffsetMinutes, options.limits};
        return [=, &cancel](ingest::AlertVisitor& v) {
            return status(ingest::zeek::readZeekNotice(path, zeek, v, cancel, progress));
        };
    }
    case ImportFormat::Sigma: {
        const ingest::sigma::SigmaOptions sigma{options.limits};
        return [=, &cancel](ingest::AlertVisitor& v) {
            return status(ingest::sigma::readSigmaMatches(path, sigma, v, cancel, progress));
        };
    }
    default: return {};
    }
}

} // namespace lagebild::sync

#pragma once

#include "models/core/cancel_token.h"
#include "models/core/observable.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/core/tlp.h"
#include "models/ingest/stix/stix_reader.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string_view>

namespace lagebild::ingest::csv {

/// What the user says about a list when importing it (the file itself says none of this).
struct IndicatorListOptions {
    /// Marks every indicator (object_marking_refs, TLP 2.0 marking-definition ids).
    std::optional<core::Tlp> tlp;
    /// Who published the list ("Volexity", "CERT-Bund"): becomes an identity (organization)
    /// referenced by created_by_ref, and part of every id. Empty: no identity.
    QString source;
    /// Every value is of this type (a type column and inference are ignored); values that are
    /// not valid for it are rejected. IPv4 and IPv6 types take CIDR blocks too.
    std::optional<core::ObservableType> forcedType;
    /// Confidence (0-100) of rows without a confidence column value.
    std::optional<int> confidence;
};

/// What the reader learned about the file as a whole. Invariant after a successful read:
/// rows == values + rejected + duplicates.
struct IndicatorListInfo {
    std::int64_t lines = 0;               // physical lines read (blank, comment and header lines included)
    bool hasHeader = false;               // the first record was taken as column names
    QStringList columns;                  // the header's column names (empty without a header)
    char delimiter = ',';                 // ',', '\t', ';', '|', or '\0' for one value per line
    int valueColumn = 0;                  // 0-based column the values were read from
    int typeColumn = -1;                  // 0-based type column, -1 when none was used
    std::int64_t rows = 0;                // data records (header, blank and comment lines excluded)
    std::int64_t values = 0;              // indicators produced (distinct values)
    std::int64_t rejected = 0;            // rows reported through StixVisitor::rejected
    std::int64_t duplicates = 0;          // rows whose value an earlier row already produced
    std::int64_t typeCorrections = 0;     // rows whose type column contradicted the value (inference won)
    std::int64_t generatorRejections = 0; // generated objects StixObjectParser refused (a bug: always 0)
};

/// Reads an indicator list — CSV, TSV, semicolon- or pipe-separated, or one value per line; gzip
/// transparently — and hands the STIX 2.1 objects it becomes to the visitor: an identity for the
/// source (when named) and one indicator per distinct value, each generated as JSON and parsed by
/// stix::StixObjectParser exactly like a STIX file's objects (see IndicatorStixBuilder for ids,
/// timestamps and idempotence).
///
/// Layout is sniffed from the first 64 KiB: the delimiter (the candidate giving the most
/// consistent field count), a header row (column names such as value, indicator, ioc,
/// observable, type, entity_type, ioc_type, description, notes, comment, tags, first_seen,
/// last_seen, confidence, or type names such as md5, domain; case-insensitive), the value column
/// (named, else the column whose cells infer as indicators), a type column (named, or in a
/// header-less file the column of type words). RFC 4180 quoting, UTF-8 BOM, CRLF, blank lines and
/// comment lines (#, //) are handled (CsvRecordReader). Values are refanged and typed by
/// inferValue(); a type column (MISP/Volexity words) wins when consistent with the value, else
/// inference wins and a note says so. Rows hashing several hash columns of one file (md5, sha1,
/// sha256) or one cell holding them ("sha256,sha1,md5") give one file indicator.
///
/// Every data row ends as exactly one of: an indicator, a rejection (Issue with "line N" and the
/// value: not an indicator, context type such as MISP "text"/"link"/"yara", unsupported type,
/// invalid for the forced type), or a duplicate of an earlier row (counted, one summary note).
/// An Error return means the file is not an indicator list as a whole (binary: NUL bytes or
/// control characters; UTF-16; mostly invalid UTF-8; JSON or XML; a record over 1 MB); detail
/// "line L, byte B". The caller discards what the visitor stored, as for readStix().
///
/// Memory: one 64 KiB chunk, the current record and 32-64 bytes per distinct value (duplicate
/// detection by id), whatever the file size. Runs on the caller's (worker) thread; polls `cancel`
/// between rows (Error Cancelled); reports progress as bytes of the file.
core::Result<IndicatorListInfo> readIndicatorList(const QString& path, const IndicatorListOptions& options,
                                                  stix::StixVisitor& visitor, const core::CancelToken& cancel,
                                                  core::ProgressReporter* progress = nullptr);

/// Looks like an indicator list (text, mostly IOC-like cells)? For format detection on the first
/// bytes of a file (gunzipped): false for binary data, JSON, XML, Zeek logs, and text whose rows
/// are mostly not indicators. Cheap: sniffs at most the first 64 KiB of `head`.
bool looksLikeIndicatorList(std::string_view head);

/// Refangs and infers one value (exposed for tests and for the MISP/CSV type column): the
/// canonical observable, or nullopt when the value is not one indicator. Several hashes of one
/// file in one value give nullopt here (they are one indicator of several keys in a list).
std::optional<core::ObservableKey> inferIndicator(std::string_view value);

} // namespace lagebild::ingest::csv

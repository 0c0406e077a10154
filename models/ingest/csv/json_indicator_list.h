#pragma once

#include "models/core/cancel_token.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/ingest/csv/indicator_list_reader.h"
#include "models/ingest/stix/stix_reader.h"

#include <QString>
#include <QUuid>

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace lagebild::ingest::csv {

/// Looks like a JSON indicator feed? True for JSON whose top level is an array of strings or
/// objects, or an object with an array member named items, indicators, data, iocs, entries,
/// results or blocklist, whose sampled elements mostly are indicators: strings that infer as one,
/// or objects with a value-like key (ip, ip_address, value, indicator, ioc, domain, url, hash,
/// sha256, md5, address, ...) holding one. Strict so that other JSON never matches: STIX (a
/// top-level "type", "spec_version" or "objects", objects with "spec_version" or a STIX id), MISP
/// ("Event", "Attribute", "response", ...) and EVE ("event_type") are refused. Decides on the
/// first 64 KiB of `head`; only elements complete within it are sampled.
bool looksLikeJsonIndicatorList(std::string_view head);

/// Reads a JSON indicator feed (see looksLikeJsonIndicatorList; gzip transparently) and hands the
/// objects to the visitor exactly as readIndicatorList() does for a text list, with the same ids,
/// patterns and names, so a feed and its plain-list twin give the same indicators. Each element
/// is one row: a string is the value; an object gives its value from the value-like key (a
/// type-named key such as "ip" or "md5" is a type hint, a "type"/"ioc_type"/... member wins when it
/// fits), first_seen/last_seen/confidence/description/tags from the keys the CSV reader knows as
/// column names, and its other scalar members (and arrays of scalars) summarised into the
/// description ("scenarios: ..., asn: ..."). An element without a usable value is rejected with
/// "line L, byte B" and its key ("items[7]"); duplicates are merged and counted as in a list.
/// IndicatorListInfo: rows = elements, columns = the keys of the first object element,
/// valueColumn/typeColumn = their index there (-1 when absent), delimiter '\0', lines = lines read;
/// rows == values + rejected + duplicates.
///
/// Memory: JsonStream's buffer (about the largest element, each capped at 1 MB) plus the
/// duplicate set (32-64 bytes per distinct value). An Error return means the file is not a JSON
/// indicator feed as a whole (malformed structure, no element array); the caller discards what the
/// visitor stored. Polls `cancel` between elements; reports progress as bytes of the file.
core::Result<IndicatorListInfo> readJsonIndicatorList(const QString& path, const IndicatorListOptions& options,
                                                      stix::StixVisitor& visitor, const core::CancelToken& cancel,
                                                      core::ProgressReporter* progress = nullptr);

namespace detail {

/// Dates as lists write them: RFC 3339, "YYYY-MM-DD[ HH:MM:SS]" (UTC when no zone), "YYYYMMDD",
/// epoch seconds (10 digits) or milliseconds (13 digits); microseconds since the epoch. Shared by
/// the text and JSON list readers (defined in indicator_list_reader.cpp).
std::optional<std::int64_t> parseListDate(std::string_view s);

/// 0-100, "85%", or the words of the STIX confidence scale (Low 15, Med 50, High 85, None 0).
/// Shared by the text and JSON list readers (defined in indicator_list_reader.cpp).
std::optional<int> parseConfidence(std::string_view s);

/// Duplicate detection by indicator id: a flat open-addressing set of 128-bit UUIDs (16 bytes per
/// slot, at most half full so probes stay short), so a million distinct values cost 32-64 MB, not a
/// string set's ~150 MB. Two values are duplicates exactly when the store would see the same id.
class SeenIds {
public:
    bool insert(const QUuid& uuid) {
        const std::uint64_t hi = (static_cast<std::uint64_t>(uuid.data1) << 32) | (static_cast<std::uint64_t>(uuid.data2) << 16) |
                                 static_cast<std::uint64_t>(uuid.data3);
        std::uint64_t lo = 0;
        for (const unsigned char b : uuid.data4)
            lo = (lo << 8) | b;
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        if (place(m_slots, hi, lo)) {
            ++m_count;
            return true;
        }
        return false;
    }

private:
    using Slot = std::pair<std::uint64_t, std::uint64_t>; // (0, 0) = empty; a UUIDv5 is never all zero

    static bool place(std::vector<Slot>& table, std::uint64_t hi, std::uint64_t lo) {
        const std::size_t mask = table.size() - 1;
        std::size_t i = static_cast<std::size_t>((lo ^ (hi * 0x9e3779b97f4a7c15ULL)) >> 7) & mask;
        while (table[i].first != 0 || table[i].second != 0) {
            if (table[i].first == hi && table[i].second == lo)
                return false;
            i = (i + 1) & mask;
        }
        table[i] = {hi, lo};
        return true;
    }

    void grow() {
        std::vector<Slot> bigger(m_slots.empty() ? 1024 : m_slots.size() * 2);
        for (const Slot& s : m_slots)
            if (s.first != 0 || s.second != 0)
                place(bigger, s.first, s.second);
        m_slots.swap(bigger);
    }

    std::vector<Slot> m_slots;
    std::size_t m_count = 0;
};

} // namespace detail

} // namespace lagebild::ingest::csv

#pragma once

#include "models/core/alert_record.h"
#include "models/core/observable.h"

#include <string_view>

namespace lagebild::ingest {

/// The observables the alert readers (Suricata EVE, Zeek, Sigma) take from a record, normalised
/// the same way for all of them so that correlation sees one key per value.

/// Adds `raw` as an observable of `type` when it normalises; duplicates are dropped.
void addObservable(core::AlertRecord& rec, core::ObservableType type, std::string_view raw);

/// Adds an IPv4 or IPv6 address (by the presence of ':'); false when `raw` is not one.
bool addAddress(core::AlertRecord& rec, std::string_view raw);

/// A DNS name beyond doubt: dot-separated labels of 1-63 letters, digits, '-' and '_' (no leading
/// or trailing '-'), at least two labels, an alphabetic top-level label of two letters or more, no
/// wildcard. '_' is allowed because real DNS names carry it (SRV and DMARC labels, malware
/// subdomains), and a name an intel domain cannot equal costs nothing; a bare NetBIOS name such as
/// "WIN-DC01" or a certificate subject ("CN=*.example.com,O=...") is not one.
bool isHostName(std::string_view s);

} // namespace lagebild::ingest

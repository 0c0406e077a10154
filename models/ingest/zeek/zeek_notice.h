#pragma once

#include "models/core/alert_record.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lagebild::ingest::zeek {

/// The notice.log columns an alert is built from, already unescaped; an empty string means
/// unset ("-"), empty ("(empty)") or absent alike. Shared by the TSV and the JSON form so both
/// give identical alerts for the same notice.
struct Notice {
    std::int64_t time = 0; // microseconds since the epoch, UTC
    std::string uid;
    std::string origH, respH; // id.orig_h, id.resp_h
    std::string origP, respP; // id.orig_p, id.resp_p (decimal text)
    std::string proto;
    std::string note;
    std::string msg;
    std::string sub;
    std::string src, dst;
    std::string p; // the notice's port field
    std::string fileDesc;

    void clear() { *this = Notice{}; }
};

/// Severity (1 highest .. 4 lowest, Suricata's scale) of a Zeek note name. Zeek notices carry no
/// severity, so it is derived from the note:
/// - 1: Intel::*, and notes naming malware, a backdoor, a compromise or a botnet
///      (e.g. TeamCymruMalwareHashRegistry::Match);
/// - 2: notes naming an attack, exploit, injection, brute forcing or password guessing
///      (HTTP::SQL_Injection_Attacker, SSH::Password_Guessing, FTP::Bruteforcing, ...), and
///      Software::Vulnerable_Version;
/// - 4: housekeeping and measurement notes: Weird::*, CaptureLoss::*, PacketFilter::*,
///      Notice::Tally, Software::Software_Version_Change, Conn::*, Signatures::Count_Signature;
/// - 3: everything else (Scan::*, SSL::Invalid_Server_Cert and the other SSL/SSH/HTTP/DNS
///      notes, site-specific notes).
/// Case-sensitive, as Zeek spells notes. Constant time per note (a short list of substrings).
int noteSeverity(std::string_view note);

/// Fills `record` from a notice: signature "note: msg" (or the note alone), signatureId = note,
/// category = the note's module (text before "::"), severity by noteSeverity(), src/dst from
/// id.orig_h/id.resp_h (else the src/dst columns), ports from id.orig_p/id.resp_p (else p for the
/// destination), proto in upper case, flowId = uid. Observables: every address among id.*, src
/// and dst, plus `sub`, `msg` or `file_desc` only when the whole value is one URL, host name or
/// address (a certificate subject or a sentence is never mined for names). Dedup key:
/// "zeek|<µs UTC>|<uid>|<note>|<src>|<dst>". Leaves record.raw alone.
void buildNoticeAlert(const Notice& notice, core::AlertRecord& record);

/// Decodes a Zeek TSV value: "\\" -> '\', "\xHH" -> that byte; any other backslash is kept as it
/// is (so a certificate subject's "\," survives exactly as the JSON form writes it).
void unescapeTsv(std::string_view raw, std::string& out);

/// Splits a TSV set/vector value into unescaped elements. Elements are separated by
/// `setSeparator`; "\," (a backslash before the separator) and "\x2c" are a separator character
/// inside an element, "\\" is a backslash. `emptyField` ("(empty)") gives no elements.
std::vector<std::string> splitTsvSet(std::string_view raw, char setSeparator, std::string_view emptyField);

} // namespace lagebild::ingest::zeek

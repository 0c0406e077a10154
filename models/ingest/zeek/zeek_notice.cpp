#include "models/ingest/zeek/zeek_notice.h"

#include "models/ingest/alert_observables.h"

#include <algorithm>
#include <array>

namespace lagebild::ingest::zeek {

namespace {

using core::ObservableType;

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Only when the whole value is one URL, host name or address.
void addIfClearlyOne(core::AlertRecord& rec, std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    if (s.empty() || std::any_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == ','; }))
        return;
    if (startsWith(s, "http://") || startsWith(s, "https://") || startsWith(s, "ftp://")) {
        addObservable(rec, ObservableType::Url, s);
        return;
    }
    if (addAddress(rec, s))
        return;
    if (isHostName(s))
        addObservable(rec, ObservableType::Domain, s);
}

} // namespace

int noteSeverity(std::string_view note) {
    static constexpr std::array<std::string_view, 5> kCritical{"Malware", "Backdoor", "Compromise", "Botnet", "C2_"};
    static constexpr std::array<std::string_view, 9> kHigh{
        "Attack", "Exploit", "Injection", "Brute", "Password_Guess", "Guesser", "Heartbleed", "Shellshock", "Vulnerable_Version"};
    static constexpr std::array<std::string_view, 6> kLowPrefix{
        "Weird::", "CaptureLoss::", "PacketFilter::", "Conn::", "Notice::Tally", "Signatures::Count_Signature"};
    if (startsWith(note, "Intel::"))
        return 1;
    for (auto part : kCritical)
        if (contains(note, part))
            return 1;
    for (auto part : kHigh)
        if (contains(note, part))
            return 2;
    for (auto prefix : kLowPrefix)
        if (startsWith(note, prefix))
            return 4;
    if (note == "Software::Software_Version_Change")
        return 4;
    return 3;
}

void unescapeTsv(std::string_view raw, std::string& out) {
    out.clear();
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\\' && i + 1 < raw.size()) {
            if (raw[i + 1] == '\\') {
                out += '\\';
                ++i;
                continue;
            }
            if (raw[i + 1] == 'x' && i + 3 < raw.size()) {
                const int hi = hexValue(raw[i + 2]), lo = hexValue(raw[i + 3]);
                if (hi >= 0 && lo >= 0) {
                    out += static_cast<char>(hi * 16 + lo);
                    i += 3;
                    continue;
                }
            }
        }
        out += c;
    }
}

std::vector<std::string> splitTsvSet(std::string_view raw, char setSeparator, std::string_view emptyField) {
    std::vector<std::string> out;
    if (raw.empty() || raw == emptyField)
        return out;
    std::string cur;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\\' && i + 1 < raw.size()) {
            const char n = raw[i + 1];
            if (n == '\\' || n == setSeparator) {
                cur += n;
                ++i;
                continue;
            }
            if (n == 'x' && i + 3 < raw.size()) {
                const int hi = hexValue(raw[i + 2]), lo = hexValue(raw[i + 3]);
                if (hi >= 0 && lo >= 0) {
                    cur += static_cast<char>(hi * 16 + lo);
                    i += 3;
                    continue;
                }
            }
        } else if (c == setSeparator) {
            out.push_back(std::move(cur));
            cur.clear();
            continue;
        }
        cur += c;
    }
    out.push_back(std::move(cur));
    return out;
}

void buildNoticeAlert(const Notice& n, core::AlertRecord& rec) {
    rec.time = n.time;
    rec.sensor = "zeek";
    rec.signature = n.note;
    if (!n.msg.empty()) {
        rec.signature += ": ";
        rec.signature += n.msg;
    }
    rec.signatureId = n.note;
    const auto colons = n.note.find("::");
    rec.category = colons == std::string::npos ? std::string() : n.note.substr(0, colons);
    rec.severity = noteSeverity(n.note);
    rec.src = !n.origH.empty() ? n.origH : n.src;
    rec.dst = !n.respH.empty() ? n.respH : n.dst;
    auto port = [](const std::string& text) -> std::optional<int> {
        if (text.empty() || text.size() > 5 ||
            !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        const int v = std::stoi(text);
        return v <= 65535 ? std::optional<int>(v) : std::nullopt;
    };
    rec.srcPort = port(n.origP);
    rec.dstPort = !n.respP.empty() ? port(n.respP) : port(n.p);
    rec.proto = n.proto;
    std::transform(rec.proto.begin(), rec.proto.end(), rec.proto.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    rec.appProto.clear();
    rec.flowId = n.uid;
    rec.observables.clear();
    rec.techniques.clear();
    for (const std::string* a : {&n.origH, &n.respH, &n.src, &n.dst})
        addAddress(rec, *a);
    addIfClearlyOne(rec, n.sub);
    addIfClearlyOne(rec, n.msg);
    addIfClearlyOne(rec, n.fileDesc);

    auto& key = rec.dedupKey;
    key.assign("zeek|");
    key += std::to_string(n.time);
    key += '|';
    key += n.uid;
    key += '|';
    key += n.note;
    key += '|';
    key += rec.src;
    key += '|';
    key += rec.dst;
}

} // namespace lagebild::ingest::zeek

#include "models/ingest/alert_observables.h"

#include <algorithm>

namespace lagebild::ingest {
namespace {

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isLabelChar(char c) { return isAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '_'; }

} // namespace

void addObservable(core::AlertRecord& rec, core::ObservableType type, std::string_view raw) {
    if (raw.empty())
        return;
    auto key = core::normaliseObservable(type, raw);
    if (key && std::find(rec.observables.begin(), rec.observables.end(), *key) == rec.observables.end())
        rec.observables.push_back(std::move(*key));
}

bool addAddress(core::AlertRecord& rec, std::string_view raw) {
    if (raw.empty())
        return false;
    const auto type = raw.find(':') == std::string_view::npos ? core::ObservableType::Ipv4 : core::ObservableType::Ipv6;
    auto key = core::normaliseObservable(type, raw);
    if (!key)
        return false;
    if (std::find(rec.observables.begin(), rec.observables.end(), *key) == rec.observables.end())
        rec.observables.push_back(std::move(*key));
    return true;
}

bool isHostName(std::string_view s) {
    if (!s.empty() && s.back() == '.')
        s.remove_suffix(1);
    if (s.size() < 4 || s.size() > 253)
        return false;
    std::size_t labels = 0, start = 0;
    for (;;) {
        const std::size_t dot = s.find('.', start);
        const std::string_view label = s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-' ||
            !std::all_of(label.begin(), label.end(), isLabelChar))
            return false;
        ++labels;
        if (dot == std::string_view::npos)
            return labels >= 2 && label.size() >= 2 && std::all_of(label.begin(), label.end(), isAlpha);
        start = dot + 1;
    }
}

} // namespace lagebild::ingest

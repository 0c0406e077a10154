#pragma once

#include "models/core/alert_record.h"
#include "models/demo/demo_catalog.h"
#include "models/demo/demo_random.h"

#include <string>
#include <vector>

namespace lagebild::demo {

/// An indicator the generator stored: what alerts can carry to match it.
struct IndicatorRef {
    std::string id;
    core::ObservableType type;
    std::string value;
};

/// A campaign's stored objects, as the alert and incident steps need them.
struct CampaignIntel {
    std::string id;
    std::vector<IndicatorRef> indicators;
    std::vector<const IndicatorRef*> network; // ipv4, domain, url
    std::vector<const IndicatorRef*> hashes;
    std::vector<std::string> alertKeys; // first matched alerts, for the incident
};

/// Builds one alert as a sensor would have written it (Suricata EVE, Zeek notice, Sigma match with
/// its Sysmon event), into reused buffers: the record stays valid until the next make().
class AlertFactory {
public:
    AlertFactory(Random& rng, std::uint64_t seed) : m_rng(rng), m_prefix("demo:" + std::to_string(seed) + ":") {}

    core::AlertRecord& make(std::int64_t index, std::int64_t time, const CampaignIntel* campaign, int campaignIndex);

private:
    std::string internalHost() { return std::string(m_rng.pick(kInternalHosts)) + std::to_string(m_rng.range(2, 250)); }
    std::string externalHost() {
        static constexpr int kNets[] = {185, 45, 91, 104, 151, 176, 212};
        return std::to_string(m_rng.pick(kNets)) + "." + std::to_string(m_rng.range(1, 254)) + "." +
               std::to_string(m_rng.range(0, 255)) + "." + std::to_string(m_rng.range(1, 254));
    }
    void observe(core::ObservableType type, const std::string& value) {
        if (auto key = core::normaliseObservable(type, value))
            m_record.observables.push_back(std::move(*key));
    }
    core::AlertRecord& begin(const char* sensor, const Signature& sig) {
        m_record.sensor = sensor;
        m_record.signature = sig.name;
        m_record.signatureId = sig.id;
        m_record.category = sig.category;
        m_record.severity = sig.severity;
        return m_record;
    }
    void suricata(const Signature& sig, const IndicatorRef* ind, bool inbound);
    void zeek(const Signature& sig, const IndicatorRef* ind);
    void sigma(const Signature& sig, const IndicatorRef* hash);

    Random& m_rng;
    std::string m_prefix;
    core::AlertRecord m_record;
    std::string m_raw;
};

} // namespace lagebild::demo

#pragma once

#include "models/core/tlp.h"

#include <cstdint>
#include <random>
#include <string>

namespace lagebild::demo {

// std::mt19937_64's output sequence is fixed by the standard; the distributions below are written
// out so that every standard library draws the same numbers from it.
/// The demo generator's randomness (sync/demo): deterministic for a seed on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}
    std::uint64_t next() { return m_engine(); }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    std::uint64_t below(std::uint64_t n) {
        const auto v = static_cast<std::uint64_t>(unit() * static_cast<double>(n));
        return v < n ? v : n - 1;
    }
    int range(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo + 1))); } // [lo, hi]
    bool chance(double p) { return unit() < p; }
    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N]) {
        return items[below(N)];
    }
    std::string hex(int digits) {
        static constexpr char kHex[] = "0123456789abcdef";
        std::string s;
        s.reserve(static_cast<std::size_t>(digits));
        std::uint64_t bits = 0;
        for (int i = 0; i < digits; ++i) {
            if (i % 16 == 0)
                bits = next();
            s += kHex[bits & 15];
            bits >>= 4;
        }
        return s;
    }
    // A random (version 4) UUID.
    std::string uuid() {
        std::string h = hex(32);
        h[12] = '4';
        h[16] = "89ab"[next() & 3];
        return h.substr(0, 8) + '-' + h.substr(8, 4) + '-' + h.substr(12, 4) + '-' + h.substr(16, 4) + '-' + h.substr(20);
    }
    core::Tlp tlp(const int (&weights)[5]) { // clear, green, amber, amber+strict, red
        int total = 0;
        for (int w : weights)
            total += w;
        int r = static_cast<int>(below(static_cast<std::uint64_t>(total)));
        for (int i = 0; i < 5; ++i) {
            if (r < weights[i])
                return static_cast<core::Tlp>(static_cast<int>(core::Tlp::Clear) + i);
            r -= weights[i];
        }
        return core::Tlp::Amber;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace lagebild::demo

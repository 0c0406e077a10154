#include "models/core/timestamp.h"

#include <QDateTime>

#include <cstdio>

namespace lagebild::core {

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

// Howard Hinnant's days_from_civil: proleptic Gregorian date -> days since 1970-01-01.
std::int64_t daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, int& y, unsigned& m, unsigned& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
}

int daysInMonth(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return kDays[m - 1];
}

std::optional<std::int64_t> parse(std::string_view s, bool requireZulu) {
    int year, mon, day, hh, mm, ss;
    if (!digits(s, 0, 4, year) || s.size() < 20 || s[4] != '-' || !digits(s, 5, 2, mon) || s[7] != '-' || !digits(s, 8, 2, day) ||
        (s[10] != 'T' && s[10] != 't') || !digits(s, 11, 2, hh) || s[13] != ':' || !digits(s, 14, 2, mm) || s[16] != ':' ||
        !digits(s, 17, 2, ss))
        return std::nullopt;
    if (mon < 1 || mon > 12 || day < 1 || day > daysInMonth(year, mon) || hh > 23 || mm > 59 || ss > 60)
        return std::nullopt;
    std::size_t pos = 19;
    std::int64_t micros = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 6)
                micros = micros * 10 + (s[pos] - '0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (int i = n; i < 6; ++i)
            micros *= 10;
    }
    if (pos >= s.size())
        return std::nullopt;
    int offsetMinutes = 0;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        ++pos;
    } else {
        if (requireZulu || (s[pos] != '+' && s[pos] != '-'))
            return std::nullopt;
        const int sign = s[pos] == '-' ? -1 : 1;
        int oh, om;
        if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, om) || oh > 23 ||
            om > 59)
            return std::nullopt;
        offsetMinutes = sign * (oh * 60 + om);
        pos += 6;
    }
    if (pos != s.size())
        return std::nullopt;
    const std::int64_t secs = daysFromCivil(year, static_cast<unsigned>(mon), static_cast<unsigned>(day)) * 86400 + hh * 3600 +
                              mm * 60 + (ss == 60 ? 59 : ss) - offsetMinutes * 60;
    return secs * 1000000 + micros;
}

// Sensor flavour: 'T' or ' ', any zone spelling or none (see parseSensorTimestamp).
std::optional<std::int64_t> parseSensor(std::string_view s, int defaultOffsetMinutes, bool* hadZone) {
    int year, mon, day, hh, mm, ss;
    if (s.size() < 19 || !digits(s, 0, 4, year) || s[4] != '-' || !digits(s, 5, 2, mon) || s[7] != '-' || !digits(s, 8, 2, day) ||
        (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, hh) || s[13] != ':' || !digits(s, 14, 2, mm) ||
        s[16] != ':' || !digits(s, 17, 2, ss))
        return std::nullopt;
    if (mon < 1 || mon > 12 || day < 1 || day > daysInMonth(year, mon) || hh > 23 || mm > 59 || ss > 60)
        return std::nullopt;
    std::size_t pos = 19;
    std::int64_t micros = 0;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 6)
                micros = micros * 10 + (s[pos] - '0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (int i = n; i < 6; ++i)
            micros *= 10;
    }
    int offsetMinutes = defaultOffsetMinutes;
    bool zone = false;
    if (pos < s.size()) {
        zone = true;
        if (s[pos] == 'Z' || s[pos] == 'z') {
            offsetMinutes = 0;
            ++pos;
        } else if (s[pos] == '+' || s[pos] == '-') {
            const int sign = s[pos] == '-' ? -1 : 1;
            int oh = 0, om = 0;
            if (!digits(s, pos + 1, 2, oh))
                return std::nullopt;
            pos += 3;
            if (pos < s.size()) {
                if (s[pos] == ':')
                    ++pos;
                if (!digits(s, pos, 2, om))
                    return std::nullopt;
                pos += 2;
            }
            if (oh > 23 || om > 59)
                return std::nullopt;
            offsetMinutes = sign * (oh * 60 + om);
        } else {
            return std::nullopt;
        }
    }
    if (pos != s.size())
        return std::nullopt;
    if (hadZone)
        *hadZone = zone;
    const std::int64_t secs = daysFromCivil(year, static_cast<unsigned>(mon), static_cast<unsigned>(day)) * 86400 + hh * 3600 +
                              mm * 60 + (ss == 60 ? 59 : ss) - static_cast<std::int64_t>(offsetMinutes) * 60;
    return secs * 1000000 + micros;
}

} // namespace

std::optional<std::int64_t> parseSensorTimestamp(std::string_view text, int defaultOffsetMinutes, bool* hadZone) {
    return parseSensor(text, defaultOffsetMinutes, hadZone);
}

std::optional<std::int64_t> parseEpochSeconds(std::string_view s) {
    std::size_t pos = 0;
    const bool negative = !s.empty() && s[0] == '-';
    if (negative || (!s.empty() && s[0] == '+'))
        ++pos;
    std::int64_t secs = 0;
    int intDigits = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        // 10^12 s is about year 33,658: far beyond any sensor clock, far below int64 overflow.
        if (++intDigits > 13)
            return std::nullopt;
        secs = secs * 10 + (s[pos] - '0');
        ++pos;
    }
    if (intDigits == 0 || secs > 1000000000000LL)
        return std::nullopt;
    std::int64_t micros = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 6)
                micros = micros * 10 + (s[pos] - '0');
            ++n;
            ++pos;
        }
        for (int i = n; i < 6; ++i)
            micros *= 10;
    }
    if (pos != s.size())
        return std::nullopt;
    const std::int64_t total = secs * 1000000 + micros;
    return negative ? -total : total;
}

std::string formatUtcOffset(int offsetMinutes) {
    if (offsetMinutes == 0)
        return "UTC";
    const int a = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", offsetMinutes < 0 ? '-' : '+', a / 60 % 100, a % 60);
    return buf;
}

std::optional<std::int64_t> parseRfc3339(std::string_view text) { return parse(text, false); }

bool isStixTimestamp(std::string_view text) { return parse(text, true).has_value(); }

std::string formatStixTimestamp(std::int64_t micros) {
    std::int64_t secs = micros / 1000000;
    std::int64_t frac = micros % 1000000;
    if (frac < 0) {
        frac += 1000000;
        --secs;
    }
    std::int64_t days = secs / 86400;
    std::int64_t rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", y, m, d, static_cast<int>(rem / 3600),
                  static_cast<int>(rem / 60 % 60), static_cast<int>(rem % 60), static_cast<int>(frac / 1000));
    return buf;
}

std::int64_t nowMicros() { return QDateTime::currentMSecsSinceEpoch() * 1000; }

} // namespace lagebild::core

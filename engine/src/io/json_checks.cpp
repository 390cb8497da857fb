#include "io/json_checks.h"

#include <cmath>

namespace unroll::json_checks {

namespace {

std::string shown(const nlohmann::json& v) {
    std::string s = v.dump();
    return s.size() > 40 ? s.substr(0, 40) + "…" : s;
}

const nlohmann::json* field(const nlohmann::json& j, const char* key) {
    if (!j.is_object())
        throw BadField("expected a JSON object");
    const auto it = j.find(key);
    return it == j.end() || it->is_null() ? nullptr : &*it;
}

}  // namespace

std::int64_t wholeNumber(const nlohmann::json& j, const char* key, std::int64_t min,
                         std::int64_t max, std::int64_t fallback) {
    const nlohmann::json* v = field(j, key);
    if (!v)
        return fallback;
    const auto bad = [&] {
        return BadField(std::string(key) + " is " + shown(*v) + ", not a whole number from " +
                        std::to_string(min) + " to " + std::to_string(max));
    };
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(max) || static_cast<std::int64_t>(u) < min)
            throw bad();
        return static_cast<std::int64_t>(u);
    }
    if (v->is_number_integer()) {
        const auto i = v->get<std::int64_t>();
        if (i < min || i > max)
            throw bad();
        return i;
    }
    if (v->is_number_float()) {
        const double d = v->get<double>();
        // Compared as doubles before any conversion: only then is the cast defined.
        if (!std::isfinite(d) || d != std::floor(d) || d < static_cast<double>(min) ||
            d > static_cast<double>(max))
            throw bad();
        return static_cast<std::int64_t>(d);
    }
    throw bad();
}

double finiteNumber(const nlohmann::json& j, const char* key, double min, double max,
                    double fallback) {
    const nlohmann::json* v = field(j, key);
    if (!v)
        return fallback;
    const double d = v->is_number() ? v->get<double>() : std::nan("");
    if (!std::isfinite(d) || d < min || d > max)
        throw BadField(std::string(key) + " is " + shown(*v) + ", not a number from " +
                       std::to_string(min) + " to " + std::to_string(max));
    return d;
}

std::string text(const nlohmann::json& j, const char* key, const std::string& fallback) {
    const nlohmann::json* v = field(j, key);
    if (!v)
        return fallback;
    if (!v->is_string())
        throw BadField(std::string(key) + " is " + shown(*v) + ", not text");
    return v->get<std::string>();
}

}  // namespace unroll::json_checks

// Reading JSON that another process or a person wrote (run.json, run logs): every number is
// range-checked before it becomes an int, because a float-to-int conversion out of range is
// undefined (an epoch of 1e308 was shown as -2147483647).
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace unroll::json_checks {

// A field whose value is out of its range or of the wrong kind; the message names both.
class BadField : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The whole number at `key` in [min, max]; `fallback` when the key is missing or null. Throws
// BadField for anything else (a fraction, 1e308, a string).
std::int64_t wholeNumber(const nlohmann::json& j, const char* key, std::int64_t min,
                         std::int64_t max, std::int64_t fallback);

// The finite number at `key` in [min, max]; `fallback` when missing or null. Throws BadField.
double finiteNumber(const nlohmann::json& j, const char* key, double min, double max,
                    double fallback);

// The text at `key`; `fallback` when missing or null. Throws BadField for a non-string.
std::string text(const nlohmann::json& j, const char* key, const std::string& fallback = "");

}  // namespace unroll::json_checks

// Text a person reads about a setting: its allowed values and how values print.
#include <algorithm>
#include <charconv>
#include <string>

#include "unroll/config.h"

namespace unroll {

namespace {

std::string number(double x) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, x);
    return std::string(buf, res.ptr);
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + items[i];
    return out;
}

}  // namespace

bool SettingSpec::readBy(const Config& config) const {
    // The text, not the enum: a configuration still being edited may name an architecture that
    // does not exist, and asking what it reads must not throw.
    return appliesTo(config.getText(settings::arch.name)) &&
           (only_with_key.empty() || config.getText(only_with_key) == only_with_value);
}

bool SettingSpec::appliesTo(const std::string& arch) const {
    return architectures.empty() ||
           std::find(architectures.begin(), architectures.end(), arch) != architectures.end();
}

bool SettingSpec::inRange(double x) const {
    // Written so that NaN fails every comparison and is out of range.
    const bool above_min = min_exclusive ? x > min : x >= min;
    return above_min && x <= max;
}

std::string SettingSpec::allowedText() const {
    switch (type) {
        case SettingType::Bool:
            return "true or false";
        case SettingType::Choice:
            return "one of: " + joined(choices);
        case SettingType::Text:
            return "any text";
        case SettingType::Int:
        case SettingType::Float: {
            if (type == SettingType::Int) {
                const std::string range = "a whole number from " +
                                          std::to_string(std::int64_t(min)) + " to " +
                                          std::to_string(std::int64_t(max));
                return unit.empty() ? range : range + " " + unit;
            }
            const std::string range = min_exclusive
                                          ? "greater than " + number(min) + " up to " + number(max)
                                          : number(min) + " to " + number(max);
            return unit.empty() ? range : range + " " + unit;
        }
    }
    return "";
}

std::string formatValue(const Value& value) {
    if (const bool* b = std::get_if<bool>(&value))
        return *b ? "true" : "false";
    if (const std::int64_t* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const double* d = std::get_if<double>(&value))
        return number(*d);
    return std::get<std::string>(value);
}

ConfigError::ConfigError(std::vector<ConfigIssue> issues)
    : std::runtime_error([&] {
          std::string text;
          for (size_t i = 0; i < issues.size(); ++i)
              text += (i ? "\n" : "") + issues[i].message;
          return text;
      }()),
      issues_(std::move(issues)) {}

ConfigError::ConfigError(ConfigIssue issue)
    : ConfigError(std::vector<ConfigIssue>{std::move(issue)}) {}

}  // namespace unroll

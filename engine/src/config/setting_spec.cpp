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

// A bound of a range for a message: its shortest exact English form, up to 6 digits elsewhere.
MessageArg value(double x) {
    return unroll::number(x, 6, number(x));
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

Message SettingSpec::allowedText() const {
    switch (type) {
        case SettingType::Bool:
            return Message(UNROLL_TEXT("true or false"));
        case SettingType::Choice:
            return Message(UNROLL_TEXT("one of: %1"), joined(choices));
        case SettingType::Text:
            return Message(UNROLL_TEXT("any text"));
        case SettingType::Int:
        case SettingType::Float: {
            // The unit is the schema's own text, which a window translates with the schema.
            const Message range =
                type == SettingType::Int ? Message(UNROLL_TEXT("a whole number from %1 to %2"),
                                                   std::int64_t(min), std::int64_t(max))
                : min_exclusive
                    ? Message(UNROLL_TEXT("greater than %1 up to %2"), value(min), value(max))
                    : Message(UNROLL_TEXT("%1 to %2"), value(min), value(max));
            return unit.empty() ? range : Message("%1 %2", range, Message(unit.c_str()));
        }
    }
    return {};
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
    : UserError([&] {
          std::vector<Message> messages;
          for (const ConfigIssue& issue : issues)
              messages.push_back(issue.message);
          return joined(messages, "\n");
      }()),
      issues_(std::move(issues)) {}

ConfigError::ConfigError(ConfigIssue issue)
    : ConfigError(std::vector<ConfigIssue>{std::move(issue)}) {}

}  // namespace unroll

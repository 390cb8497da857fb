// The sampling options checked as the schema checks settings: a NaN temperature or a negative seed
// is refused with the option's name and its allowed range, wherever the options come from.
#include <charconv>
#include <cmath>

#include "unroll/generate.h"

namespace unroll {

namespace {

SettingSpec numeric(const std::string& key, const std::string& label, SettingType type, double min,
                    double max, const std::string& help) {
    SettingSpec s;
    s.key = key;
    s.label = label;
    s.group = "sampling";
    s.type = type;
    s.min = min;
    s.max = max;
    s.help = help;
    return s;
}

const SettingSpec& specFor(const std::string& key) {
    for (const SettingSpec& s : samplingSchema())
        if (s.key == key)
            return s;
    std::string keys;
    for (const SettingSpec& s : samplingSchema())
        keys += (keys.empty() ? "" : ", ") + s.key;
    throw ConfigError(ConfigIssue{
        key, "",
        Message(UNROLL_TEXT("unknown sampling option '%1'; the options are %2"), key, keys)});
}

double valueOf(const SamplingOptions& o, const std::string& key) {
    if (key == "max_tokens")
        return o.max_tokens;
    if (key == "temperature")
        return o.temperature;
    if (key == "top_k")
        return o.top_k;
    if (key == "top_p")
        return o.top_p;
    return static_cast<double>(o.seed);
}

std::string text(double x, SettingType type) {
    if (std::isnan(x))
        return "nan";
    if (type == SettingType::Int)
        return std::to_string(static_cast<long long>(x));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", x);
    return buffer;
}

}  // namespace

const std::vector<SettingSpec>& samplingSchema() {
    static const std::vector<SettingSpec> specs = [] {
        std::vector<SettingSpec> s = {
            numeric("max_tokens", "Tokens", SettingType::Int, 1, 100000, "Tokens to generate"),
            numeric("temperature", "Temperature", SettingType::Float, 0, 100,
                    "Sharpen (below 1) or flatten (above 1) the distribution; 0 = greedy"),
            numeric("top_k", "Top k", SettingType::Int, 0, 1000000,
                    "Sample among the k most likely tokens (0 = all)"),
            numeric("top_p", "Top p", SettingType::Float, 0, 1,
                    "Sample among the most likely tokens holding this much probability"),
            numeric("seed", "Seed", SettingType::Int, 0, 2147483647,
                    "The same seed and prompt give the same text")};
        s[3].min_exclusive = true;
        s[0].default_value = std::int64_t(20);
        s[1].default_value = 1.0;
        s[2].default_value = std::int64_t(0);
        s[3].default_value = 1.0;
        s[4].default_value = std::int64_t(0);
        return s;
    }();
    return specs;
}

void checkSampling(const SamplingOptions& options) {
    std::vector<ConfigIssue> issues;
    for (const SettingSpec& spec : samplingSchema()) {
        const double x = valueOf(options, spec.key);
        if (!spec.inRange(x)) {
            const std::string shown = text(x, spec.type);
            issues.push_back({spec.key, shown,
                              Message(UNROLL_TEXT("%1 = %2 is out of range: allowed %3"), spec.key,
                                      shown, spec.allowedText())});
        }
    }
    if (!issues.empty())
        throw ConfigError(issues);
}

void setSamplingOption(SamplingOptions& options, const std::string& key, const std::string& text) {
    const SettingSpec& spec = specFor(key);
    const char* begin = text.data();
    const char* end = begin + text.size();
    double x = 0;
    bool parsed = false;
    if (spec.type == SettingType::Int) {
        std::int64_t v = 0;
        const auto r = std::from_chars(begin, end, v);
        parsed = !text.empty() && r.ec == std::errc() && r.ptr == end;
        x = static_cast<double>(v);
    } else {
        const auto r = std::from_chars(begin, end, x);
        parsed = !text.empty() && r.ec == std::errc() && r.ptr == end;
    }
    if (!parsed || !spec.inRange(x))
        throw ConfigError(ConfigIssue{
            key, text,
            Message(UNROLL_TEXT("%1 cannot be '%2': allowed %3"), key, text, spec.allowedText())});
    if (key == "max_tokens")
        options.max_tokens = static_cast<int>(x);
    else if (key == "temperature")
        options.temperature = x;
    else if (key == "top_k")
        options.top_k = static_cast<int>(x);
    else if (key == "top_p")
        options.top_p = x;
    else
        options.seed = static_cast<std::uint64_t>(x);
}

}  // namespace unroll

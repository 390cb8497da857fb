// Config <-> JSON. Files are objects of key: value in schema order; unknown keys and wrong types
// are errors that name the key and the file.
#include <nlohmann/json.hpp>

#include <set>

#include "unroll/config.h"

namespace unroll {

namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json toJsonValue(const Value& v) {
    if (const bool* b = std::get_if<bool>(&v))
        return *b;
    if (const std::int64_t* i = std::get_if<std::int64_t>(&v))
        return *i;
    if (const double* d = std::get_if<double>(&v))
        return *d;
    return std::get<std::string>(v);
}

ordered_json parseObject(const std::string& text, const std::string& origin) {
    // nlohmann reads a NUL as the end of the input: what follows would be dropped unseen.
    if (const size_t nul = text.find('\0'); nul != std::string::npos)
        throw ConfigError(ConfigIssue{
            "", "",
            Message(
                UNROLL_TEXT("%1: a NUL byte at offset %2 — a configuration is a JSON text file"),
                origin, nul)});
    // A key given twice in the object of settings: whichever was meant, one is silently lost.
    std::set<std::string> keys;
    const auto no_repeats = [&](int depth, nlohmann::json::parse_event_t event,
                                ordered_json& parsed) {
        if (depth == 1 && event == nlohmann::json::parse_event_t::key &&
            !keys.insert(parsed.get<std::string>()).second)
            throw ConfigError(
                ConfigIssue{parsed.get<std::string>(), "",
                            Message(UNROLL_TEXT("%1: setting '%2' appears twice — keep one"),
                                    origin, parsed.get<std::string>())});
        return true;
    };
    ordered_json doc;
    try {
        doc = ordered_json::parse(text, no_repeats);
    } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for huge numbers
        throw ConfigError(ConfigIssue{
            "", "",
            Message(UNROLL_TEXT("%1: not valid JSON (%2)"), origin, std::string(e.what()))});
    }
    if (!doc.is_object())
        throw ConfigError(ConfigIssue{
            "", "",
            Message(UNROLL_TEXT("%1: expected a JSON object of settings, like {\"lr\": 0.003}"),
                    origin)});
    return doc;
}

}  // namespace

std::string Config::toJson(int indent) const {
    ordered_json doc = ordered_json::object();
    for (const SettingSpec& s : schema())
        doc[s.key] = toJsonValue(values_.at(s.key));
    return doc.dump(indent);
}

void Config::applyJson(const std::string& json_object, const std::string& origin) {
    ordered_json doc = parseObject(json_object, origin);
    // A preset's own file ({"description": ..., "settings": {...}}, as installed in
    // share/unroll/presets) reads as its settings.
    const bool preset_file = doc.contains("settings") && doc["settings"].is_object() &&
                             doc.size() == (doc.contains("description") ? 2u : 1u);
    if (preset_file)
        doc = ordered_json(doc["settings"]);
    std::vector<ConfigIssue> issues;
    for (const auto& [key, item] : doc.items()) {
        try {
            const SettingSpec* spec = findSetting(key);
            if (!spec) {
                set(key, Value{false});  // throws the unknown-key error with a suggestion
            } else if (item.is_boolean()) {
                set(key, Value{item.get<bool>()});
            } else if (item.is_number_integer()) {
                set(key, Value{item.get<std::int64_t>()});
            } else if (item.is_number_float()) {
                set(key, Value{item.get<double>()});
            } else if (item.is_string()) {
                // Text in JSON is parsed as the setting's type only for Choice/Text settings, so
                // a quoted number for an Int setting is reported as the wrong type.
                if (spec->type == SettingType::Choice || spec->type == SettingType::Text)
                    setFromText(key, item.get<std::string>());
                else
                    set(key, Value{item.get<std::string>()});
            } else {
                issues.push_back({key, item.dump(),
                                  Message(UNROLL_TEXT("%1: setting '%2' cannot be %3: allowed %4"),
                                          origin, key, item.dump(), spec->allowedText())});
            }
        } catch (const ConfigError& e) {
            for (ConfigIssue issue : e.issues()) {
                issue.message = Message(UNROLL_TEXT("%1: %2"), origin, issue.message);
                issues.push_back(std::move(issue));
            }
        }
    }
    if (!issues.empty())
        throw ConfigError(std::move(issues));
}

Config Config::fromJson(const std::string& json, const std::string& origin) {
    Config config;
    config.applyJson(json, origin);
    return config;
}

}  // namespace unroll

// Presets: the JSON files of resources/presets/, compiled in so the CLI and the app work from any
// folder. A file holds {"description": "...", "settings": {key: value, ...}}.
#include <nlohmann/json.hpp>

#include "unroll/config.h"

namespace unroll {
namespace detail {
const std::vector<std::pair<const char*, const char*>>& embeddedPresets();
}

namespace {

std::vector<Preset> parsePresets() {
    std::vector<Preset> out;
    for (const auto& [name, text] : detail::embeddedPresets()) {
        // The files are ours and checked by the tests; a broken one is a build defect, so let
        // nlohmann's exception surface loudly rather than hide the preset.
        const nlohmann::json doc = nlohmann::json::parse(text);
        out.push_back({name, doc.at("description").get<std::string>(), text});
    }
    return out;
}

}  // namespace

Config Preset::config() const {
    const nlohmann::json doc = nlohmann::json::parse(json);
    Config c;
    c.applyJson(doc.at("settings").dump(), "preset " + name);
    return c;
}

const std::vector<Preset>& presets() {
    static const std::vector<Preset> all = parsePresets();
    return all;
}

const Preset& findPreset(const std::string& name) {
    for (const Preset& p : presets())
        if (p.name == name)
            return p;
    std::string names;
    for (const Preset& p : presets())
        names += (names.empty() ? "" : ", ") + p.name;
    throw ConfigError(ConfigIssue{
        "preset", name, Message(UNROLL_TEXT("unknown preset '%1'; available: %2"), name, names)});
}

}  // namespace unroll

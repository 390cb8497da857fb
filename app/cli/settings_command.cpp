// `unroll-cli settings [--json]`: the settings schema — every key with its type, default, range,
// unit, help, the architectures that read it and whether it may change during a run. The JSON
// form (with the architectures and presets) is for tools (the window's translation table is
// generated from it: docs/translations.md).
#include <nlohmann/json.hpp>

#include <cstdio>

#include "commands.h"
#include "exit_codes.h"
#include "unroll/architecture.h"
#include "unroll/config.h"

namespace unroll::cli {

namespace {

const char* typeName(SettingType t) {
    switch (t) {
        case SettingType::Int:
            return "int";
        case SettingType::Float:
            return "float";
        case SettingType::Bool:
            return "bool";
        case SettingType::Choice:
            return "choice";
        case SettingType::Text:
            return "text";
    }
    return "";
}

nlohmann::json toJson(const Value& v) {
    return std::visit([](const auto& x) { return nlohmann::json(x); }, v);
}

}  // namespace

Command addSettingsCommand(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand("settings", "List every setting (--json: the schema)");
    static bool json = false;
    cmd->add_flag("--json", json, "Print the schema, the architectures and the presets as JSON");
    return [] {
        if (!json) {
            for (const SettingSpec& s : schema())
                std::printf("%-14s %-12s %s (%s)%s\n", s.key.c_str(),
                            formatValue(s.default_value).c_str(), s.label.c_str(),
                            s.allowedText().english().c_str(), s.live ? " [live]" : "");
            return kExitOk;
        }
        nlohmann::json settings = nlohmann::json::array();
        for (const SettingSpec& s : schema()) {
            nlohmann::json j = {{"key", s.key},
                                {"label", s.label},
                                {"group", s.group},
                                {"type", typeName(s.type)},
                                {"default", toJson(s.default_value)},
                                {"unit", s.unit},
                                {"help", s.help},
                                {"live", s.live},
                                {"architectures", s.architectures}};
            if (s.type == SettingType::Int || s.type == SettingType::Float) {
                j["min"] = s.min;
                j["max"] = s.max;
                j["min_exclusive"] = s.min_exclusive;
                j["log_scale"] = s.log_scale;
            }
            if (s.type == SettingType::Choice)
                j["choices"] = s.choices;
            if (!s.only_with_key.empty())
                j["only_with"] = {{s.only_with_key, s.only_with_value}};
            settings.push_back(std::move(j));
        }
        nlohmann::json archs = nlohmann::json::array();
        for (const ArchitectureInfo& a : architectures())
            archs.push_back({{"name", a.name},
                             {"title", a.title},
                             {"description", a.description},
                             {"stateful", a.stateful},
                             {"every_token", a.every_token}});
        nlohmann::json presets_json = nlohmann::json::array();
        for (const Preset& p : presets())
            presets_json.push_back({{"name", p.name}, {"description", p.description}});
        const nlohmann::json out = {
            {"settings", settings}, {"architectures", archs}, {"presets", presets_json}};
        std::printf("%s\n", out.dump(2).c_str());
        return kExitOk;
    };
}

}  // namespace unroll::cli

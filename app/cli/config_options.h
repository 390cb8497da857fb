// The flags that pick a configuration, shared by every command that trains: --preset, --config,
// --set key=value and shortcuts for the most used settings. All values go through the engine's
// schema, so a bad one is reported with the setting's name and its allowed values.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "unroll/config.h"

namespace unroll::cli {

class ConfigOptions {
public:
    void addTo(CLI::App& command);
    // The preset (or defaults), then --config, then the shortcuts, then --set in order.
    // Throws ConfigError.
    Config resolve() const;
    // Only the shortcuts and --set, on a configuration from elsewhere (a checkpoint).
    void applyOverrides(Config& config) const;
    // True when --preset or --config was given.
    bool hasBase() const { return !preset_.empty() || !config_file_.empty(); }
    const std::string& presetName() const { return preset_; }

private:
    std::string preset_;
    std::string config_file_;
    std::vector<std::string> assignments_;
    std::string epochs_, seed_, threads_, corpus_;
    // To tell a flag given as "" from one not given.
    const CLI::Option* preset_flag_ = nullptr;
    const CLI::Option* config_flag_ = nullptr;
    const CLI::Option* corpus_flag_ = nullptr;
};

// The settings table for --help: key, allowed values and default.
std::string settingsHelp();

}  // namespace unroll::cli

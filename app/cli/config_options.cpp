#include "config_options.h"

#include <fstream>
#include <sstream>

namespace unroll::cli {

void ConfigOptions::addTo(CLI::App& command) {
    command.add_option("--preset", preset_, "Start from a preset (see `unroll-cli presets`)");
    command.add_option("--config", config_file_,
                       "Read settings from a JSON file ({\"lr\": 0.003, ...})");
    command.add_option("--set", assignments_, "Set a setting: key=value (repeatable)")
        ->type_name("KEY=VALUE")
        ->allow_extra_args(false);
    command.add_option("--epochs", epochs_, "Shortcut for --set epochs=N")->type_name("N");
    command.add_option("--seed", seed_, "Shortcut for --set seed=S")->type_name("S");
    command.add_option("--threads", threads_, "Shortcut for --set threads=T")->type_name("T");
    command
        .add_option("--corpus", corpus_,
                    "Train on a UTF-8 text file (words; --set tokenizer=char or tokenizer=subword "
                    "for characters or SentencePiece subwords)")
        ->type_name("FILE");
    command.footer(settingsHelp());
}

Config ConfigOptions::resolve() const {
    Config config = preset_.empty() ? Config() : findPreset(preset_).config();
    if (!config_file_.empty()) {
        std::ifstream in(config_file_);
        if (!in)
            throw ConfigError(
                ConfigIssue{"", config_file_, "cannot read config file '" + config_file_ + "'"});
        std::stringstream text;
        text << in.rdbuf();
        config.applyJson(text.str(), config_file_);
    }
    applyOverrides(config);
    config.validate();
    return config;
}

void ConfigOptions::applyOverrides(Config& config) const {
    if (!epochs_.empty())
        config.setFromText("epochs", epochs_);
    if (!seed_.empty())
        config.setFromText("seed", seed_);
    if (!threads_.empty())
        config.setFromText("threads", threads_);
    if (!corpus_.empty())
        config.setFromText("corpus", corpus_);
    for (const std::string& a : assignments_)
        config.setAssignment(a);
}

std::string settingsHelp() {
    std::ostringstream out;
    out << "Settings (--set key=value):\n";
    std::string group;
    for (const SettingSpec& s : schema()) {
        if (s.group != group) {
            group = s.group;
            out << "  [" << group << "]\n";
        }
        out << "    " << s.key << " = " << formatValue(s.default_value) << "  (" << s.allowedText()
            << ")\n        " << s.help << "\n";
    }
    return out.str();
}

}  // namespace unroll::cli

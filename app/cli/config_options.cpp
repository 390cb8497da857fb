#include "config_options.h"

#include <map>
#include <sstream>

#include "interrupt.h"
#include "unroll/device.h"
#include "unroll/files.h"

namespace unroll::cli {

void ConfigOptions::addTo(CLI::App& command) {
    preset_flag_ =
        command.add_option("--preset", preset_, "Start from a preset (see `unroll-cli presets`)")
            ->type_name("NAME");
    config_flag_ = command
                       .add_option("--config", config_file_,
                                   "Read settings from a JSON file ({\"lr\": 0.003, ...})")
                       ->type_name("FILE");
    command.add_option("--set", assignments_, "Set a setting: key=value (repeatable)")
        ->type_name("KEY=VALUE")
        ->allow_extra_args(false);
    command.add_option("--epochs", epochs_, "Shortcut for --set epochs=N")->type_name("N");
    command.add_option("--seed", seed_, "Shortcut for --set seed=S")->type_name("S");
    command.add_option("--threads", threads_, "Shortcut for --set threads=T")->type_name("T");
    corpus_flag_ =
        command
            .add_option(
                "--corpus", corpus_,
                "Train on a UTF-8 text file (words; --set tokenizer=char or tokenizer=subword "
                "for characters or SentencePiece subwords)")
            ->type_name("FILE");
    command.footer(settingsHelp());
}

Config ConfigOptions::resolve() const {
    // Given but empty is a mistake (a shell variable that was not set), not "the default".
    if (preset_flag_ && preset_flag_->count() > 0 && preset_.empty())
        throw ConfigError(ConfigIssue{"--preset", "",
                                      Message::verbatim("--preset is empty — name a preset (see "
                                                        "`unroll-cli presets`) or leave it out")});
    if (config_flag_ && config_flag_->count() > 0 && config_file_.empty())
        throw ConfigError(
            ConfigIssue{"--config", "", Message::verbatim("--config is empty — name a JSON file")});
    Config config = preset_.empty() ? Config() : findPreset(preset_).config();
    if (!config_file_.empty()) {
        ReadLimits limits;
        limits.what = Message(UNROLL_TEXT("config file"));
        limits.max_bytes = kMaxConfigFileBytes;
        limits.too_large_hint =
            Message(UNROLL_TEXT("a configuration is a small JSON object of settings"));
        limits.cancel = interruptFlag();
        try {
            config.applyJson(readFile(config_file_, limits), config_file_);
        } catch (const FileError& e) {
            throw ConfigError(ConfigIssue{"--config", config_file_, e.message()});
        }
    }
    applyOverrides(config);
    config.validate();
    requireDevice(config);  // a device this build lacks is refused before a corpus is read
    return config;
}

void ConfigOptions::applyOverrides(Config& config) const {
    if (corpus_flag_ && corpus_flag_->count() > 0 && corpus_.empty())
        throw ConfigError(
            ConfigIssue{"--corpus", "", Message::verbatim("--corpus is empty — name a text file")});
    // A setting given twice (--set lr=1 --set lr=2, or --epochs 3 --set epochs=5) is a mistake
    // whichever value was meant.
    std::map<std::string, std::string> given;
    const auto once = [&](const std::string& key, const std::string& how) {
        const auto [at, fresh] = given.emplace(key, how);
        if (!fresh)
            throw ConfigError(
                ConfigIssue{key, how,
                            Message::verbatim("setting '" + key + "' is given twice (" +
                                              at->second + " and " + how + ") — give it once")});
    };
    if (!epochs_.empty())
        once("epochs", "--epochs " + epochs_);
    if (!seed_.empty())
        once("seed", "--seed " + seed_);
    if (!threads_.empty())
        once("threads", "--threads " + threads_);
    if (!corpus_.empty())
        once("corpus", "--corpus " + corpus_);
    for (const std::string& a : assignments_)
        once(a.substr(0, a.find('=')), "--set " + a);

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
        out << "    " << s.key << " = " << formatValue(s.default_value) << "  ("
            << s.allowedText().english() << ")\n        " << s.help << "\n";
    }
    return out.str();
}

}  // namespace unroll::cli

// The one declarative table of every setting, and the Config that holds a value for each.
// The CLI builds its flags from it, the GUI its form, presets are JSON overrides of it and
// checkpoints store the resolved result. Plain C++ only: no torch, no Qt.
#pragma once

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "unroll/message.h"
#include "unroll/settings.h"

namespace unroll {

enum class SettingType { Int, Float, Bool, Choice, Text };

class Config;

// bool, integer, real, or text (Choice and Text settings).
using Value = std::variant<bool, std::int64_t, double, std::string>;

struct SettingSpec {
    std::string key;    // e.g. "lr"; what --set, JSON files and checkpoints use
    std::string label;  // e.g. "Learning rate"; what the form shows
    std::string group;  // "model", "data", "training", "optimizer", "run"
    SettingType type = SettingType::Int;
    Value default_value;
    double min = 0.0;  // numeric range, inclusive unless min_exclusive
    double max = 0.0;
    bool min_exclusive = false;
    bool log_scale = false;                  // spans decades (a form should use a log slider)
    std::vector<std::string> choices;        // the allowed values of a Choice
    std::string unit;                        // "tokens", "units", "epochs", ... or ""
    std::string help;                        // one or two sentences for a tooltip or --help
    std::vector<std::string> architectures;  // the architectures that read it; empty: all
    bool live = false;  // may change while a run is going; otherwise needs a restart
    // Read only when another setting has a value: {"tokenizer", "subword"}; empty: always.
    std::string only_with_key, only_with_value;

    bool appliesTo(const std::string& arch) const;
    // Whether `config` reads it: its architecture does, and only_with holds.
    bool readBy(const Config& config) const;
    // "1 to 4096 units", "one of: fused, scratch", "greater than 0 up to 100" ...
    Message allowedText() const;
    // Whether a number is inside the numeric range (NaN never is).
    bool inRange(double x) const;
};

// A configuration file is a small JSON object; a larger file is refused before it is read whole.
constexpr std::uint64_t kMaxConfigFileBytes = 1 << 20;
// The most epochs a run may have (the range of `epochs`); readers of run records hold them to it.
constexpr std::int64_t kMaxEpochs = 100000;

// The whole schema, in display order.
const std::vector<SettingSpec>& schema();
// nullptr when no setting has this key.
const SettingSpec* findSetting(const std::string& key);

// One thing wrong with a configuration, phrased so a person can act on it.
struct ConfigIssue {
    std::string key;    // the setting, or "" for problems not tied to one
    std::string value;  // the offending value as text
    Message message;    // full sentence: what is wrong and what is allowed
};

class ConfigError : public UserError {
public:
    explicit ConfigError(std::vector<ConfigIssue> issues);
    explicit ConfigError(ConfigIssue issue);
    const std::vector<ConfigIssue>& issues() const { return issues_; }

private:
    std::vector<ConfigIssue> issues_;
};

std::string formatValue(const Value& value);

// A value for every setting of the schema. Starts at the schema defaults.
class Config {
public:
    Config();

    const Value& get(const std::string& key) const;  // throws ConfigError for an unknown key
    std::int64_t getInt(const std::string& key) const;
    double getFloat(const std::string& key) const;
    bool getBool(const std::string& key) const;
    const std::string& getText(const std::string& key) const;  // Text and Choice settings
    // The same through a typed key (unroll/settings.h): a misspelt name does not compile.
    std::int64_t get(SettingKey<std::int64_t> key) const { return getInt(key.name); }
    double get(SettingKey<double> key) const { return getFloat(key.name); }
    bool get(SettingKey<bool> key) const { return getBool(key.name); }
    const std::string& get(SettingKey<std::string> key) const { return getText(key.name); }
    // A choice that code branches on, as its enum (Arch, CellForm, OnNonFinite).
    template <class E>
    E get(SettingKey<E> key) const;

    // Type-checked assignment (an integer is accepted for a Float setting). Ranges are checked by
    // validate(), so a form can hold an out-of-range value while the user types.
    void set(const std::string& key, const Value& value);
    // Parses text as the setting's type: "64", "3e-3", "true", "lm4".
    void setFromText(const std::string& key, const std::string& text);
    // "key=value", as given to --set.
    void setAssignment(const std::string& assignment);
    // Applies a JSON object of overrides ({"lr": 0.003, ...}); unknown keys are errors.
    void applyJson(const std::string& json_object, const std::string& origin);

    // Everything wrong with the current values (ranges, choices, settings that contradict).
    std::vector<ConfigIssue> problems() const;
    void validate() const;  // throws ConfigError listing every problem

    std::string toJson(int indent = 2) const;
    static Config fromJson(const std::string& json, const std::string& origin = "config");

    const std::map<std::string, Value>& values() const { return values_; }
    bool operator==(const Config& other) const { return values_ == other.values_; }
    bool operator!=(const Config& other) const { return !(*this == other); }

private:
    std::map<std::string, Value> values_;
};

template <class E>
E Config::get(SettingKey<E> key) const {
    const std::string& text = getText(key.name);
    int i = 0;
    for (const char* name : ChoiceNames<E>::names) {
        if (text == name)
            return static_cast<E>(i);
        ++i;
    }
    throw ConfigError(ConfigIssue{
        key.name, text, Message(UNROLL_TEXT("'%1' is not a choice of %2"), text, key.name)});
}

// The keys whose values differ between two configurations, in schema order.
std::vector<std::string> changedSettings(const Config& from, const Config& to);

// Presets are JSON files under resources/presets/, compiled into the engine.
struct Preset {
    std::string name;
    std::string description;  // one line
    std::string json;         // the file's text
    Config config() const;    // schema defaults with the preset's settings applied
};

const std::vector<Preset>& presets();
// Throws ConfigError naming the available presets when there is no such preset.
const Preset& findPreset(const std::string& name);

}  // namespace unroll

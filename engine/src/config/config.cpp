// Config: a value for every setting, type-checked on assignment and range-checked by validate().
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

#include "unroll/architecture.h"
#include "unroll/config.h"

namespace unroll {

namespace {

size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
            diag = up;
        }
    }
    return row[b.size()];
}

[[noreturn]] void unknownKey(const std::string& key) {
    std::string best;
    size_t best_distance = 4;  // suggest only near misses
    for (const SettingSpec& s : schema()) {
        size_t d = editDistance(key, s.key);
        if (d < best_distance) {
            best_distance = d;
            best = s.key;
        }
    }
    throw ConfigError(ConfigIssue{
        key, "",
        best.empty()
            ? Message(UNROLL_TEXT("unknown setting '%1'; `unroll-cli train --help` lists "
                                  "every setting"),
                      key)
            : Message(UNROLL_TEXT("unknown setting '%1'; did you mean '%2'?"), key, best)});
}

const SettingSpec& specFor(const std::string& key) {
    const SettingSpec* spec = findSetting(key);
    if (!spec)
        unknownKey(key);
    return *spec;
}

[[noreturn]] void badValue(const SettingSpec& spec, const std::string& text) {
    throw ConfigError(ConfigIssue{spec.key, text,
                                  Message(UNROLL_TEXT("setting '%1' cannot be '%2': allowed %3"),
                                          spec.key, text, spec.allowedText())});
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

Config::Config() {
    for (const SettingSpec& s : schema())
        values_[s.key] = s.default_value;
}

const Value& Config::get(const std::string& key) const {
    auto it = values_.find(key);
    if (it == values_.end())
        unknownKey(key);
    return it->second;
}

std::int64_t Config::getInt(const std::string& key) const {
    return std::get<std::int64_t>(get(key));
}
double Config::getFloat(const std::string& key) const {
    return std::get<double>(get(key));
}
bool Config::getBool(const std::string& key) const {
    return std::get<bool>(get(key));
}
const std::string& Config::getText(const std::string& key) const {
    return std::get<std::string>(get(key));
}

void Config::set(const std::string& key, const Value& value) {
    const SettingSpec& spec = specFor(key);
    Value stored = value;
    bool ok = false;
    switch (spec.type) {
        case SettingType::Int:
            ok = std::holds_alternative<std::int64_t>(value);
            break;
        case SettingType::Float:
            if (const std::int64_t* i = std::get_if<std::int64_t>(&value))
                stored = double(*i);
            ok = std::holds_alternative<double>(stored);
            break;
        case SettingType::Bool:
            ok = std::holds_alternative<bool>(value);
            break;
        case SettingType::Choice:
        case SettingType::Text:
            ok = std::holds_alternative<std::string>(value);
            break;
    }
    if (!ok)
        badValue(spec, formatValue(value));
    values_[key] = stored;
}

void Config::setFromText(const std::string& key, const std::string& text) {
    const SettingSpec& spec = specFor(key);
    const char* begin = text.data();
    const char* end = begin + text.size();
    switch (spec.type) {
        case SettingType::Int: {
            std::int64_t v = 0;
            auto res = std::from_chars(begin, end, v);
            if (text.empty() || res.ec != std::errc() || res.ptr != end)
                badValue(spec, text);
            values_[key] = v;
            return;
        }
        case SettingType::Float: {
            double v = 0;
            auto res = std::from_chars(begin, end, v);
            if (text.empty() || res.ec != std::errc() || res.ptr != end)
                badValue(spec, text);
            values_[key] = v;
            return;
        }
        case SettingType::Bool: {
            const std::string t = lower(text);
            if (t == "true" || t == "1" || t == "yes" || t == "on") {
                values_[key] = true;
            } else if (t == "false" || t == "0" || t == "no" || t == "off") {
                values_[key] = false;
            } else {
                badValue(spec, text);
            }
            return;
        }
        case SettingType::Choice:
            if (std::find(spec.choices.begin(), spec.choices.end(), text) == spec.choices.end())
                badValue(spec, text);
            values_[key] = text;
            return;
        case SettingType::Text:
            values_[key] = text;
            return;
    }
}

void Config::setAssignment(const std::string& assignment) {
    const size_t eq = assignment.find('=');
    if (eq == std::string::npos || eq == 0)
        throw ConfigError(ConfigIssue{
            "", assignment,
            Message(UNROLL_TEXT("'%1' is not of the form key=value (for example lr=0.003)"),
                    assignment)});
    setFromText(assignment.substr(0, eq), assignment.substr(eq + 1));
}

std::vector<ConfigIssue> Config::problems() const {
    std::vector<ConfigIssue> out;
    for (const SettingSpec& spec : schema()) {
        const Value& v = values_.at(spec.key);
        const std::string text = formatValue(v);
        if (spec.type == SettingType::Int || spec.type == SettingType::Float) {
            const double x = spec.type == SettingType::Int ? double(std::get<std::int64_t>(v))
                                                           : std::get<double>(v);
            if (!spec.inRange(x))
                out.push_back({spec.key, text,
                               Message(UNROLL_TEXT("%1 = %2 is out of range: allowed %3"), spec.key,
                                       text, spec.allowedText())});
        } else if (spec.type == SettingType::Choice) {
            const std::string& s = std::get<std::string>(v);
            if (std::find(spec.choices.begin(), spec.choices.end(), s) == spec.choices.end())
                out.push_back({spec.key, text,
                               Message(UNROLL_TEXT("%1 = %2 is not allowed: %3"), spec.key, text,
                                       spec.allowedText())});
        }
    }
    if (!out.empty())
        return out;  // cross checks assume each value is in range

    const ArchitectureInfo& arch = architecture(get(settings::arch));
    if (arch.fixed_seq_len > 0 && get(settings::seq_len) != arch.fixed_seq_len) {
        out.push_back(
            {"seq_len", std::to_string(get(settings::seq_len)),
             Message(UNROLL_TEXT("seq_len = %1 does not fit arch %2, which is unrolled by "
                                 "hand over exactly %3 tokens: set seq_len=%3 or pick "
                                 "another arch"),
                     // Setting values as a person types them: verbatim, not as locale numbers.
                     std::to_string(get(settings::seq_len)), arch.name,
                     std::to_string(arch.fixed_seq_len))});
    }
    const Arch a = get(settings::arch);
    const bool gated = a == Arch::LM6 || a == Arch::LM7 || a == Arch::GRU;
    if (get(settings::cell) == CellForm::Refactored && a != Arch::LM6 && a != Arch::LM7)
        out.push_back({"cell", "refactored",
                       gated ? Message(UNROLL_TEXT("cell = refactored is the LSTM's refactored "
                                                   "cell; arch %1 has fused, libtorch and scratch "
                                                   "only"),
                                       arch.name)
                             : Message(UNROLL_TEXT("cell = refactored is the LSTM's refactored "
                                                   "cell; arch %1 has fused and scratch only"),
                                       arch.name)});
    if (get(settings::cell) == CellForm::Libtorch && !gated)
        out.push_back({"cell", "libtorch",
                       Message(UNROLL_TEXT("cell = libtorch is libtorch's LSTM or GRU; arch %1 has "
                                           "fused and scratch only"),
                               arch.name)});
    // Each data-parallel worker trains on its share of every batch's rows: at least one.
    if (get(settings::workers) > get(settings::batch_size))
        out.push_back(
            {"workers", std::to_string(get(settings::workers)),
             Message(UNROLL_TEXT("workers = %1 is more than batch_size = %2: each worker needs "
                                 "at least one row of every batch; use at most %2 workers or a "
                                 "larger batch_size"),
                     std::to_string(get(settings::workers)),
                     std::to_string(get(settings::batch_size)))});
    // A setting the architecture never reads is a mistake worth naming, not a silent no-op.
    for (const SettingSpec& spec : schema()) {
        if (spec.appliesTo(arch.name) || values_.at(spec.key) == spec.default_value)
            continue;
        std::string users;
        for (const std::string& a : spec.architectures)
            users += (users.empty() ? "" : ", ") + a;
        out.push_back({spec.key, formatValue(values_.at(spec.key)),
                       Message(UNROLL_TEXT("%1 = %2 has no effect on arch %3: it is used by %4"),
                               spec.key, formatValue(values_.at(spec.key)), arch.name, users)});
    }
    if (get(settings::corpus).empty())
        out.push_back({"corpus", "",
                       Message(UNROLL_TEXT("corpus is empty: give builtin:human-numbers or the "
                                           "path of a UTF-8 text file"))});
    return out;
}

void Config::validate() const {
    std::vector<ConfigIssue> issues = problems();
    if (!issues.empty())
        throw ConfigError(std::move(issues));
}

}  // namespace unroll

namespace unroll {

std::vector<std::string> changedSettings(const Config& from, const Config& to) {
    std::vector<std::string> keys;
    for (const SettingSpec& spec : schema())
        if (from.get(spec.key) != to.get(spec.key))
            keys.push_back(spec.key);
    return keys;
}

}  // namespace unroll

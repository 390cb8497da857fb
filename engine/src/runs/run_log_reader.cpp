#include "unroll/run_log_reader.h"

#include <nlohmann/json.hpp>

#include "io/json_checks.h"
#include "unroll/config.h"

#include <cmath>
#include <limits>

namespace unroll {

namespace {

using json = nlohmann::json;
using json_checks::text;
using json_checks::wholeNumber;

// Limits of what a log may say: a field beyond them is damage, not a run.
constexpr std::int64_t kMaxWhole = 2147483647;
constexpr std::int64_t kMaxSteps = std::int64_t(1) << 53;

// A whole number that must be there, in [0, max].
std::int64_t required(const json& j, const char* key, std::int64_t max) {
    if (!j.contains(key))
        throw json_checks::BadField(std::string(key) + " is missing");
    return wholeNumber(j, key, 0, max, 0);
}

// The log writes a non-finite number as null.
double number(const json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return std::numeric_limits<double>::quiet_NaN();
    return it->get<double>();
}

}  // namespace

void RunLogParser::feed(const char* data, size_t size) {
    size_t start = 0;
    for (size_t i = 0; i < size; ++i) {
        if (data[i] != '\n')
            continue;
        partial_.append(data + start, i - start);
        start = i + 1;
        ++lines_;
        if (!partial_.empty() && !refused_)
            parseLine(partial_);
        partial_.clear();
    }
    partial_.append(data + start, size - start);
}

void RunLogParser::parseLine(const std::string& line) {
    const auto note = [&](const std::string& problem) {
        if (error_.empty())
            error_ = "line " + std::to_string(lines_) + ": " + problem;
    };
    json j;
    try {
        j = json::parse(line);
    } catch (const json::exception& e) {
        note(std::string("not JSON (") + e.what() + ")");
        return;
    }
    try {
        const std::string type = j.value("type", std::string());
        if (type == "run") {
            if (j.value("format", 1) > 1) {
                note("the log has format " + std::to_string(j.value("format", 1)) +
                     ", newer than this Unroll reads (1) — update Unroll");
                refused_ = true;
                return;
            }
            RunSeries& s = series_;
            s.has_header = true;
            const json& config = j.at("config");
            s.arch = text(config, "arch");
            s.preset = j.value("preset", json()).is_string() ? j["preset"].get<std::string>() : "";
            s.created = text(j, "created");
            if (j.contains("corpus"))
                s.corpus = text(j["corpus"], "name");
            s.epochs_planned = static_cast<int>(wholeNumber(j, "epochs", 0, kMaxEpochs, 0));
            s.batches_per_epoch =
                static_cast<int>(wholeNumber(j, "batches_per_epoch", 0, kMaxWhole, 0));
        } else if (type == "step") {
            RunStepPoint p;
            p.step = required(j, "step", kMaxSteps);
            p.epoch = static_cast<int>(required(j, "epoch", kMaxEpochs));
            const double seconds = number(j, "seconds");
            if (!std::isnan(seconds))
                time_ += seconds;
            p.time = time_;
            p.loss = number(j, "loss");
            p.smooth_loss = number(j, "smooth_loss");
            p.grad_norm = number(j, "grad_norm");
            series_.steps.push_back(p);
        } else if (type == "epoch") {
            RunEpochPoint e;
            e.epoch = static_cast<int>(required(j, "epoch", kMaxEpochs));
            const double valid_seconds = number(j, "valid_seconds");
            if (!std::isnan(valid_seconds))
                time_ += valid_seconds;
            e.time = time_;
            e.step = series_.steps.empty() ? 0 : series_.steps.back().step;
            e.train_loss = number(j, "train_loss");
            e.valid_loss = number(j, "valid_loss");
            e.accuracy = number(j, "accuracy");
            series_.epochs.push_back(e);
        } else if (type == "probe") {
            std::vector<std::vector<double>> flow;
            for (const json& layer : j.at("grad_norm_from_last")) {
                std::vector<double> values;
                for (const json& v : layer)
                    values.push_back(v.is_number() ? v.get<double>()
                                                   : std::numeric_limits<double>::quiet_NaN());
                flow.push_back(std::move(values));
            }
            series_.grad_flow = std::move(flow);
            series_.grad_flow_step = wholeNumber(j, "step", 0, kMaxSteps, 0);
        } else if (type == "continue") {  // a finished run given more epochs goes on
            series_.epochs_planned =
                static_cast<int>(wholeNumber(j, "epochs", 0, kMaxEpochs, series_.epochs_planned));
            series_.outcome.clear();
        } else if (type == "end") {
            series_.outcome = text(j, "outcome", "finished");
        } else if (type != "event") {
            note("unknown record type '" + type + "'");
        }
    } catch (const json::exception& e) {
        note(std::string("a record with a missing or wrong field (") + e.what() + ")");
    } catch (const json_checks::BadField& e) {
        note(std::string("a record with a value out of range (") + e.what() + ")");
    }
}

}  // namespace unroll

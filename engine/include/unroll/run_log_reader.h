// Reading a run log (docs/runlog.md) back into series to plot and compare — from a finished file,
// or bit by bit while a run is still writing it: feed() takes bytes as they arrive and parses
// each line once its newline has come; a truncated last line waits for the rest.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace unroll {

struct RunStepPoint {
    std::int64_t step = 0;
    int epoch = 0;
    double time = 0;  // seconds of training (steps and validations) up to this step
    double loss = 0;  // NaN where the log has null (a non-finite value)
    double smooth_loss = 0;
    double grad_norm = 0;
};

struct RunEpochPoint {
    int epoch = 0;
    std::int64_t step = 0;  // the last step of the epoch
    double time = 0;        // seconds of training up to the end of its validation
    double train_loss = 0;
    double valid_loss = 0;
    double accuracy = 0;
};

struct RunSeries {
    bool has_header = false;
    std::string arch, preset, created, corpus;
    int epochs_planned = 0;
    int batches_per_epoch = 0;
    std::vector<RunStepPoint> steps;
    std::vector<RunEpochPoint> epochs;
    // The latest probe's ‖∂L_T/∂h_t‖ per layer and time step (gradient flow through time).
    std::vector<std::vector<double>> grad_flow;
    std::int64_t grad_flow_step = 0;
    std::string outcome;  // the "end" record's, or "" while the run goes on
};

class RunLogParser {
public:
    // Parses every complete line in `data` (and what was left of an earlier call).
    void feed(const char* data, size_t size);
    void feed(const std::string& data) { feed(data.data(), data.size()); }

    const RunSeries& series() const { return series_; }
    std::int64_t lines() const { return lines_; }
    // Bytes of a line whose newline has not come yet.
    size_t pending() const { return partial_.size(); }
    // The first problem met ("line 12: ..."), or "". Bad lines are skipped; a log of a newer
    // format than this build reads stops being parsed.
    const std::string& error() const { return error_; }

private:
    void parseLine(const std::string& line);

    RunSeries series_;
    std::string partial_;
    std::int64_t lines_ = 0;
    double time_ = 0;
    bool refused_ = false;
    std::string error_;
};

}  // namespace unroll

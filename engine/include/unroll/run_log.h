// The run log: JSON Lines, one record per line — a "run" header, then "step", "probe", "epoch"
// and "event" records as they happen, and an "end" record. The schema is docs/runlog.md. A run
// can be plotted again, compared, or followed live from it.
#pragma once

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>

#include "unroll/message.h"
#include "unroll/train_metrics.h"

namespace unroll {

class LogFile;
class Trainer;

// A run log that cannot be written: the message names the path and the reason.
class RunLogError : public UserError {
public:
    using UserError::UserError;
};

class RunLogWriter : public TrainObserver {
public:
    // Creates (or truncates) `path` and writes the header. Throws RunLogError when the file
    // cannot be written (not a regular file, another process writing it, no permission). Later
    // records that cannot be written (a full disk) throw FileError once; the log then holds its
    // whole records up to there and takes no more.
    RunLogWriter(const std::string& path, const Trainer& trainer, const std::string& preset = "");
    ~RunLogWriter() override;
    RunLogWriter(const RunLogWriter&) = delete;
    RunLogWriter& operator=(const RunLogWriter&) = delete;

    void onStep(const StepMetrics& step) override;
    void onEpoch(const EpochMetrics& epoch) override;
    void onProbe(const ProbeFrame& probe) override;
    void onEvent(const TrainEvent& event) override;
    // The run goes on for more epochs (Trainer::extend): a "continue" record with the new plan
    // (its epochs, its schedule and the step its learning-rate cycle starts at).
    void continued(const Trainer& trainer);
    // Writes the "end" record and flushes. `outcome`: "finished", "stopped", "paused",
    // "diverged" or "failed".
    void finish(const std::string& outcome, std::int64_t steps, double train_seconds,
                std::int64_t train_tokens);

    const std::string& path() const { return path_; }

private:
    void write(const std::string& line, bool flush_now);

    std::string path_;
    std::unique_ptr<LogFile> file_;
    bool failed_ = false;
    std::chrono::steady_clock::time_point last_flush_;
};

}  // namespace unroll

// Recording a run: the log as it happens, and run.json rewritten (atomically) at the start, after
// every epoch, when a checkpoint is saved and at the end — a reader never sees half a summary.
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "runs/run_summary_json.h"
#include "unroll/files.h"
#include "unroll/run_log.h"
#include "unroll/run_store.h"
#include "unroll/trainer.h"

namespace unroll {

RunRecorder::RunRecorder(RunSummary summary, const Trainer& trainer)
    : summary_(std::move(summary)) {
    log_ = std::make_unique<RunLogWriter>(summary_.logPath(), trainer, summary_.preset);
    writeSummary();
}

RunRecorder::~RunRecorder() {
    if (finished_)
        return;
    try {
        finish("stopped");
    } catch (...) {
        // A destructor must not throw; the log and the last summary stay as they were.
    }
}

void RunRecorder::onStep(const StepMetrics& step) {
    log_->onStep(step);
    ++steps_;
    tokens_ += step.tokens;
    summary_.duration_s += step.seconds;
}

void RunRecorder::onEpoch(const EpochMetrics& epoch) {
    log_->onEpoch(epoch);
    summary_.epochs_done = epoch.epoch + 1;
    summary_.valid_loss = epoch.valid_loss;
    summary_.accuracy = epoch.valid_accuracy;
    summary_.duration_s += epoch.valid_seconds;
    writeSummary();
}

void RunRecorder::onProbe(const ProbeFrame& probe) {
    log_->onProbe(probe);
}

void RunRecorder::onEvent(const TrainEvent& event) {
    log_->onEvent(event);
}

void RunRecorder::checkpointSaved(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;  // a relative path would mean nothing to the Runs panel
    const fs::path absolute = fs::absolute(path, error);
    summary_.saved_as = error ? path : absolute.string();
    // The run keeps its own copy as it was at this save: a hard link where the file system
    // allows (a later save replaces the file, not the linked one), else a copy; put in place by
    // a rename, so the folder never holds half a checkpoint.
    const std::string kept = summary_.folder + "/checkpoint.safetensors";
    const std::string temporary = kept + ".part";
    fs::remove(temporary, error);
    fs::create_hard_link(absolute, temporary, error);
    if (error) {
        error.clear();
        fs::copy_file(absolute, temporary, fs::copy_options::overwrite_existing, error);
    }
    if (!error)
        fs::rename(temporary, kept, error);
    summary_.checkpoint = error ? summary_.saved_as : kept;
    if (error)
        fs::remove(temporary, error);
    writeSummary();
}

void RunRecorder::finish(const std::string& outcome) {
    if (finished_)
        return;  // the first ending is the one recorded
    finished_ = true;
    summary_.status = outcome;
    log_->finish(outcome, steps_, summary_.duration_s, tokens_);
    writeSummary();
}

void RunRecorder::continued(const Trainer& trainer) {
    finished_ = false;
    summary_.status = "running";
    summary_.epochs = trainer.epochs();
    log_->continued(trainer);
    writeSummary();
}

void RunRecorder::writeSummary() {
    nlohmann::ordered_json j = summaryJson(summary_);
    if (summary_.status == "running")
        j["pid"] = static_cast<std::int64_t>(::getpid());  // to tell a killed run from a live one
    writeFile(summary_.folder + "/run.json", j.dump(2) + "\n");
}

}  // namespace unroll

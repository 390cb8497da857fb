// The run store: every run, from the window or the CLI, gets a folder under the runs folder with
// its configuration (config.json), its run log (log.jsonl, docs/runlog.md), a summary (run.json:
// name, architecture, dates, status, final metrics) and its checkpoint when one is saved. The
// Runs panel lists them; the comparison reads their logs. A run that was killed mid-way (no
// summary, or one that still says "running" for a process that is gone) is listed as
// "interrupted" with what its log holds.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "unroll/message.h"
#include "unroll/train_metrics.h"

namespace unroll {

class RunLogWriter;
class Trainer;

class RunStoreError : public UserError {
public:
    using UserError::UserError;
};

struct RunSummary {
    std::string id;      // the folder's name: "20261128-235501-lm6-3f2a"
    std::string folder;  // its full path
    std::string name;    // shown in the Runs panel; renamable
    std::string arch;
    std::string preset;     // or ""
    std::string origin;     // "gui", "cli" or "race"
    std::string created;    // UTC, ISO 8601
    std::string status;     // running, finished, stopped, paused, diverged, failed, interrupted
    std::string corpus;     // the corpus's name
    double duration_s = 0;  // training wall time
    int epochs = 0;         // of the run's plan
    int epochs_done = 0;
    std::optional<double> valid_loss;  // of the last closed epoch
    std::optional<double> accuracy;
    std::string checkpoint;  // the run's copy of its last checkpoint (in its folder), or ""
    std::string saved_as;    // where that checkpoint was saved
    Message problem;         // why a damaged folder could only be partly read, or empty
    std::string logPath() const { return folder + "/log.jsonl"; }
};

// The runs as a JSON array: run.json's fields plus "id", "folder" and "problem" (for tools).
std::string runListJson(const std::vector<RunSummary>& runs);

// Records one run into its folder: a TrainObserver that writes the log and keeps run.json
// current (atomically: a crash leaves the previous summary). Create it with RunStore::record.
class RunRecorder : public TrainObserver {
public:
    ~RunRecorder() override;  // a run never finished is recorded as "stopped"
    RunRecorder(const RunRecorder&) = delete;
    RunRecorder& operator=(const RunRecorder&) = delete;

    void onStep(const StepMetrics& step) override;
    void onEpoch(const EpochMetrics& epoch) override;
    void onProbe(const ProbeFrame& probe) override;
    void onEvent(const TrainEvent& event) override;
    // A checkpoint of this run was written at `path`: the run keeps a copy in its folder.
    void checkpointSaved(const std::string& path);
    // The run's end: "finished", "stopped", "paused", "diverged" or "failed". Only the first
    // call counts.
    void finish(const std::string& outcome);
    // The run goes on for more epochs (Trainer::extend): running again, with its new plan.
    void continued(const Trainer& trainer);

    const RunSummary& summary() const { return summary_; }

private:
    friend class RunStore;
    RunRecorder(RunSummary summary, const Trainer& trainer);
    void writeSummary();

    RunSummary summary_;
    std::unique_ptr<RunLogWriter> log_;
    std::int64_t steps_ = 0;
    std::int64_t tokens_ = 0;
    bool finished_ = false;
};

class RunStore {
public:
    // $UNROLL_RUNS when set, else $XDG_DATA_HOME/unroll/runs, else ~/.local/share/unroll/runs.
    static std::string defaultRoot();

    explicit RunStore(std::string root);
    const std::string& root() const { return root_; }

    // A new run folder for `trainer`, with config.json, run.json and the log's header written.
    // Without a name it is named after the preset (else the architecture) and numbered:
    // "lm6 #3".
    // Throws RunStoreError when the folder cannot be made or written.
    std::unique_ptr<RunRecorder> record(const Trainer& trainer, const std::string& preset,
                                        const std::string& origin, const std::string& name = "");
    // Every run, newest first. A folder that cannot be read fully is listed with what could be
    // read and `problem` set; one that holds no run at all is skipped.
    std::vector<RunSummary> list() const;
    // Throws RunStoreError when the run does not exist or cannot be written.
    RunSummary find(const std::string& id) const;
    void rename(const std::string& id, const std::string& name);
    // Removes the run's folder and everything in it.
    void remove(const std::string& id);

private:
    std::string folderOf(const std::string& id) const;
    std::string nextName(const std::string& base) const;
    std::string root_;
};

}  // namespace unroll

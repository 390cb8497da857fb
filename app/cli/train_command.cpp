// `unroll-cli train`: trains a configuration headlessly, with a progress bar on a terminal, the
// fastai-like epoch table, and with --json a one-line JSON summary as the last line of stdout.
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <functional>

#include "commands.h"
#include "config_options.h"
#include "epoch_table.h"
#include "exit_codes.h"
#include "progress_bar.h"
#include "unroll/checkpoint.h"
#include "unroll/run_log.h"
#include "unroll/run_store.h"
#include "unroll/trainer.h"

namespace unroll::cli {

namespace {

std::atomic<bool> g_stop{false};

extern "C" void onInterrupt(int) {
    g_stop.store(true);
}

struct TrainOptions {
    ConfigOptions config;
    bool json = false;
    std::string log;
    std::string runs;  // the runs folder; "" = RunStore::defaultRoot()
    bool no_record = false;
    std::string save;
    bool save_every_epoch = false;
    std::string resume;
    int until_epoch = 0;
};

// The terminal: progress bar, epoch table, and the guard's events as they happen; everything
// also goes to the recorders (the --log file, the run store).
class CliObserver : public TrainObserver {
public:
    CliObserver(int epochs, std::vector<TrainObserver*> sinks)
        : epochs_(epochs), bar_(stderr), sinks_(std::move(sinks)) {}
    void onStep(const StepMetrics& step) override {
        bar_.update(step, epochs_);
        for (TrainObserver* sink : sinks_)
            sink->onStep(step);
    }
    void onEpoch(const EpochMetrics& epoch) override {
        bar_.clear();
        printEpochRow(stdout, epoch);
        for (TrainObserver* sink : sinks_)
            sink->onEpoch(epoch);
        if (after_epoch)
            after_epoch(epoch);
    }
    std::function<void(const EpochMetrics&)> after_epoch;  // saving, --until-epoch
    void onProbe(const ProbeFrame& probe) override {
        for (TrainObserver* sink : sinks_)
            sink->onProbe(probe);
    }
    void onEvent(const TrainEvent& event) override {
        bar_.clear();
        // A stop is reported by main() with the exit code; pause and ignore are reported here.
        if (event.action != "stop")
            std::fprintf(stderr, "guard: %s\n", event.message.c_str());
        for (TrainObserver* sink : sinks_)
            sink->onEvent(event);
    }
    void finish() { bar_.clear(); }

private:
    int epochs_;
    ProgressBar bar_;
    std::vector<TrainObserver*> sinks_;
};

nlohmann::ordered_json summaryJson(const TrainOptions& options, const Trainer& trainer,
                                   const FitSummary& fit, double wall_seconds) {
    nlohmann::ordered_json j;
    const Config& c = trainer.config();
    j["preset"] = options.config.presetName().empty()
                      ? nlohmann::ordered_json(nullptr)
                      : nlohmann::ordered_json(options.config.presetName());
    j["arch"] = c.getText("arch");
    j["corpus"] = trainer.corpus().name;
    j["epochs"] = static_cast<int>(trainer.history().size());
    j["seed"] = c.getInt("seed");
    j["threads"] = c.getInt("threads");
    j["params"] = trainer.parameterCount();
    const EpochMetrics last = trainer.history().empty() ? EpochMetrics{} : trainer.history().back();
    j["train_loss"] = last.train_loss;
    j["valid_loss"] = last.valid_loss;
    j["valid_accuracy"] = last.valid_accuracy;
    j["perplexity"] = last.perplexity;
    j["train_tokens"] = fit.train_tokens;
    j["train_seconds"] = fit.train_seconds;
    j["train_tokens_per_second"] = fit.tokensPerSecond();
    j["wall_seconds"] = wall_seconds;
    j["stopped"] = fit.stopped;
    nlohmann::ordered_json history = nlohmann::ordered_json::array();
    for (const EpochMetrics& e : trainer.history())
        history.push_back({{"epoch", e.epoch},
                           {"train_loss", e.train_loss},
                           {"train_loss_mean", e.train_loss_mean},
                           {"valid_loss", e.valid_loss},
                           {"accuracy", e.valid_accuracy},
                           {"seconds", e.train_seconds + e.valid_seconds}});
    j["history"] = history;
    j["config"] = nlohmann::ordered_json::parse(c.toJson());
    j["checkpoint"] = options.save.empty() ? nlohmann::ordered_json(nullptr)
                                           : nlohmann::ordered_json(options.save);
    return j;
}

std::unique_ptr<Trainer> makeTrainer(const TrainOptions& options) {
    if (options.resume.empty()) {
        const Config config = options.config.resolve();
        return std::make_unique<Trainer>(config, loadCorpus(config));
    }
    if (options.config.hasBase())
        throw ConfigError(ConfigIssue{"--resume", options.resume,
                                      "--resume takes the configuration from the checkpoint: drop "
                                      "--preset and --config (--epochs and --set for settings that "
                                      "may change during a run still apply)"});
    return Trainer::load(options.resume, [&](Config& c) { options.config.applyOverrides(c); });
}

void saveCheckpoint(const Trainer& trainer, const std::string& path, RunRecorder* recorder) {
    trainer.save(path);
    if (recorder)
        recorder->checkpointSaved(path);
    std::fprintf(stderr, "saved %s (epoch %d of %d, step %lld)\n", path.c_str(),
                 static_cast<int>(trainer.history().size()), trainer.epochs(),
                 static_cast<long long>(trainer.stepsDone()));
}

int runTrain(const TrainOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    if (options.save_every_epoch && options.save.empty())
        throw ConfigError(
            ConfigIssue{"--save-every-epoch", "", "--save-every-epoch needs --save FILE"});
    std::unique_ptr<Trainer> owned = makeTrainer(options);
    Trainer& trainer = *owned;
    const Config& config = trainer.config();
    const Corpus& corpus = trainer.corpus();
    std::fprintf(stderr, "%s on %s: %lld parameters, %d batches per epoch\n",
                 config.getText("arch").c_str(), corpus.name.c_str(),
                 static_cast<long long>(trainer.parameterCount()), trainer.batchesPerEpoch());
    if (!options.resume.empty())
        std::fprintf(stderr, "resuming %s at epoch %d of %d (step %lld)\n", options.resume.c_str(),
                     static_cast<int>(trainer.history().size()), trainer.epochs(),
                     static_cast<long long>(trainer.stepsDone()));

    std::unique_ptr<RunLogWriter> log;
    if (!options.log.empty()) {
        try {
            log = std::make_unique<RunLogWriter>(options.log, trainer, options.config.presetName());
        } catch (const std::runtime_error& e) {
            throw ConfigError(ConfigIssue{"--log", options.log, e.what()});  // a bad flag value
        }
    }
    // Every run is kept in the run store, unless --no-record; a store that cannot be written
    // costs the record, not the training.
    std::unique_ptr<RunRecorder> recorder;
    if (!options.no_record) {
        try {
            RunStore store(options.runs.empty() ? RunStore::defaultRoot() : options.runs);
            recorder = store.record(trainer, options.config.presetName(), "cli");
            std::fprintf(stderr, "recording the run in %s\n", recorder->summary().folder.c_str());
        } catch (const RunStoreError& e) {
            std::fprintf(stderr, "warning: %s — training goes on unrecorded\n", e.what());
        }
    }
    std::vector<TrainObserver*> sinks;
    if (log)
        sinks.push_back(log.get());
    if (recorder)
        sinks.push_back(recorder.get());
    const auto finishRecords = [&](const std::string& outcome, double seconds,
                                   std::int64_t tokens) {
        if (log)
            log->finish(outcome, trainer.stepsDone(), seconds, tokens);
        if (recorder)
            recorder->finish(outcome);
    };
    CliObserver observer(trainer.epochs(), sinks);
    bool reached_until = false;
    observer.after_epoch = [&](const EpochMetrics&) {
        if (options.save_every_epoch)
            saveCheckpoint(trainer, options.save, recorder.get());
        if (options.until_epoch > 0 &&
            static_cast<int>(trainer.history().size()) >= options.until_epoch &&
            !trainer.finished()) {
            reached_until = true;
            g_stop.store(true);  // checked before the next step
        }
    };
    printEpochHeader(stdout);
    g_stop.store(false);
    std::signal(SIGINT, onInterrupt);
    FitSummary fit;
    try {
        fit = trainer.fit(&observer, &g_stop);
    } catch (const DivergenceError&) {
        observer.finish();
        std::signal(SIGINT, SIG_DFL);
        finishRecords("diverged", 0.0, 0);
        throw;
    } catch (...) {
        observer.finish();
        std::signal(SIGINT, SIG_DFL);
        finishRecords("failed", 0.0, 0);
        throw;
    }
    observer.finish();
    std::signal(SIGINT, SIG_DFL);
    if (!options.save.empty())
        saveCheckpoint(trainer, options.save, recorder.get());
    finishRecords(fit.paused    ? "paused"
                  : fit.stopped ? "stopped"
                                : "finished",
                  fit.train_seconds, fit.train_tokens);

    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "trained %lld tokens at %.0f tokens/s\n",
                 static_cast<long long>(fit.train_tokens), fit.tokensPerSecond());
    if (reached_until)
        std::fprintf(stderr,
                     "stopped after epoch %d as --until-epoch asked; continue with --resume\n",
                     options.until_epoch);
    else if (fit.stopped)
        std::fprintf(stderr, "stopped after step %lld\n",
                     static_cast<long long>(trainer.stepsDone()));
    if (options.json)
        std::printf("%s\n", summaryJson(options, trainer, fit, wall).dump().c_str());
    if (fit.paused) {
        // A terminal cannot resume a paused run; the event above says why it paused.
        std::fprintf(stderr, "training paused by the divergence guard (on_nonfinite=pause)\n");
        return kExitDiverged;
    }
    return fit.stopped && !reached_until ? kExitInterrupted : kExitOk;
}

}  // namespace

Command addTrainCommand(CLI::App& app) {
    auto options = std::make_shared<TrainOptions>();
    CLI::App* command = app.add_subcommand("train", "Train a model and print a table per epoch");
    options->config.addTo(*command);
    command->add_flag("--json", options->json,
                      "Print a one-line JSON summary as the last line of standard output");
    command
        ->add_option("--log", options->log,
                     "Write the run log (JSON Lines, docs/runlog.md): every step, probe, epoch "
                     "and guard event")
        ->type_name("FILE");
    command
        ->add_option("--runs", options->runs,
                     "Record the run in this runs folder (default: $UNROLL_RUNS, else "
                     "~/.local/share/unroll/runs), where the window's Runs tab lists it")
        ->type_name("DIR");
    command->add_flag("--no-record", options->no_record,
                      "Do not record the run in the runs folder");
    command->add_option("--save", options->save, "Save a checkpoint at the end (safetensors)")
        ->type_name("FILE");
    command->add_flag("--save-every-epoch", options->save_every_epoch,
                      "Also save the checkpoint after every epoch");
    command
        ->add_option("--resume", options->resume,
                     "Continue the run saved in a checkpoint (same corpus); --epochs sets the "
                     "run's total")
        ->type_name("FILE");
    command
        ->add_option("--until-epoch", options->until_epoch,
                     "Stop after this many epochs of the run (save with --save, continue with "
                     "--resume)")
        ->type_name("K")
        ->check(CLI::PositiveNumber);
    return [options]() { return runTrain(*options); };
}

}  // namespace unroll::cli

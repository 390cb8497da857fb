// `unroll-cli train`: trains a configuration headlessly, with a progress bar on a terminal, the
// fastai-like epoch table, and with --json a one-line JSON summary as the last line of stdout.
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>

#include "commands.h"
#include "config_options.h"
#include "epoch_table.h"
#include "exit_codes.h"
#include "progress_bar.h"
#include "unroll/run_log.h"
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
};

// The terminal: progress bar, epoch table, and the guard's events as they happen.
class CliObserver : public TrainObserver {
public:
    CliObserver(int epochs, RunLogWriter* log) : epochs_(epochs), bar_(stderr), log_(log) {}
    void onStep(const StepMetrics& step) override {
        bar_.update(step, epochs_);
        if (log_)
            log_->onStep(step);
    }
    void onEpoch(const EpochMetrics& epoch) override {
        bar_.clear();
        printEpochRow(stdout, epoch);
        if (log_)
            log_->onEpoch(epoch);
    }
    void onProbe(const ProbeFrame& probe) override {
        if (log_)
            log_->onProbe(probe);
    }
    void onEvent(const TrainEvent& event) override {
        bar_.clear();
        // A stop is reported by main() with the exit code; pause and ignore are reported here.
        if (event.action != "stop")
            std::fprintf(stderr, "guard: %s\n", event.message.c_str());
        if (log_)
            log_->onEvent(event);
    }
    void finish() { bar_.clear(); }

private:
    int epochs_;
    ProgressBar bar_;
    RunLogWriter* log_;
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
    j["epochs"] = static_cast<int>(fit.epochs.size());
    j["seed"] = c.getInt("seed");
    j["threads"] = c.getInt("threads");
    j["params"] = trainer.parameterCount();
    const EpochMetrics last = fit.epochs.empty() ? EpochMetrics{} : fit.epochs.back();
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
    for (const EpochMetrics& e : fit.epochs)
        history.push_back({{"epoch", e.epoch},
                           {"train_loss", e.train_loss},
                           {"train_loss_mean", e.train_loss_mean},
                           {"valid_loss", e.valid_loss},
                           {"accuracy", e.valid_accuracy},
                           {"seconds", e.train_seconds + e.valid_seconds}});
    j["history"] = history;
    j["config"] = nlohmann::ordered_json::parse(c.toJson());
    return j;
}

int runTrain(const TrainOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    const Config config = options.config.resolve();
    const Corpus corpus = loadCorpus(config);
    Trainer trainer(config, corpus);
    std::fprintf(stderr, "%s on %s: %lld parameters, %d batches per epoch\n",
                 config.getText("arch").c_str(), corpus.name.c_str(),
                 static_cast<long long>(trainer.parameterCount()), trainer.batchesPerEpoch());

    std::unique_ptr<RunLogWriter> log;
    if (!options.log.empty()) {
        try {
            log = std::make_unique<RunLogWriter>(options.log, trainer, options.config.presetName());
        } catch (const std::runtime_error& e) {
            throw ConfigError(ConfigIssue{"--log", options.log, e.what()});  // a bad flag value
        }
    }
    CliObserver observer(trainer.epochs(), log.get());
    printEpochHeader(stdout);
    g_stop.store(false);
    std::signal(SIGINT, onInterrupt);
    FitSummary fit;
    try {
        fit = trainer.fit(&observer, &g_stop);
    } catch (const DivergenceError&) {
        observer.finish();
        std::signal(SIGINT, SIG_DFL);
        if (log)
            log->finish("diverged", trainer.stepsDone(), 0.0, 0);
        throw;
    } catch (...) {
        observer.finish();
        std::signal(SIGINT, SIG_DFL);
        if (log)
            log->finish("failed", trainer.stepsDone(), 0.0, 0);
        throw;
    }
    observer.finish();
    std::signal(SIGINT, SIG_DFL);
    if (log)
        log->finish(fit.paused    ? "paused"
                    : fit.stopped ? "stopped"
                                  : "finished",
                    trainer.stepsDone(), fit.train_seconds, fit.train_tokens);

    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "trained %lld tokens at %.0f tokens/s\n",
                 static_cast<long long>(fit.train_tokens), fit.tokensPerSecond());
    if (fit.stopped)
        std::fprintf(stderr, "stopped after step %lld\n",
                     static_cast<long long>(trainer.stepsDone()));
    if (options.json)
        std::printf("%s\n", summaryJson(options, trainer, fit, wall).dump().c_str());
    if (fit.paused) {
        // A terminal cannot resume a paused run; the event above says why it paused.
        std::fprintf(stderr, "training paused by the divergence guard (on_nonfinite=pause)\n");
        return kExitDiverged;
    }
    return fit.stopped ? kExitInterrupted : kExitOk;
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
    return [options]() { return runTrain(*options); };
}

}  // namespace unroll::cli

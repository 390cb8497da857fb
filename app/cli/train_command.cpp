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
};

class CliObserver : public TrainObserver {
public:
    explicit CliObserver(int epochs) : epochs_(epochs), bar_(stderr) {}
    void onStep(const StepMetrics& step) override { bar_.update(step, epochs_); }
    void onEpoch(const EpochMetrics& epoch) override {
        bar_.clear();
        printEpochRow(stdout, epoch);
    }
    void finish() { bar_.clear(); }

private:
    int epochs_;
    ProgressBar bar_;
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

    CliObserver observer(trainer.epochs());
    printEpochHeader(stdout);
    g_stop.store(false);
    std::signal(SIGINT, onInterrupt);
    FitSummary fit;
    try {
        fit = trainer.fit(&observer, &g_stop);
    } catch (...) {
        observer.finish();
        std::signal(SIGINT, SIG_DFL);
        throw;
    }
    observer.finish();
    std::signal(SIGINT, SIG_DFL);

    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "trained %lld tokens at %.0f tokens/s\n",
                 static_cast<long long>(fit.train_tokens), fit.tokensPerSecond());
    if (fit.stopped)
        std::fprintf(stderr, "stopped after step %lld\n",
                     static_cast<long long>(trainer.stepsDone()));
    if (options.json)
        std::printf("%s\n", summaryJson(options, trainer, fit, wall).dump().c_str());
    return fit.stopped ? kExitInterrupted : kExitOk;
}

}  // namespace

Command addTrainCommand(CLI::App& app) {
    auto options = std::make_shared<TrainOptions>();
    CLI::App* command = app.add_subcommand("train", "Train a model and print a table per epoch");
    options->config.addTo(*command);
    command->add_flag("--json", options->json,
                      "Print a one-line JSON summary as the last line of standard output");
    return [options]() { return runTrain(*options); };
}

}  // namespace unroll::cli

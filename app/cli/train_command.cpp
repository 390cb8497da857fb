// `unroll-cli train`: trains a configuration headlessly, with a progress bar on a terminal, the
// fastai-like epoch table, and with --json a one-line JSON summary as the last line of stdout.
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>

#include "commands.h"
#include "config_options.h"
#include "epoch_table.h"
#include "exit_codes.h"
#include "interrupt.h"
#include "progress_bar.h"
#include "unroll/checkpoint.h"
#include "unroll/files.h"
#include "unroll/group_session.h"
#include "unroll/run_log.h"
#include "unroll/run_store.h"
#include "unroll/trainer.h"
#include "unroll/training_session.h"
#include "unroll/worker_group.h"

namespace unroll::cli {

namespace {

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
    // A group of several machines, as PyTorch's launcher describes one (else the environment's
    // RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT).
    int rank = -1;
    int world_size = 0;
    std::string master_addr;
    int master_port = 0;
};

std::optional<GroupAddress> addressFromFlags(const TrainOptions& o) {
    const bool any = o.rank >= 0 || o.world_size > 0 || !o.master_addr.empty() || o.master_port;
    if (!any)
        return groupAddressFromEnvironment();
    if (o.rank < 0 || o.world_size <= 0 || o.master_addr.empty() || o.master_port <= 0)
        throw ConfigError(ConfigIssue{
            "--rank", std::to_string(o.rank),
            Message::verbatim("a group of machines needs all four of --rank, --world-size, "
                              "--master-addr and --master-port")});
    if (o.rank >= o.world_size)
        throw ConfigError(ConfigIssue{"--rank", std::to_string(o.rank),
                                      Message::verbatim("--rank must be below --world-size (" +
                                                        std::to_string(o.world_size) + ")")});
    return GroupAddress{o.rank, o.world_size, o.master_addr, o.master_port, ""};
}

// Joins the group of machines the flags or the environment describe, if any (workers=N on one
// machine opens its own group: newTrainerSession).
std::shared_ptr<WorkerGroup> joinGroup(const TrainOptions& options,
                                       const std::optional<GroupAddress>& address) {
    if (!address)
        return nullptr;
    const Config config = options.resume.empty() ? options.config.resolve() : Config();
    return std::make_shared<WorkerGroup>(*address, config.get(settings::worker_timeout));
}

// The terminal: the progress bar, the epoch table and the guard's events as they happen. The
// session has already recorded each of them (the --log file, the run store).
class TerminalObserver : public TrainObserver {
public:
    explicit TerminalObserver(int epochs) : epochs_(epochs), bar_(stderr) {}
    void onStep(const StepMetrics& step) override {
        bar_.update(step, epochs_);
        trained.count(step);
    }
    void onEpoch(const EpochMetrics& epoch) override {
        bar_.clear();
        printEpochRow(stdout, epoch);
        ++epochs_closed;
    }
    void onEvent(const TrainEvent& event) override {
        bar_.clear();
        // A stop is reported by main() with the exit code; pause and ignore are reported here.
        if (event.action != OnNonFinite::Stop)
            std::fprintf(stderr, "guard: %s\n", event.message.english().c_str());
        last_event = event;
    }
    void finish() { bar_.clear(); }

    FitSummary trained;     // this process's training time and tokens
    int epochs_closed = 0;  // since the caller last looked
    TrainEvent last_event;  // the guard's latest

private:
    int epochs_;
    ProgressBar bar_;
};

nlohmann::ordered_json summaryJson(const TrainOptions& options, const SessionInfo& run,
                                   const FitSummary& trained, bool stopped, double wall_seconds) {
    nlohmann::ordered_json j;
    const Config& c = run.config;
    j["preset"] = options.config.presetName().empty()
                      ? nlohmann::ordered_json(nullptr)
                      : nlohmann::ordered_json(options.config.presetName());
    j["arch"] = nameOf(c.get(settings::arch));
    j["corpus"] = run.corpus_name;
    j["epochs"] = static_cast<int>(run.history.size());
    j["seed"] = c.get(settings::seed);
    j["threads"] = c.get(settings::threads);
    j["params"] = run.parameter_count;
    const EpochMetrics last = run.history.empty() ? EpochMetrics{} : run.history.back();
    j["train_loss"] = last.train_loss;
    j["valid_loss"] = last.valid_loss;
    j["valid_accuracy"] = last.valid_accuracy;
    j["perplexity"] = last.perplexity;
    j["train_tokens"] = trained.train_tokens;
    j["train_seconds"] = trained.train_seconds;
    j["train_tokens_per_second"] = trained.tokensPerSecond();
    j["wall_seconds"] = wall_seconds;
    j["stopped"] = stopped;
    nlohmann::ordered_json history = nlohmann::ordered_json::array();
    for (const EpochMetrics& e : run.history)
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

// The run as the session that trains and records it: every run is kept in the run store unless
// --no-record (a store that cannot be written costs the record, not the training).
std::unique_ptr<TrainingSession> makeSession(const TrainOptions& options,
                                             const std::shared_ptr<WorkerGroup>& group) {
    RecordOptions record;
    if (!options.no_record)
        record.runs_folder = options.runs.empty() ? RunStore::defaultRoot() : options.runs;
    record.log_file = options.log;
    record.origin = "cli";
    record.preset = options.config.presetName();
    try {
        if (options.resume.empty()) {
            const Config config = options.config.resolve();
            const LoadProgress progress{{}, interruptFlag()};
            return group ? newGroupLeaderSession(config, progress, record, group)
                         : newTrainerSession(config, progress, record);
        }
        if (group)
            throw ConfigError(ConfigIssue{
                "--resume", options.resume,
                Message::verbatim("a group of machines cannot resume a checkpoint yet: resume it "
                                  "on one machine")});
        if (options.config.hasBase())
            throw ConfigError(ConfigIssue{
                "--resume", options.resume,
                Message::verbatim("--resume takes the configuration from the checkpoint: drop "
                                  "--preset and --config (--epochs and --set for settings that may "
                                  "change during a run still apply)")});
        return openTrainerSession(options.resume, record,
                                  [&](Config& c) { options.config.applyOverrides(c); });
    } catch (const RunLogError& e) {
        throw ConfigError(
            ConfigIssue{"--log", options.log, Message::verbatim(e.what())});  // a bad flag value
    }
}

void saveCheckpoint(const TrainingSession& session, const std::string& path) {
    session.save(path);
    const SessionInfo run = session.info();
    std::fprintf(stderr, "saved %s (epoch %d of %d, step %lld)\n", path.c_str(),
                 static_cast<int>(run.history.size()), run.epochs,
                 static_cast<long long>(run.steps_done));
}

// --save and --save-every-epoch, checked before any worker starts or anything is trained.
void checkSaveOptions(const TrainOptions& options) {
    if (options.save_every_epoch && options.save.empty())
        throw ConfigError(ConfigIssue{"--save-every-epoch", "",
                                      Message::verbatim("--save-every-epoch needs --save FILE")});
    if (!options.save.empty())
        checkWriteTarget(options.save);
}

int runTrain(const TrainOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    const std::optional<GroupAddress> address = addressFromFlags(options);
    const std::shared_ptr<WorkerGroup> group = joinGroup(options, address);
    // Workers 1..N-1 of a group of machines do what rank 0 says, in silence, with rank 0's
    // configuration; rank 0 alone prints, records and saves.
    if (group && group->rank() > 0) {
        followGroup(group);
        return kExitOk;
    }
    checkSaveOptions(options);
    const std::unique_ptr<TrainingSession> session = makeSession(options, group);
    const SessionInfo run = session->info();
    std::fprintf(stderr, "%s on %s: %lld parameters, %d batches per epoch\n",
                 nameOf(run.config.get(settings::arch)), run.corpus_name.c_str(),
                 static_cast<long long>(run.parameter_count), run.batches_per_epoch);
    if (!options.resume.empty()) {
        const int done = static_cast<int>(run.history.size());
        if (session->finished())
            throw ConfigError(
                ConfigIssue{"--epochs", std::to_string(run.epochs),
                            Message::verbatim("the run in " + options.resume +
                                              " has trained all its " + std::to_string(run.epochs) +
                                              " epochs: give --epochs N with N above " +
                                              std::to_string(run.epochs) + " to continue it")});
        std::fprintf(stderr, "resuming %s at epoch %d of %d (step %lld)\n", options.resume.c_str(),
                     done, run.epochs, static_cast<long long>(run.steps_done));
        // A finished run given more epochs: say which schedule the added epochs follow.
        if (run.steps_done > 0 && run.cycle_start == run.steps_done) {
            if (run.config.get(settings::schedule) == "one_cycle")
                std::fprintf(stderr,
                             "continuing with a new one-cycle over epochs %d-%d "
                             "(--set schedule=constant keeps the learning rate fixed instead)\n",
                             done + 1, run.epochs);
            else
                std::fprintf(stderr, "continuing at a constant learning rate of %g\n",
                             run.config.get(settings::lr));
        }
    }
    if (!run.load_note.empty())
        std::fprintf(stderr, "note: %s\n", run.load_note.english().c_str());
    if (!run.run_folder.empty())
        std::fprintf(stderr, "recording the run in %s\n", run.run_folder.c_str());
    if (!run.record_problem.empty())
        std::fprintf(stderr, "warning: %s — training goes on unrecorded\n",
                     run.record_problem.english().c_str());

    configureWorkerThread(static_cast<int>(run.config.get(settings::threads)));
    TerminalObserver terminal(run.epochs);
    printEpochHeader(stdout);
    bool diverged = false, reached_until = false;
    int epochs_done = static_cast<int>(run.history.size());
    try {
        while (!session->finished() && !interrupted()) {
            if (session->step(terminal) == TrainingSession::StepResult::Diverged) {
                diverged = true;
                break;
            }
            if (terminal.epochs_closed == 0)
                continue;
            epochs_done += terminal.epochs_closed;
            terminal.epochs_closed = 0;
            if (options.save_every_epoch)
                saveCheckpoint(*session, options.save);
            if (options.until_epoch > 0 && epochs_done >= options.until_epoch &&
                !session->finished()) {
                reached_until = true;
                break;
            }
        }
    } catch (...) {
        terminal.finish();
        try {
            session->markEnded("failed");
        } catch (const std::exception&) {
            // The records cannot be written either (a full disk): the first error is the one
            // to report, and the log without an end record reads as interrupted.
        }
        throw;
    }
    terminal.finish();
    if (diverged && terminal.last_event.action == OnNonFinite::Stop) {
        session->markEnded("diverged");
        // The guard withheld the bad step: the weights are the last good ones, worth keeping.
        if (!options.save.empty()) {
            saveCheckpoint(*session, options.save);
            std::fprintf(stderr,
                         "the checkpoint holds the weights of the last step before the "
                         "divergence; --resume it with a lower learning rate\n");
        }
        throw DivergenceError(terminal.last_event);
    }
    const bool stopped = !session->finished() && !diverged;
    if (!options.save.empty())
        saveCheckpoint(*session, options.save);
    if (diverged || stopped)
        session->markEnded(diverged ? "paused" : "stopped");

    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "trained %lld tokens at %.0f tokens/s\n",
                 static_cast<long long>(terminal.trained.train_tokens),
                 terminal.trained.tokensPerSecond());
    if (reached_until)
        std::fprintf(stderr,
                     "stopped after epoch %d as --until-epoch asked; continue with --resume\n",
                     options.until_epoch);
    else if (stopped)
        std::fprintf(stderr, "stopped after step %lld\n",
                     static_cast<long long>(session->info().steps_done));
    if (options.json)
        std::printf(
            "%s\n",
            summaryJson(options, session->info(), terminal.trained, stopped, wall).dump().c_str());
    if (diverged) {
        // A terminal cannot resume a paused run; the event above says why it paused.
        std::fprintf(stderr, "training paused by the divergence guard (on_nonfinite=pause)\n");
        return kExitDiverged;
    }
    return stopped && !reached_until ? kExitInterrupted : kExitOk;
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
    // One machine of a group of several (with workers=1 on each, or started by a scheduler).
    command->add_option("--rank", options->rank, "This machine's rank in a group (else $RANK)")
        ->type_name("R");
    command
        ->add_option("--world-size", options->world_size,
                     "How many workers the group has (else $WORLD_SIZE)")
        ->type_name("N");
    command
        ->add_option("--master-addr", options->master_addr,
                     "The address where rank 0 listens (else $MASTER_ADDR)")
        ->type_name("HOST");
    command
        ->add_option("--master-port", options->master_port,
                     "The port where rank 0 listens (else $MASTER_PORT)")
        ->type_name("PORT");
    return [options]() { return runTrain(*options); };
}

}  // namespace unroll::cli

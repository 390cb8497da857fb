// `unroll-cli lr-find`: fastai's learning-rate finder on a fresh model of the configuration;
// prints the suggestions and writes the curve as CSV.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>

#include "commands.h"
#include "config_options.h"
#include "exit_codes.h"
#include "interrupt.h"
#include "unroll/files.h"
#include "unroll/trainer.h"

namespace unroll::cli {

namespace {

struct LrFindCliOptions {
    ConfigOptions config;
    LrFindOptions find;
    std::string out = "lr_find.csv";
    bool json = false;
};

// Through the one writer: atomic, and a path that is not a regular file is refused.
void writeCurve(const std::string& path, const LrFindResult& r) {
    std::ostringstream out;
    out << "lr,smooth_loss,loss\n";
    out.precision(10);
    for (size_t i = 0; i < r.lrs.size(); ++i)
        out << r.lrs[i] << ',' << r.losses[i] << ',' << r.raw_losses[i] << '\n';
    writeFile(path, out.str());
}

int runLrFind(const LrFindCliOptions& o) {
    const Config config = o.config.resolve();
    checkWriteTarget(o.out);  // before the sweep, not after it
    const Corpus corpus = loadCorpus(config, LoadProgress{{}, interruptFlag()});
    Trainer trainer(config, corpus);
    configureWorkerThread(static_cast<int>(config.get(settings::threads)));
    std::fprintf(stderr, "lr-find: %s on %s, %d steps from %.1e to %.1e\n",
                 nameOf(config.get(settings::arch)), corpus.name.c_str(), o.find.num_it,
                 o.find.start_lr, o.find.end_lr);
    if (config.get(settings::workers) > 1)  // the sweep is short: one process, said so
        std::fprintf(stderr,
                     "lr-find: the sweep runs in one process (workers = %lld applies to "
                     "train)\n",
                     static_cast<long long>(config.get(settings::workers)));
    const LrFindResult r = trainer.findLearningRate(o.find, interruptFlag());
    if (interrupted())
        return kExitInterrupted;  // no curve: a part of one would mislead
    writeCurve(o.out, r);
    const LrSuggestions& s = r.suggestions;
    std::printf("suggested lr (valley): %.3g\n", s.valley);
    std::printf("  minimum/10: %.3g   steepest: %.3g\n", s.minimum, s.steep);
    std::printf("  %zu steps, stopped: %s; curve written to %s\n", r.lrs.size(),
                r.stopped_because.c_str(), o.out.c_str());
    if (o.json) {
        const nlohmann::ordered_json j = {{"preset", o.config.presetName()},
                                          {"valley", s.valley},
                                          {"minimum", s.minimum},
                                          {"steep", s.steep},
                                          {"steps", r.lrs.size()},
                                          {"stopped_because", r.stopped_because},
                                          {"curve", o.out}};
        std::printf("%s\n", j.dump().c_str());
    }
    return kExitOk;
}

}  // namespace

Command addLrFindCommand(CLI::App& app) {
    auto o = std::make_shared<LrFindCliOptions>();
    CLI::App* command =
        app.add_subcommand("lr-find", "Find a learning rate: fastai's exponential sweep");
    o->config.addTo(*command);
    command->add_option("--start-lr", o->find.start_lr, "First learning rate of the sweep")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    command->add_option("--end-lr", o->find.end_lr, "Last learning rate of the sweep")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    command->add_option("--num-it", o->find.num_it, "Steps in the sweep")
        ->capture_default_str()
        ->check(CLI::Range(2, 100000));
    command->add_option("--out", o->out, "Where to write the curve (CSV: lr, smooth_loss, loss)")
        ->capture_default_str()
        ->type_name("FILE");
    command->add_flag("--json", o->json, "Print a one-line JSON summary as the last line");
    return [o]() {
        if (!(o->find.end_lr > o->find.start_lr))
            throw ConfigError(
                ConfigIssue{"--end-lr", std::to_string(o->find.end_lr),
                            Message::verbatim("--end-lr must be greater than --start-lr")});
        return runLrFind(*o);
    };
}

}  // namespace unroll::cli

// `unroll-cli eval` and `unroll-cli inspect`: what a checkpoint holds and how well it does.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

#include "commands.h"
#include "epoch_table.h"
#include "exit_codes.h"
#include "unroll/checkpoint.h"

namespace unroll::cli {

namespace {

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string s;
    for (size_t i = 0; i < shape.size(); ++i)
        s += (i ? " x " : "") + std::to_string(shape[i]);
    return s.empty() ? "scalar" : s;
}

struct EvalOptions {
    std::string checkpoint;
    std::string corpus;
    bool json = false;
};

int runEval(const EvalOptions& o) {
    auto trainer = Trainer::load(o.checkpoint, [&](Config& c) {
        if (!o.corpus.empty())
            c.setFromText("corpus", o.corpus);
    });
    if (!trainer->loadNote().empty())
        std::fprintf(stderr, "note: %s\n", trainer->loadNote().english().c_str());
    configureWorkerThread(static_cast<int>(trainer->config().get(settings::threads)));
    const EpochMetrics m = trainer->evaluate();
    std::printf("%s (%s, epoch %zu of %d): valid_loss %.6f  accuracy %.6f  perplexity %.4f\n",
                o.checkpoint.c_str(), nameOf(trainer->config().get(settings::arch)),
                trainer->history().size(), trainer->epochs(), m.valid_loss, m.valid_accuracy,
                m.perplexity);
    if (o.json)
        std::printf("%s\n",
                    nlohmann::ordered_json{{"checkpoint", o.checkpoint},
                                           {"arch", nameOf(trainer->config().get(settings::arch))},
                                           {"epochs_done", trainer->history().size()},
                                           {"valid_loss", m.valid_loss},
                                           {"valid_accuracy", m.valid_accuracy},
                                           {"perplexity", m.perplexity}}
                        .dump()
                        .c_str());
    // Finite weights can still overflow (a weight of 3e38): a loss that is not a number is the
    // model's failure, said as such, not a result.
    if (!std::isfinite(m.valid_loss)) {
        std::fprintf(stderr,
                     "error: the validation loss is %s — the weights in %s overflow the model's "
                     "arithmetic; resume from an earlier checkpoint\n",
                     std::isnan(m.valid_loss) ? "NaN" : "infinite", o.checkpoint.c_str());
        return kExitDiverged;
    }
    return kExitOk;
}

int runInspect(const std::string& path, bool json) {
    const CheckpointInfo info = inspectCheckpoint(path);
    if (json) {
        nlohmann::ordered_json tensors = nlohmann::ordered_json::array();
        for (const auto& t : info.tensors)
            tensors.push_back({{"name", t.name}, {"dtype", t.dtype}, {"shape", t.shape}});
        std::printf("%s\n",
                    nlohmann::ordered_json{
                        {"path", path},
                        {"bytes", info.file_bytes},
                        {"unroll", info.unroll_version},
                        {"created", info.created},
                        {"config", nlohmann::ordered_json::parse(info.config.toJson())},
                        {"vocab_size", info.vocab.size()},
                        {"corpus", info.corpus_name},
                        {"epochs_done", info.epochs_done},
                        {"steps_done", info.steps_done},
                        {"checksum", info.checksum.empty() ? nlohmann::ordered_json(nullptr)
                                                           : nlohmann::ordered_json(info.checksum)},
                        {"tensors", tensors}}
                        .dump()
                        .c_str());
        return kExitOk;
    }
    const Config& c = info.config;
    std::printf("%s: %llu bytes, written by Unroll %s (libtorch %s) on %s\n", path.c_str(),
                static_cast<unsigned long long>(info.file_bytes), info.unroll_version.c_str(),
                info.libtorch_version.c_str(), info.created.c_str());
    if (info.checksum.empty())
        std::fprintf(stderr, "note: %s\n", noChecksumNote().english().c_str());
    else
        std::printf("checksum: %s, verified\n", info.checksum.c_str());
    std::printf("model:   %s, hidden %lld, cell %s\n", nameOf(c.get(settings::arch)),
                static_cast<long long>(c.get(settings::hidden)), nameOf(c.get(settings::cell)));
    std::printf("corpus:  %s (%s), %lld tokens, vocab %zu\n", info.corpus_name.c_str(),
                info.corpus_source.c_str(), static_cast<long long>(info.corpus_tokens),
                info.vocab.size());
    std::printf("trained: %d of %lld epochs, %lld steps; seed %lld\n", info.epochs_done,
                static_cast<long long>(c.get(settings::epochs)),
                static_cast<long long>(info.steps_done),
                static_cast<long long>(c.get(settings::seed)));
    if (!info.history.empty()) {
        printEpochHeader(stdout);
        for (const EpochMetrics& e : info.history)
            printEpochRow(stdout, e);
    }
    std::printf("tensors:\n");
    for (const auto& t : info.tensors)
        std::printf("  %-24s %-5s %s\n", t.name.c_str(), t.dtype.c_str(),
                    shapeText(t.shape).c_str());
    return kExitOk;
}

}  // namespace

Command addEvalCommand(CLI::App& app) {
    auto o = std::make_shared<EvalOptions>();
    CLI::App* command = app.add_subcommand("eval", "Validation loss and accuracy of a checkpoint");
    command->add_option("--checkpoint", o->checkpoint, "The checkpoint")
        ->required()
        ->type_name("FILE");
    command->add_option("--corpus", o->corpus, "Where its corpus file is now, if it moved")
        ->type_name("FILE");
    command->add_flag("--json", o->json, "Print a one-line JSON summary as the last line");
    return [o]() { return runEval(*o); };
}

Command addInspectCommand(CLI::App& app) {
    auto path = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    CLI::App* command =
        app.add_subcommand("inspect", "What a checkpoint holds, without loading the model");
    command->add_option("checkpoint", *path, "The checkpoint")->required()->type_name("FILE");
    command->add_flag("--json", *json, "Print it as one JSON object");
    return [path, json]() { return runInspect(*path, *json); };
}

}  // namespace unroll::cli

// `unroll-cli corpus`: what a corpus is, as a configuration would train on it — size,
// vocabulary, the most frequent tokens and their coverage, and the batches per epoch.
#include <nlohmann/json.hpp>

#include <cstdio>

#include "commands.h"
#include "config_options.h"
#include "exit_codes.h"
#include "unroll/corpus_summary.h"

namespace unroll::cli {

namespace {

// Line breaks and spaces of a character corpus, made visible.
std::string shown(const std::string& token) {
    if (token == "\n")
        return "\\n";
    if (token == " ")
        return "' '";
    return token;
}

}  // namespace

Command addCorpusCommand(CLI::App& app) {
    CLI::App* cmd =
        app.add_subcommand("corpus", "Summarize a corpus as a configuration lays it out");
    static ConfigOptions options;
    static bool json = false;
    options.addTo(*cmd);
    cmd->add_flag("--json", json, "Print the summary as JSON");
    return [] {
        const Config config = options.resolve();
        const CorpusSummary s = summarizeCorpus(loadCorpus(config), config);
        if (json) {
            nlohmann::ordered_json top = nlohmann::ordered_json::array();
            for (const auto& [token, count] : s.most_frequent)
                top.push_back({{"token", token}, {"count", count}});
            std::printf("%s\n", nlohmann::ordered_json{{"name", s.name},
                                                       {"source", s.source},
                                                       {"tokenizer", s.tokenizer},
                                                       {"tokens", s.tokens},
                                                       {"vocab", s.vocab},
                                                       {"most_frequent", top},
                                                       {"coverage_top1", s.coverage_top1},
                                                       {"coverage_top10", s.coverage_top10},
                                                       {"coverage_top100", s.coverage_top100},
                                                       {"train_samples", s.train_samples},
                                                       {"valid_samples", s.valid_samples},
                                                       {"train_batches", s.train_batches},
                                                       {"valid_batches", s.valid_batches}}
                                    .dump()
                                    .c_str());
            return kExitOk;
        }
        std::printf("%s (%s): %lld %s tokens, a vocabulary of %d\n", s.name.c_str(),
                    s.source.c_str(), static_cast<long long>(s.tokens), s.tokenizer.c_str(),
                    s.vocab);
        std::printf("most frequent:");
        for (const auto& [token, count] : s.most_frequent)
            std::printf(" %s (%lld)", shown(token).c_str(), static_cast<long long>(count));
        std::printf(
            "\ncoverage: the top 1 covers %.1f %%, the top 10 %.1f %%, the top 100 %.1f %%\n",
            100 * s.coverage_top1, 100 * s.coverage_top10, 100 * s.coverage_top100);
        std::printf(
            "layout: %lld train / %lld valid samples; %lld train and %lld valid batches "
            "per epoch\n",
            static_cast<long long>(s.train_samples), static_cast<long long>(s.valid_samples),
            static_cast<long long>(s.train_batches), static_cast<long long>(s.valid_batches));
        return kExitOk;
    };
}

}  // namespace unroll::cli

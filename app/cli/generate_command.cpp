// `unroll-cli generate`: text from a checkpoint, streamed token by token.
#include <nlohmann/json.hpp>

#include <cstdio>

#include "commands.h"
#include "exit_codes.h"
#include "unroll/checkpoint.h"
#include "unroll/counting.h"
#include "unroll/trainer.h"

namespace unroll::cli {

namespace {

struct GenerateOptions {
    std::string checkpoint;
    std::string corpus;
    std::string prompt;
    SamplingOptions sampling;
    bool greedy = false;
    bool json = false;
};

int runGenerate(GenerateOptions o) {
    auto trainer = Trainer::load(o.checkpoint, [&](Config& c) {
        if (!o.corpus.empty())
            c.setFromText("corpus", o.corpus);
    });
    configureWorkerThread(static_cast<int>(trainer->config().get(settings::threads)));
    if (o.greedy)
        o.sampling.temperature = 0.0;
    bool first = true;  // the prompt is echoed once it has been accepted
    const Generation g = trainer->generate(o.prompt, o.sampling, [&](const GeneratedToken& t) {
        if (first)
            std::printf("%s", o.prompt.c_str());
        first = false;
        // Words are separated by spaces; characters (spaces included) are printed as they are;
        // a subword's word marker is the space it stands for.
        const Vocab& vocab = trainer->corpus().vocab;
        std::printf("%s%s", vocab.separator().c_str(),
                    spellToken(t.chosen.token, vocab.wordMarker()).c_str());
        std::fflush(stdout);
        return true;
    });
    std::printf("\n");
    // Human Numbers has a right answer: each number one more than the last.
    std::optional<CountingCheck> counting;
    if (countingApplies(trainer->config())) {
        counting = countingCheck(g, trainer->corpus().vocab.tokens());
        if (!o.json)
            std::fprintf(
                stderr,
                "counting check: %d of %d numbers are one more than the one before (%.2f)\n",
                counting->successors, counting->checked, counting->score());
    }
    if (o.json) {
        nlohmann::ordered_json tokens = nlohmann::ordered_json::array();
        for (const GeneratedToken& t : g.tokens) {
            nlohmann::ordered_json top = nlohmann::ordered_json::array();
            for (const TokenChoice& c : t.top)
                top.push_back({{"token", c.token}, {"probability", c.probability}});
            tokens.push_back(
                {{"token", t.chosen.token}, {"probability", t.chosen.probability}, {"top", top}});
        }
        nlohmann::ordered_json out{{"checkpoint", o.checkpoint},
                                   {"prompt", o.prompt},
                                   {"text", g.text()},
                                   {"tokens", tokens}};
        if (counting) {
            nlohmann::ordered_json values = nlohmann::ordered_json::array();
            for (const std::optional<int>& n : counting->numbers)
                values.push_back(n ? nlohmann::ordered_json(*n) : nlohmann::ordered_json(nullptr));
            out["counting"] = {{"numbers", values},
                               {"checked", counting->checked},
                               {"successors", counting->successors},
                               {"score", counting->score()}};
        }
        std::printf("%s\n", out.dump().c_str());
    }
    return kExitOk;
}

}  // namespace

Command addGenerateCommand(CLI::App& app) {
    auto o = std::make_shared<GenerateOptions>();
    CLI::App* command = app.add_subcommand("generate", "Generate text from a checkpoint");
    command->add_option("--checkpoint", o->checkpoint, "The checkpoint")
        ->required()
        ->type_name("FILE");
    command->add_option("--prompt", o->prompt, "The text to continue (words of the corpus)")
        ->required();
    command->add_option("--max-tokens", o->sampling.max_tokens, "Tokens to generate")
        ->capture_default_str()
        ->check(CLI::Range(1, 100000));
    command
        ->add_option("--temperature", o->sampling.temperature,
                     "Sharpen (<1) or flatten (>1); 0 = greedy")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 100.0));
    command->add_option("--top-k", o->sampling.top_k, "Sample among the k most likely (0 = all)")
        ->capture_default_str()
        ->check(CLI::Range(0, 1000000));
    command
        ->add_option("--top-p", o->sampling.top_p,
                     "Sample among the most likely holding this probability")
        ->capture_default_str()
        ->check(CLI::Range(1e-9, 1.0));
    command->add_option("--seed", o->sampling.seed, "Seed of the sampling")->capture_default_str();
    command->add_flag("--greedy", o->greedy, "Always take the most likely token");
    command->add_option("--corpus", o->corpus, "Where its corpus file is now, if it moved")
        ->type_name("FILE");
    command->add_flag("--json", o->json,
                      "Print every token with its top candidates as one JSON line");
    return [o]() { return runGenerate(*o); };
}

}  // namespace unroll::cli

// `unroll-cli generate`: text from a checkpoint, streamed token by token.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

#include "commands.h"
#include "exit_codes.h"
#include "interrupt.h"
#include "unroll/checkpoint.h"
#include "unroll/counting.h"
#include "unroll/trainer.h"

namespace unroll::cli {

namespace {

struct GenerateOptions {
    std::string checkpoint;
    std::string corpus;
    std::string prompt;
    // Each option as text, checked by the engine's sampling schema (unroll/generate.h).
    std::map<std::string, std::string> sampling_text;
    std::map<std::string, const CLI::Option*> sampling_flags;  // to tell "given" from "not given"
    SamplingOptions sampling;
    bool greedy = false;
    bool json = false;
};

int runGenerate(GenerateOptions o) {
    for (const auto& [key, flag] : o.sampling_flags)
        if (flag->count() > 0)  // given, even as "": checked
            setSamplingOption(o.sampling, key, o.sampling_text[key]);
    auto trainer = Trainer::load(o.checkpoint, [&](Config& c) {
        if (!o.corpus.empty())
            c.setFromText("corpus", o.corpus);
    });
    if (!trainer->loadNote().empty())
        std::fprintf(stderr, "note: %s\n", trainer->loadNote().english().c_str());
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
        return !interrupted();  // Ctrl-C: stop after this token
    });
    std::printf("\n");
    // The text's line is out before anything goes to stderr, which a pipe of both would
    // otherwise show first ("...hundredcounting check: ...").
    std::fflush(stdout);
    if (interrupted()) {
        std::fprintf(stderr, "interrupted after %zu tokens\n", g.tokens.size());
        return kExitInterrupted;
    }
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
    // The flags of the sampling schema: --max-tokens, --temperature, --top-k, --top-p, --seed.
    for (const SettingSpec& spec : samplingSchema()) {
        std::string flag = "--" + spec.key;
        std::replace(flag.begin(), flag.end(), '_', '-');
        o->sampling_flags[spec.key] =
            command
                ->add_option(flag, o->sampling_text[spec.key],
                             spec.help + " (" + spec.allowedText().english() + ")")
                ->default_str(formatValue(spec.default_value))
                ->type_name(spec.type == SettingType::Int ? "N" : "X");
    }
    command->add_flag("--greedy", o->greedy, "Always take the most likely token");
    command->add_option("--corpus", o->corpus, "Where its corpus file is now, if it moved")
        ->type_name("FILE");
    command->add_flag("--json", o->json,
                      "Print every token with its top candidates as one JSON line");
    return [o]() { return runGenerate(*o); };
}

}  // namespace unroll::cli

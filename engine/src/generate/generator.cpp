// Trainer::generate: runs on the trainer's own model (so the window can generate between
// training steps) and puts its carried state and train/eval mode back afterwards.
#include <utf8.h>

#include <random>

#include "data/code_points.h"
#include "data/subword_tokenizer.h"
#include "train/trainer_impl.h"
#include "unroll/architecture.h"
#include "unroll/generate.h"

namespace unroll {

namespace {

// Character vocabularies read the prompt one code point at a time (spaces included); word
// vocabularies split it on whitespace.
std::vector<std::string> promptTokens(const std::string& prompt, bool characters) {
    std::vector<std::string> out;
    if (characters) {
        forEachCodePoint(prompt, [&](std::string_view point) { out.emplace_back(point); });
        return out;
    }
    size_t i = 0;
    while (i < prompt.size()) {
        while (i < prompt.size() && std::isspace(static_cast<unsigned char>(prompt[i])))
            ++i;
        size_t end = i;
        while (end < prompt.size() && !std::isspace(static_cast<unsigned char>(prompt[end])))
            ++end;
        if (end > i)
            out.push_back(prompt.substr(i, end - i));
        i = end;
    }
    return out;
}

// Word or character ids of the vocabulary; a token it lacks is named in the error.
std::vector<std::int32_t> encodeTokens(const std::string& prompt, const Vocab& vocab) {
    const bool characters = vocab.separator().empty();
    std::vector<std::int32_t> ids;
    std::vector<std::string> unknown;
    for (const std::string& piece : promptTokens(prompt, characters)) {
        if (const auto id = vocab.find(piece))
            ids.push_back(*id);
        else if (std::find(unknown.begin(), unknown.end(), piece) == unknown.end())
            unknown.push_back(piece);
    }
    const char* what = characters ? "characters" : "words";
    if (!unknown.empty()) {
        std::string list, known;
        for (const std::string& w : unknown)
            list += (list.empty() ? "'" : ", '") + w + "'";
        for (std::int32_t k = 0; k < std::min<std::int32_t>(vocab.size(), 12); ++k)
            known += (k ? " " : "") + vocab.token(k);
        throw PromptError(std::string("the prompt has ") + what + " the model never saw: " + list +
                              ". Its vocabulary has " + std::to_string(vocab.size()) + " " + what +
                              ": " + known + (vocab.size() > 12 ? " ..." : ""),
                          unknown);
    }
    return ids;
}

// The prompt as the run's tokens: its vocabulary's words or characters, or the pieces of its
// subword model, which reads any text (what it cannot spell becomes <unk>).
std::vector<std::int32_t> encode(const std::string& prompt, const Corpus& corpus) {
    const bool subwords = !corpus.subword_model.empty();
    const bool characters = !subwords && corpus.vocab.separator().empty();
    if ((characters || subwords) &&
        utf8::find_invalid(prompt.begin(), prompt.end()) != prompt.end())
        throw PromptError("the prompt is not valid UTF-8", {});
    std::vector<std::int32_t> ids = subwords ? encodeSubwords(prompt, corpus.subword_model)
                                             : encodeTokens(prompt, corpus.vocab);
    if (ids.empty())
        throw PromptError(std::string("the prompt is empty: give at least one ") +
                              (characters ? "character" : "word"),
                          {});
    return ids;
}

}  // namespace

Generation Trainer::generate(const std::string& prompt, const SamplingOptions& options,
                             const std::function<bool(const GeneratedToken&)>& on_token) {
    Impl& s = *impl_;
    const ArchitectureInfo& arch = architecture(s.arch);
    Generation out;
    out.separator = s.corpus.vocab.separator();
    out.word_marker = s.corpus.vocab.wordMarker();
    out.prompt = encode(prompt, s.corpus);
    const int window = arch.every_token ? 0 : static_cast<int>(s.config.getInt("seq_len"));
    if (window > 0 && static_cast<int>(out.prompt.size()) < window)
        throw PromptError(s.arch + " reads " + std::to_string(window) +
                              " tokens at a time: give a prompt of at least " +
                              std::to_string(window) + " tokens",
                          {});

    const std::vector<torch::Tensor> carried = s.model->carriedState();
    const bool was_training = s.model->is_training();
    torch::NoGradGuard no_grad;
    s.model->eval();
    s.model->reset();
    std::mt19937_64 random(options.seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<std::int32_t> context = out.prompt;
    // Models that predict after every token warm their state on the whole prompt and then take
    // one token at a time; LM1-LM3 read a fixed window of the latest tokens each time.
    auto input = [&](bool first) {
        std::vector<int64_t> ids;
        if (window > 0)
            ids.assign(context.end() - window, context.end());
        else if (first)
            ids.assign(context.begin(), context.end());
        else
            ids.push_back(context.back());
        return torch::tensor(ids, torch::kLong).unsqueeze(0);
    };
    try {
        for (int i = 0; i < options.max_tokens; ++i) {
            if (window > 0)
                s.model->reset();
            torch::Tensor logits = s.model->forward(input(i == 0)).logits;
            if (logits.dim() == 3)
                logits = logits.select(1, logits.size(1) - 1);
            const torch::Tensor probs =
                torch::softmax(logits[0].to(torch::kDouble), 0).contiguous();
            const std::vector<double> p(probs.data_ptr<double>(),
                                        probs.data_ptr<double>() + probs.numel());
            GeneratedToken g;
            const std::int32_t id = sampleIndex(p, options, uniform(random));
            g.chosen = {id, s.corpus.vocab.token(id), p[static_cast<size_t>(id)]};
            std::vector<std::int32_t> order(p.size());
            std::iota(order.begin(), order.end(), 0);
            const size_t k =
                std::min(p.size(), static_cast<size_t>(std::max(0, options.candidates)));
            std::partial_sort(
                order.begin(), order.begin() + static_cast<long>(k), order.end(),
                [&](std::int32_t a, std::int32_t b) { return p[size_t(a)] > p[size_t(b)]; });
            for (size_t r = 0; r < k; ++r)
                g.top.push_back({order[r], s.corpus.vocab.token(order[r]), p[size_t(order[r])]});
            out.tokens.push_back(g);
            context.push_back(id);
            if (on_token && !on_token(g))
                break;
        }
    } catch (...) {
        s.model->setCarriedState(carried);
        s.model->train(was_training);
        throw;
    }
    s.model->setCarriedState(carried);
    s.model->train(was_training);
    return out;
}

}  // namespace unroll

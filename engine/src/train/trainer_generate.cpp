// Trainer::generate: runs on the trainer's own model (so the window can generate between
// training steps) and puts its carried state and train/eval mode back afterwards.
#include <numeric>
#include <random>

#include "generate/prompt_encoding.h"
#include "train/trainer_impl.h"
#include "unroll/architecture.h"
#include "unroll/generate.h"

namespace unroll {

Generation Trainer::generate(const std::string& prompt, const SamplingOptions& options,
                             const std::function<bool(const GeneratedToken&)>& on_token) {
    checkSampling(options);
    Impl& s = *impl_;
    const ArchitectureInfo& arch = architecture(s.arch);
    Generation out;
    out.separator = s.corpus.vocab.separator();
    out.word_marker = s.corpus.vocab.wordMarker();
    out.prompt = encodePrompt(prompt, s.corpus);
    const int window = arch.every_token ? 0 : static_cast<int>(s.config.get(settings::seq_len));
    if (window > 0 && static_cast<int>(out.prompt.size()) < window)
        throw PromptError(Message(UNROLL_TEXT("%1 reads %2 tokens at a time: give a prompt of at "
                                              "least %2 tokens"),
                                  nameOf(s.arch), window));

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
        return torch::tensor(ids, torch::kLong).unsqueeze(0).to(s.device);
    };
    try {
        for (int i = 0; i < options.max_tokens; ++i) {
            if (window > 0)
                s.model->reset();
            torch::Tensor logits = s.model->forward(input(i == 0)).logits;
            if (logits.dim() == 3)
                logits = logits.select(1, logits.size(1) - 1);
            const torch::Tensor probs =
                torch::softmax(logits[0].to(torch::kDouble), 0).to(torch::kCPU).contiguous();
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

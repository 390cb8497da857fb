#include <string>

#include "models/chapter_models.h"
#include "models/recurrent_lm.h"
#include "unroll/config.h"

namespace unroll {

namespace {

RecurrentOptions recurrentOptions(const Config& config, CellKind kind, int64_t vocab_size) {
    RecurrentOptions o;
    o.kind = kind;
    o.form = config.get(settings::cell);
    o.vocab = vocab_size;
    o.hidden = config.get(settings::hidden);
    o.layers = config.get(settings::layers);
    o.tie_weights = config.get(settings::tie_weights);
    o.out_p = config.get(settings::out_p);
    o.out_locked = config.get(settings::out_locked);
    o.input_p = config.get(settings::input_p);
    o.hidden_p = config.get(settings::hidden_p);
    o.embed_p = config.get(settings::embed_p);
    o.weight_p = config.get(settings::weight_p);
    return o;
}

}  // namespace

std::shared_ptr<LanguageModel> makeModel(const Config& config, int64_t vocab_size) {
    const int64_t hidden = config.get(settings::hidden);
    const bool fused = config.get(settings::cell) == CellForm::Fused;
    switch (config.get(settings::arch)) {
        case Arch::LM1:
            return std::make_shared<Lm1>(vocab_size, hidden, fused);
        case Arch::LM2:
            return std::make_shared<Lm2>(vocab_size, hidden, fused);
        case Arch::LM3:
            return std::make_shared<Lm3>(vocab_size, hidden, fused);
        case Arch::LM4:
            return std::make_shared<Lm4>(vocab_size, hidden, fused);
        case Arch::LM5:
            return std::make_shared<RecurrentLm>(
                recurrentOptions(config, CellKind::Rnn, vocab_size));
        case Arch::LM6:
        case Arch::LM7:
            return std::make_shared<RecurrentLm>(
                recurrentOptions(config, CellKind::Lstm, vocab_size));
        case Arch::GRU:
            return std::make_shared<RecurrentLm>(
                recurrentOptions(config, CellKind::Gru, vocab_size));
    }
    throw std::invalid_argument("makeModel: no model for this arch");
}

}  // namespace unroll

#include <string>

#include "models/chapter_models.h"
#include "models/recurrent_lm.h"
#include "unroll/config.h"

namespace unroll {

namespace {

RecurrentOptions recurrentOptions(const Config& config, CellKind kind, int64_t vocab_size) {
    RecurrentOptions o;
    o.kind = kind;
    const std::string& cell = config.getText("cell");
    o.form = cell == "scratch"      ? CellForm::Scratch
             : cell == "refactored" ? CellForm::Refactored
                                    : CellForm::Fused;
    o.vocab = vocab_size;
    o.hidden = config.getInt("hidden");
    o.layers = config.getInt("layers");
    o.tie_weights = config.getBool("tie_weights");
    o.out_p = config.getFloat("out_p");
    o.out_locked = config.getBool("out_locked");
    o.input_p = config.getFloat("input_p");
    o.hidden_p = config.getFloat("hidden_p");
    o.embed_p = config.getFloat("embed_p");
    o.weight_p = config.getFloat("weight_p");
    return o;
}

}  // namespace

std::shared_ptr<LanguageModel> makeModel(const Config& config, int64_t vocab_size) {
    const std::string& arch = config.getText("arch");
    const int64_t hidden = config.getInt("hidden");
    const bool fused = config.getText("cell") == "fused";
    if (arch == "lm1")
        return std::make_shared<Lm1>(vocab_size, hidden, fused);
    if (arch == "lm2")
        return std::make_shared<Lm2>(vocab_size, hidden, fused);
    if (arch == "lm3")
        return std::make_shared<Lm3>(vocab_size, hidden, fused);
    if (arch == "lm4")
        return std::make_shared<Lm4>(vocab_size, hidden, fused);
    if (arch == "lm5")
        return std::make_shared<RecurrentLm>(recurrentOptions(config, CellKind::Rnn, vocab_size));
    if (arch == "lm6" || arch == "lm7")
        return std::make_shared<RecurrentLm>(recurrentOptions(config, CellKind::Lstm, vocab_size));
    if (arch == "gru")
        return std::make_shared<RecurrentLm>(recurrentOptions(config, CellKind::Gru, vocab_size));
    throw std::invalid_argument("makeModel: no model for arch '" + arch + "'");
}

}  // namespace unroll

// The architectures the `arch` setting can name.
#include "unroll/architecture.h"

#include "unroll/config.h"

namespace unroll {

const std::vector<ArchitectureInfo>& architectures() {
    // name, title, description, stateful, every_token, fixed_seq_len
    static const std::vector<ArchitectureInfo> table = {
        {"lm1", "LM1 — hand-unrolled",
         "3 tokens predict the 4th; one hidden layer applied once per token, written out by hand",
         false, false, 3},
        {"lm2", "LM2 — a loop (RNN)",
         "LM1's maths as a loop over the tokens: the first recurrent network", false, false, 0},
        {"lm3", "LM3 — stateful RNN",
         "the hidden state carries across batches, detached each batch (truncated BPTT)", true,
         false, 0},
        {"lm4", "LM4 — every token",
         "predicts after every token of the sequence; the loss covers all of them", true, true, 0},
        {"lm5", "LM5 — stacked RNN",
         "two tanh RNN layers stacked; hidden state (layers, batch, hidden) carried and detached",
         true, true, 0},
        {"lm6", "LM6 — LSTM",
         "a 2-layer LSTM: four gates and a cell state let gradients survive many steps", true, true,
         0},
        {"lm7", "LM7 — AWD-LSTM",
         "the LSTM regularized: dropout, activation regularization (AR, TAR), weight tying", true,
         true, 0},
        {"gru", "GRU",
         "a 2-layer gated recurrent unit: reset and update gates, no separate cell state", true,
         true, 0},
    };
    return table;
}

const ArchitectureInfo& architecture(Arch arch) {
    return architecture(nameOf(arch));
}

const ArchitectureInfo& architecture(const std::string& name) {
    for (const ArchitectureInfo& a : architectures())
        if (a.name == name)
            return a;
    std::string names;
    for (const ArchitectureInfo& a : architectures())
        names += (names.empty() ? "" : ", ") + a.name;
    throw ConfigError(
        ConfigIssue{"arch", name,
                    Message(UNROLL_TEXT("unknown architecture '%1'; available: %2"), name, names)});
}

}  // namespace unroll

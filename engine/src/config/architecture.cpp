// The architectures the `arch` setting can name.
#include "unroll/architecture.h"

#include "unroll/config.h"

namespace unroll {

const std::vector<ArchitectureInfo>& architectures() {
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
    };
    return table;
}

const ArchitectureInfo& architecture(const std::string& name) {
    for (const ArchitectureInfo& a : architectures())
        if (a.name == name)
            return a;
    std::string names;
    for (const ArchitectureInfo& a : architectures())
        names += (names.empty() ? "" : ", ") + a.name;
    throw ConfigError(
        ConfigIssue{"arch", name, "unknown architecture '" + name + "'; available: " + names});
}

}  // namespace unroll

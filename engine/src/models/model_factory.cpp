#include <string>

#include "models/chapter_models.h"
#include "unroll/config.h"

namespace unroll {

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
    throw std::invalid_argument("makeModel: no model for arch '" + arch + "'");
}

}  // namespace unroll

#include "models/language_model.h"

namespace unroll {

GateTrace& LayerTrace::gate(const std::string& name, const std::string& function) {
    for (GateTrace& g : gates)
        if (g.gate == name)
            return g;
    gates.push_back({name, function, {}});
    return gates.back();
}

void LayerTrace::recordFused(const torch::Tensor& out, const torch::Tensor& blocks,
                             const std::vector<std::pair<std::string, std::string>>& names) {
    hidden = out.unbind(0);
    const auto count = static_cast<int64_t>(names.size());
    const int64_t width = blocks.size(2) / count;
    for (int64_t j = 0; j < count; ++j) {
        GateTrace& g =
            gate(names[static_cast<size_t>(j)].first, names[static_cast<size_t>(j)].second);
        g.steps = blocks.narrow(2, j * width, width).unbind(0);
    }
}

torch::Tensor newTap(int64_t steps, const torch::Tensor& h0) {
    return torch::zeros({steps, h0.size(0), h0.size(1)}, h0.options()).requires_grad_();
}

}  // namespace unroll

#include "probes/activation_stats.h"

#include <cmath>

#include "kernels/tensor_stats.h"

namespace unroll {

ActivationStat activationStat(const Activation& a) {
    double sum = 0.0;
    double max_abs = 0.0;
    int64_t count = 0;
    bool finite = true;
    auto add = [&](const torch::Tensor& t) {
        const SumOfSquares s = squaresOf(t);
        sum += s.sum;
        max_abs = std::max(max_abs, static_cast<double>(s.max_abs));
        finite = finite && s.finite;
        count += t.numel();
    };
    if (a.whole.defined())
        add(a.whole);
    for (const torch::Tensor& t : a.steps)
        add(t);
    return {count ? std::sqrt(sum / static_cast<double>(count)) : 0.0, max_abs, finite};
}

int firstNonFiniteStep(const Activation& a) {
    if (!a.timed)
        return 0;
    if (a.whole.defined()) {
        // Time is dimension 0.
        return static_cast<int>(firstNonFiniteBlock(a.whole.to(torch::kFloat), a.whole.size(0)) +
                                1);
    }
    for (size_t t = 0; t < a.steps.size(); ++t)
        if (firstNonFiniteBlock(a.steps[t].to(torch::kFloat), 1) >= 0)
            return static_cast<int>(t + 1);
    return 0;
}

double saturatedShare(const std::vector<torch::Tensor>& steps, const std::string& function) {
    int64_t hits = 0, total = 0;
    for (const torch::Tensor& t : steps) {
        const torch::Tensor d = hostFloats(t);  // from a GPU: the probes' gates, now and then
        const float* x = d.data_ptr<float>();
        const int64_t n = d.numel();
        if (function == "sigmoid") {
            for (int64_t i = 0; i < n; ++i)
                hits += (x[i] < 0.05f) | (x[i] > 0.95f);
        } else if (function == "tanh") {
            for (int64_t i = 0; i < n; ++i)
                hits += std::fabs(x[i]) > 0.95f;
        } else {  // relu: dead units
            for (int64_t i = 0; i < n; ++i)
                hits += x[i] == 0.0f;
        }
        total += n;
    }
    return total ? static_cast<double>(hits) / static_cast<double>(total) : 0.0;
}

}  // namespace unroll

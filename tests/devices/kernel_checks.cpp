// The recurrence kernels and fused layers on every device present, against Unroll's CPU kernels:
// outputs and every gradient to 1e-5 relative. On the CPU the libtorch path (what a GPU runs)
// is checked the same way, under LibtorchPathOnCpu, so a machine without a GPU checks its maths.
#include "kernel_checks.h"

#include <torch/autograd.h>
#include <torch/types.h>

#include <functional>

#include "check.h"
#include "kernels/gru_kernel.h"
#include "kernels/kernel_path.h"
#include "kernels/lstm_kernel.h"
#include "kernels/rnn_kernel.h"
#include "models/recurrent_layers.h"

namespace unroll::device_check {

namespace {

constexpr int64_t kSteps = 12, kBatch = 5, kHidden = 24, kInput = 10;
constexpr double kTolerance = 1e-5;

// max |a − b| / max |b| on the host, in double.
double relative(const torch::Tensor& a, const torch::Tensor& b) {
    const torch::Tensor x = a.detach().to(torch::kCPU, torch::kDouble);
    const torch::Tensor y = b.detach().to(torch::kCPU, torch::kDouble);
    const double scale = std::max(y.abs().max().item<double>(), 1e-30);
    return (x - y).abs().max().item<double>() / scale;
}

// A function of some inputs returning outputs; the first `differentiable` outputs carry
// gradients.
using Case = std::function<std::vector<torch::Tensor>(const std::vector<torch::Tensor>&)>;

struct Result {
    std::vector<torch::Tensor> outputs, grads;
};

// Runs `f` on copies of `inputs` on `device`, and back-propagates a fixed random weighting of
// its differentiable outputs.
Result run(const Case& f, const std::vector<torch::Tensor>& inputs, size_t differentiable,
           const torch::Device& device) {
    std::vector<torch::Tensor> in;
    for (const torch::Tensor& t : inputs)
        in.push_back(t.to(device).detach().requires_grad_(t.requires_grad()));
    Result r;
    r.outputs = f(in);
    torch::Tensor loss = torch::zeros({}, in.front().options()).detach();
    torch::manual_seed(7);
    for (size_t i = 0; i < differentiable; ++i)
        loss = loss + (r.outputs[i] * torch::randn(r.outputs[i].sizes()).to(device)).sum();
    std::vector<torch::Tensor> wrt;
    for (const torch::Tensor& t : in)
        if (t.requires_grad())
            wrt.push_back(t);
    r.grads = torch::autograd::grad({loss}, wrt);
    return r;
}

void compare(const std::string& name, const Case& f, const std::vector<torch::Tensor>& inputs,
             size_t differentiable, const std::string& device) {
    const Result want = run(f, inputs, differentiable, torch::kCPU);
    Result got;
    if (device == "cpu") {
        LibtorchPathOnCpu libtorch;
        check(!ownKernels(inputs.front()), "LibtorchPathOnCpu takes CPU tensors off the kernels");
        got = run(f, inputs, differentiable, torch::kCPU);
    } else {
        got = run(f, inputs, differentiable, torch::Device(device));
    }
    bool same = got.outputs.size() == want.outputs.size() && got.grads.size() == want.grads.size();
    double worst = 0.0;
    for (size_t i = 0; same && i < want.outputs.size(); ++i)
        worst = std::max(worst, relative(got.outputs[i], want.outputs[i]));
    for (size_t i = 0; same && i < want.grads.size(); ++i)
        worst = std::max(worst, relative(got.grads[i], want.grads[i]));
    const std::string path = device == "cpu" ? "cpu, libtorch path" : device;
    check(same && worst <= kTolerance,
          name + " on " + path + " matches the CPU kernel (worst " + scientific(worst) + ")");
}

torch::Tensor input(std::vector<int64_t> shape, double scale = 0.5) {
    return (torch::randn(shape) * scale).requires_grad_();
}

}  // namespace

void checkKernels(const std::string& device) {
    torch::manual_seed(0);
    const torch::Tensor h0 = input({kBatch, kHidden}), c0 = input({kBatch, kHidden});
    const torch::Tensor w1 = input({kHidden, kHidden}, 0.2);
    const torch::Tensor w4 = input({4 * kHidden, kHidden}, 0.2);
    const torch::Tensor w3 = input({3 * kHidden, kHidden}, 0.2);
    const torch::Tensor xp1 = input({kSteps, kBatch, kHidden});
    const torch::Tensor xp4 = input({kSteps, kBatch, 4 * kHidden});
    const torch::Tensor xp3 = input({kSteps, kBatch, 3 * kHidden});
    const torch::Tensor b3 = input({3 * kHidden}), b4 = input({4 * kHidden});
    const torch::Tensor x = input({kSteps, kBatch, kInput});
    const torch::Tensor wi4 = input({4 * kHidden, kInput}, 0.3);
    const torch::Tensor tap = torch::zeros({kSteps, kBatch, kHidden}).requires_grad_();

    for (const Nonlinearity act : {Nonlinearity::Tanh, Nonlinearity::Relu})
        compare(
            act == Nonlinearity::Tanh ? "rnnRecurrence (tanh)" : "rnnRecurrence (relu)",
            [act](const auto& v) { return std::vector{rnnRecurrence(v[0], v[1], v[2], act)}; },
            {xp1, h0, w1}, 1, device);
    compare(
        "lstmRecurrence", [](const auto& v) { return lstmRecurrence(v[0], v[1], v[2], v[3]); },
        {xp4, h0, c0, w4}, 3, device);
    compare(
        "lstmRecurrence with the probes' tap (gates too)",
        [](const auto& v) { return lstmRecurrence(v[0], v[1], v[2], v[3], v[4]); },
        {xp4, h0, c0, w4, tap}, 3, device);
    compare(
        "lstmLayer", [](const auto& v) { return lstmLayer(v[0], v[1], v[2], v[3], v[4], v[5]); },
        {x, h0, c0, wi4, w4, b4}, 3, device);
    compare(
        "gruRecurrence", [](const auto& v) { return gruRecurrence(v[0], v[1], v[2], v[3]); },
        {xp3, h0, w3, b3}, 2, device);
    compare(
        "gruRecurrence with the probes' tap (gates too)",
        [](const auto& v) { return gruRecurrence(v[0], v[1], v[2], v[3], v[4]); },
        {xp3, h0, w3, b3, tap}, 2, device);

    // Whole fused layers as the models run them: on a GPU, libtorch's (cuDNN's) for the gated
    // cells and the tanh RNN (formOnDevice).
    const torch::Tensor xi = input({kSteps, kBatch, kHidden});
    const torch::Tensor bi1 = input({kHidden}), bh1 = input({kHidden});
    const torch::Tensor bi4 = input({4 * kHidden}), bh4 = input({4 * kHidden});
    const torch::Tensor bi3 = input({3 * kHidden}), bh3 = input({3 * kHidden});
    const torch::Tensor wi1 = input({kHidden, kHidden}, 0.2),
                        wi3 = input({3 * kHidden, kHidden}, 0.2);
    const torch::Tensor wl4 = input({4 * kHidden, kHidden}, 0.2);
    auto layer = [](CellKind kind) {
        return [kind](const std::vector<torch::Tensor>& v) {
            const LayerState start{v[1], v.size() > 6 ? v[6] : torch::Tensor()};
            const LayerResult r =
                runLayer(kind, CellForm::Fused, v[0], start, {v[2], v[3], v[4], v[5]});
            return r.last.c.defined() ? std::vector{r.out, r.last.h, r.last.c}
                                      : std::vector{r.out, r.last.h};
        };
    };
    compare("fused RNN layer", layer(CellKind::Rnn), {xi, h0, wi1, w1, bi1, bh1}, 2, device);
    compare("fused LSTM layer", layer(CellKind::Lstm), {xi, h0, wl4, w4, bi4, bh4, c0}, 3, device);
    compare("fused GRU layer", layer(CellKind::Gru), {xi, h0, wi3, w3, bi3, bh3}, 2, device);
}

}  // namespace unroll::device_check

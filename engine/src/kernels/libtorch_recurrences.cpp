#include "kernels/libtorch_recurrences.h"

namespace unroll {

namespace {

// h_t, plus the probes' tap (zeros whose gradient is ∂L/∂h_t) where there is one.
torch::Tensor tapped(const torch::Tensor& h, const torch::Tensor& tap, int64_t t) {
    return tap.defined() ? h + tap[t] : h;
}

}  // namespace

torch::Tensor libtorchRnnRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                                    const torch::Tensor& w_hh, Nonlinearity activation) {
    const torch::Tensor w = w_hh.t();
    torch::Tensor h = h0;
    std::vector<torch::Tensor> states;
    for (int64_t t = 0; t < xp.size(0); ++t) {
        const torch::Tensor a = torch::addmm(xp[t], h, w);
        h = activation == Nonlinearity::Relu ? torch::relu(a) : torch::tanh(a);
        states.push_back(h);
    }
    return torch::stack(states);
}

std::vector<torch::Tensor> libtorchLstmRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                                                  const torch::Tensor& c0,
                                                  const torch::Tensor& w_hh,
                                                  const torch::Tensor& tap) {
    const torch::Tensor w = w_hh.t();
    torch::Tensor h = h0, c = c0;
    std::vector<torch::Tensor> states, gates, cells;
    for (int64_t t = 0; t < xp.size(0); ++t) {
        const auto a = torch::addmm(xp[t], h, w).chunk(4, 1);  // PyTorch's order: i, f, g, o
        const torch::Tensor i = torch::sigmoid(a[0]), f = torch::sigmoid(a[1]);
        const torch::Tensor g = torch::tanh(a[2]), o = torch::sigmoid(a[3]);
        c = f * c + i * g;
        const torch::Tensor tanh_c = torch::tanh(c);
        h = tapped(o * tanh_c, tap, t);
        states.push_back(h);
        if (tap.defined()) {
            gates.push_back(torch::cat({i, f, g, o}, 1).detach());
            cells.push_back(tanh_c.detach());
        }
    }
    std::vector<torch::Tensor> out{torch::stack(states), h, c};
    if (tap.defined()) {
        out.push_back(torch::stack(gates));
        out.push_back(torch::stack(cells));
    }
    return out;
}

std::vector<torch::Tensor> libtorchGruRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                                                 const torch::Tensor& w_hh,
                                                 const torch::Tensor& b_hh,
                                                 const torch::Tensor& tap) {
    const torch::Tensor w = w_hh.t();
    torch::Tensor h = h0;
    std::vector<torch::Tensor> states, gates;
    for (int64_t t = 0; t < xp.size(0); ++t) {
        const auto x = xp[t].chunk(3, 1);  // PyTorch's order: r, z, n
        const auto p = torch::addmm(b_hh, h, w).chunk(3, 1);
        const torch::Tensor r = torch::sigmoid(x[0] + p[0]), z = torch::sigmoid(x[1] + p[1]);
        const torch::Tensor n = torch::tanh(x[2] + r * p[2]);
        h = tapped((1 - z) * n + z * h, tap, t);
        states.push_back(h);
        if (tap.defined())
            gates.push_back(torch::cat({r, z, n}, 1).detach());
    }
    std::vector<torch::Tensor> out{torch::stack(states), h};
    if (tap.defined())
        out.push_back(torch::stack(gates));
    return out;
}

}  // namespace unroll

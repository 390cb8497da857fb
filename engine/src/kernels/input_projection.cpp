#include "kernels/input_projection.h"

#include "kernels/blas.h"

#include <algorithm>
#include <type_traits>
#include <vector>

namespace unroll {

namespace {

template <typename S>
void projectInto(const torch::Tensor& x, const torch::Tensor& w, torch::Tensor& xp) {
    const int64_t rows = x.size(0) * x.size(1), in = x.size(2), gates = w.size(0);
    blas::gemm(false, true, int(rows), int(gates), int(in), S(1), x.template data_ptr<S>(), int(in),
               w.template data_ptr<S>(), int(in), S(0), xp.template data_ptr<S>(), int(gates));
}

// acc[c] += Σ_r d[r, c]: one row at a time, so every column runs in vector lanes (__restrict lets
// the compiler see that acc and d never overlap; without it the loop stayed scalar).
template <typename S>
void addRows(const S* __restrict d, int64_t rows, int64_t cols, S* __restrict acc) {
    for (int64_t r = 0; r < rows; ++r)
        for (int64_t c = 0; c < cols; ++c)
            acc[c] += d[r * cols + c];
}

__attribute__((target_clones("avx512f", "avx2", "default"))) void addFloatRows(
    const float* __restrict d, int64_t rows, int64_t cols, float* __restrict acc) {
    addRows(d, rows, cols, acc);
}

// Σ over the rows of a (rows, cols) matrix: blocks of 64 rows added in S and the blocks in
// double. ATen's sum over the two leading dimensions of a (T, B, 4H) tensor took 1 % of an awd
// step.
template <typename S>
torch::Tensor columnSums(const S* d, int64_t rows, int64_t cols, const torch::TensorOptions& o) {
    constexpr int64_t kBlock = 64;
    std::vector<double> total(static_cast<size_t>(cols), 0.0);
    std::vector<S> block(static_cast<size_t>(cols));
    for (int64_t r0 = 0; r0 < rows; r0 += kBlock) {
        std::fill(block.begin(), block.end(), S(0));
        const int64_t n = std::min(kBlock, rows - r0);
        if constexpr (std::is_same_v<S, float>)
            addFloatRows(d + r0 * cols, n, cols, block.data());
        else
            addRows(d + r0 * cols, n, cols, block.data());
        for (int64_t c = 0; c < cols; ++c)
            total[size_t(c)] += static_cast<double>(block[size_t(c)]);
    }
    torch::Tensor out = at::empty({cols}, o);
    S* p = out.data_ptr<S>();
    for (int64_t c = 0; c < cols; ++c)
        p[c] = static_cast<S>(total[size_t(c)]);
    return out;
}

template <typename S>
ProjectionGrads gradsOf(const torch::Tensor& dxp, const torch::Tensor& x, const torch::Tensor& w,
                        bool want_x, bool want_w, bool want_bias) {
    const int64_t rows = x.size(0) * x.size(1), in = x.size(2), gates = w.size(0);
    ProjectionGrads g;
    if (want_x) {
        g.x = at::empty(x.sizes(), x.options());
        blas::gemm(false, false, int(rows), int(in), int(gates), S(1), dxp.template data_ptr<S>(),
                   int(gates), w.template data_ptr<S>(), int(in), S(0), g.x.template data_ptr<S>(),
                   int(in));
    }
    if (want_w) {
        g.w_ih = at::empty(w.sizes(), w.options());
        blas::gemm(true, false, int(gates), int(in), int(rows), S(1), dxp.template data_ptr<S>(),
                   int(gates), x.template data_ptr<S>(), int(in), S(0),
                   g.w_ih.template data_ptr<S>(), int(in));
    }
    if (want_bias)
        g.bias = sumOverSteps(dxp);
    return g;
}

}  // namespace

torch::Tensor sumOverSteps(const torch::Tensor& d) {
    const torch::Tensor c = d.contiguous();
    const int64_t cols = c.size(2), rows = c.numel() / cols;
    return c.scalar_type() == torch::kDouble
               ? columnSums(c.data_ptr<double>(), rows, cols, c.options())
               : columnSums(c.data_ptr<float>(), rows, cols, c.options());
}

torch::Tensor project(const torch::Tensor& x, const torch::Tensor& w_ih) {
    torch::Tensor xp = at::empty({x.size(0), x.size(1), w_ih.size(0)}, x.options());
    const torch::Tensor xc = x.contiguous(), wc = w_ih.contiguous();
    if (x.scalar_type() == torch::kDouble)
        projectInto<double>(xc, wc, xp);
    else
        projectInto<float>(xc, wc, xp);
    return xp;
}

ProjectionGrads projectionGrads(const torch::Tensor& dxp, const torch::Tensor& x,
                                const torch::Tensor& w_ih, bool want_x, bool want_w_ih,
                                bool want_bias) {
    const torch::Tensor d = dxp.contiguous(), xc = x.contiguous(), wc = w_ih.contiguous();
    return x.scalar_type() == torch::kDouble
               ? gradsOf<double>(d, xc, wc, want_x, want_w_ih, want_bias)
               : gradsOf<float>(d, xc, wc, want_x, want_w_ih, want_bias);
}

}  // namespace unroll

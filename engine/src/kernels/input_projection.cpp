#include "kernels/input_projection.h"

#include "kernels/blas.h"

namespace unroll {

namespace {

template <typename S>
void projectInto(const torch::Tensor& x, const torch::Tensor& w, torch::Tensor& xp) {
    const int64_t rows = x.size(0) * x.size(1), in = x.size(2), gates = w.size(0);
    blas::gemm(false, true, int(rows), int(gates), int(in), S(1), x.template data_ptr<S>(), int(in),
               w.template data_ptr<S>(), int(in), S(0), xp.template data_ptr<S>(), int(gates));
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
        g.bias = dxp.sum(at::IntArrayRef{0, 1});
    return g;
}

}  // namespace

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

// AR and TAR as two autograd nodes, each one pass over the activations forward and one backward.
// As ATen ops (pow, mean, narrow, sub and their backward passes) they cost ~5 % of an awd step:
// eight passes, two zero-filled slice gradients and a division over an expanded scalar.
//
// The gradients are ATen's bit for bit, so that seeded runs still track the PyTorch peer
// (test_recurrent_models checks it element by element): mean's backward divides the incoming
// gradient by the element count in the tensor's type, pow's multiplies that by 2·x, and the two
// slice gradients of TAR meet in one sum per element (−g_t + g_{t−1}, a zero where one is
// missing). No step here may be contracted into a fused multiply-add: the plain build has no FMA,
// and the functions carry no target that would enable it.
#include "train/rnn_regularizer.h"

#include <torch/autograd.h>

#include <vector>

#include "kernels/kernel_path.h"

namespace unroll {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::tensor_list;

// A (B, T, H) tensor read as rows of H contiguous values, one per (b, t), in any layout the
// models hand over (batch-first views of time-major memory included).
template <typename S>
struct Rows {
    S* data;
    int64_t batch, steps, width, batch_stride, step_stride;

    explicit Rows(const torch::Tensor& x)
        : data(x.data_ptr<S>()),
          batch(x.size(0)),
          steps(x.size(1)),
          width(x.size(2)),
          batch_stride(x.stride(0)),
          step_stride(x.stride(1)) {}
    S* row(int64_t b, int64_t t) const { return data + b * batch_stride + t * step_stride; }
};

// Rows need the last dimension contiguous; anything else is copied once.
torch::Tensor rowReadable(const torch::Tensor& x) {
    return x.stride(2) == 1 ? x : x.contiguous();
}

// Σ over one row, in 16 partial sums the compiler keeps in vector registers (a single running
// sum would be a chain of dependent additions, which it may not reorder).
template <typename S, typename Term>
S rowSum(int64_t width, Term term) {
    constexpr int64_t kLanes = 16;
    S lanes[kLanes] = {};
    int64_t h = 0;
    for (; h + kLanes <= width; h += kLanes)
        for (int64_t k = 0; k < kLanes; ++k)
            lanes[k] += term(h + k);
    S sum = 0;
    for (; h < width; ++h)
        sum += term(h);
    for (int64_t k = 0; k < kLanes; ++k)
        sum += lanes[k];
    return sum;
}

template <typename S>
double squareSum(const Rows<S>& x) {
    double total = 0.0;  // rows in the tensor's type, added up in double
    for (int64_t b = 0; b < x.batch; ++b)
        for (int64_t t = 0; t < x.steps; ++t) {
            const S* r = x.row(b, t);
            total +=
                static_cast<double>(rowSum<S>(x.width, [r](int64_t h) { return r[h] * r[h]; }));
        }
    return total;
}

template <typename S>
double squaredStepSum(const Rows<S>& x) {
    double total = 0.0;
    for (int64_t b = 0; b < x.batch; ++b)
        for (int64_t t = 0; t + 1 < x.steps; ++t) {
            const S *r = x.row(b, t), *next = x.row(b, t + 1);
            total += static_cast<double>(rowSum<S>(x.width, [r, next](int64_t h) {
                const S d = next[h] - r[h];
                return d * d;
            }));
        }
    return total;
}

// ∂/∂x of mean(x²), scaled by the incoming gradient g: (g / n) · (2·x).
template <typename S>
void meanSquareGrad(const Rows<S>& x, const Rows<S>& out, S g, int64_t n) {
    const S scale = g / static_cast<S>(n);
    for (int64_t b = 0; b < x.batch; ++b)
        for (int64_t t = 0; t < x.steps; ++t) {
            const S* r = x.row(b, t);
            S* o = out.row(b, t);
            for (int64_t h = 0; h < x.width; ++h)
                o[h] = scale * (S(2) * r[h]);
        }
}

// ∂/∂x_t of mean((x_{t+1} − x_t)²): with d_t = x_{t+1} − x_t and g_t = (g / n) · (2·d_t),
// −g_t + g_{t−1}, where g_{−1} and g_{T−1} are zeros.
template <typename S>
void meanSquaredStepGrad(const Rows<S>& x, const Rows<S>& out, S g, int64_t n) {
    const S scale = g / static_cast<S>(n);
    std::vector<S> before(static_cast<size_t>(x.width)), now(static_cast<size_t>(x.width));
    for (int64_t b = 0; b < x.batch; ++b) {
        std::fill(before.begin(), before.end(), S(0));
        for (int64_t t = 0; t < x.steps; ++t) {
            const S* r = x.row(b, t);
            S* o = out.row(b, t);
            if (t + 1 < x.steps) {
                const S* next = x.row(b, t + 1);
                for (int64_t h = 0; h < x.width; ++h)
                    now[size_t(h)] = scale * (S(2) * (next[h] - r[h]));
            } else {
                std::fill(now.begin(), now.end(), S(0));
            }
            for (int64_t h = 0; h < x.width; ++h)
                o[h] = -now[size_t(h)] + before[size_t(h)];
            before.swap(now);
        }
    }
}

const torch::Tensor& checked(const torch::Tensor& x) {
    TORCH_CHECK(
        x.dim() == 3 && (x.scalar_type() == torch::kFloat || x.scalar_type() == torch::kDouble),
        "AR/TAR: a (B, T, H) float32 or float64 tensor expected");
    return x;
}

template <typename F>
auto dispatch(const torch::Tensor& x, F&& f) {
    return x.scalar_type() == torch::kDouble ? f(double{}) : f(float{});
}

// mean(x²) over every element.
struct MeanSquare : torch::autograd::Function<MeanSquare> {
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x) {
        const torch::Tensor xr = rowReadable(x);
        ctx->save_for_backward({xr});
        const double sum = dispatch(xr, [&](auto s) { return squareSum(Rows<decltype(s)>(xr)); });
        return torch::scalar_tensor(sum / static_cast<double>(xr.numel()), xr.options());
    }
    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const torch::Tensor xr = ctx->get_saved_variables()[0];
        torch::Tensor out = at::empty_like(xr);
        dispatch(xr, [&](auto s) {
            using S = decltype(s);
            meanSquareGrad(Rows<S>(xr), Rows<S>(out), grads[0].item<S>(), xr.numel());
            return 0;
        });
        return {out};
    }
};

// mean((x[:, t+1] − x[:, t])²) over the batch, T − 1 steps and the units.
struct MeanSquaredStep : torch::autograd::Function<MeanSquaredStep> {
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x) {
        const torch::Tensor xr = rowReadable(x);
        ctx->save_for_backward({xr});
        const double sum =
            dispatch(xr, [&](auto s) { return squaredStepSum(Rows<decltype(s)>(xr)); });
        const int64_t n = xr.size(0) * (xr.size(1) - 1) * xr.size(2);
        return torch::scalar_tensor(sum / static_cast<double>(n), xr.options());
    }
    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const torch::Tensor xr = ctx->get_saved_variables()[0];
        torch::Tensor out = at::empty_like(xr);
        const int64_t n = xr.size(0) * (xr.size(1) - 1) * xr.size(2);
        dispatch(xr, [&](auto s) {
            using S = decltype(s);
            meanSquaredStepGrad(Rows<S>(xr), Rows<S>(out), grads[0].item<S>(), n);
            return 0;
        });
        return {out};
    }
};

// Off Unroll's kernels (a GPU): the same means in libtorch's ops, differentiated by autograd.
Regularization libtorchRegularization(const ModelOutput& out, double alpha, double beta) {
    Regularization r;
    if (alpha != 0.0 && out.dropped.defined())
        r.ar = alpha * out.dropped.pow(2).mean();
    if (beta != 0.0 && out.raw.defined() && out.raw.size(1) > 1) {
        const int64_t steps = out.raw.size(1) - 1;
        r.tar = beta * (out.raw.narrow(1, 1, steps) - out.raw.narrow(1, 0, steps)).pow(2).mean();
    }
    return r;
}

}  // namespace

Regularization rnnRegularization(const ModelOutput& out, double alpha, double beta) {
    const torch::Tensor& any = out.raw.defined() ? out.raw : out.dropped;
    if (any.defined() && !ownKernels(any))
        return libtorchRegularization(out, alpha, beta);
    Regularization r;
    if (alpha != 0.0 && out.dropped.defined())
        r.ar = alpha * MeanSquare::apply(checked(out.dropped));
    // fastai guards with len(raw) > 1, which is the batch size; the difference needs two time
    // steps, so that is what is checked here (one step would make the mean of nothing: NaN).
    if (beta != 0.0 && out.raw.defined() && out.raw.size(1) > 1)
        r.tar = beta * MeanSquaredStep::apply(checked(out.raw));
    return r;
}

}  // namespace unroll

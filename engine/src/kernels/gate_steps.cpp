// The formulas are written once, as templates over a "lanes" type: FloatLanes works on 16 floats
// at a time, DoubleLanes on one double. The templates are always inlined, so each float entry
// point, built for AVX-512, AVX2 and the baseline (UNROLL_SIMD_CLONES), gets its own code. A row
// of H values is walked in blocks of the lane width, the last block partial when H is not a
// multiple of it. Backward, per element (the kernels' headers derive it):
//   LSTM: dh' = dh + g_out;  dc' = dc + dh'·o·(1 − tanh²c)
//         da_i = dc'·g·i(1−i)   da_f = dc'·c_prev·f(1−f)   da_g = dc'·i·(1−g²)
//         da_o = dh'·tanh c·o(1−o)   dc ← dc'·f
//   GRU:  dh' = dh + g_out;  da_n = dh'(1−z)(1−n²);  da_r = da_n·p_n·r(1−r);
//         da_z = dh'(h_prev − n)·z(1−z);  dx = (da_r, da_z, da_n);  dp = (da_r, da_z, da_n·r);
//         dh ← dh'·z
#include "kernels/gate_steps.h"

#include <cmath>
#include <type_traits>

#include "kernels/simd_math.h"

namespace unroll {

namespace {

struct FloatLanes {
    using S = float;
    using V = simd::f16;
    static constexpr int64_t kWidth = simd::kLanes;
    static UNROLL_SIMD_INLINE V load(const float* p, int64_t n) { return simd::load(p, n); }
    static UNROLL_SIMD_INLINE void store(float* p, const V& v, int64_t n) { simd::store(p, v, n); }
    static UNROLL_SIMD_INLINE V sigmoid(const V& x) { return simd::sigmoid(x); }
    static UNROLL_SIMD_INLINE V tanh(const V& x) { return simd::tanh(x); }
};

struct DoubleLanes {
    using S = double;
    using V = double;
    static constexpr int64_t kWidth = 1;
    static V load(const double* p, int64_t) { return *p; }
    static void store(double* p, V v, int64_t) { *p = v; }
    static V sigmoid(V x) { return 1.0 / (1.0 + std::exp(-x)); }
    static V tanh(V x) { return std::tanh(x); }
};

// Calls body(j, w) for each block of a row of `hidden` values: w is the lane width as a
// compile-time constant for the full blocks (so loads and stores are single vector moves) and the
// remaining count, at run time, for a partial last block.
template <class L, class Body>
UNROLL_SIMD_INLINE void forEachBlock(int64_t hidden, Body&& body) {
    int64_t j = 0;
    for (; j + L::kWidth <= hidden; j += L::kWidth)
        body(j, std::integral_constant<int64_t, L::kWidth>{});
    if (j < hidden)
        body(j, hidden - j);
}

template <class L>
UNROLL_SIMD_INLINE void lstmForward(const typename L::S* xp, const typename L::S* bias,
                                    typename L::S* a, const typename L::S* c_prev, typename L::S* c,
                                    typename L::S* tanh_c, typename L::S* h,
                                    const typename L::S* tap, int64_t batch, int64_t hidden) {
    using V = typename L::V;
    for (int64_t b = 0; b < batch; ++b) {
        const typename L::S* in = xp + b * 4 * hidden;
        typename L::S* row = a + b * 4 * hidden;
        forEachBlock<L>(hidden, [&](int64_t j, auto w) UNROLL_SIMD_LAMBDA {
            const int64_t k = b * hidden + j;
            const auto pre = [&](int64_t gate) UNROLL_SIMD_LAMBDA {
                const int64_t at = gate * hidden + j;
                const V sum = L::load(in + at, w) + L::load(row + at, w);
                return bias ? sum + L::load(bias + at, w) : sum;
            };
            const V i = L::sigmoid(pre(0)), f = L::sigmoid(pre(1)), g = L::tanh(pre(2)),
                    o = L::sigmoid(pre(3));
            const V cn = f * L::load(c_prev + k, w) + i * g;
            const V tc = L::tanh(cn);
            L::store(row + j, i, w);
            L::store(row + hidden + j, f, w);
            L::store(row + 2 * hidden + j, g, w);
            L::store(row + 3 * hidden + j, o, w);
            L::store(c + k, cn, w);
            L::store(tanh_c + k, tc, w);
            const V hk = o * tc;
            L::store(h + k, tap ? hk + L::load(tap + k, w) : hk, w);
        });
    }
}

template <class L>
UNROLL_SIMD_INLINE void lstmBackward(const typename L::S* a, const typename L::S* c_prev,
                                     const typename L::S* tanh_c, const typename L::S* grad_out,
                                     const typename L::S* dh, typename L::S* dc, typename L::S* da,
                                     typename L::S* dh_total, int64_t batch, int64_t hidden) {
    using V = typename L::V;
    for (int64_t b = 0; b < batch; ++b) {
        const typename L::S* row = a + b * 4 * hidden;
        typename L::S* drow = da + b * 4 * hidden;
        forEachBlock<L>(hidden, [&](int64_t j, auto w) UNROLL_SIMD_LAMBDA {
            const int64_t k = b * hidden + j;
            const V i = L::load(row + j, w), f = L::load(row + hidden + j, w),
                    g = L::load(row + 2 * hidden + j, w), o = L::load(row + 3 * hidden + j, w);
            V dhk = L::load(dh + k, w);
            if (grad_out)
                dhk = dhk + L::load(grad_out + k, w);
            if (dh_total)
                L::store(dh_total + k, dhk, w);
            const V tc = L::load(tanh_c + k, w);
            const V dck = L::load(dc + k, w) + dhk * o * (1.0f - tc * tc);
            L::store(drow + j, dck * g * i * (1.0f - i), w);
            L::store(drow + hidden + j, dck * L::load(c_prev + k, w) * f * (1.0f - f), w);
            L::store(drow + 2 * hidden + j, dck * i * (1.0f - g * g), w);
            L::store(drow + 3 * hidden + j, dhk * tc * o * (1.0f - o), w);
            L::store(dc + k, dck * f, w);
        });
    }
}

template <class L>
UNROLL_SIMD_INLINE void gruForward(const typename L::S* xp, typename L::S* a,
                                   const typename L::S* p, const typename L::S* b_hh,
                                   typename L::S* p_n, const typename L::S* h_prev,
                                   typename L::S* h, const typename L::S* tap, int64_t batch,
                                   int64_t hidden) {
    using V = typename L::V;
    for (int64_t b = 0; b < batch; ++b) {
        const typename L::S* in = xp + b * 3 * hidden;
        typename L::S* row = a + b * 3 * hidden;
        const typename L::S* prow = p + b * 3 * hidden;
        forEachBlock<L>(hidden, [&](int64_t j, auto w) UNROLL_SIMD_LAMBDA {
            const int64_t k = b * hidden + j;
            const V r =
                L::sigmoid(L::load(in + j, w) + (L::load(prow + j, w) + L::load(b_hh + j, w)));
            const V z = L::sigmoid(L::load(in + hidden + j, w) +
                                   (L::load(prow + hidden + j, w) + L::load(b_hh + hidden + j, w)));
            const V pn = L::load(prow + 2 * hidden + j, w) + L::load(b_hh + 2 * hidden + j, w);
            const V n = L::tanh(L::load(in + 2 * hidden + j, w) + r * pn);
            L::store(row + j, r, w);
            L::store(row + hidden + j, z, w);
            L::store(row + 2 * hidden + j, n, w);
            L::store(p_n + k, pn, w);
            const V hk = (1.0f - z) * n + z * L::load(h_prev + k, w);
            L::store(h + k, tap ? hk + L::load(tap + k, w) : hk, w);
        });
    }
}

template <class L>
UNROLL_SIMD_INLINE void gruBackward(const typename L::S* a, const typename L::S* p_n,
                                    const typename L::S* h_prev, const typename L::S* grad_out,
                                    typename L::S* dh, typename L::S* dx, typename L::S* dp,
                                    typename L::S* dh_total, int64_t batch, int64_t hidden) {
    using V = typename L::V;
    for (int64_t b = 0; b < batch; ++b) {
        const typename L::S* row = a + b * 3 * hidden;
        typename L::S* dxrow = dx + b * 3 * hidden;
        typename L::S* dprow = dp + b * 3 * hidden;
        forEachBlock<L>(hidden, [&](int64_t j, auto w) UNROLL_SIMD_LAMBDA {
            const int64_t k = b * hidden + j;
            const V r = L::load(row + j, w), z = L::load(row + hidden + j, w),
                    n = L::load(row + 2 * hidden + j, w);
            V dhk = L::load(dh + k, w);
            if (grad_out)
                dhk = dhk + L::load(grad_out + k, w);
            if (dh_total)
                L::store(dh_total + k, dhk, w);
            const V dan = dhk * (1.0f - z) * (1.0f - n * n);
            const V dar = dan * L::load(p_n + k, w) * r * (1.0f - r);
            const V daz = dhk * (L::load(h_prev + k, w) - n) * z * (1.0f - z);
            L::store(dxrow + j, dar, w);
            L::store(dxrow + hidden + j, daz, w);
            L::store(dxrow + 2 * hidden + j, dan, w);
            L::store(dprow + j, dar, w);
            L::store(dprow + hidden + j, daz, w);
            L::store(dprow + 2 * hidden + j, dan * r, w);
            L::store(dh + k, dhk * z, w);
        });
    }
}

}  // namespace

UNROLL_SIMD_CLONES void lstmStepForward(const float* xp, const float* bias, float* a,
                                        const float* c_prev, float* c, float* tanh_c, float* h,
                                        const float* tap, int64_t batch, int64_t hidden) {
    lstmForward<FloatLanes>(xp, bias, a, c_prev, c, tanh_c, h, tap, batch, hidden);
}

void lstmStepForward(const double* xp, const double* bias, double* a, const double* c_prev,
                     double* c, double* tanh_c, double* h, const double* tap, int64_t batch,
                     int64_t hidden) {
    lstmForward<DoubleLanes>(xp, bias, a, c_prev, c, tanh_c, h, tap, batch, hidden);
}

UNROLL_SIMD_CLONES void lstmStepBackward(const float* a, const float* c_prev, const float* tanh_c,
                                         const float* grad_out, const float* dh, float* dc,
                                         float* da, float* dh_total, int64_t batch,
                                         int64_t hidden) {
    lstmBackward<FloatLanes>(a, c_prev, tanh_c, grad_out, dh, dc, da, dh_total, batch, hidden);
}

void lstmStepBackward(const double* a, const double* c_prev, const double* tanh_c,
                      const double* grad_out, const double* dh, double* dc, double* da,
                      double* dh_total, int64_t batch, int64_t hidden) {
    lstmBackward<DoubleLanes>(a, c_prev, tanh_c, grad_out, dh, dc, da, dh_total, batch, hidden);
}

UNROLL_SIMD_CLONES void gruStepForward(const float* xp, float* a, const float* p, const float* b_hh,
                                       float* p_n, const float* h_prev, float* h, const float* tap,
                                       int64_t batch, int64_t hidden) {
    gruForward<FloatLanes>(xp, a, p, b_hh, p_n, h_prev, h, tap, batch, hidden);
}

void gruStepForward(const double* xp, double* a, const double* p, const double* b_hh, double* p_n,
                    const double* h_prev, double* h, const double* tap, int64_t batch,
                    int64_t hidden) {
    gruForward<DoubleLanes>(xp, a, p, b_hh, p_n, h_prev, h, tap, batch, hidden);
}

UNROLL_SIMD_CLONES void gruStepBackward(const float* a, const float* p_n, const float* h_prev,
                                        const float* grad_out, float* dh, float* dx, float* dp,
                                        float* dh_total, int64_t batch, int64_t hidden) {
    gruBackward<FloatLanes>(a, p_n, h_prev, grad_out, dh, dx, dp, dh_total, batch, hidden);
}

void gruStepBackward(const double* a, const double* p_n, const double* h_prev,
                     const double* grad_out, double* dh, double* dx, double* dp, double* dh_total,
                     int64_t batch, int64_t hidden) {
    gruBackward<DoubleLanes>(a, p_n, h_prev, grad_out, dh, dx, dp, dh_total, batch, hidden);
}

}  // namespace unroll

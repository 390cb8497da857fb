// Packed layout: B's columns in panels of 32, each panel k rows of 32 floats in a row
// (panels_[(p·k + kk)·32 + j] = B(kk, 32p + j)), the last panel padded with zeros. A block of up
// to 8 rows of C times one panel keeps its 8 × 32 results in 16 AVX-512 registers across the
// whole k loop: per kk, two vector loads of B, one broadcast of A per row, two FMAs per row.
#include "kernels/step_weights.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <type_traits>

#include "kernels/blas.h"
#include "kernels/simd_math.h"

#define UNROLL_AVX512 __attribute__((target("arch=x86-64-v4")))

namespace unroll {

namespace {

constexpr int kPanel = 32;  // columns per panel: two 16-lane vectors
constexpr int kBlockRows = 8;

// The AVX-512 kernel sums in another order than BLAS, so it follows ATen's own switch: with
// ATEN_CPU_CAPABILITY=avx2 or default (CTest pins it, with OpenBLAS's core type, so that the
// PyTorch fixtures hold on any CPU) the steps call BLAS, as ATen's kernels stop at AVX2.
bool haveAvx512() {
    static const bool yes = [] {
        const char* capability = std::getenv("ATEN_CPU_CAPABILITY");
        if (capability && std::strcmp(capability, "avx512") != 0)
            return false;
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") &&
               __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq") &&
               __builtin_cpu_supports("avx512cd");
    }();
    return yes;
}

// R rows of C (at c) times one panel; `cols` of the panel's 32 columns are C's.
template <int R>
UNROLL_AVX512 inline __attribute__((always_inline)) void block(const float* a, int lda,
                                                               const float* panel, int k, float* c,
                                                               int ldc, int cols, bool accumulate) {
    // A whole panel's loads and stores are single vector moves; a partial one's, counted copies.
    const bool whole = cols == kPanel;
    const int first = std::min(cols, simd::kLanes), second = cols - first;
    const auto load = [&](const float* p, int count) UNROLL_SIMD_LAMBDA {
        return whole ? simd::load(p) : count > 0 ? simd::load(p, count) : simd::f16{};
    };
    const auto store = [&](float* p, const simd::f16& v, int count) UNROLL_SIMD_LAMBDA {
        if (whole)
            simd::store(p, v);
        else if (count > 0)
            simd::store(p, v, count);
    };
    simd::f16 acc[R][2];
    for (int r = 0; r < R; ++r) {
        acc[r][0] = accumulate ? load(c + r * ldc, first) : simd::f16{};
        acc[r][1] = accumulate ? load(c + r * ldc + simd::kLanes, second) : simd::f16{};
    }
    for (int kk = 0; kk < k; ++kk) {
        const simd::f16 b0 = simd::load(panel + kk * kPanel);
        const simd::f16 b1 = simd::load(panel + kk * kPanel + simd::kLanes);
        for (int r = 0; r < R; ++r) {
            const float x = a[r * lda + kk];
            acc[r][0] += x * b0;
            acc[r][1] += x * b1;
        }
    }
    for (int r = 0; r < R; ++r) {
        store(c + r * ldc, acc[r][0], first);
        store(c + r * ldc + simd::kLanes, acc[r][1], second);
    }
}

// The last rows, fewer than a block: block<rows> for rows in 1..R.
template <int R>
UNROLL_AVX512 inline __attribute__((always_inline)) void tail(int rows, const float* a, int lda,
                                                              const float* panel, int k, float* c,
                                                              int ldc, int cols, bool accumulate) {
    if constexpr (R > 0) {
        if (rows == R)
            block<R>(a, lda, panel, k, c, ldc, cols, accumulate);
        else
            tail<R - 1>(rows, a, lda, panel, k, c, ldc, cols, accumulate);
    }
}

UNROLL_AVX512 void multiplyPacked(int m, const float* a, int lda, const float* panels, int k, int n,
                                  float* c, int ldc, bool accumulate) {
    for (int p = 0; p * kPanel < n; ++p) {
        const float* panel = panels + static_cast<size_t>(p) * k * kPanel;
        const int cols = std::min(kPanel, n - p * kPanel);
        float* cp = c + p * kPanel;
        int r = 0;
        for (; r + kBlockRows <= m; r += kBlockRows)
            block<kBlockRows>(a + r * lda, lda, panel, k, cp + r * ldc, ldc, cols, accumulate);
        tail<kBlockRows - 1>(m - r, a + r * lda, lda, panel, k, cp + r * ldc, ldc, cols,
                             accumulate);
    }
}

}  // namespace

template <typename S>
StepWeights<S>::StepWeights(const S* w, int k, int n, bool transposed)
    : w_(w), k_(k), n_(n), transposed_(transposed) {
    if constexpr (std::is_same_v<S, float>) {
        if (!haveAvx512())
            return;
        const int count = (n + kPanel - 1) / kPanel;
        panels_.assign(static_cast<size_t>(count) * k * kPanel, 0.0f);  // zeros past column n
        // Each loop order reads w along its rows; the writes land in one panel (k · kPanel
        // floats), which stays in L1. Read down w's columns, the transposed copy was 1 % of an
        // awd step.
        for (int p = 0; p < count; ++p) {
            float* panel = panels_.data() + static_cast<size_t>(p) * k * kPanel;
            const int width = std::min(kPanel, n - p * kPanel);
            if (transposed) {
                for (int j = 0; j < width; ++j) {
                    const float* row = w + static_cast<size_t>(p * kPanel + j) * k;
                    for (int kk = 0; kk < k; ++kk)
                        panel[static_cast<size_t>(kk) * kPanel + j] = row[kk];
                }
            } else {
                for (int kk = 0; kk < k; ++kk) {
                    const float* row = w + static_cast<size_t>(kk) * n + p * kPanel;
                    for (int j = 0; j < width; ++j)
                        panel[static_cast<size_t>(kk) * kPanel + j] = row[j];
                }
            }
        }
    }
}

template <typename S>
void StepWeights<S>::multiply(int m, const S* a, int lda, S* c, int ldc, bool accumulate) const {
    if constexpr (std::is_same_v<S, float>)
        if (!panels_.empty())
            return multiplyPacked(m, a, lda, panels_.data(), k_, n_, c, ldc, accumulate);
    blas::gemm(false, transposed_, m, n_, k_, S(1), a, lda, w_, transposed_ ? k_ : n_,
               accumulate ? S(1) : S(0), c, ldc);
}

template class StepWeights<float>;
template class StepWeights<double>;

}  // namespace unroll

// Throughput of Unroll's per-step product on packed weights (kernels/step_weights.h) for one
// shape, so that bench/gemm_limit.py can count the faster of it and libtorch's mm as the limit on
// the recurrent shape: C (m × n) = A (m × k) · Wᵀ, W (n × k) packed once, as the forward step.
//   unroll-bench-step-gemm M K N   →   {"m": M, "k": K, "n": N, "gflops": ...}
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "kernels/step_weights.h"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s M K N\n", argv[0]);
        return 2;
    }
    const int m = std::atoi(argv[1]), k = std::atoi(argv[2]), n = std::atoi(argv[3]);
    if (m <= 0 || k <= 0 || n <= 0) {
        std::fprintf(stderr, "M, K and N must be positive integers\n");
        return 2;
    }
    std::vector<float> a(size_t(m) * k), w(size_t(n) * k), c(size_t(m) * n);
    for (size_t i = 0; i < a.size(); ++i)
        a[i] = float(i % 97) / 97.0f - 0.5f;
    for (size_t i = 0; i < w.size(); ++i)
        w[i] = float(i % 89) / 89.0f - 0.5f;
    const unroll::StepWeights<float> packed(w.data(), k, n, true);
    const double flops = 2.0 * m * k * n;
    const int reps = std::max(20, int(2e9 / flops));
    for (int i = 0; i < 5; ++i)
        packed.multiply(m, a.data(), k, c.data(), n, false);
    double best = 1e30;
    for (int round = 0; round < 3; ++round) {
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < reps; ++i)
            packed.multiply(m, a.data(), k, c.data(), n, false);
        const double s =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / reps;
        best = std::min(best, s);
    }
    std::printf("{\"m\": %d, \"k\": %d, \"n\": %d, \"gflops\": %.1f}\n", m, k, n,
                flops / best / 1e9);
    return 0;
}

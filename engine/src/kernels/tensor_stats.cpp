#include "kernels/tensor_stats.h"

#include <cmath>

#include "kernels/kernel_path.h"

namespace unroll {

namespace {

// Σ x² in double, max |x| and "all finite" of `x` on its device, as three scalars to stack.
std::vector<torch::Tensor> reductions(const torch::Tensor& x) {
    if (x.numel() == 0) {
        const torch::Tensor zero = torch::zeros({}, x.options().dtype(torch::kDouble));
        return {zero, zero, zero + 1};
    }
    return {x.square().sum(torch::kDouble), x.abs().max().to(torch::kDouble),
            torch::isfinite(x).all().to(torch::kDouble)};
}

SumOfSquares fromHost(const double* v) {
    return {v[0], static_cast<float>(v[1]), v[2] != 0.0};
}

}  // namespace

torch::Tensor hostFloats(const torch::Tensor& t) {
    // Unroll's kernels' memory as it is; the statistics do not depend on element order.
    return ownKernels(t) && t.is_non_overlapping_and_dense() && t.scalar_type() == torch::kFloat
               ? t
               : t.detach().to(torch::kCPU, torch::kFloat).contiguous();
}

SumOfSquares squaresOf(const torch::Tensor& t) {
    if (ownKernels(t)) {
        const torch::Tensor d = hostFloats(t);
        return sumOfSquares(d.data_ptr<float>(), d.numel());
    }
    const torch::Tensor host = torch::stack(reductions(t.detach().to(torch::kFloat))).cpu();
    return fromHost(host.data_ptr<double>());
}

std::vector<SumOfSquares> segmentSquares(const torch::Tensor& flat,
                                         const std::vector<Segment>& segments) {
    std::vector<SumOfSquares> out;
    if (ownKernels(flat)) {
        const float* x = flat.data_ptr<float>();
        for (const Segment& s : segments)
            out.push_back(sumOfSquares(x + s.offset, s.numel));
        return out;
    }
    std::vector<torch::Tensor> parts;
    for (const Segment& s : segments)
        for (torch::Tensor& r : reductions(flat.narrow(0, s.offset, s.numel)))
            parts.push_back(std::move(r));
    if (parts.empty())
        return out;
    const torch::Tensor host = torch::stack(parts).cpu();
    for (size_t i = 0; i < segments.size(); ++i)
        out.push_back(fromHost(host.data_ptr<double>() + 3 * i));
    return out;
}

std::vector<DeltaNorms> segmentDeltaNorms(const torch::Tensor& a, const torch::Tensor& b,
                                          const std::vector<Segment>& segments) {
    std::vector<DeltaNorms> out;
    if (ownKernels(a)) {
        for (const Segment& s : segments)
            out.push_back(deltaNorms(a.data_ptr<float>() + s.offset, b.data_ptr<float>() + s.offset,
                                     s.numel));
        return out;
    }
    std::vector<torch::Tensor> parts;
    for (const Segment& s : segments) {
        const torch::Tensor x = a.narrow(0, s.offset, s.numel);
        parts.push_back((x - b.narrow(0, s.offset, s.numel)).square().sum(torch::kDouble));
        parts.push_back(x.square().sum(torch::kDouble));
    }
    if (parts.empty())
        return out;
    const torch::Tensor host = torch::stack(parts).cpu();
    const double* v = host.data_ptr<double>();
    for (size_t i = 0; i < segments.size(); ++i)
        out.push_back({std::sqrt(v[2 * i]), std::sqrt(v[2 * i + 1])});
    return out;
}

int64_t firstNonFiniteBlock(const torch::Tensor& t, int64_t blocks) {
    const torch::Tensor d = t.detach().contiguous();
    if (ownKernels(d))
        return firstNonFiniteBlock(d.data_ptr<float>(), blocks, d.numel() / blocks);
    const torch::Tensor bad = torch::isfinite(d.view({blocks, -1})).logical_not().any(1);
    const torch::Tensor first = bad.nonzero();
    return first.numel() ? first[0][0].item<int64_t>() : -1;
}

}  // namespace unroll

// Dropout masks drawn from the same random stream as ATen's mask.bernoulli_(keep, gen), value for
// value, several times faster: LM7's output dropout draws 65,536 of them every step, and ATen's
// element-by-element path took 12 % of the step (profiled, bench/RESULTS.md, issue #18). Seeded
// runs keep their masks, and PyTorch's: the peer drops the same units.
#pragma once

#include <ATen/core/Generator.h>

#include <cstdint>

namespace unroll {

// out[i] = kept with probability `keep`, else 0, for i in [0, n), in bernoulli_'s order; the
// generator (libtorch's global one when undefined) advances exactly as bernoulli_ advances it.
void bernoulliMask(float* out, int64_t n, double keep, float kept, const at::Generator& gen);

}  // namespace unroll

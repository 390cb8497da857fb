// ATen's CPU path for mask.bernoulli_(keep, gen) (without MKL, as Debian builds it) draws, per
// element in order, a double u = (r64 & (2^53 − 1)) · 2^−53 from r64 = (first << 32) | second of
// two 32-bit words of the generator's MT19937, and writes u < keep. Here the same words come from
// the same engine state (at::mt19937's layout and its refill rule, ATen/core/MT19937RNGEngine.h),
// but 16 at a time: the state refill and the tempering are vector loops, and u < keep becomes the
// integer test (r64 & (2^53 − 1)) < ⌈keep · 2^53⌉, exact because scaling by 2^53 is. The engine
// state is written back, so the generator goes on exactly where bernoulli_ would have left it.
#include "kernels/bernoulli_mask.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>

#include "kernels/simd_math.h"

namespace unroll {

namespace {

constexpr int kN = 624, kM = 397;  // MT19937's state size and shift
constexpr uint32_t kMatrixA = 0x9908b0df, kUpper = 0x80000000, kLower = 0x7fffffff;

typedef uint32_t u32x16 __attribute__((vector_size(64)));
typedef uint64_t u64x8 __attribute__((vector_size(64)));
typedef int32_t i32x8 __attribute__((vector_size(32)));
typedef float f32x8 __attribute__((vector_size(32)));

template <class V>
UNROLL_SIMD_INLINE V twist(const V& u, const V& v) {
    return (((u & kUpper) | (v & kLower)) >> 1) ^ ((V{} - (v & 1u)) & kMatrixA);
}

template <class V>
UNROLL_SIMD_INLINE V temper(V y) {
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

UNROLL_SIMD_INLINE u32x16 load16(const uint32_t* p) {
    u32x16 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// at::mt19937's next_state(), the first 227 and the next 396 words 16 at a time: each new word
// reads the old words at i and i + 1 and, 397 ahead, an old one (first part) or one already
// renewed 227 behind (second part), so 16 consecutive words never depend on each other.
UNROLL_SIMD_INLINE void refill(at::mt19937_data_pod& d) {
    uint32_t* s = d.state_.data();
    int i = 0;
    for (; i + 16 <= kN - kM; i += 16) {
        const u32x16 w = load16(s + i + kM) ^ twist(load16(s + i), load16(s + i + 1));
        std::memcpy(s + i, &w, sizeof w);
    }
    for (; i < kN - kM; ++i)
        s[i] = s[i + kM] ^ twist(s[i], s[i + 1]);
    for (; i + 16 <= kN - 1; i += 16) {
        const u32x16 w = load16(s + i + kM - kN) ^ twist(load16(s + i), load16(s + i + 1));
        std::memcpy(s + i, &w, sizeof w);
    }
    for (; i < kN - 1; ++i)
        s[i] = s[i + kM - kN] ^ twist(s[i], s[i + 1]);
    s[kN - 1] = s[kM - 1] ^ twist(s[kN - 1], s[0]);
    d.left_ = kN;
    d.next_ = 0;
}

// The next `count` tempered words, as at::mt19937::operator() would return them one by one: a
// call first counts down left_ and refills the state when it reaches 0 (then that call reads
// word 0 and leaves left_ at 624), and reads state_[next_++].
UNROLL_SIMD_INLINE void words(at::mt19937_data_pod& d, uint32_t* out, int64_t count) {
    while (count > 0) {
        int64_t take;
        if (d.left_ == 1) {
            refill(d);
            take = std::min<int64_t>(count, kN);
            d.left_ = static_cast<int>(kN - (take - 1));
        } else {
            take = std::min<int64_t>(count, d.left_ - 1);
            d.left_ -= static_cast<int>(take);
        }
        const uint32_t* s = d.state_.data() + d.next_;
        int64_t j = 0;
        for (; j + 16 <= take; j += 16) {
            const u32x16 w = temper(load16(s + j));
            std::memcpy(out + j, &w, sizeof w);
        }
        for (; j < take; ++j)
            out[j] = temper(s[j]);
        d.next_ += static_cast<uint32_t>(take);
        out += take;
        count -= take;
    }
}

UNROLL_SIMD_CLONES void drawMask(float* out, int64_t n, uint64_t threshold, float kept,
                                 at::mt19937_data_pod& d) {
    constexpr uint64_t kMask53 = (uint64_t(1) << 53) - 1;
    constexpr int64_t kChunk = 1024;  // elements per pass: 8 KiB of words, in L1
    uint32_t buffer[2 * kChunk];
    int32_t kept_bits;
    std::memcpy(&kept_bits, &kept, sizeof kept_bits);
    for (int64_t start = 0; start < n; start += kChunk) {
        const int64_t m = std::min(kChunk, n - start);
        words(d, buffer, 2 * m);
        float* o = out + start;
        int64_t i = 0;
        for (; i + 8 <= m; i += 8) {
            u64x8 pair;  // little-endian: each lane holds (second << 32) | first
            std::memcpy(&pair, buffer + 2 * i, sizeof pair);
            const u64x8 r64 = (pair << 32) | (pair >> 32);
            const auto keep = __builtin_convertvector((r64 & kMask53) < threshold, i32x8);
            const f32x8 v = reinterpret_cast<f32x8>(keep & kept_bits);
            std::memcpy(o + i, &v, sizeof v);
        }
        for (; i < m; ++i) {
            const uint64_t r64 = (uint64_t(buffer[2 * i]) << 32) | buffer[2 * i + 1];
            o[i] = (r64 & kMask53) < threshold ? kept : 0.0f;
        }
    }
}

}  // namespace

void bernoulliMask(float* out, int64_t n, double keep, float kept, const at::Generator& gen) {
    auto* g = at::check_generator<at::CPUGeneratorImpl>(
        gen.defined() ? gen : at::detail::getDefaultCPUGenerator());
    // u < keep  ⇔  u · 2^53 < keep · 2^53  ⇔  (integer) u · 2^53 < ⌈keep · 2^53⌉.
    const double scaled = std::ldexp(keep, 53);
    const uint64_t threshold = scaled <= 0.0 ? 0
                               : scaled >= std::ldexp(1.0, 53)
                                   ? uint64_t(1) << 53
                                   : static_cast<uint64_t>(std::ceil(scaled));
    std::lock_guard<std::mutex> lock(g->mutex_);
    at::mt19937 engine = g->engine();
    at::mt19937_data_pod d = engine.data();
    drawMask(out, n, threshold, kept, d);
    engine.set_data(d);
    g->set_engine(engine);
}

}  // namespace unroll

// Element-by-element comparison with a stated tolerance, keeping the largest difference and where
// it was, so that a test can print how close it came and say exactly what failed.
//
// A value passes when |mine − ref| ≤ abs + rel·|ref|: `abs` covers values near zero, where
// float rounding is absolute; `rel` covers large values, where it scales with the magnitude.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdio>
#include <string>
#include <type_traits>
#include <vector>

namespace unroll::test {

struct Tolerance {
    double abs = 0.0;
    double rel = 0.0;
};

class Elementwise {
public:
    explicit Elementwise(Tolerance tol) : tol_(tol) {}

    // Compares one value; `where()` names it, called only when it is the worst so far.
    template <class Where, class = std::enable_if_t<std::is_invocable_v<Where>>>
    void value(double mine, double ref, Where&& where) {
        const double diff = std::isnan(mine) || std::isnan(ref) ? INFINITY : std::abs(mine - ref);
        const double allowed = tol_.abs + tol_.rel * std::abs(ref);
        const double share = allowed > 0 ? diff / allowed : (diff > 0 ? INFINITY : 0.0);
        ++count_;
        if (diff > max_diff_)
            max_diff_ = diff;
        if (share > worst_share_ || (worst_.empty() && share > 0)) {
            worst_share_ = share;
            worst_ = where() + ": " + format(mine) + " vs " + format(ref);
        }
        if (share > 1.0)
            ++failures_;
    }
    void value(double mine, double ref, const std::string& where) {
        value(mine, ref, [&] { return where; });
    }

    // Compares two arrays of the same length (a length mismatch fails by itself).
    template <class A, class B>
    void array(const A& mine, const B& ref, const std::string& name) {
        if (mine.size() != ref.size()) {
            ++failures_;
            worst_share_ = INFINITY;
            worst_ = name + ": " + std::to_string(mine.size()) + " values vs " +
                     std::to_string(ref.size());
            return;
        }
        for (size_t i = 0; i < mine.size(); ++i)
            value(double(mine[i]), double(ref[i]),
                  [&] { return name + "[" + std::to_string(i) + "]"; });
    }

    bool ok() const { return failures_ == 0; }
    size_t count() const { return count_; }
    size_t failures() const { return failures_; }
    double maxDiff() const { return max_diff_; }
    // "max |Δ| 3.1e-07 (rnn.weight_hh_l0[12]: ... vs ...), 0 of 5342 over abs 1e-06 + rel 1e-05"
    std::string summary() const {
        char head[160];
        std::snprintf(head, sizeof head, "max |diff| %.3g, %zu of %zu over abs %.0e + rel %.0e",
                      max_diff_, failures_, count_, tol_.abs, tol_.rel);
        return std::string(head) + (worst_.empty() ? "" : "; closest to the limit: " + worst_);
    }

private:
    static std::string format(double v) {
        char s[32];
        std::snprintf(s, sizeof s, "%.9g", v);
        return s;
    }

    Tolerance tol_;
    size_t count_ = 0;
    size_t failures_ = 0;
    double max_diff_ = 0.0;
    double worst_share_ = 0.0;
    std::string worst_;
};

}  // namespace unroll::test

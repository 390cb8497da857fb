// The one-line progress bar shown on a terminal while an epoch trains.
#pragma once

#include <chrono>
#include <cstdio>

#include "unroll/trainer.h"

namespace unroll::cli {

class ProgressBar {
public:
    // Draws only when `stream` is a terminal; otherwise every call is a no-op.
    explicit ProgressBar(std::FILE* stream);
    void update(const StepMetrics& step, int epochs);
    void clear();

private:
    std::FILE* stream_;
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point last_draw_{};
    std::chrono::steady_clock::time_point epoch_start_{};
};

}  // namespace unroll::cli

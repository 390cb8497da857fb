#include "progress_bar.h"

#include <unistd.h>

#include <string>

namespace unroll::cli {

namespace {

constexpr int kBarWidth = 30;
// Redraw at most this often: a terminal write per step would cost more than a small model's step.
constexpr std::chrono::milliseconds kRedrawInterval(100);

std::string clock(double seconds) {
    const int s = static_cast<int>(seconds + 0.5);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d", s / 60, s % 60);
    return buf;
}

}  // namespace

ProgressBar::ProgressBar(std::FILE* stream)
    : stream_(stream), enabled_(::isatty(::fileno(stream)) == 1) {}

void ProgressBar::update(const StepMetrics& step, int epochs) {
    if (!enabled_)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (step.batch == 0)
        epoch_start_ = now;
    if (!step.last_in_epoch && now - last_draw_ < kRedrawInterval)
        return;
    last_draw_ = now;
    const int done = step.batch + 1;
    const int filled = kBarWidth * done / step.batches_per_epoch;
    const double elapsed = std::chrono::duration<double>(now - epoch_start_).count();
    const double eta = elapsed / done * (step.batches_per_epoch - done);
    std::string bar(static_cast<size_t>(filled), '#');
    bar.resize(kBarWidth, '.');
    std::fprintf(stream_, "\r\033[Kepoch %d/%d [%s] %d/%d  loss %.4f  |grad| %.3g  lr %.2e  %s<%s",
                 step.epoch + 1, epochs, bar.c_str(), done, step.batches_per_epoch,
                 step.smooth_loss, step.grad_norm, step.lr, clock(elapsed).c_str(),
                 clock(eta).c_str());
    std::fflush(stream_);
    drawn_ = true;
}

void ProgressBar::clear() {
    if (!drawn_)
        return;
    std::fprintf(stream_, "\r\033[K");
    std::fflush(stream_);
    drawn_ = false;
}

}  // namespace unroll::cli

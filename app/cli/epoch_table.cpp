#include "epoch_table.h"

namespace unroll::cli {

void printEpochHeader(std::FILE* out) {
    std::fprintf(out, "%-6s %-11s %-11s %-10s %-11s %s\n", "epoch", "train_loss", "valid_loss",
                 "accuracy", "perplexity", "time");
    std::fflush(out);
}

void printEpochRow(std::FILE* out, const EpochMetrics& e) {
    const int s = static_cast<int>(e.train_seconds + e.valid_seconds + 0.5);
    std::fprintf(out, "%-6d %-11.6f %-11.6f %-10.6f %-11.4f %02d:%02d\n", e.epoch, e.train_loss,
                 e.valid_loss, e.valid_accuracy, e.perplexity, s / 60, s % 60);
    std::fflush(out);
}

}  // namespace unroll::cli

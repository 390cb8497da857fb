#include "io/json_fields.h"

#include <ctime>

namespace unroll {

nlohmann::ordered_json epochJson(const EpochMetrics& e) {
    return {{"epoch", e.epoch},
            {"train_loss", e.train_loss},
            {"train_loss_mean", e.train_loss_mean},
            {"valid_loss", e.valid_loss},
            {"accuracy", e.valid_accuracy},
            {"perplexity", e.perplexity},
            {"train_seconds", e.train_seconds},
            {"valid_seconds", e.valid_seconds},
            {"train_tokens", e.train_tokens}};
}

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

}  // namespace unroll

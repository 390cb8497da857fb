// Pieces of JSON that the run log and checkpoints both write.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "unroll/trainer.h"

namespace unroll {

// An epoch's metrics, with the field names docs/runlog.md documents.
nlohmann::ordered_json epochJson(const EpochMetrics& e);

// Now, as "2026-11-28T19:25:15Z".
std::string utcNow();

}  // namespace unroll

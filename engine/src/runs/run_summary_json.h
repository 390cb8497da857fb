// run.json: a run's summary as the run store writes and reads it.
#pragma once

#include <nlohmann/json.hpp>

#include "unroll/run_store.h"

namespace unroll {

nlohmann::ordered_json summaryJson(const RunSummary& s);
// Fills what `j` holds into `s` (fields it lacks are left as they are). Throws
// nlohmann::json::exception for a field of the wrong type.
void readSummaryJson(const nlohmann::json& j, RunSummary& s);

}  // namespace unroll

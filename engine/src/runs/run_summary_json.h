// run.json: a run's summary as the run store writes and reads it.
#pragma once

#include <nlohmann/json.hpp>

#include "unroll/run_store.h"

namespace unroll {

nlohmann::ordered_json summaryJson(const RunSummary& s);
// The most epochs a run can have (the schema's limit on `epochs`).
constexpr std::int64_t kMaxEpochs = 100000;

// Fills what `j` holds into `s` (fields it lacks are left as they are). run.json is untrusted:
// a field of the wrong type or out of its range throws json_checks::BadField and leaves `s`
// unchanged.
void readSummaryJson(const nlohmann::json& j, RunSummary& s);

}  // namespace unroll

// run.json: a run's summary as the run store writes and reads it.
#pragma once

#include <nlohmann/json.hpp>

#include "unroll/config.h"
#include "unroll/run_store.h"

namespace unroll {

nlohmann::ordered_json summaryJson(const RunSummary& s);
// Fills what `j` holds into `s` (fields it lacks are left as they are). run.json is untrusted:
// a field of the wrong type or out of its range throws json_checks::BadField and leaves `s`
// unchanged.
void readSummaryJson(const nlohmann::json& j, RunSummary& s);

}  // namespace unroll

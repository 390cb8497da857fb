// One paragraph on what a configuration trains on: the corpus, the data layout and the batches,
// computed the way the trainer will lay them out.
#pragma once

#include <QString>

#include "unroll/config.h"

namespace unroll {

// For the built-in corpus, the exact layout; for a file, what will happen when the run starts
// (the file is read then, not on every keystroke).
QString layoutSummary(const Config& config);

}  // namespace unroll

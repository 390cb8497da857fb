// The per-epoch table, laid out as fastai prints it.
#pragma once

#include <cstdio>

#include "unroll/trainer.h"

namespace unroll::cli {

void printEpochHeader(std::FILE* out);
void printEpochRow(std::FILE* out, const EpochMetrics& epoch);

}  // namespace unroll::cli

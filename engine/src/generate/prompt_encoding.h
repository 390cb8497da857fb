// A prompt as token ids of a run's corpus.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "unroll/corpus.h"
#include "unroll/generate.h"

namespace unroll {

// The prompt as the corpus's tokens: its vocabulary's words or characters, or the pieces of its
// subword model. Throws PromptError naming the words or characters the vocabulary lacks, for
// invalid UTF-8, and for an empty prompt.
std::vector<std::int32_t> encodePrompt(const std::string& prompt, const Corpus& corpus);

}  // namespace unroll

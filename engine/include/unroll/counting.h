// The counting check for Human Numbers: a model that has learned the data set continues
// "... one thousand two hundred forty three ." with "one thousand two hundred forty four .".
// Split generated text at the dots, read each part back as a number, and count how many are
// exactly one more than the number before.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "unroll/config.h"
#include "unroll/generate.h"

namespace unroll {

// "one thousand two hundred forty three" -> 1243; nullopt unless the words are exactly how the
// data set writes a number from 1 to 9999.
std::optional<int> wordsToNumber(const std::vector<std::string>& words);

struct CountingCheck {
    std::vector<std::optional<int>>
        numbers;         // each complete part, in order (nullopt: not a number)
    int checked = 0;     // numbers the model finished (not the first): each against its predecessor
    int successors = 0;  // ... and found to be exactly one more
    double score() const { return checked > 0 ? static_cast<double>(successors) / checked : 0.0; }
};

// `tokens`: the prompt and the generated words, in order. A last part not closed by "." was cut
// off by the token limit and is not counted. Only numbers the model finished are checked: those
// whose closing "." is at `first_generated` or later (the prompt's own numbers are the person's,
// and a long prompt of them would otherwise decide the score); the prompt's last number is still
// the first one's predecessor.
CountingCheck countingCheck(const std::vector<std::string>& tokens, size_t first_generated = 0);
// The check of a generation: its prompt (ids of `vocab`) followed by what was generated, as the
// text they spell (words, characters or subword pieces alike).
CountingCheck countingCheck(const Generation& generation, const std::vector<std::string>& vocab);
// Whether a run's text has the check's right answer: Human Numbers, as any kind of token.
bool countingApplies(const Config& config);

}  // namespace unroll

// Text generation: encode a prompt with the run's vocabulary, warm the hidden state on it, then
// sample one token at a time — greedy, or with temperature, top-k and top-p — reporting each
// step's most likely candidates.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "unroll/config.h"
#include "unroll/message.h"

namespace unroll {

struct SamplingOptions {
    int max_tokens = 20;
    double temperature = 1.0;  // 0 = greedy (always the most likely token)
    int top_k = 0;             // sample among the k most likely only (0 = all)
    double top_p = 1.0;        // ... among the smallest set holding this much probability
    std::uint64_t seed = 0;
    int candidates = 5;  // how many of the most likely tokens each step reports
};

struct TokenChoice {
    std::int32_t id = 0;
    std::string token;
    double probability = 0.0;  // under the model (temperature 1), before any filtering
};

struct GeneratedToken {
    TokenChoice chosen;
    std::vector<TokenChoice> top;  // the most likely next tokens at this step, best first
};

struct Generation {
    std::vector<std::int32_t> prompt;
    std::vector<GeneratedToken> tokens;
    std::string separator = " ";  // between tokens: a space for words, nothing for characters
    std::string word_marker;      // subwords: the piece prefix that stands for a space ("▁")
    std::string text() const;     // the generated tokens as text
};

// Words of the prompt that are not in the vocabulary.
class PromptError : public UserError {
public:
    explicit PromptError(Message message, std::vector<std::string> unknown = {})
        : UserError(std::move(message)), unknown_(std::move(unknown)) {}
    const std::vector<std::string>& unknown() const { return unknown_; }

private:
    std::vector<std::string> unknown_;
};

// The sampling options as settings of the schema's kind (unroll/config.h): their keys
// ("temperature"), ranges and messages, for the window's controls and the CLI's flags alike.
const std::vector<SettingSpec>& samplingSchema();
// Every option out of its range (NaN included) as one ConfigError, worded as the schema words a
// setting's ("temperature = nan is out of range: allowed 0 to 100").
void checkSampling(const SamplingOptions& options);
// Sets the option `key` from text, as --set does a setting. Throws ConfigError.
void setSamplingOption(SamplingOptions& options, const std::string& key, const std::string& text);

// The sampling rule alone, on one distribution (probabilities summing to 1): greedy when
// temperature is 0, else probabilities ∝ p^(1/temperature), cut to the top_k most likely and to
// the smallest set reaching top_p, then one draw with `uniform` in [0, 1). Returns the index.
std::int32_t sampleIndex(const std::vector<double>& probabilities, const SamplingOptions& options,
                         double uniform);

}  // namespace unroll

#include "unroll/counting.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "unroll/corpus.h"

namespace unroll {

std::optional<int> wordsToNumber(const std::vector<std::string>& words) {
    static const std::map<std::string, int> values = {
        {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
        {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
        {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
        {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
        {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
        {"eighty", 80},  {"ninety", 90}};
    if (words.empty())
        return std::nullopt;
    int total = 0, current = 0;
    std::string text;
    for (const std::string& w : words) {
        text += (text.empty() ? "" : " ") + w;
        if (w == "thousand") {
            total += current * 1000;
            current = 0;
        } else if (w == "hundred") {
            current *= 100;
        } else if (auto it = values.find(w); it != values.end()) {
            current += it->second;
        } else {
            return std::nullopt;
        }
    }
    const int n = total + current;
    // Accept only the data set's own spelling ("one hundred one", never "hundred one").
    if (n < 1 || n > 9999 || numberToWords(n) != text)
        return std::nullopt;
    return n;
}

CountingCheck countingCheck(const std::vector<std::string>& tokens, size_t first_generated) {
    CountingCheck c;
    std::vector<std::string> part;
    size_t from_prompt = 0;  // numbers closed inside the prompt
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i] != ".") {
            part.push_back(tokens[i]);
            continue;
        }
        if (!part.empty()) {
            c.numbers.push_back(wordsToNumber(part));
            if (i < first_generated)
                ++from_prompt;
        }
        part.clear();
    }
    for (size_t i = std::max<size_t>(1, from_prompt); i < c.numbers.size(); ++i) {
        ++c.checked;
        if (c.numbers[i] && c.numbers[i - 1] && *c.numbers[i] == *c.numbers[i - 1] + 1)
            ++c.successors;
    }
    return c;
}

CountingCheck countingCheck(const Generation& generation, const std::vector<std::string>& vocab) {
    // Words, characters or subword pieces: the text they spell, read back as words.
    std::vector<std::string> tokens;
    for (std::int32_t id : generation.prompt)
        if (id >= 0 && id < static_cast<std::int32_t>(vocab.size()))
            tokens.push_back(vocab[static_cast<size_t>(id)]);
    const auto prompt_tokens = static_cast<std::ptrdiff_t>(tokens.size());
    for (const GeneratedToken& t : generation.tokens)
        tokens.push_back(t.chosen.token);
    const auto wordsOf = [&](const std::vector<std::string>& t) {
        std::vector<std::string> words;
        std::istringstream in(joinTokens(t, generation.separator, generation.word_marker));
        for (std::string w; in >> w;)
            words.push_back(w);
        return words;
    };
    const size_t prompt_words =
        wordsOf(std::vector<std::string>(tokens.begin(), tokens.begin() + prompt_tokens)).size();
    return countingCheck(wordsOf(tokens), prompt_words);
}

bool countingApplies(const Config& config) {
    // Whatever the tokens, the text is the data set's: the check reads it back as words.
    return config.get(settings::corpus) == kHumanNumbersSource;
}

}  // namespace unroll

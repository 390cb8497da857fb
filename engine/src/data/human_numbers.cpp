// Human Numbers, generated exactly as the book's train.txt and valid.txt: the integers 1..7999
// and 8001..9999 in English words (8000 is in neither file), lower case, no "and", no hyphens.
#include <stdexcept>
#include <string>

#include "unroll/corpus.h"

namespace unroll {

namespace {

const char* const kOnes[] = {"",        "one",     "two",       "three",    "four",
                             "five",    "six",     "seven",     "eight",    "nine",
                             "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                             "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const char* const kTens[] = {"",      "",      "twenty",  "thirty", "forty",
                             "fifty", "sixty", "seventy", "eighty", "ninety"};

constexpr int kLastTrainNumber = 7999;
constexpr int kFirstValidNumber = 8001;
constexpr int kLastNumber = 9999;

void append(std::string& out, const char* word) {
    if (!out.empty())
        out += ' ';
    out += word;
}

}  // namespace

std::string numberToWords(int n) {
    if (n < 1 || n > kLastNumber)
        throw std::out_of_range("numberToWords: " + std::to_string(n) + " is outside 1..9999");
    std::string out;
    if (n >= 1000) {
        append(out, kOnes[n / 1000]);
        append(out, "thousand");
        n %= 1000;
    }
    if (n >= 100) {
        append(out, kOnes[n / 100]);
        append(out, "hundred");
        n %= 100;
    }
    if (n >= 20) {
        append(out, kTens[n / 10]);
        n %= 10;
    }
    if (n > 0)
        append(out, kOnes[n]);
    return out;
}

std::vector<std::string> humanNumbersLines() {
    std::vector<std::string> lines;
    lines.reserve(kLastNumber - 1);
    for (int n = 1; n <= kLastTrainNumber; ++n)
        lines.push_back(numberToWords(n));
    for (int n = kFirstValidNumber; n <= kLastNumber; ++n)
        lines.push_back(numberToWords(n));
    return lines;
}

Corpus humanNumbersCorpus() {
    Corpus corpus = tokenizeWords(humanNumbersLines(), LineBreak::Dot);
    corpus.name = "Human Numbers";
    corpus.source = kHumanNumbersSource;
    return corpus;
}

}  // namespace unroll

// The text readers' corpora replayed as a plain test of the normal build (AddressSanitizer and
// UBSan), with every truncation of each seed and 10,000 seeded mutations of them: bytes flipped,
// digits and signs inserted (numbers out of range are what these readers must survive), lines
// cut and repeated. A crash, a sanitizer report or a broken invariant fails the test.
//   text_fuzz_replay config|runs CORPUS_DIR
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "text_inputs.h"

namespace {

constexpr int kMutations = 10000;

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// One random edit of the kinds that make JSON lie rather than break.
void mutate(std::string& bytes, std::mt19937_64& random) {
    static const char* const kPieces[] = {"1e308",   "-1",   "9999999999999999999",
                                          "NaN",     "null", "\"\"",
                                          "[]",      "{}",   "\n",
                                          "\\u0000", "0.5",  "\x1b[2J"};
    if (bytes.empty()) {
        bytes = kPieces[random() % 12];
        return;
    }
    const size_t at = random() % bytes.size();
    switch (random() % 5) {
        case 0:
            bytes[at] = static_cast<char>(random());
            break;
        case 1:
            bytes.insert(at, kPieces[random() % 12]);
            break;
        case 2:
            bytes.erase(at, 1 + random() % 16);
            break;
        case 3: {  // a number replaced by another
            const size_t digit = bytes.find_first_of("0123456789", at);
            if (digit != std::string::npos)
                bytes.replace(digit, 1, kPieces[random() % 3]);
            break;
        }
        default:  // a stretch repeated
            bytes.insert(at, bytes.substr(random() % bytes.size(), 1 + random() % 64));
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 || (std::strcmp(argv[1], "config") != 0 && std::strcmp(argv[1], "runs") != 0)) {
        std::fprintf(stderr, "usage: %s config|runs CORPUS_DIR\n", argv[0]);
        return 2;
    }
    const auto feed = std::strcmp(argv[1], "config") == 0 ? unroll::fuzz::readConfigBytes
                                                          : unroll::fuzz::readRunRecordBytes;
    const auto run = [&](const std::string& bytes) {
        return feed(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    };
    std::vector<std::string> seeds;
    for (const auto& entry : std::filesystem::directory_iterator(argv[2]))
        if (entry.is_regular_file())
            seeds.push_back(slurp(entry.path()));
    int accepted = 0;
    for (const std::string& seed : seeds)
        accepted += run(seed);
    if (accepted != static_cast<int>(seeds.size())) {
        std::fprintf(stderr, "%zu seeds, %d accepted: every seed must be a valid input\n",
                     seeds.size(), accepted);
        return 1;
    }
    long truncations = 0;
    for (const std::string& seed : seeds)
        for (size_t n = 0; n < seed.size(); n += 1 + n / 64, ++truncations)
            run(seed.substr(0, n));
    std::mt19937_64 random(20261202);
    int mutated_accepted = 0;
    for (int i = 0; i < kMutations; ++i) {
        std::string bytes = seeds[random() % seeds.size()];
        for (int edits = 1 + int(random() % 4); edits > 0; --edits)
            mutate(bytes, random);
        mutated_accepted += run(bytes);
    }
    std::printf("%s: %zu seeds, %ld truncations, %d mutations (%d accepted): no crash\n", argv[1],
                seeds.size(), truncations, kMutations, mutated_accepted);
    return 0;
}

// The fuzzing corpus and every crash ever found, replayed as a plain test of the normal build
// (compiled with AddressSanitizer and UBSan), plus every truncation of each seed and 10,000
// seeded random mutations of them. A crash or sanitizer report fails the test.
//   checkpoint_fuzz_replay CORPUS_DIR [CRASH_DIR...]
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "checkpoint_input.h"

namespace {

constexpr int kMutations = 10000;

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

bool feed(const std::string& bytes) {
    return unroll::fuzz::readCheckpointBytes(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                             bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [CRASH_DIR...]\n", argv[0]);
        return 2;
    }
    std::vector<std::string> seeds;
    int files = 0, accepted = 0;
    for (int a = 1; a < argc; ++a) {
        if (!std::filesystem::is_directory(argv[a]))
            continue;
        for (const auto& entry : std::filesystem::directory_iterator(argv[a])) {
            if (!entry.is_regular_file())
                continue;
            const std::string bytes = readFile(entry.path());
            ++files;
            if (feed(bytes)) {
                ++accepted;
                if (a == 1)
                    seeds.push_back(bytes);  // valid corpus files seed the mutations
            }
        }
    }
    if (seeds.empty()) {
        std::fprintf(stderr, "no valid checkpoint among the corpus files: nothing to mutate\n");
        return 1;
    }
    long truncations = 0, truncations_accepted = 0;
    for (const std::string& seed : seeds)
        for (size_t n = 0; n < seed.size(); ++n, ++truncations)
            truncations_accepted += feed(seed.substr(0, n));
    std::mt19937_64 random(20261128);
    int mutated_accepted = 0;
    for (int i = 0; i < kMutations; ++i) {
        std::string bytes = seeds[random() % seeds.size()];
        // Half the mutations aim at the header, where the parser's decisions are.
        uint64_t header = 0;
        for (int b = 7; b >= 0; --b)
            header = (header << 8) | static_cast<unsigned char>(bytes[size_t(b)]);
        const size_t span =
            (i % 2 == 0 && header + 8 <= bytes.size()) ? size_t(header + 8) : bytes.size();
        const int flips = 1 + int(random() % 8);
        for (int f = 0; f < flips; ++f)
            bytes[random() % span] = static_cast<char>(random());
        if (random() % 10 == 0)
            bytes.resize(random() % bytes.size());
        mutated_accepted += feed(bytes);
    }
    std::printf(
        "%d corpus files (%d accepted), %ld truncations (%ld accepted), %d mutations (%d "
        "accepted): "
        "no crash\n",
        files, accepted, truncations, truncations_accepted, kMutations, mutated_accepted);
    return truncations_accepted == 0 ? 0 : 1;  // a truncated file can never be complete
}

// A process that does nothing but train and save: after every step it writes the checkpoint
// again, a few times, forever (or for COUNT steps), so that kill_during_save.sh can SIGKILL it at
// any instant of a save. A step of LM6 takes about 8 ms and a save about 2 ms: saving each step
// kSavesPerStep times puts about half of the kills inside a save.
//   checkpoint_saver FILE [COUNT]
#include <cstdio>
#include <cstdlib>

#include "unroll/checkpoint.h"
#include "unroll/trainer.h"

int main(int argc, char** argv) {
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: %s FILE [COUNT]\n", argv[0]);
        return 2;
    }
    const long count = argc == 3 ? std::atol(argv[2]) : 0;  // 0: for ever
    constexpr int kSavesPerStep = 4;
    unroll::configureWorkerThread(1);
    unroll::Config config = unroll::findPreset("lm6").config();
    config.setAssignment("probe_every=0");
    unroll::Trainer trainer(config, unroll::humanNumbersCorpus());
    for (long i = 1; count == 0 || i <= count; ++i) {
        if (trainer.trainStep().last_in_epoch)
            trainer.endEpoch();
        for (int k = 0; k < kSavesPerStep; ++k)
            trainer.save(argv[1]);
        std::printf("%ld\n", i);
        std::fflush(stdout);
    }
    return 0;
}

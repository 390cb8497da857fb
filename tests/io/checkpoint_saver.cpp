// A process that does nothing but train and save: after every step it writes the checkpoint
// again, forever, so that kill_during_save.sh can SIGKILL it at any instant of a save.
//   checkpoint_saver FILE
#include <cstdio>

#include "unroll/checkpoint.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    unroll::configureWorkerThread(1);
    unroll::Config config = unroll::findPreset("lm6").config();
    config.setAssignment("probe_every=0");
    unroll::Trainer trainer(config, unroll::humanNumbersCorpus());
    for (long i = 1;; ++i) {
        if (trainer.trainStep().last_in_epoch)
            trainer.endEpoch();
        trainer.save(argv[1]);
        std::printf("%ld\n", i);
        std::fflush(stdout);
    }
}

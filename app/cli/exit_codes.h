// unroll-cli's exit codes, shared by every command.
#pragma once

namespace unroll::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;        // something went wrong that is not the user's input
constexpr int kExitBadInput = 2;       // a bad flag, setting, preset or corpus file
constexpr int kExitDiverged = 3;       // training produced a non-finite loss or gradient
constexpr int kExitCannotWrite = 4;    // a checkpoint, log or run record could not be written
                                       // (a full disk, a failing device): docs/failures.md
constexpr int kExitOutOfMemory = 5;    // the machine ran out of memory mid-run
constexpr int kExitInterrupted = 130;  // stopped by Ctrl-C (128 + SIGINT)

}  // namespace unroll::cli

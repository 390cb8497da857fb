// Ctrl-C for every command: while an InterruptScope lives, the first SIGINT raises a flag that
// the long jobs check between their steps (reading a file chunk by chunk, loading a corpus,
// training a batch, generating a token), so they stop cleanly, write nothing half-done and exit
// 130; a second Ctrl-C ends the process at once, whatever it is doing. Installed even where the
// parent ignored SIGINT (a background job of a script), so Ctrl-C or kill -INT always stops.
#pragma once

#include <atomic>

namespace unroll::cli {

class InterruptScope {
public:
    InterruptScope();   // installs the handler and clears the flag
    ~InterruptScope();  // the default handler again
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;
};

// The flag; raised by SIGINT while a scope lives.
const std::atomic<bool>* interruptFlag();
bool interrupted();

}  // namespace unroll::cli

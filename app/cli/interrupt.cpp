#include "interrupt.h"

#include <csignal>

namespace unroll::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) {
    g_interrupted.store(true);
}

}  // namespace

InterruptScope::InterruptScope() {
    g_interrupted.store(false);
    // Without SA_RESTART: a read or a wait in progress returns EINTR and its loop looks at the
    // flag at once.
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;  // the second Ctrl-C meets the default: the process ends
    ::sigaction(SIGINT, &action, nullptr);
}

InterruptScope::~InterruptScope() {
    std::signal(SIGINT, SIG_DFL);
}

const std::atomic<bool>* interruptFlag() {
    return &g_interrupted;
}

bool interrupted() {
    return g_interrupted.load();
}

}  // namespace unroll::cli

#include "controller/run_lifecycle.h"

#include <algorithm>

namespace unroll::lifecycle {

namespace {

using S = RunState;
using A = RunAction;

// One row per action: the states it is enabled in, in RunState order.
//                     Idle Prep Run  Pause Div  Stop- Stopd Fin  Failed
constexpr bool kEnabled[kRunActions][kRunStates] = {
    /* Start        */ {1, 0, 0, 0, 0, 0, 1, 1, 1},
    /* Pause        */ {0, 0, 1, 0, 0, 0, 0, 0, 0},
    /* Resume       */ {0, 0, 0, 1, 1, 0, 0, 0, 0},
    /* Stop         */ {0, 1, 1, 1, 1, 0, 0, 0, 0},
    /* Reset        */ {0, 0, 1, 1, 1, 0, 1, 1, 1},
    /* Continue     */ {0, 0, 0, 0, 0, 0, 1, 1, 0},
    /* Open         */ {1, 0, 0, 0, 0, 0, 1, 1, 1},
    /* Save         */ {0, 0, 1, 1, 1, 0, 1, 1, 0},
    /* Autosave     */ {1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* EditSettings */ {1, 0, 0, 0, 0, 0, 1, 1, 1},
    /* EditLive     */ {1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* Generate     */ {0, 0, 1, 1, 1, 1, 1, 1, 0},
    /* Inspect      */ {0, 0, 1, 1, 1, 1, 1, 1, 0},
    /* Race         */ {1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* FindLR       */ {1, 0, 0, 1, 1, 0, 1, 1, 1},
    /* Rewind       */ {0, 0, 0, 0, 1, 0, 0, 0, 0},
    /* SkipBatch    */ {0, 0, 0, 0, 1, 0, 0, 0, 0},
    /* RaiseLimit   */ {0, 0, 0, 0, 1, 0, 0, 0, 0},
};

// Every move the controller makes: from a state (row) to a state (column).
//                     Idle Prep Run  Pause Div  Stop- Stopd Fin  Failed
constexpr bool kMoves[kRunStates][kRunStates] = {
    /* Idle      */ {0, 1, 0, 0, 0, 0, 0, 0, 0},
    // Built: running (start) or paused (open; finished when the checkpoint was). Failed: back to
    // the run before it (stopped or finished), or failed to start when there was none.
    /* Preparing */ {0, 0, 1, 1, 0, 0, 1, 1, 1},
    // Paused, diverged, stopping, finished; stopped when training itself failed; reset.
    /* Running   */ {1, 0, 0, 1, 1, 1, 1, 1, 0},
    /* Paused    */ {1, 0, 1, 0, 0, 1, 1, 0, 0},
    /* Diverged  */ {1, 0, 1, 0, 0, 1, 1, 0, 0},
    /* Stopping  */ {0, 0, 0, 0, 0, 0, 1, 1, 0},
    /* Stopped   */ {1, 1, 1, 0, 0, 0, 0, 0, 0},
    /* Finished  */ {1, 1, 1, 0, 0, 0, 0, 0, 0},
    /* Failed    */ {1, 1, 0, 0, 0, 0, 0, 0, 0},
};

int index(S s) {
    return static_cast<int>(s);
}
int index(A a) {
    return static_cast<int>(a);
}

// Where an action leads at once, before anything happens by itself.
std::vector<S> immediate(S state, A action) {
    switch (action) {
        case A::Start:
        case A::Open:
            return {S::Preparing};
        case A::Pause:
            return {S::Paused};
        case A::Resume:
        case A::Continue:
            return {S::Running};
        case A::Stop:
            if (state == S::Preparing)
                return {S::Preparing};  // cancels the loading: the failure moves on from there
            return {S::Stopping, S::Stopped};
        case A::Reset:
            return {S::Idle};
        case A::Rewind:
        case A::SkipBatch:
        case A::RaiseLossLimit:
            return {S::Running, S::Diverged};  // a remedy that cannot apply leaves it diverged
        default:
            return {state};
    }
}

// What happens without the person: a run prepares, trains to its end, diverges or fails.
std::vector<S> byItself(S state) {
    switch (state) {
        case S::Preparing:
            return {S::Running, S::Paused, S::Stopped, S::Finished, S::FailedToStart};
        case S::Running:
            return {S::Diverged, S::Stopped, S::Finished};
        case S::Stopping:
            return {S::Stopped, S::Finished};
        default:
            return {};
    }
}

}  // namespace

bool enabled(RunState state, RunAction action) {
    return kEnabled[index(action)][index(state)];
}

bool canMove(RunState from, RunState to) {
    return kMoves[index(from)][index(to)];
}

std::vector<RunState> reachable(RunState state, RunAction action) {
    std::vector<S> out = immediate(state, action);
    for (size_t i = 0; i < out.size(); ++i)
        for (S next : byItself(out[i]))
            if (std::find(out.begin(), out.end(), next) == out.end())
                out.push_back(next);
    return out;
}

bool hasModel(RunState state) {
    return enabled(state, RunAction::Generate);
}

std::string recordStatus(RunState state) {
    switch (state) {
        case S::Running:
        case S::Stopping:
            return "running";
        case S::Paused:
            return "paused";
        case S::Diverged:
            return "diverged";
        case S::Stopped:
            return "stopped";
        case S::Finished:
            return "finished";
        default:
            return "";
    }
}

const char* nameOf(RunState state) {
    static const char* const names[] = {"no run",  "loading",  "running",
                                        "paused",  "diverged", "stopping",
                                        "stopped", "finished", "failed to start"};
    return names[index(state)];
}

const char* nameOf(RunAction action) {
    static const char* const names[] = {"Start",
                                        "Pause",
                                        "Resume",
                                        "Stop",
                                        "Reset",
                                        "Continue",
                                        "Open",
                                        "Save",
                                        "Autosave",
                                        "Edit settings",
                                        "Edit live settings",
                                        "Generate",
                                        "Inspect",
                                        "Race",
                                        "Find learning rate",
                                        "Rewind",
                                        "Skip batch",
                                        "Raise loss limit"};
    return names[index(action)];
}

std::array<RunState, kRunStates> allStates() {
    std::array<RunState, kRunStates> out{};
    for (int i = 0; i < kRunStates; ++i)
        out[static_cast<size_t>(i)] = static_cast<RunState>(i);
    return out;
}

std::array<RunAction, kRunActions> allActions() {
    std::array<RunAction, kRunActions> out{};
    for (int i = 0; i < kRunActions; ++i)
        out[static_cast<size_t>(i)] = static_cast<RunAction>(i);
    return out;
}

}  // namespace unroll::lifecycle

// A run's life-cycle, written down once (docs/lifecycle.md draws it): the states a run can be
// in, the actions a person can take on it, in which states each action is enabled, and which
// moves between states there are. The controller moves only along these moves, the window
// enables its actions from this table, and the run's record takes its status from it.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace unroll {

enum class RunState {
    Idle,           // no run: the form may change anything
    Preparing,      // loading the corpus and building the model (or reading a checkpoint)
    Running,        // training, one batch per turn of the worker
    Paused,         // by the person (or an opened checkpoint): resume continues
    Diverged,       // the divergence guard withheld a step: the banner offers the remedies
    Stopping,       // stop asked while training: ends after the batch in progress
    Stopped,        // ended early; the model stays for saving, inspection and Continue
    Finished,       // every epoch trained; Continue adds epochs
    FailedToStart,  // a start or open failed and there was no run before: the error is shown
};
inline constexpr int kRunStates = 9;

enum class RunAction {
    Start,
    Pause,
    Resume,
    Stop,
    Reset,
    Continue,      // more epochs for a stopped or finished run
    Open,          // a checkpoint, a configuration or a corpus (files that replace the run or form)
    Save,          // Save and Save As
    Autosave,      // the preference: after each epoch, into the run's folder or its file
    EditSettings,  // the settings that cannot change during a run, and the presets
    EditLive,      // the settings that may change during a run
    Generate,
    Inspect,  // the Data tab's batches
    Race,
    FindLearningRate,
    Rewind,          // the banner: rewind to the last snapshot with a lower rate or clipping
    SkipBatch,       // the banner
    RaiseLossLimit,  // the banner
};
inline constexpr int kRunActions = 18;

namespace lifecycle {

// Whether `action` does something in `state` (and so is enabled there). Other conditions
// (valid settings, a snapshot to rewind to) narrow this further; none widens it.
bool enabled(RunState state, RunAction action);
// Whether the controller may move from `from` to `to`.
bool canMove(RunState from, RunState to);
// The states a run may reach from `state` by `action` and what happens after it without the
// person (training finishing, diverging or failing; a start failing): the closure of the moves.
std::vector<RunState> reachable(RunState state, RunAction action);
// Whether a model exists in `state` (to save, generate from, inspect).
bool hasModel(RunState state);
// The run record's status for a state ("running", "paused", "diverged", "stopped", "finished"),
// or "" for states without a run.
std::string recordStatus(RunState state);

const char* nameOf(RunState state);
const char* nameOf(RunAction action);
std::array<RunState, kRunStates> allStates();
std::array<RunAction, kRunActions> allActions();

}  // namespace lifecycle
}  // namespace unroll

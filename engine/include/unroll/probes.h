// What the engine measures inside a network while it trains, as plain values that copy cheaply
// and cross threads: per-step statistics, periodic probe frames, and guard events.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "unroll/message.h"
#include "unroll/settings.h"

namespace unroll {

// Magnitude of one layer's output over a batch (all time steps).
struct ActivationStat {
    double rms = 0.0;
    double max_abs = 0.0;
    bool finite = true;
};

// Counts over `bins` equal bins spanning [lo, hi].
struct Histogram {
    double lo = 0.0;
    double hi = 0.0;
    std::vector<std::uint32_t> counts;
};

// How many of a gate's values sit where its derivative is nearly zero.
struct GateSaturation {
    int layer = 0;           // from 1
    std::string gate;        // "input", "forget", "cell", "output", "reset", "update", "candidate",
                             // "hidden" (plain tanh RNN), "dead" (ReLU units stuck at 0)
    std::string function;    // "sigmoid": share < 0.05 or > 0.95; "tanh": share |x| > 0.95;
                             // "relu": share exactly 0
    double saturated = 0.0;  // share of the gate's values, 0..1
};

// Measured every `probe_every` steps on one batch, replayed through the from-scratch unroll with
// the training weights (the fast path stays fused).
struct ProbeFrame {
    std::int64_t step = 0;  // the training step the probe batch belongs to
    int epoch = 0;
    int layers = 0;
    int time_steps = 0;
    // ‖∂L/∂h_t‖ (Frobenius norm over the batch) for each layer (outer, from 1) and time step t,
    // for the loss that training back-propagates: what each step's hidden state receives. With a
    // prediction after every token, h_1 collects the gradient of all T predictions.
    std::vector<std::vector<double>> grad_norm;
    // ‖∂L_T/∂h_t‖ for L_T the loss of the last time step's prediction alone: the gradient flowing
    // back through time from the end of the sequence. A ratio at t = 1 over t = T far below 1 is
    // the vanishing gradient. (For one prediction per sample it equals grad_norm.)
    std::vector<std::vector<double>> grad_norm_from_last;
    // RMS of the hidden state h_t, same layout.
    std::vector<std::vector<double>> hidden_rms;
    std::vector<GateSaturation> gates;
    // Per parameter, aligned with Trainer::parameterNames(); gradients of this step's batch.
    std::vector<Histogram> weight_histograms;
    std::vector<Histogram> grad_histograms;
    // The probe batch's first row, as vocabulary indices: the tokens read, the tokens to predict
    // and the model's most likely predictions (one per time step, or one for models that predict
    // only after the last token).
    std::vector<int> inputs;
    std::vector<int> targets;
    std::vector<int> predictions;
    double seconds = 0.0;  // what the probe cost
};

// The divergence guard fired.
struct TrainEvent {
    enum class Kind { NonFinite, LossLimit };
    Kind kind = Kind::NonFinite;
    std::int64_t step = 0;  // the step that would have been applied, from 1
    int epoch = 0;
    int batch = 0;
    Message tensor;     // "loss", "layer 2 output", "gradient of rnn.weight_hh_l0", ...
    int time_step = 0;  // for hidden states: the first bad step of the sequence, from 1; else 0
    OnNonFinite action = OnNonFinite::Stop;  // ignore: the update was skipped
    Message what;     // what went wrong, on its own: "the loss 85.2 passed loss_limit ..."
    Message message;  // a full sentence: what, where, when, and what to try
    // Rewinding: the steps done at the snapshot a rewind goes back to (the run goes on with step
    // rewind_to + 1; the steps after it are abandoned), -1 when no snapshot before this step is
    // kept. For a rewind (action rewind): where it went; for a pause or a stop: where one would.
    std::int64_t rewind_to = -1;
};

}  // namespace unroll

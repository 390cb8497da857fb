// One recurrent layer over a whole sequence, in each of the forms Unroll offers. All forms read
// the same parameters, stored in PyTorch's layout (weight_ih, weight_hh, bias_ih, bias_hh, gates
// stacked in PyTorch's order), so a model switches form without converting weights, and the
// from-scratch forms can replay a batch with the weights the fast form trained.
#pragma once

#include "kernels/kernel_path.h"
#include "models/language_model.h"
#include "unroll/settings.h"

namespace unroll {

enum class CellKind { Rnn, Lstm, Gru };

// CellForm (unroll/settings.h, the `cell` setting): Fused is the whole-sequence fast path
// (Unroll's kernels, kernels/*_kernel.h); Libtorch, LSTM and GRU only, libtorch's own cells (the
// kernels' reference, and the fused form's on a GPU; the tanh RNN's too, there); Refactored, LSTM
// only, one input->4H and one hidden->4H product chunked into gates; Scratch the equations step by
// step, differentiated by autograd.

struct LayerParams {
    torch::Tensor w_ih, w_hh, b_ih, b_hh;
};

struct LayerState {
    torch::Tensor h;  // (B, H)
    torch::Tensor c;  // (B, H), LSTM only
};

struct LayerResult {
    torch::Tensor out;  // (T, B, H): the hidden state after every step
    LayerState last;
};

// x: (T, B, I), time-major. Given a `trace`, the scratch forms record every step's hidden state
// and gate activations into it, and the fused LSTM and GRU the same through their kernels' tap.
LayerResult runRnnLayer(CellForm form, const torch::Tensor& x, const LayerState& start,
                        const LayerParams& p, LayerTrace* trace = nullptr);
LayerResult runLstmLayer(CellForm form, const torch::Tensor& x, const LayerState& start,
                         const LayerParams& p, LayerTrace* trace = nullptr);
LayerResult runGruLayer(CellForm form, const torch::Tensor& x, const LayerState& start,
                        const LayerParams& p, LayerTrace* trace = nullptr);

// The fused tanh RNN or LSTM layer when the input part, xp = x·W_ihᵀ + b_ih + b_hh ((T, B, H) or
// (T, B, 4H)), is already computed (RecurrentLm projects the embedding table instead of every
// token). Given a trace, the LSTM and GRU record into it through the kernels' tap (a probe's
// replay on the fused path); the RNN kernel has no tap, so RecurrentLm replays RNNs step by step.
LayerResult runRnnRecurrence(const torch::Tensor& xp, const LayerState& start,
                             const LayerParams& p);
LayerResult runLstmRecurrence(const torch::Tensor& xp, const LayerState& start,
                              const LayerParams& p, LayerTrace* trace = nullptr);
// The GRU's xp holds b_ih only: b_hh sits inside the reset gate's product.
LayerResult runGruRecurrence(const torch::Tensor& xp, const LayerState& start, const LayerParams& p,
                             LayerTrace* trace = nullptr);
inline LayerResult runRecurrence(CellKind kind, const torch::Tensor& xp, const LayerState& start,
                                 const LayerParams& p, LayerTrace* trace = nullptr) {
    switch (kind) {
        case CellKind::Lstm:
            return runLstmRecurrence(xp, start, p, trace);
        case CellKind::Gru:
            return runGruRecurrence(xp, start, p, trace);
        case CellKind::Rnn:
            break;
    }
    return runRnnRecurrence(xp, start, p);
}
// The bias the input part of `kind`'s recurrence carries (b_ih + b_hh, or b_ih for the GRU).
inline torch::Tensor inputBias(CellKind kind, const LayerParams& p) {
    return kind == CellKind::Gru ? p.b_ih : p.b_ih + p.b_hh;
}

// The form that runs `form` on x's device. Off Unroll's kernels (a GPU, kernels/kernel_path.h),
// an untraced fused layer is libtorch's own, one call for the whole sequence (cuDNN's on a GPU);
// a traced one stays fused, where the kernels' libtorch path records the gates through the tap.
inline CellForm formOnDevice(CellForm form, const torch::Tensor& x, const LayerTrace* trace) {
    return form == CellForm::Fused && !trace && !ownKernels(x) ? CellForm::Libtorch : form;
}

inline LayerResult runLayer(CellKind kind, CellForm form, const torch::Tensor& x,
                            const LayerState& start, const LayerParams& p,
                            LayerTrace* trace = nullptr) {
    form = formOnDevice(form, x, trace);
    switch (kind) {
        case CellKind::Rnn:
            return runRnnLayer(form, x, start, p, trace);
        case CellKind::Lstm:
            return runLstmLayer(form, x, start, p, trace);
        case CellKind::Gru:
            return runGruLayer(form, x, start, p, trace);
    }
    return {};
}

}  // namespace unroll

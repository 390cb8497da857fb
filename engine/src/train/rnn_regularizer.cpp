#include "train/rnn_regularizer.h"

namespace unroll {

Regularization rnnRegularization(const ModelOutput& out, double alpha, double beta) {
    Regularization r;
    if (alpha != 0.0 && out.dropped.defined())
        r.ar = alpha * out.dropped.pow(2).mean();
    // fastai guards with len(raw) > 1, which is the batch size; the difference needs two time
    // steps, so that is what is checked here (one step would make the mean of nothing: NaN).
    if (beta != 0.0 && out.raw.defined() && out.raw.size(1) > 1) {
        const int64_t steps = out.raw.size(1);
        const torch::Tensor diff =
            out.raw.narrow(1, 1, steps - 1) - out.raw.narrow(1, 0, steps - 1);
        r.tar = beta * diff.pow(2).mean();
    }
    return r;
}

}  // namespace unroll

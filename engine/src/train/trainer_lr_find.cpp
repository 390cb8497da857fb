// Trainer::findLearningRate: fastai's LRFinder callback on this trainer's model, which is put
// back exactly as it was afterwards (weights, optimizer state, carried state, generator, the
// position in the schedule) — as fastai saves and reloads the model around lr_find.
#include <cmath>
#include <limits>

#include "train/trainer_impl.h"
#include "unroll/lr_finder.h"

namespace unroll {

LrFindResult Trainer::findLearningRate(const LrFindOptions& options,
                                       const std::atomic<bool>* stop) {
    Impl& s = *impl_;
    if (options.num_it < 1 || !(options.start_lr > 0) || !(options.end_lr > options.start_lr))
        throw std::invalid_argument("findLearningRate: need num_it >= 1 and 0 < start_lr < end_lr");

    // Set the run aside.
    const Trainer::Impl::RunPoint aside = s.capture();
    const Trainer::Impl::Position& position = aside.position;
    const int64_t probe_every = s.probe_every;
    const double loss_limit = s.loss_limit;

    LrFindResult result;
    // fastai's lr_find runs plain fit: Adam's own momentum (beta1), no one-cycle.
    const double beta1 = s.config.get(settings::beta1);
    s.schedule_override = [&](int64_t i) {
        const double pos = static_cast<double>(i - position.step) / options.num_it;
        return ScheduleValues{options.start_lr * std::pow(options.end_lr / options.start_lr, pos),
                              beta1};
    };
    s.probe_every = 0;
    s.loss_limit = 0.0;  // the sweep has its own rule: 4x the best smoothed loss
    s.smooth = SmoothLoss(s.config.get(settings::smooth_beta));
    s.pos.first_loss = 0.0;
    s.pos.batch = 0;
    s.model->reset();
    double best = std::numeric_limits<double>::infinity();
    result.stopped_because = "num_it";
    // In a group, rank 0's stop travels with a step's exchange, so all stop after that step.
    s.stop_signal = stop;
    s.stop_agreed = false;
    try {
        for (int i = 0; i < options.num_it; ++i) {
            if (s.group ? s.stop_agreed : stop && stop->load()) {
                result.stopped_because = "stopped";
                break;
            }
            if (s.pos.batch == s.batches())
                s.pos.batch = 0;  // a new pass over the data, no validation
            const StepMetrics m = trainStep();
            if (m.event) {
                result.stopped_because = "non-finite";
                break;
            }
            result.lrs.push_back(m.lr);
            result.losses.push_back(m.smooth_loss);
            result.raw_losses.push_back(m.loss);
            if (options.stop_div && m.smooth_loss > 4.0 * best) {
                result.stopped_because = "diverged";
                break;
            }
            best = std::min(best, m.smooth_loss);
        }
    } catch (const DivergenceError&) {
        result.stopped_because = "non-finite";
    }

    // Put the run back.
    s.stop_signal = nullptr;
    s.schedule_override = nullptr;
    s.restore(aside);
    s.probe_every = probe_every;
    s.loss_limit = loss_limit;
    s.paused = false;

    result.suggestions = suggestLearningRates(result.lrs, result.losses, options.num_it);
    return result;
}

}  // namespace unroll

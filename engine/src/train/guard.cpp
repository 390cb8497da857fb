#include "train/guard.h"

#include <cmath>
#include <sstream>

#include "probes/activation_stats.h"

namespace unroll {

std::string shortNumber(double x) {
    std::ostringstream out;
    out << x;
    return out.str();
}

namespace {

std::string describeActivation(const std::string& name) {
    if (name == "logits")
        return "the logits";
    if (name == "embedding")
        return "the embedding output";
    if (name == "hidden")
        return "the hidden state";
    return "the " + name + " hidden state";
}

TrainEvent event(TrainEvent::Kind kind, std::string tensor, int time_step, const std::string& what,
                 const GuardContext& ctx) {
    TrainEvent e;
    e.kind = kind;
    e.step = ctx.step;
    e.epoch = ctx.epoch;
    e.batch = ctx.batch;
    e.tensor = std::move(tensor);
    e.time_step = time_step;
    e.action = ctx.action;
    e.what = what;
    std::string advice = "lower the learning rate (lr is " + shortNumber(ctx.lr) + ")";
    if (ctx.clip == 0.0)
        advice += ", clip gradients (clip=1)";
    if (ctx.arch == Arch::LM1 || ctx.arch == Arch::LM2 || ctx.arch == Arch::LM3 ||
        ctx.arch == Arch::LM4 || ctx.arch == Arch::LM5)
        advice += ", or use an LSTM (arch lm6) instead of a plain RNN";
    const std::string outcome =
        ctx.action == OnNonFinite::Pause    ? "The run is paused; resuming retries this batch."
        : ctx.action == OnNonFinite::Ignore ? "This batch's update was skipped."
        : ctx.action == OnNonFinite::Rewind ? "The run rewinds to its last snapshot."
                                            : "The run stopped.";
    e.message = "step " + std::to_string(ctx.step) + " (epoch " + std::to_string(ctx.epoch) +
                ", batch " + std::to_string(ctx.batch) + "): " + what +
                "; the weights were not updated. " + outcome + " Try: " + advice + ".";
    return e;
}

}  // namespace

std::optional<TrainEvent> checkStep(const GuardInput& in, const GuardContext& ctx) {
    // Forward order first: a bad activation is usually the cause of a bad loss.
    for (size_t i = 0; i < in.stats->size(); ++i) {
        if ((*in.stats)[i].finite)
            continue;
        const Activation& a = (*in.activations)[i];
        const int t = firstNonFiniteStep(a);
        std::string what = describeActivation(a.name) + " became non-finite (inf or NaN)";
        if (t > 0) {
            const int64_t steps =
                a.whole.defined() ? a.whole.size(0) : static_cast<int64_t>(a.steps.size());
            what += " at time step " + std::to_string(t) + " of " + std::to_string(steps);
        }
        return event(TrainEvent::Kind::NonFinite,
                     a.name == "logits" ? "logits" : a.name + " activation", t, what, ctx);
    }
    if (!std::isfinite(in.loss))
        return event(TrainEvent::Kind::NonFinite, "loss", 0,
                     "the loss became " + shortNumber(in.loss), ctx);
    if (!std::isfinite(in.ar))
        return event(TrainEvent::Kind::NonFinite, "AR term", 0,
                     "the activation regularization term became " + shortNumber(in.ar), ctx);
    if (!std::isfinite(in.tar))
        return event(TrainEvent::Kind::NonFinite, "TAR term", 0,
                     "the temporal activation regularization term became " + shortNumber(in.tar),
                     ctx);
    if (!in.grads_finite) {
        for (size_t i = 0; i < in.grad_norms->size(); ++i)
            if (!std::isfinite((*in.grad_norms)[i]))
                return event(
                    TrainEvent::Kind::NonFinite, "gradient of " + (*in.param_names)[i], 0,
                    "the gradient of " + (*in.param_names)[i] + " became non-finite (inf or NaN)",
                    ctx);
    }
    if (in.loss_limit > 0.0 && in.first_loss > 0.0 && in.loss > in.loss_limit * in.first_loss)
        return event(TrainEvent::Kind::LossLimit, "loss", 0,
                     "the loss " + shortNumber(in.loss) + " passed loss_limit " +
                         shortNumber(in.loss_limit) + " x the first loss " +
                         shortNumber(in.first_loss),
                     ctx);
    return std::nullopt;
}

TrainEvent nonFiniteWeights(const GuardContext& ctx) {
    return event(TrainEvent::Kind::NonFinite, "weights", 0, "the update made a weight non-finite",
                 ctx);
}

void noteRewind(TrainEvent& event, std::int64_t to_step, std::int64_t rewind,
                std::int64_t max_rewinds, double lr_before, double lr_after, bool clip_turned_on) {
    event.message += " Rewound to step " + std::to_string(to_step) + " (rewind " +
                     std::to_string(rewind) + " of " + std::to_string(max_rewinds) + "): lr " +
                     shortNumber(lr_before) + " -> " + shortNumber(lr_after) +
                     (clip_turned_on ? ", gradient clipping at 1." : ".");
}

void noteNoRewindLeft(TrainEvent& event, std::int64_t max_rewinds) {
    event.action = OnNonFinite::Stop;
    event.message += " No rewind was left (max_rewinds " + std::to_string(max_rewinds) +
                     "), so the run stopped instead.";
}

}  // namespace unroll
